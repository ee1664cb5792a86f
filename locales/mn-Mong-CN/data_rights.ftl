# Her data rights (see, copy, erase) and the retention command.
# Traditional Mongolian; needs review by a native speaker before production.

case-my-data = ᠮᠢᠨᠤ ᠮᠡᠳᠡᠭᠡ
data-menu = ᠬᠡᠷᠡᠭ { $reference }: ᠪᠢᠳᠡᠨ ᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠡ᠃ ᠲᠠ ᠦᠵᠡᠬᠦ᠂ ᠡᠨᠳᠡ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
data-button-see = ᠦᠵᠡᠬᠦ
data-button-copy = ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠢᠯᠡᠭᠡᠬᠦ
data-button-erase = ᠤᠰᠠᠳᠬᠠᠬᠤ
data-view =
    ᠬᠡᠷᠡᠭ: { $reference }
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ: { $service }
    ᠣᠷᠣᠨ: { $region }
    ᠪᠠᠢᠳᠠᠯ: { $status }
    ᠳᠠᠩᠰᠠᠯᠠᠭᠰᠠᠨ ᠴᠠᠭ: { $opened }
    ᠠᠶᠤᠯ: { $risk }
    ᠳᠡᠮᠳᠡᠭ: { $flags }
    ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠰᠠᠨ: { $handlers }
    ᠦᠰᠦᠭ: { $words }
    ᠹᠠᠢᠯ: { $files }
    ᠠᠯᠬᠤᠮ: { $steps }
data-word-line = { $at } · { $kind }: { $text }
data-file-line = { $at } · { $name } (ᠪᠠᠢᠲ: { $size })
data-step-line = { $at } · { $trigger } ({ $role })
data-handler-point = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠴᠡᠭ
data-kind-description = ᠲᠠᠨ ᠤ ᠶᠠᠷᠢᠭ᠎ᠠ
data-kind-message-in = ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠡ
data-kind-message-out = ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠡ
data-kind-contact = ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠮᠡᠳᠡᠭᠡ
data-kind-callback = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ
data-kind-evidence = ᠹᠠᠢᠯ
data-kind-other = ᠲᠡᠮᠳᠡᠭᠯᠡᠯ
data-copy-header = ᠬᠡᠷᠡᠭ { $reference }: ᠪᠢᠳᠡᠨ ᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠪᠦᠬᠦ ᠮᠡᠳᠡᠭᠡ ᠶᠢᠨ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠳᠣᠣᠷ᠎ᠠ ᠪᠠᠢᠨ᠎ᠠ ({ $parts })᠃ ᠡᠨᠡ ᠤᠲᠠᠰᠤ ᠶᠢ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠬᠡᠨ ᠴᠦ ᠤᠩᠰᠢᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃ «ᠬᠤᠷᠳᠤᠨ ᠭᠠᠷᠬᠤ» ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠠᠷᠢᠯᠭᠠᠨ᠎ᠠ᠃
data-copy-entry =
    { $at } · { $kind }:
    { $text }
data-copy-end = ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠳᠠᠭᠤᠰᠪᠠ᠃
data-copy-sent = ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ᠃
data-erase-blocked = ᠬᠡᠷᠡᠭ { $reference }: ᠣᠳᠣ ᠤᠰᠠᠳᠬᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ { $why }
erase-why-legal-hold = ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠪᠤᠶᠤ ᠴᠠᠭᠳᠠᠭ᠎ᠠ ᠶᠢᠨ ᠲᠥᠯᠦᠭᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠳᠠᠭᠤᠰᠬᠤ ᠶᠢᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃ ᠲᠠ ᠦᠵᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠠᠪᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
erase-why-child = ᠬᠡᠷᠡᠭ ᠲᠦ ᠬᠡᠦᠬᠡᠳ ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ᠂ ᠬᠡᠦᠬᠡᠳ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠬᠠᠤᠯᠢ ᠶᠣᠰᠣᠭᠠᠷ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠃ ᠲᠠ ᠦᠵᠡᠬᠦ ᠪᠤᠶᠤ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠠᠪᠴᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
erase-why-mediation = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠠᠵᠢᠯ ᠶᠠᠪᠤᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠳᠠᠭᠤᠰᠬᠤ ᠶᠢᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
erase-why-open = ᠬᠡᠷᠡᠭ ᠢ ᠤᠷᠢᠳᠠ ᠳᠠᠭᠤᠰᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃
data-erase-already-asked = ᠬᠡᠷᠡᠭ { $reference }: ᠤᠰᠠᠳᠬᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠰᠢᠢᠳᠪᠦᠷᠢ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃
data-erase-confirm = ᠬᠡᠷᠡᠭ { $reference }: ᠤᠰᠠᠳᠬᠠᠪᠠᠯ ᠲᠠᠨ ᠤ ᠦᠰᠦᠭ᠂ ᠹᠠᠢᠯ᠂ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠮᠡᠳᠡᠭᠡ ᠪᠠ ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠠᠷᠢᠯᠤᠨ᠎ᠠ᠃ ᠵᠥᠪᠬᠡᠨ ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠦᠯᠡᠳᠡᠨ᠎ᠡ᠃ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠃ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠬᠤ ᠤᠤ?
data-erase-confirm-open = ᠬᠡᠷᠡᠭ { $reference }: ᠪᠠᠰᠠ ᠨᠡᠭᠡᠭᠡᠯᠲᠡᠢ᠃ ᠤᠰᠠᠳᠬᠠᠪᠠᠯ ᠬᠡᠷᠡᠭ ᠳᠠᠭᠤᠰᠴᠤ (ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠳᠠᠨ᠎ᠠ)᠂ ᠲᠠᠨ ᠤ ᠦᠰᠦᠭ᠂ ᠹᠠᠢᠯ᠂ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠮᠡᠳᠡᠭᠡ ᠪᠠ ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠠᠷᠢᠯᠤᠨ᠎ᠠ᠃ ᠵᠥᠪᠬᠡᠨ ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠦᠯᠡᠳᠡᠨ᠎ᠡ᠃ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠃ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠬᠤ ᠤᠤ?
data-erase-cancelled = ᠶᠠᠭᠤ ᠴᠤ ᠤᠰᠠᠳᠬᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
data-erase-requested = ᠬᠡᠷᠡᠭ { $reference }: ᠤᠰᠠᠳᠬᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠶᠢ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠳᠦ ᠢᠯᠡᠭᠡᠪᠡ᠃ { $quiet ->
    [yes] ᠲᠠᠨ ᠳᠤ ᠪᠢᠴᠢᠭ ᠢᠯᠡᠭᠡᠬᠦ ᠦᠭᠡᠢ ᠭᠡᠵᠦ ᠭᠤᠶᠤᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢᠷᠡᠬᠦ ᠦᠭᠡᠢ᠄ ᠤᠰᠠᠳᠬᠠᠭᠰᠠᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠡᠨᠡ ᠬᠡᠷᠡᠭ "ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ" ᠳᠤ ᠬᠠᠷᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
   *[no] ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠡᠨᠳᠡ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
}
data-erase-refused = ᠬᠡᠷᠡᠭ { $reference }: ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠪᠠᠲᠤᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠠᠵᠢᠯᠲᠠᠨ ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ ᠪᠤᠶᠤ ᠳᠠᠬᠢᠨ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
data-erase-done = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠠᠨ ᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠪᠠᠷ ᠤᠰᠠᠳᠬᠠᠪᠠ᠃ ᠲᠠᠨ ᠤ ᠦᠰᠦᠭ᠂ ᠹᠠᠢᠯ᠂ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠮᠡᠳᠡᠭᠡ ᠠᠷᠢᠯᠪᠠ᠃ ᠵᠥᠪᠬᠡᠨ ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠦᠯᠡᠳᠡᠪᠡ᠃

staff-data-usage = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ: /data ᠳ᠋ᠤᠭᠠᠷ (ᠲᠡᠭᠦᠨ ᠦ ᠬᠡᠷᠡᠭ ᠦᠨ ᠮᠡᠳᠡᠭᠡ᠂ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠤᠶᠤ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ)᠃
staff-data-button-copy = ᠲᠡᠭᠦᠨ ᠳᠦ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠢᠯᠡᠭᠡᠬᠦ
staff-data-button-erase = ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠬᠤ
staff-data-not-in-chat = ᠬᠡᠷᠡᠭ { $reference }: ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠪᠠᠷ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠤᠩᠰᠢᠵᠤ ᠥᠭᠭᠦᠭᠡᠷᠡᠢ᠃
staff-data-copy-sent = ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠶᠢ ᠲᠡᠭᠦᠨ ᠦ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠳᠤ ᠢᠯᠡᠭᠡᠪᠡ᠃
staff-erase-blocked = ᠬᠡᠷᠡᠭ { $reference }: ᠣᠳᠣ ᠤᠰᠠᠳᠬᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ { $why }
staff-erasure-requested = ᠬᠡᠷᠡᠭ { $reference } ({ $service }᠂ { $region }): ᠬᠤᠪᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ᠂ { $whose }᠃ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠤᠤ?
staff-erasure-by-her = ᠥᠪᠡᠷ ᠢᠶᠡᠨ ᠨᠢᠭᠤᠴᠠ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠷ ᠭᠤᠶᠤᠭᠰᠠᠨ
staff-erasure-by-staff = ᠠᠵᠢᠯᠲᠠᠨ ᠲᠡᠭᠦᠨ ᠦ ᠮᠡᠳᠡᠭᠡ ᠪᠡᠷ ᠭᠤᠶᠤᠭᠰᠠᠨ
staff-erasure-refused = ᠬᠡᠷᠡᠭ { $reference }: ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠪᠠᠲᠤᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
staff-erasure-done = ᠬᠡᠷᠡᠭ { $reference }: ᠤᠰᠠᠳᠬᠠᠪᠠ᠃ ᠲᠡᠭᠦᠨ ᠦ ᠦᠰᠦᠭ᠂ ᠹᠠᠢᠯ᠂ ᠬᠤᠪᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ ᠠᠷᠢᠯᠪᠠ᠂ ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ ᠪᠠᠷᠢᠮᠲᠠ ᠦᠯᠡᠳᠡᠪᠡ᠃

cli-retention-done = ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠴᠡᠪᠡᠷᠯᠡᠭᠡ᠂ ᠤᠰᠠᠳᠬᠠᠭᠰᠠᠨ: { $total }᠃
cli-retention-dry-run = ᠲᠤᠷᠰᠢᠯᠲᠠ᠂ ᠤᠰᠠᠳᠬᠠᠭᠳᠠᠬᠤ ᠪᠠᠢᠭᠰᠠᠨ: { $total } (ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ)᠃
cli-legal-hold-on = ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠬᠣᠷᠢᠭ ᠲᠣᠭᠲᠠᠭᠠᠪᠠ᠃ ᠬᠣᠷᠢᠭ ᠴᠤᠴᠠᠯᠠᠭᠳᠠᠬᠤ ᠬᠦᠷᠳᠡᠯ᠎ᠡ ᠤᠰᠠᠳᠬᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
cli-legal-hold-off = ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠬᠣᠷᠢᠭ ᠢ ᠴᠤᠴᠠᠯᠠᠪᠠ᠃
cli-retention-kind = { $kind }: { $count }
retention-kind-abandoned-intakes = ᠣᠷᠬᠢᠭᠰᠠᠨ ᠭᠤᠶᠤᠯᠲᠠ
retention-kind-conversations = ᠢᠳᠡᠪᠬᠢ ᠦᠭᠡᠢ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ
retention-kind-processed-updates = ᠰᠢᠯᠭᠠᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ
retention-kind-sent-outbox = ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠡ
retention-kind-dead-outbox-args = ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠠᠷᠢᠯᠭᠠᠭᠰᠠᠨ ᠮᠡᠳᠡᠭᠡ
retention-kind-transcripts = ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ
retention-kind-consultation-cases = ᠵᠥᠪᠬᠡᠨ ᠵᠥᠪᠯᠡᠭᠡ ᠶᠢᠨ ᠬᠡᠷᠡᠭ
retention-kind-closed-cases = ᠬᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ
retention-kind-evidence-files = ᠨᠤᠲᠠᠯᠠᠬᠤ ᠹᠠᠢᠯ
retention-kind-pin-guesses = ᠨᠢᠭᠤᠴᠠ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠣᠷᠤᠯᠳᠯᠭ᠎ᠠ

data-orders = ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ: { $orders }
data-order-line = { $reference } · { $kind } · { $state } · { $placed } · ᠡᠳᠦᠷ { $scheduled } · ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ { $contact }
retention-kind-orders = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ (ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ᠂ ᠭᠠᠵᠠᠷ ᠤᠨ ᠨᠡᠷ᠎ᠡ)
