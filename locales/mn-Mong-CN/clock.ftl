# ᠬᠡᠷᠡᠭ ᠦᠨ ᠴᠠᠭ (docs/clock.md)᠄ ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ᠂ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠯᠲᠡ᠂ ᠳᠡᠭᠡᠷᠡ ᠱᠠᠲᠤ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ — ᠵᠥᠪᠬᠡᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠳᠤ᠃
# The first line never names the service: these may show on a lock screen.

clock-reminder-half = ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠭᠠᠰ ᠨᠢ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
clock-reminder-late = ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠥᠬᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
clock-overdue = ᠬᠡᠷᠡᠭ { $reference } ({ $status }): { $due } ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠃ /queue ᠪᠣᠯᠤᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ ᠳᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
clock-escalation = ᠬᠡᠷᠡᠭ { $reference } ({ $status }᠂ { $region }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠠᠴᠠ ᠨᠡᠯᠢᠶᠡᠳ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠂ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃ ᠬᠢᠨᠠᠨ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
staff-case-line-overdue = { $line } · ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ
staff-count-overdue = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ: { $count }
