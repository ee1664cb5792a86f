# Data keys (walking-home keys ...) and earlier cases from the same number
# (docs/security.md, "Encryption at rest, keys and file modes").

hotline-same-number = ᠢᠵᠢᠯ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠠᠴᠠ ᠡᠮᠦᠨ᠎ᠡ ᠢᠷᠡᠭᠰᠡᠨ ᠬᠡᠷᠡᠭ ({ $count }): { $references }᠃
cli-keys-error = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠢ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ: { $detail }
cli-keys-unknown = ᠲᠡᠷᠡᠭᠰᠡᠨ ᠤ ᠰᠠᠩ ᠳᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠢᠶᠡᠷ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠤᠳᠬ᠎ᠠ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠲᠦᠯᠬᠢᠭᠦᠷ: { $ids }᠃ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠠᠭᠴᠠ ᠳᠤ ᠲᠡᠷᠡ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠭᠡᠢ: { $source }᠃ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠹᠠᠢᠯ ᠢ ᠨᠥᠭᠡᠴᠡ ᠡᠴᠡ ᠰᠡᠷᠭᠦᠭᠡᠭᠡᠳ (ᠡᠰᠡᠪᠡᠯ WALKING_HOME_DATA_KEY ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠵᠤ) ᠳᠠᠬᠢᠨ ᠡᠬᠢᠯᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠡᠬᠢᠯᠡᠭᠡᠳᠦᠢ ᠲᠤᠯᠠ ᠪᠤᠷᠤᠭᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠢᠶᠡᠷ ᠶᠠᠭᠤ ᠴᠤ ᠪᠢᠴᠢᠭᠳᠡᠭᠡᠳᠦᠢ᠃
cli-keys-source-file = ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠤᠭᠴᠠ: { $path }
cli-keys-source-env = ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠤᠭᠴᠠ: WALKING_HOME_DATA_KEY
cli-keys-status-key = { $key }: ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠤᠲᠤᠭ᠎ᠠ { $values }᠂ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ { $files }
cli-keys-status-missing-key = { $key } (ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠠᠭᠴᠠ ᠳᠤ ᠦᠭᠡᠢ: ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠹᠠᠢᠯ ᠢ ᠨᠥᠭᠡᠴᠡ ᠡᠴᠡ ᠰᠡᠷᠭᠦᠭᠡᠭᠡᠷᠡᠢ): ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠤᠲᠤᠭ᠎ᠠ { $values }᠂ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ { $files }
cli-keys-status-active-key = { $key } (ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ): ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠤᠲᠤᠭ᠎ᠠ { $values }᠂ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ { $files }
cli-keys-status-plaintext = ᠨᠢᠭᠤᠴᠠᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ: ᠤᠲᠤᠭ᠎ᠠ { $values }᠂ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ { $files } (walking-home keys rotate ᠨᠢᠭᠤᠴᠠᠯᠠᠨ᠎ᠠ)
cli-keys-new-key = ᠰᠢᠨ᠎ᠡ ᠲᠦᠯᠬᠢᠭᠦᠷ { $key } ᠢ ᠨᠡᠮᠡᠵᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠨ ᠳᠦ ᠣᠷᠣᠭᠤᠯᠪᠠ᠃ ᠬᠠᠭᠤᠴᠢᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠤᠩᠰᠢᠬᠤ ᠳᠤ ᠬᠠᠭᠤᠴᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠪᠤᠭᠴᠠ ᠳᠤ ᠦᠯᠡᠳᠡᠨ᠎ᠡ᠃
cli-keys-env-rotate = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ WALKING_HOME_DATA_KEY ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠡᠨᠡ ᠵᠠᠷᠯᠢᠭ ᠲᠡᠭᠦᠨ ᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ WALKING_HOME_DATA_KEY ᠳᠤ ᠰᠢᠨ᠎ᠡ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠲᠡᠢ ᠪᠤᠭᠴᠠ ᠬᠢᠭᠡᠳ (README ᠶᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ)᠂ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢ ᠳᠠᠬᠢᠨ ᠡᠬᠢᠯᠡᠭᠦᠯᠦᠭᠡᠳ ᠡᠨᠡ ᠵᠠᠷᠯᠢᠭ ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ: walking-home keys rotate --keep-key
cli-keys-column = { $column }: { $count }
cli-keys-rotated = { $key } ᠢᠶᠠᠷ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠪᠠ: ᠤᠲᠤᠭ᠎ᠠ { $values }᠂ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ { $files }᠃
