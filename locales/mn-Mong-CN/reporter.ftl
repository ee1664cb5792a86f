# The reporter's journey, first part: language, welcome, safety check, menu, help, intake questions.
# Traditional Mongolian (Inner Mongolian written standard). Written by developers:
# needs review by a native speaker before production. Phone numbers stay in Latin digits.

language-picker = ᠬᠡᠯᠡ ᠰᠣᠩᠭᠣᠨ᠎ᠠ ᠤᠤ · 请选择语言
language-changed = ᠬᠡᠯᠡ ᠶᠢ ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠡᠷ ᠰᠣᠯᠢᠪᠠ᠃
welcome = ᠰᠠᠢᠨ ᠪᠠᠢᠨ᠎ᠠ ᠤᠤ᠃ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠳᠦ ᠲᠠᠪᠲᠠᠢ ᠮᠣᠷᠢᠯᠠ᠃ ᠪᠢᠳᠡ ᠲᠠᠨ ᠳᠤ ᠵᠥᠪᠯᠡᠭᠡ ᠥᠭᠴᠦ᠂ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠵᠦ᠂ ᠲᠤᠰᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠨ᠎ᠠ᠃ ᠲᠠᠨ ᠤ ᠬᠡᠯᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠢ ᠪᠢᠳᠡ ᠨᠢᠭᠤᠴᠠᠯᠠᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠨ᠎ᠠ᠃
safety-check = ᠣᠳᠣ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ ᠳᠤ ᠲᠤᠬᠠᠢ ᠲᠠᠢ ᠤᠤ? ᠡᠨᠡ ᠲᠠᠨ ᠤ ᠥᠪᠡᠷ ᠦᠨ ᠤᠲᠠᠰᠤ ᠮᠥᠨ ᠦᠦ?
safety-yes = ᠲᠤᠬᠠᠢ ᠲᠠᠢ᠂ ᠮᠢᠨᠦ ᠥᠪᠡᠷ ᠦᠨ ᠤᠲᠠᠰᠤ
safety-no = ᠲᠤᠬᠠᠢ ᠦᠭᠡᠢ / ᠮᠢᠨᠦ ᠤᠲᠠᠰᠤ ᠪᠢᠰᠢ
minimal-mode =
    ᠪᠢᠳᠡ ᠣᠶᠢᠯᠠᠭᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠲᠠ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ 12338 ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠡᠷᠬᠡ ᠠᠰᠢᠭ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠳᠤ ᠤᠲᠠᠰᠤ ᠵᠠᠯᠭᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
    ᠬᠡᠷᠪᠡ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ᠂ ᠲᠠᠨ ᠤ ᠲᠤᠬᠠᠢ ᠲᠠᠢ ᠴᠠᠭ ᠲᠤ ᠪᠢᠳᠡ ᠲᠠᠨ ᠳᠤ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
minimal-request-callback = ᠨᠠᠳᠠ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠭᠠᠷᠠᠢ
minimal-ask-callback = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠬᠤ ᠳ᠋ᠤᠭᠠᠷ ᠪᠣᠯᠣᠨ ᠤᠲᠠᠰᠤ ᠠᠪᠬᠤ ᠳᠤ ᠲᠤᠬᠠᠢ ᠲᠠᠢ ᠴᠠᠭ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠢᠱᠢᠶ᠎ᠡ ᠨᠢ: ᠣᠷᠣᠢ 8 ᠴᠠᠭ ᠠᠴᠠ ᠬᠣᠶᠢᠰᠢ)᠃
minimal-callback-registered = ᠵᠠ᠂ ᠲᠠᠨ ᠤ ᠬᠡᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ ᠲᠤ ᠪᠢᠳᠡ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠨ᠎ᠠ᠃ ᠠᠶᠤᠯ ᠲᠣᠬᠢᠶᠠᠯᠳᠤᠪᠠᠯ ᠳᠠᠷᠤᠢ 110 ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠭᠠᠷᠠᠢ᠃
