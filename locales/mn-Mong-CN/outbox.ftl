# The walking-home outbox command: messages the bot gave up on (dead letters).
# Traditional Mongolian; needs review by a native speaker before production.

cli-outbox-dead-none = ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠡ ᠦᠭᠡᠢ᠃ ᠪᠦᠬᠦ ᠮᠡᠳᠡᠭᠡ ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠵᠠᠮ ᠳᠠᠭᠠᠨ ᠶᠠᠪᠤᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
cli-outbox-dead-count = ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠡ: { $count } (ᠰᠢᠨ᠎ᠡ ᠨᠢ ᠡᠬᠢᠨ ᠳᠦ):
cli-outbox-dead-row = #{ $id } · { $channel } · { $recipient } · { $message } · ᠣᠷᠣᠯᠳᠤᠯᠭ᠎ᠠ: { $attempts } · { $when } · { $reason } · { $retry }
cli-outbox-recipient-case = ᠬᠡᠷᠡᠭ { $reference }
cli-outbox-recipient-tag = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠴᠢ { $tag }
cli-outbox-can-retry = ᠳᠠᠬᠢᠨ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ
cli-outbox-args-cleared = ᠳᠠᠬᠢᠨ ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ ᠠᠷᠭ᠎ᠠ ᠦᠭᠡᠢ (ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠨᠢ ᠠᠷᠢᠯᠭᠠᠭᠰᠠᠨ)
cli-outbox-dropped = ᠰᠠᠨᠠᠭᠠᠲᠠᠢ ᠪᠠᠷ ᠴᠤᠴᠠᠯᠠᠭᠰᠠᠨ
cli-outbox-dropped-quick-exit = ᠲᠡᠷᠡ «ᠬᠤᠷᠳᠤᠨ ᠭᠠᠷᠬᠤ» ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠭᠰᠡᠨ
cli-outbox-dropped-staff = ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠡᠷᠬᠡ ᠳᠠᠭᠤᠰᠪᠠ
cli-outbox-reason-unreadable = ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
cli-outbox-reason-not-renderable = ᠪᠢᠴᠢᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
cli-outbox-retried = ᠮᠡᠳᠡᠭᠡ #{ $id }: ᠳᠠᠬᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠣᠷᠣᠪᠠ᠂ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠭ᠎ᠠ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠳᠠᠷᠤᠢ ᠢᠯᠡᠭᠡᠨ᠎ᠡ᠃
cli-outbox-retried-all = ᠳᠠᠬᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠣᠷᠣᠭᠰᠠᠨ: { $count }᠃ ᠤᠷᠢᠳᠠᠬᠢ ᠪᠠᠷ ᠨᠢ ᠳᠠᠬᠢᠨ ᠢᠯᠡᠭᠡᠬᠦ ᠠᠷᠭ᠎ᠠ ᠦᠭᠡᠢ: { $refused }᠃
cli-outbox-retry-nothing = ᠨᠢᠭᠡ ᠪᠤᠶᠤ ᠬᠡᠳᠦᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ («outbox dead» ᠬᠠᠷᠠᠭᠤᠯᠳᠠᠭ ᠰᠢᠭ) ᠪᠤᠶᠤ --all ᠢ ᠵᠢᠭᠠᠭᠠᠷᠠᠢ᠃
cli-outbox-not-found = ᠡᠢᠮᠦ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠡ ᠦᠭᠡᠢ: #{ $id }
cli-outbox-not-dead = ᠮᠡᠳᠡᠭᠡ #{ $id }: ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠮᠡᠳᠡᠭᠡ ᠪᠢᠰᠢ (ᠪᠠᠢᠳᠠᠯ: { $status })᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠦᠭᠡᠢ᠃
cli-outbox-cannot-rerender = ᠮᠡᠳᠡᠭᠡ #{ $id }: ᠳᠠᠬᠢᠨ ᠢᠯᠡᠭᠡᠬᠦ ᠠᠷᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠢᠯᠡᠭᠡᠬᠦ ᠪᠡᠨ ᠪᠣᠯᠢᠭᠰᠠᠨ ᠦᠶ᠎ᠡ ᠳᠦ ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠨᠢ ᠠᠷᠢᠯᠭᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠤᠷᠢᠳᠠᠬᠢ ᠪᠠᠷ ᠨᠢ ᠪᠦᠷᠢᠯᠳᠦᠭᠦᠯᠬᠦ ᠠᠷᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠦᠭᠡᠢ᠃
cli-outbox-dropped-on-purpose = ᠮᠡᠳᠡᠭᠡ #{ $id }: ᠰᠠᠨᠠᠭᠠᠲᠠᠢ ᠪᠠᠷ ᠴᠤᠴᠠᠯᠠᠭᠰᠠᠨ᠂ ᠬᠡᠵᠢᠶᠡ ᠴᠤ ᠢᠯᠡᠭᠡᠬᠦ ᠦᠭᠡᠢ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠦᠭᠡᠢ᠃
cli-outbox-status-pending = ᠢᠯᠡᠭᠡᠬᠦ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
cli-outbox-status-sent = ᠢᠯᠡᠭᠡᠭᠰᠡᠨ
cli-outbox-status-dead = ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ
