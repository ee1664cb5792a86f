# ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ (回访, docs/clock.md)᠃
# Her questions arrive unprompted: the neutral first line comes first; none names the service.

follow-up-ask-solved = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠲᠠᠨ ᠤ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠦ?
follow-up-button-yes = ᠲᠡᠢᠮᠦ᠂ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ
follow-up-button-partly = ᠬᠡᠰᠡᠭᠴᠢᠯᠡᠨ
follow-up-button-no = ᠦᠭᠡᠢ᠂ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ
follow-up-ask-satisfaction = ᠠᠪᠤᠭᠰᠠᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠳᠤ ᠬᠡᠷ ᠰᠡᠳᠭᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ ᠪᠠᠢᠨ᠎ᠠ ᠪᠤᠢ? 1 — ᠣᠳᠣ ᠦᠭᠡᠢ᠂ 5 — ᠮᠠᠰᠢ ᠢᠯᠡᠭᠦᠦ᠃
follow-up-ask-comment = ᠨᠡᠮᠡᠵᠦ ᠬᠡᠯᠡᠬᠦ ᠵᠦᠢᠯ ᠪᠠᠢᠨ᠎ᠠ ᠤᠤ? ᠡᠨᠳᠡ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠠᠯᠭᠤᠰᠤᠭᠠᠷᠠᠢ᠃
follow-up-button-skip = ᠠᠯᠭᠤᠰᠬᠤ
follow-up-thanks = ᠬᠠᠷᠢᠭᠤᠯᠲᠠ ᠳᠤ ᠲᠠᠨ ᠢ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃
follow-up-closed = ᠡᠨᠡ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠃ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ ᠪᠢᠳᠡᠨ ᠳᠦ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ «ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ» ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
# Staff: the first line starts with the case reference and never names the kind of help.
follow-up-callback-task = ᠬᠡᠷᠡᠭ { $reference }: ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ { $round }᠂ ᠤᠲᠠᠰᠤ ᠪᠠᠷ᠃ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠦ (ᠲᠡᠢᠮᠦ / ᠬᠡᠰᠡᠭᠴᠢᠯᠡᠨ / ᠦᠭᠡᠢ)? ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠳᠤ ᠬᠡᠷ ᠰᠡᠳᠭᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ ᠪᠠᠢᠨ᠎ᠠ (1 — 5)? ᠨᠡᠮᠡᠵᠦ ᠬᠡᠯᠡᠬᠦ ᠵᠦᠢᠯ ᠪᠠᠢᠨ᠎ᠠ ᠤᠤ? ᠬᠠᠷᠢᠭᠤᠯᠲᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ: /followup { $reference } { $round }
follow-up-concern = ᠬᠡᠷᠡᠭ { $reference }: ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ { $round }: ᠠᠰᠠᠭᠤᠳᠠᠯ — { $solved }᠃ ᠳᠠᠬᠢᠨ ᠠᠩᠬᠠᠷᠤᠭᠠᠷᠠᠢ᠃
follow-up-solved-yes = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ
follow-up-solved-partly = ᠬᠡᠰᠡᠭᠴᠢᠯᠡᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ
follow-up-solved-no = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ
# Staff: her answers on the case card.
flag-follow-up = ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ { $round }: { $solved }᠂ ᠰᠡᠳᠭᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ { $satisfaction } / 5
staff-entry-follow-up = [{ $at }] ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠤᠨ ᠰᠠᠨᠠᠯ: { $text }
follow-up-queue-title = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ (ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ)
follow-up-staff-usage = ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠤᠨ ᠬᠠᠷᠢᠭᠤᠯᠲᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ: /followup ᠳ᠋ᠤᠭᠠᠷ ᠤᠳᠠᠭ᠎ᠠ(1 / 2) yes|partly|no ᠰᠡᠳᠭᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ(1-5 / -) ᠰᠠᠨᠠᠯ
follow-up-staff-recorded = ᠬᠡᠷᠡᠭ { $reference }: ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ { $round }: ᠳᠠᠩᠰᠠᠯᠠᠭᠳᠠᠪᠠ᠃
follow-up-staff-closed = ᠬᠡᠷᠡᠭ { $reference }: ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ { $round }: ᠬᠠᠷᠢᠭᠤᠯᠲᠠ ᠬᠦᠯᠢᠶᠡᠬᠦ ᠦᠭᠡᠢ᠃
