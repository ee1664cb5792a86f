# Notices: to the reporter when her case moves, and to staff when work arrives.
# Traditional Mongolian (mn-Mong-CN). Draft: needs review by a native speaker.
# The reference stands as a label ("ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ..."), so no case suffix follows a placeable.

notice-accept = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠎ᠠ᠃ ᠪᠢᠳᠡ ᠲᠠᠨ ᠳᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
notice-reject = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠮᠠᠨ ᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠡᠪᠴᠢᠶᠡᠨ ᠳᠦ ᠬᠠᠮᠠᠷᠤᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ ᠳᠤ ᠪᠤᠰᠤ ᠭᠠᠵᠠᠷ ᠠᠴᠠ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠬᠤ ᠶᠢ ᠬᠡᠯᠡᠵᠦ ᠦᠭᠭᠦᠨ᠎ᠡ᠃ ᠲᠠ ᠮᠥᠨ 12338 ᠳ᠋ᠤᠭᠠᠷ ᠲᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
notice-take = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠨ ᠠᠪᠤᠯᠠ᠎ᠠ᠃ ᠲᠡᠷᠡ ᠡᠨᠳᠡ ᠲᠠᠨ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠨ᠎ᠠ᠃
notice-start_mediation = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠲᠠᠯ᠎ᠠ ᠪᠠᠷ ᠲᠠᠨ ᠤ ᠰᠠᠨᠠᠯ ᠢ ᠠᠰᠠᠭᠤᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠨᠢ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠰᠠᠶᠢᠨ ᠳᠤᠷ᠎ᠠ ᠪᠠᠷ ᠪᠣᠯᠬᠤ ᠶᠣᠰᠤᠲᠠᠢ᠂ ᠲᠠ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠦ ᠲᠠᠲᠠᠭᠠᠯᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
notice-reach_agreement = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠲᠦ ᠬᠦᠷᠪᠡ᠃ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠬᠦᠴᠦᠨ ᠲᠡᠭᠦᠯᠳᠡᠷ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ 30 ᠡᠳᠦᠷ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠲᠠ ᠪᠣᠯᠣᠨ ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ᠎ᠠ ᠬᠠᠮᠲᠤ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠲᠤ ᠱᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠬᠤ ᠪᠠᠲᠤᠯᠠᠯᠲᠠ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
notice-terminate_mediation = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠠᠵᠢᠯ ᠵᠣᠭᠰᠣᠪᠠ᠃ ᠲᠠ ᠮᠥᠨ ᠵᠤᠭᠤᠴᠢᠯᠠᠨ ᠱᠢᠭᠦᠬᠦ᠂ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠵᠠᠮ ᠪᠤᠶᠤ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠲᠤ ᠵᠠᠷᠭᠤ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠪᠡᠷ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠂ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ ᠳᠤ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠲᠤᠰᠠᠯᠠᠨ᠎ᠠ᠃
notice-refer = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠲᠠᠨ ᠤ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠭᠠᠤ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠬᠡᠯᠲᠡᠰ ᠲᠦ ᠰᠢᠯᠵᠢᠭᠦᠯᠪᠡ᠃ ᠪᠢᠳᠡ ᠦᠷ᠎ᠡ ᠳᠦᠩ ᠢ ᠨᠢ ᠬᠢᠨᠠᠨ ᠳᠠᠭᠠᠨ᠎ᠠ᠃
notice-resolve = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠡᠭᠦᠰᠬᠡᠪᠡ᠃ ᠪᠢᠳᠡ ᠲᠣᠬᠢᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠭᠠᠤ ᠲᠠᠨ ᠲᠠᠢ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠨ᠎ᠠ᠃
notice-close = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠃ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠳᠠᠬᠢᠨ ᠭᠠᠷᠪᠠᠯ «ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ» ᠭᠡᠳᠡᠭ ᠬᠡᠰᠡᠭ ᠡᠴᠡ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
notice-reopen = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ { $reference }: ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠪᠡ᠃

staff-new-case = ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ { $reference }: { $service }᠂ { $region }᠂ ᠬᠡᠯᠡ: { $language }᠃
staff-alert-emergency = 🆘 ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ { $reference }: { $region }᠂ { $service }᠂ ᠬᠡᠯᠡ: { $language }᠃ ᠳᠠᠷᠤᠢ ᠪᠠᠲᠤᠯᠠᠵᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠷᠡᠢ᠃
staff-reporter-wrote = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠰᠢᠨ᠎ᠡ ᠮᠡᠳᠡᠭᠡ ᠨᠡᠮᠡᠪᠡ᠃

invite-error-role = ᠪᠤᠷᠤᠭᠤ ᠳᠦᠷᠢ: { $role } (ᠰᠣᠩᠭᠣᠵᠤ ᠪᠣᠯᠬᠤ: operator᠂ mediator᠂ supervisor᠂ admin)᠃
invite-error-region = ᠪᠤᠷᠤᠭᠤ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠤᠨ ᠺᠣᠳ᠋: { $region }᠃
invite-error-service-point = ᠡᠢᠮᠦ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ: { $service_point }᠃
invite-error-scope = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠳᠦ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠪᠤᠶᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
join-error-unknown = ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
join-error-used = ᠡᠨᠡ ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠨᠢᠭᠡᠨᠲᠡ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠠᠢᠨ᠎ᠠ᠃
join-error-expired = ᠡᠨᠡ ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠤᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠂ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠠᠴᠠ ᠰᠢᠨ᠎ᠡ ᠺᠣᠳ᠋ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃
