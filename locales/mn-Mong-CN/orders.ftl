# ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ (点单/派单, docs/orders.md)᠃
# A woman or a community orders a lecture, a team visit or a "ten deliveries" event; the federation
# dispatches a women's home or a mobile service team; the team records what it delivered.

## What can be ordered
orders-kind-lecture_teaching = ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ ᠦᠨ ᠬᠢᠴᠢᠶᠡᠯ
orders-kind-lecture_thematic = ᠲᠤᠰᠬᠠᠢ ᠰᠡᠳᠦᠪ ᠦᠨ ᠬᠢᠴᠢᠶᠡᠯ
orders-kind-lecture_service = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠬᠢᠴᠢᠶᠡᠯ
orders-kind-lecture_activity = ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭᠠᠨ ᠤ ᠬᠢᠴᠢᠶᠡᠯ
orders-kind-lecture_publicity = ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭᠠᠨ ᠤ ᠬᠢᠴᠢᠶᠡᠯ
orders-kind-team_visit = ᠶᠠᠪᠤᠭᠤᠯ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠪᠠᠭ ᠤᠨ ᠣᠴᠢᠯᠲᠠ / ᠵᠥᠪᠯᠡᠭᠡᠨ ᠦ ᠡᠳᠦᠷ
orders-kind-ten_deliveries = «ᠠᠷᠪᠠᠨ ᠵᠦᠢᠯ ᠢ ᠳᠣᠤᠷᠠ ᠳᠠᠰᠢᠶ᠎ᠠ ᠳᠤ ᠬᠦᠷᠭᠡᠬᠦ» ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ

orders-topic-rights_law = ᠡᠷᠬᠡ ᠪᠠ ᠬᠠᠤᠯᠢ
orders-topic-family_education = ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠮᠦᠵᠢᠯ
orders-topic-marriage_family = ᠭᠡᠷᠯᠡᠯᠲᠡ ᠪᠠ ᠭᠡᠷ ᠪᠦᠯᠢ
orders-topic-mental_health = ᠰᠡᠳᠬᠢᠯ ᠰᠠᠨᠠᠭᠠᠨ ᠤ ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ
orders-topic-health = ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ
orders-topic-employment = ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠬᠦ ᠪᠠ ᠠᠵᠤ ᠠᠬᠤᠢ ᠡᠬᠢᠯᠡᠬᠦ
orders-topic-literacy = ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠪᠠ ᠰᠠᠩᠬᠦᠦ ᠶᠢᠨ ᠮᠡᠳᠡᠯᠭᠡ
orders-topic-rural_revitalisation = ᠬᠥᠳᠡᠭᠡ ᠶᠢ ᠰᠡᠷᠭᠦᠭᠡᠬᠦ
orders-topic-care_elderly_children = ᠥᠲᠡᠭᠦᠰ ᠪᠠ ᠬᠡᠦᠬᠡᠳ ᠲᠦ ᠠᠩᠬᠠᠷᠤᠯ ᠬᠠᠯᠠᠮᠵᠢ

orders-place-gacha = ᠭᠠᠴᠠᠭ᠎ᠠ
orders-place-community = ᠬᠣᠷᠣᠭᠠᠯᠠᠩ
orders-place-school = ᠰᠤᠷᠭᠠᠭᠤᠯᠢ
orders-place-enterprise = ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠨᠢᠭᠡᠴᠡ

orders-language-mongolian = ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ
orders-language-chinese = ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ
orders-language-bilingual = ᠮᠣᠩᠭᠣᠯ ᠬᠢᠲᠠᠳ ᠬᠣᠶᠠᠷ ᠬᠡᠯᠡ
orders-language-other = ᠪᠤᠰᠤᠳ ᠬᠡᠯᠡ

orders-format-on_site = ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠢᠷᠡᠵᠦ
orders-format-online = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ

orders-point-fixed_home = ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
orders-point-mobile_team = ᠶᠠᠪᠤᠭᠤᠯ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠪᠠᠭ

## Where an order stands
orders-state-requested = ᠪᠠᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
orders-state-dispatched = ᠪᠠᠭ ᠲᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠭᠰᠠᠨ
orders-state-scheduled = ᠡᠳᠦᠷ ᠢ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ
orders-state-delivered = ᠶᠠᠪᠤᠭᠳᠠᠭᠰᠠᠨ᠂ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
orders-state-recorded = ᠶᠠᠪᠤᠭᠳᠠᠵᠤ ᠳᠠᠩᠰᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ
orders-state-cancelled = ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠭᠰᠠᠨ

## Why a team is suggested (besides reason-region, reason-language, reason-load, reason-full)
orders-reason-travels = ᠲᠡᠨᠳᠡ ᠶᠠᠪᠤᠳᠠᠭ
orders-reason-topic = ᠲᠤᠰ ᠰᠡᠳᠦᠪ ᠢ ᠵᠢᠭᠠᠳᠠᠭ
orders-reason-online = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠶᠠᠪᠤᠭᠳᠠᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠨ᠎ᠠ

## What was not right in an order or a record: the field, then what is wrong with it
orders-field-kind = ᠵᠠᠬᠢᠶᠠᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
orders-field-topic = ᠰᠡᠳᠦᠪ
orders-field-region = ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ
orders-field-place_kind = ᠭᠠᠵᠠᠷ ᠤᠨ ᠲᠥᠷᠥᠯ
orders-field-place_name = ᠭᠠᠵᠠᠷ ᠤᠨ ᠨᠡᠷ᠎ᠡ
orders-field-language = ᠬᠡᠯᠡ
orders-field-format = ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠢᠷᠡᠬᠦ ᠪᠤᠶᠤ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ
orders-field-audience = ᠢᠷᠡᠬᠦ ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ
orders-field-preferred_dates = ᠬᠦᠰᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ
orders-field-contact_name = ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠬᠦᠮᠦᠨ ᠦ ᠨᠡᠷ᠎ᠡ
orders-field-contact_phone = ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠤᠲᠠᠰᠤ
orders-field-topics = ᠵᠢᠭᠠᠭᠰᠠᠨ ᠰᠡᠳᠦᠪ
orders-field-held_on = ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭᠠᠨ ᠤ ᠡᠳᠦᠷ
orders-field-scheduled_on = ᠲᠣᠬᠢᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠡᠳᠦᠷ
orders-field-attendees = ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠳ ᠤᠨ ᠲᠣᠭ᠎ᠠ
orders-field-women_helped = ᠳᠠᠩ ᠳᠠᠩ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠲᠣᠭ᠎ᠠ
orders-field-notes = ᠲᠡᠮᠳᠡᠭᠯᠡᠯ
orders-field-case_ids = ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠬᠡᠷᠡᠭ

orders-invalid = ᠡᠨᠡ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠤᠶᠤ ᠳᠠᠩᠰᠠ ᠳᠤ ᠪᠤᠷᠤᠭᠤ ᠵᠦᠢᠯ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠰᠢᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃
orders-invalid-unknown = { $field }: ᠦᠵᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠰᠣᠩᠭᠣᠯᠲᠠ ᠠᠴᠠ ᠨᠢᠭᠡ ᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
orders-invalid-missing = { $field }: ᠡᠨᠡ ᠢ ᠡᠷᠬᠡᠪᠰᠢ ᠪᠥᠭᠡᠯᠡᠨ᠎ᠡ᠃
orders-invalid-too_long = { $field }: ᠬᠡᠲᠦᠷᠬᠡᠢ ᠤᠷᠲᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠲᠣᠪᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠃
orders-invalid-not_a_number = { $field }: ᠪᠦᠬᠦᠯ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 40᠃
orders-invalid-too_small = { $field }: ᠲᠣᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠪᠠᠭ᠎ᠠ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-invalid-too_large = { $field }: ᠲᠣᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠶᠡᠬᠡ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-invalid-too_many = { $field }: ᠭᠤᠷᠪᠠ ᠠᠴᠠ ᠪᠢᠲᠡᠭᠡᠢ ᠢᠯᠡᠭᠦᠦ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
orders-invalid-not_a_date = { $field }: ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 2026-05-20᠃
orders-invalid-in_past = { $field }: ᠡᠨᠡ ᠡᠳᠦᠷ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠬᠣᠶᠢᠨᠠᠬᠢ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
orders-invalid-too_far = { $field }: ᠡᠨᠡ ᠡᠳᠦᠷ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠬᠣᠯᠠ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠨᠢᠭᠡ ᠵᠢᠯ ᠦᠨ ᠳᠣᠲᠣᠷᠠᠬᠢ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
orders-invalid-in_future = { $field }: ᠡᠨᠡ ᠡᠳᠦᠷ ᠬᠠᠷᠠᠬᠠᠨ ᠪᠣᠯᠤᠭᠠ ᠦᠭᠡᠢ᠃ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠶᠠᠪᠤᠭᠳᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠩᠰᠠᠯᠠᠨ᠎ᠠ᠃
orders-invalid-before_order = { $field }: ᠡᠨᠡ ᠡᠳᠦᠷ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠠᠪᠤᠭᠳᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
orders-invalid-more_than_attendees = { $field }: ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠳ ᠤᠨ ᠲᠣᠭ᠎ᠠ ᠠᠴᠠ ᠢᠯᠡᠭᠦᠦ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃

## Notices to staff
orders-staff-new = ᠰᠢᠨ᠎ᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: { $kind }᠂ { $topic }᠂ { $region }᠃ ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ: ᠪᠠᠷᠤᠭ { $audience }᠃ ᠪᠠᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-staff-offered = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠲᠠᠨ ᠤ ᠪᠠᠭ ᠲᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠪᠠ᠃ { $kind }᠂ { $topic }᠂ { $region }᠃ ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ: ᠪᠠᠷᠤᠭ { $audience }᠃ ᠡᠳᠦᠷ᠂ ᠴᠠᠭ᠂ ᠭᠠᠵᠠᠷ ᠢ ᠲᠣᠭᠲᠠᠭᠠᠵᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠵᠦ ᠪᠤᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
orders-staff-declined = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠪᠠᠭ ᠪᠤᠴᠠᠭᠠᠪᠠ ({ $team })᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }᠃ ᠪᠤᠰᠤᠳ ᠪᠠᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-staff-cancelled = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }᠃

## Notices to the person who ordered (in her language)
orders-notice-scheduled = ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠲᠣᠭᠲᠠᠪᠠ᠃ ᠪᠠᠭ: { $team }᠃ ᠴᠠᠭ: { $when }᠃ ᠭᠠᠵᠠᠷ: { $venue }᠃
orders-notice-rescheduled = ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠰᠢᠨ᠎ᠡ ᠡᠳᠦᠷ ᠲᠣᠭᠲᠠᠪᠠ᠃ ᠴᠠᠭ: { $when }᠃ ᠭᠠᠵᠠᠷ: { $venue }᠃
orders-notice-rearranging = ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠪᠠᠭ ᠲᠣᠭᠲᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠢᠷᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠪᠢᠳᠡ ᠪᠤᠰᠤᠳ ᠪᠠᠭ ᠢ ᠡᠷᠢᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠰᠢᠨ᠎ᠡ ᠡᠳᠦᠷ ᠢ ᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
orders-notice-cancelled = ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }᠃
orders-notice-recorded = ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ: ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference } ᠶᠢᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠠᠪᠤᠭᠳᠠᠵᠤ ᠳᠠᠩᠰᠠᠯᠠᠭᠳᠠᠪᠠ (ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠳ: { $attendees })᠃

## Refusals
orders-error-not-found = ᠡᠨᠡ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ ᠰᠢᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃
orders-error-stale = ᠡᠨᠡ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢ ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠵᠡᠷᠭᠡ ᠰᠢᠨᠡᠳᠬᠡᠭᠰᠡᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠳᠠᠬᠢᠨ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
