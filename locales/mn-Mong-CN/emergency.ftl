# Emergencies nobody acknowledged, and staff on duty (docs/clock.md, "Emergencies"). Staff only.
# The first line never names the kind of help: a page may show on a lock screen.

clock-emergency-page = ᠬᠡᠷᠡᠭ { $reference } ({ $region }): { $since } ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠬᠡᠨ ᠴᠦ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ ᠳᠠᠷᠤᠢ ᠪᠠᠲᠤᠯᠠᠵᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠷᠡᠢ᠃
clock-emergency-nobody-on-duty = ᠬᠡᠷᠡᠭ { $reference } ({ $region }): ᠰᠠᠶᠢ ᠢᠷᠡᠪᠡ᠂ ᠡᠨᠡ ᠣᠷᠣᠨ ᠳᠤ ᠵᠢᠵᠦᠭᠦᠷ ᠠᠵᠢᠯᠲᠠᠨ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠳᠠᠷᠤᠢ ᠪᠠᠲᠤᠯᠠᠵᠤ᠂ ᠡᠰᠡᠬᠦᠯ᠎ᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠬᠦᠮᠦᠨ ᠢ ᠣᠯᠵᠤ ᠥᠭᠭᠦᠭᠡᠷᠡᠢ᠃
staff-duty-on = ᠲᠠ ᠵᠢᠵᠦᠭᠦᠷ ᠲᠦ ᠪᠠᠢᠨ᠎ᠠ: ᠲᠠᠨ ᠤ ᠣᠷᠣᠨ ᠤ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ ᠲᠠᠨ ᠳᠤ ᠳᠠᠭᠤᠳᠬᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠵᠢᠵᠦᠭᠦᠷ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠤ /duty off ᠢᠯᠡᠬᠡᠭᠡᠷᠡᠢ᠃
staff-duty-off = ᠲᠠ ᠵᠢᠵᠦᠭᠦᠷ ᠲᠦ ᠪᠢᠰᠢ: ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ ᠲᠠᠨ ᠳᠤ ᠳᠠᠭᠤᠳᠬᠤ ᠦᠭᠡᠢ᠃ ᠵᠢᠵᠦᠭᠦᠷ ᠡᠬᠢᠯᠡᠬᠦ ᠳᠤ /duty on ᠢᠯᠡᠬᠡᠭᠡᠷᠡᠢ᠃
staff-duty-usage = /duty on ᠡᠰᠡᠬᠦᠯ᠎ᠡ /duty off ᠢᠯᠡᠬᠡᠭᠡᠷᠡᠢ; ᠵᠥᠪᠬᠡᠨ /duty ᠢᠯᠡᠬᠡᠪᠡᠯ ᠵᠢᠵᠦᠭᠦᠷ ᠲᠦ ᠪᠠᠢᠭ᠎ᠠ ᠡᠰᠡᠬᠦ ᠶᠢ ᠬᠠᠷᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃
