# Reporter messages, part 3 (from status-mediation_pending to the end of reporter.ftl).
# Traditional Mongolian (Inner Mongolian written standard). Written by developers:
# needs review by a native speaker before production.

status-mediation_pending = ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ ᠡᠰᠡᠬᠦ ᠶᠢ ᠠᠰᠠᠭᠤᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
status-mediating = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠠᠵᠢᠯ ᠶᠠᠪᠤᠭᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
status-agreement = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠲᠦ ᠬᠦᠷᠪᠡ᠃ 30 ᠡᠳᠦᠷ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠱᠦᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠠᠴᠠ ᠪᠠᠲᠤᠯᠠᠭᠤᠯᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
status-referred = ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠲᠠᠢ ᠭᠠᠵᠠᠷ ᠲᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠪᠡ᠂ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃
status-follow_up = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠪᠡ᠃ ᠪᠢᠳᠡ ᠲᠣᠬᠢᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠶᠣᠰᠣᠭᠠᠷ ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠬᠢᠨ᠎ᠡ᠃
status-on_hold = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ᠂ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠣᠭᠲᠠᠮᠠᠯ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ ᠳᠠᠬᠢᠨ ᠬᠢᠨᠠᠨ᠎ᠠ᠃
status-closed = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳ ᠬᠠᠭᠠᠪᠠ᠃ ᠬᠡᠷᠪᠡ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠳᠠᠬᠢᠨ ᠭᠠᠷᠪᠠᠯ᠂ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
status-withdrawn = ᠲᠠ ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠯᠠ᠃
status-short-intake = ᠳᠦᠭᠦᠷᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
status-short-new = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
status-short-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
status-short-accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ
status-short-not_accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ
status-short-dispatched = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠭᠰᠠᠨ
status-short-in_progress = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
status-short-mediation_pending = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠰᠠᠨᠠᠯ ᠠᠰᠠᠭᠤᠵᠤ ᠪᠠᠢᠨ᠎ᠠ
status-short-mediating = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
status-short-agreement = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠲᠦ ᠬᠦᠷᠦᠭᠰᠡᠨ
status-short-referred = ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠭᠰᠡᠨ
status-short-follow_up = ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠬᠢᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
status-short-on_hold = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ
status-short-closed = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳ ᠬᠠᠭᠠᠭᠰᠠᠨ
status-short-withdrawn = ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ

exit-neutral = ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠂ ᠪᠠᠶᠠᠷᠲᠠᠢ᠃

button-yes = ᠲᠡᠢᠮᠦ
button-no = ᠦᠭᠡᠢ
button-continue = ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ
button-confirm = ᠪᠠᠲᠤᠯᠠᠵᠤ ᠢᠯᠡᠭᠡᠬᠦ
button-back = ᠪᠤᠴᠠᠬᠤ
button-done = ᠳᠠᠭᠤᠰᠪᠠ
button-danger = 🆘 ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ
button-exit = ᠬᠤᠷᠳᠤᠨ ᠭᠠᠷᠬᠤ

# "Call me in my language" (issue 7): Daur, Evenki and Oroqen have no written standard in use;
# China Buryat reads traditional Mongolian. The spoken-language-* values all end in ᠬᠡᠯᠡ,
# so call-me-registered joins the instrumental ᠪᠡᠷ to { $language } with U+202F.
call-me-in-my-language = 📞 ᠮᠢᠨᠤ ᠬᠡᠯᠡ ᠪᠡᠷ ᠨᠠᠳᠠ ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ
call-me-choose-language = ᠲᠠ ᠶᠠᠮᠠᠷ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ ᠪᠤᠢ? ᠪᠢᠳᠡ ᠲᠡᠷᠡ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠢᠶᠠᠷ ᠲᠠᠨ ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃
spoken-language-label = { $zh } · { $mn }
spoken-language-dta = ᠳᠠᠭᠤᠷ ᠬᠡᠯᠡ
spoken-language-evn = ᠡᠸᠡᠩᠬᠢ ᠬᠡᠯᠡ
spoken-language-orh = ᠣᠷᠴᠣᠨ ᠬᠡᠯᠡ
spoken-language-bxu = ᠪᠤᠷᠢᠶᠠᠳ ᠬᠡᠯᠡ
call-me-ask-phone = ᠤᠲᠠᠰᠤ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠪᠠ ᠤᠲᠠᠰᠤ ᠠᠪᠬᠤ ᠳᠤ ᠲᠣᠬᠢᠷᠠᠮᠵᠢᠲᠠᠢ᠂ ᠠᠶᠤᠯᠭᠦᠢ ᠴᠠᠭ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ: ᠣᠷᠣᠢ 8 ᠴᠠᠭ ᠠᠴᠠ ᠬᠣᠶᠢᠰᠢ)᠃
call-me-registered = ᠰᠠᠶᠢᠨ᠂ ᠪᠢᠳᠡ { $language } ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠢᠶᠠᠷ ᠲᠠᠨ ᠤ ᠬᠡᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ ᠲᠤ ᠲᠠᠨ ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃ ᠠᠶᠤᠯ ᠲᠣᠬᠢᠶᠠᠯᠳᠤᠪᠠᠯ ᠳᠠᠷᠤᠢ 110 ᠪᠤᠶᠤ 12338 ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ᠃
