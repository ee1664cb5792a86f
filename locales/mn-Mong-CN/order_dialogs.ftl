# ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ (bot/dialogs/orders.py, bot/dialogs/order_staff.py, docs/orders.md)᠃

## Her menu
menu-order = ᠮᠠᠨ ᠤ ᠭᠠᠵᠠᠷ ᠲᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠵᠠᠬᠢᠶᠠᠯᠬᠤ
menu-my-orders = ᠮᠢᠨᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ

## Ordering, step by step
order-ask-kind = ᠲᠠ ᠥᠭᠡᠷ ᠤᠨ ᠭᠠᠵᠠᠷ ᠲᠤ ᠶᠠᠭᠤ ᠵᠠᠬᠢᠶᠠᠯᠬᠤ ᠪᠤᠢ?
order-ask-topic = ᠶᠠᠮᠠᠷ ᠰᠡᠳᠦᠪ ᠲᠡᠢ ᠪᠤᠢ?
order-ask-region = ᠲᠡᠷᠡ ᠭᠠᠵᠠᠷ ᠠᠯᠢ ᠨᠤᠲᠤᠭ ᠲᠤ ᠪᠠᠢᠳᠠᠭ ᠪᠤᠢ?
order-ask-place-kind = ᠶᠠᠮᠠᠷ ᠭᠠᠵᠠᠷ ᠪᠤᠢ?
order-ask-place-name = ᠭᠠᠵᠠᠷ ᠤᠨ ᠨᠡᠷ᠎ᠡ ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ: ᠭᠠᠴᠠᠭ᠎ᠠ᠂ ᠬᠣᠷᠣᠭᠠᠯᠠᠩ᠂ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ ᠪᠤᠶᠤ ᠠᠵᠤ ᠠᠬᠤᠢ ᠶᠢᠨ ᠨᠢᠭᠡᠴᠡ᠃
order-ask-dates = ᠶᠠᠮᠠᠷ ᠡᠳᠦᠷ ᠲᠣᠬᠢᠷᠠᠮᠵᠢᠲᠠᠢ ᠪᠤᠢ? ᠭᠤᠷᠪᠠ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 2026-12-20᠂ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 20 ᠪᠤᠶᠤ «ᠮᠠᠷᠭᠠᠰᠢ»᠃ ᠡᠰᠡᠪᠡᠯ «ᠡᠳᠦᠷ ᠬᠠᠮᠠᠭᠠ ᠦᠭᠡᠢ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
order-button-no-dates = ᠡᠳᠦᠷ ᠬᠠᠮᠠᠭᠠ ᠦᠭᠡᠢ
order-ask-audience = ᠪᠠᠷᠤᠭ ᠬᠡᠳᠦᠨ ᠬᠦᠮᠦᠨ ᠢᠷᠡᠬᠦ ᠪᠤᠢ? ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 40᠃
order-audience-many = ᠲᠥᠯᠥᠪᠯᠡᠬᠦ ᠳᠤ ᠲᠣᠭ᠎ᠠ ᠬᠡᠷᠡᠭᠲᠡᠢ᠂ ᠪᠠᠷᠤᠭ ᠲᠣᠭ᠎ᠠ ᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ: ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 40 ᠪᠤᠶᠤ 100᠃
order-ask-language = ᠶᠠᠮᠠᠷ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠪᠤᠭᠳᠠᠭᠤᠯᠬᠤ ᠪᠤᠢ?
order-ask-format = ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠢᠷᠡᠬᠦ ᠦᠦ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠦᠦ?
order-ask-contact = ᠪᠠᠭ ᠬᠡᠨ ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠪᠤᠢ? ᠨᠡᠷ᠎ᠡ ᠪᠣᠯᠣᠨ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ «ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠦᠭᠡᠢ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠮᠡᠳᠡᠭᠡ ᠦᠯᠡᠳᠡᠭᠡᠪᠡᠯ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠠᠨ ᠬᠢᠨᠠᠬᠤ PIN ᠺᠣᠳ᠋ ᠠᠪᠤᠨ᠎ᠠ᠃
order-button-no-contact = ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ ᠦᠭᠡᠢ
order-review =
    ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠠᠨ ᠰᠢᠯᠭᠠᠭᠠᠷᠠᠢ:
    { $kind }
    ᠰᠡᠳᠦᠪ: { $topic }
    ᠭᠠᠵᠠᠷ: { $place_kind }᠂ { $place }᠂ { $region }
    ᠡᠳᠦᠷ: { $dates }
    ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ: { $audience }
    ᠬᠡᠯᠡ: { $language }᠂ { $format }
    ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ: { $contact }
order-review-no-dates = ᠬᠠᠮᠠᠭᠠ ᠦᠭᠡᠢ
order-review-no-contact = ᠦᠭᠡᠢ
order-placed = ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃ ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠪᠠ: { $reference }᠃ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠬᠣᠯᠪᠤᠭ᠎ᠠ ᠪᠠᠭ ᠢ ᠡᠷᠢᠵᠦ᠂ ᠡᠳᠦᠷ ᠢ ᠡᠨᠳᠡ ᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠠᠨ ᠬᠢᠨᠠᠬᠤ ᠶᠢᠨ ᠲᠤᠯᠠᠳᠠ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃
order-placed-pin = ᠡᠨᠡ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ PIN ᠺᠣᠳ᠋: { $pin }᠃ ᠬᠡᠨ ᠳᠦ ᠴᠤ ᠪᠢᠲᠡᠭᠡᠢ ᠬᠡᠯᠡ: ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠬᠠᠮᠲᠤ ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢ ᠨᠡᠭᠡᠭᠡᠨ᠎ᠡ᠃ ᠳᠠᠬᠢᠨ ᠦᠵᠡᠭᠦᠯᠬᠦ ᠦᠭᠡᠢ᠃
order-credentials-not-kept = ᠡᠨᠡ ᠨᠢ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠪᠠ PIN ᠺᠣᠳ᠋ ᠰᠢᠭ ᠬᠠᠷᠠᠭᠳᠠᠵᠤ ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠠᠨ ᠦᠵᠡᠬᠦ ᠪᠣᠯ «ᠮᠢᠨᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃

## Her orders
order-mine-none = ᠡᠨᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠪᠠᠷ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠦᠭᠡᠢ᠃
order-mine-list =
    ᠲᠠᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ:
    { $lines }
    ᠨᠡᠭᠡᠭᠡᠬᠦ ᠪᠣᠯ ᠨᠢᠭᠡ ᠢ ᠨᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
order-mine-line = { $reference } · { $state }
order-ask-pin = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: PIN ᠺᠣᠳ᠋ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
order-card =
    ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: { $state }
    { $kind }᠂ { $topic }
    ᠭᠠᠵᠠᠷ: { $place_kind }᠂ { $place }᠂ { $region }
    ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ: { $audience } · { $language } · { $format }
    { $schedule }
order-card-when = ᠡᠳᠦᠷ: { $when }᠂ ᠭᠠᠵᠠᠷ: { $venue }
order-card-no-date = ᠡᠳᠦᠷ ᠬᠠᠷᠠᠬᠠᠨ ᠲᠣᠭᠲᠠᠭᠠᠭ᠎ᠠ ᠦᠭᠡᠢ᠃
order-button-cancel = ᠡᠨᠡ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠬᠤ
order-ask-cancel-reason = ᠶᠠᠭᠤ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢᠶᠠᠷ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠬᠤ ᠪᠤᠢ? ᠬᠡᠳᠦᠨ ᠦᠭᠡ ᠬᠠᠩᠭᠠᠯᠲᠠᠢ᠃
order-cancelled = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃
order-not-now = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠣᠳᠣ «{ $state }» ᠪᠠᠢᠨ᠎ᠠ᠂ ᠡᠨᠡ ᠶᠢ ᠬᠢᠬᠦ ᠪᠣᠯᠤᠮᠵᠢ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃
order-button-erase = ᠡᠨᠡ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠳᠠᠬᠢ ᠮᠢᠨᠤ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠤᠰᠠᠳᠬᠠᠬᠤ
order-erase-confirm = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ᠂ ᠤᠲᠠᠰᠤ ᠪᠣᠯᠣᠨ ᠲᠠᠨ ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠭᠠᠵᠠᠷ ᠢ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠤᠤ? ᠪᠠᠭ ᠤᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠳᠠᠩᠰᠠ ᠦᠯᠡᠳᠡᠨ᠎ᠡ᠃ ᠡᠨᠡ ᠶᠢ ᠪᠤᠴᠠᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
order-erased = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠤᠰᠠᠳᠬᠠᠪᠠ᠃
order-button-back = ᠴᠡᠰ ᠲᠦ ᠪᠤᠴᠠᠬᠤ

## Staff: lists
staff-menu-orders = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ
orders-staff-waiting-title = ᠪᠠᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ
orders-staff-team-title = ᠲᠠᠨ ᠤ ᠪᠠᠭ ᠲᠤ ᠪᠠᠢᠭ᠎ᠠ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ
orders-staff-found-title = ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ
orders-staff-list =
    { $title } ({ $count }):
    { $lines }
orders-staff-list-empty = { $title }: ᠦᠭᠡᠢ᠃
orders-staff-line = { $reference } · { $state } · { $kind } · { $topic } · { $region } · { $audience }
orders-staff-filters-help =
    /orders ᠤᠨ ᠱᠦᠭᠦᠯᠲᠡ (ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ): region=, kind=, topic=, state=
    ᠲᠥᠷᠥᠯ: { $kinds }
    ᠰᠡᠳᠦᠪ: { $topics }
    ᠪᠠᠢᠳᠠᠯ: { $states }
    ᠨᠤᠲᠤᠭ: { $regions }
orders-staff-filters-supervisors = ᠱᠦᠭᠦᠯᠲᠡ ᠨᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠳᠤ ᠵᠣᠷᠢᠭᠳᠠᠨ᠎ᠠ᠃ ᠲᠠᠨ ᠤ ᠨᠤᠲᠤᠭ ᠲᠤ ᠬᠦᠯᠢᠶᠡᠭᠳᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠡᠨᠳᠡ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-staff-usage = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ: /order HLO-2026-000001
orders-staff-not-found = ᠲᠠᠨ ᠤ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠦᠭᠡᠢ: { $reference }᠃

## Staff: the card
orders-staff-card =
    ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: { $state }
    { $kind }᠂ { $topic }
    ᠭᠠᠵᠠᠷ: { $place_kind }᠂ { $place }᠂ { $region }
    ᠬᠦᠮᠦᠨ ᠦ ᠲᠣᠭ᠎ᠠ: { $audience } · { $language } · { $format }
    ᠬᠦᠰᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ: { $dates }
    ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠬᠤ: { $contact }
    ᠪᠠᠭ: { $team }
    { $schedule }
orders-staff-no-team = ᠬᠠᠷᠠᠬᠠᠨ ᠦᠭᠡᠢ
orders-staff-suggestions =
    ᠰᠠᠨᠠᠯ ᠪᠣᠯᠭᠠᠵᠤ ᠪᠠᠢᠭ᠎ᠠ ᠪᠠᠭ:
    { $lines }
orders-staff-suggestion = { $team }: { $reasons }
orders-staff-no-suggestion = ᠣᠳᠣ ᠶᠠᠮᠠᠷ ᠴᠤ ᠪᠠᠭ ᠠᠪᠴᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
orders-staff-button-dispatch = ᠢᠯᠡᠭᠡᠬᠦ: { $team }
orders-staff-button-accept = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ (ᠡᠳᠦᠷ᠂ ᠴᠠᠭ᠂ ᠭᠠᠵᠠᠷ)
orders-staff-button-decline = ᠲᠠᠲᠠᠭᠠᠯᠵᠠᠬᠤ
orders-staff-button-reschedule = ᠰᠢᠨ᠎ᠡ ᠡᠳᠦᠷ
orders-staff-button-record = ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ
orders-staff-button-cancel = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠬᠤ
orders-staff-dispatched = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠢᠯᠡᠭᠡᠪᠡ — { $team }᠃

## Staff: the forms
orders-staff-ask-date = ᠠᠯᠢ ᠡᠳᠦᠷ? ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 2026-12-20 ᠪᠤᠶᠤ 20.12᠃
orders-staff-ask-time = ᠬᠡᠳᠦᠨ ᠴᠠᠭ ᠲᠤ? ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 14:30᠃
orders-staff-ask-venue = ᠶᠠᠭ ᠬᠠᠮᠢᠭ᠎ᠠ: ᠲᠠᠩᠬᠢᠮ᠂ ᠬᠠᠶᠢᠭ ᠪᠤᠶᠤ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ?
orders-staff-ask-reason = ᠶᠠᠭᠤᠨ ᠤ ᠲᠥᠯᠥᠭᠡ? ᠬᠡᠳᠦᠨ ᠦᠭᠡ ᠪᠡᠷ᠃
orders-staff-ask-held-on = ᠠᠯᠢ ᠡᠳᠦᠷ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠪᠤᠢ? ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 2026-12-20 ᠪᠤᠶᠤ «ᠥᠨᠥᠳᠦᠷ»᠃
orders-staff-ask-place = ᠬᠠᠮᠢᠭ᠎ᠠ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠪᠤᠢ (ᠭᠠᠵᠠᠷ ᠤᠨ ᠨᠡᠷ᠎ᠡ)?
orders-staff-ask-spot-kind = ᠶᠠᠮᠠᠷ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠠᠪᠤᠭᠳᠠᠭᠰᠠᠨ ᠪᠤᠢ?
orders-staff-ask-spot-language = ᠶᠠᠮᠠᠷ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠪᠤᠭᠳᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠪᠤᠢ?
orders-staff-ask-format = ᠪᠡᠶ᠎ᠡ ᠪᠡᠷ ᠢᠷᠡᠭᠰᠡᠨ ᠦᠦ᠂ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ ᠦᠦ?
orders-staff-ask-attendees = ᠬᠡᠳᠦᠨ ᠣᠷᠣᠯᠴᠠᠭᠴᠢ (ᠬᠦᠮᠦᠨ-ᠤᠳᠠᠭ᠎ᠠ) ᠪᠠᠢᠭᠰᠠᠨ ᠪᠤᠢ? ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 45᠃
orders-staff-ask-women-helped = ᠬᠡᠳᠦᠨ ᠡᠮᠡᠭᠲᠡᠢ ᠳᠦ ᠳᠠᠩ ᠳᠠᠩ ᠲᠤᠰᠠᠯᠠᠭᠰᠠᠨ ᠪᠤᠢ? ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ᠂ ᠦᠭᠡᠢ ᠪᠣᠯ 0᠃
orders-staff-ask-topics = ᠶᠠᠮᠠᠷ ᠰᠡᠳᠦᠪ ᠢ ᠵᠢᠭᠠᠭᠰᠠᠨ ᠪᠤᠢ? ᠲᠤᠰ ᠪᠦᠷᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠳ «ᠪᠣᠯᠤᠭᠰᠠᠨ» ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ: { $chosen }
orders-staff-ask-notes = ᠲᠡᠮᠳᠡᠭᠯᠡᠯ (ᠡᠷᠬᠡᠪᠰᠢ ᠪᠢᠰᠢ): ᠶᠠᠭᠤ ᠪᠣᠯᠤᠭᠰᠠᠨ᠂ ᠶᠠᠭᠤ ᠠᠰᠠᠭᠤᠭᠰᠠᠨ᠃ ᠡᠰᠡᠪᠡᠯ «ᠠᠯᠭᠤᠰᠬᠤ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
orders-staff-button-done = ᠪᠣᠯᠤᠭᠰᠠᠨ
orders-staff-button-skip = ᠠᠯᠭᠤᠰᠬᠤ
orders-staff-not-a-time = ᠴᠠᠭ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 14:30᠃
orders-staff-accepted = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠡᠳᠦᠷ ᠢ ᠲᠣᠭᠲᠠᠭᠠᠪᠠ᠂ ᠵᠠᠬᠢᠶᠠᠯᠤᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ ᠳᠦ ᠮᠡᠳᠡᠭᠳᠡᠪᠡ᠃
orders-staff-declined-done = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠳᠤ ᠪᠤᠴᠠᠪᠠ᠂ ᠲᠡᠳᠡ ᠥᠭᠡᠷ᠎ᠡ ᠪᠠᠭ ᠲᠤ ᠢᠯᠡᠭᠡᠨ᠎ᠡ᠃
orders-staff-cancelled-done = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃
orders-staff-recorded = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠪᠠ᠃ ᠣᠷᠣᠯᠴᠠᠭᠴᠢ: { $attendees }᠂ ᠳᠠᠩ ᠳᠠᠩ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠮᠡᠭᠲᠡᠢ: { $helped }᠃
orders-staff-form-cancelled = ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
orders-staff-spot-recorded = ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠪᠠ (ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠦᠭᠡᠢ)᠃ ᠣᠷᠣᠯᠴᠠᠭᠴᠢ: { $attendees }᠂ ᠳᠠᠩ ᠳᠠᠩ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠮᠡᠭᠲᠡᠢ: { $helped }᠃
orders-staff-spot-no-team = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠦᠭᠡᠢ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠲᠡᠭᠦᠨ ᠢ ᠶᠠᠪᠤᠭᠳᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠭᠡᠷ ᠪᠤᠶᠤ ᠪᠠᠭ ᠤᠨ ᠭᠡᠰᠢᠭᠦᠨ ᠳᠠᠩᠰᠠᠯᠠᠨ᠎ᠠ: ᠲᠠᠨ ᠤ ᠳᠠᠩᠰᠠ ᠶᠠᠮᠠᠷ ᠴᠤ ᠭᠡᠷ ᠪᠠᠭ ᠲᠤ ᠬᠠᠮᠢᠶᠠᠷᠠᠬᠤ ᠦᠭᠡᠢ᠃

## Staff: refusals
orders-staff-refused = ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference }: ᠡᠨᠡ ᠶᠢ ᠬᠢᠬᠦ ᠪᠣᠯᠤᠮᠵᠢ ᠦᠭᠡᠢ — { $why }
orders-why-not_team = ᠥᠭᠡᠷ᠎ᠡ ᠪᠠᠭ ᠲᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-why-other_region = ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤᠴᠠᠳᠠᠭ ᠦᠭᠡᠢ ᠨᠤᠲᠤᠭ ᠲᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-why-role = ᠲᠠᠨ ᠤ ᠦᠦᠷᠡᠭ ᠡᠨᠡ ᠶᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ ᠦᠭᠡᠢ᠃
orders-why-date_in_past = ᠡᠨᠡ ᠡᠳᠦᠷ᠂ ᠴᠠᠭ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ᠃
orders-staff-time-passed = ᠥᠨᠥᠳᠥᠷ ᠦᠨ ᠡᠨᠡ ᠴᠠᠭ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠬᠣᠶᠢᠰᠢ ᠴᠠᠭ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ «ᠪᠣᠯᠢᠬᠤ» ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠥᠭᠡᠷ᠎ᠡ ᠡᠳᠦᠷ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
orders-why-team_unknown = ᠡᠨᠡ ᠪᠠᠭ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-why-out_of_reach = ᠡᠨᠡ ᠪᠠᠭ ᠲᠡᠷᠡ ᠲᠣᠭᠣᠷᠢᠭ ᠲᠤ ᠭᠠᠵᠠᠷ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠳᠤ ᠶᠠᠪᠤᠳᠠᠭ ᠦᠭᠡᠢ᠃ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠲᠡᠶ᠎ᠡ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
orders-why-not_visible = ᠲᠠ ᠡᠨᠡ ᠶᠢ ᠦᠵᠡᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ᠃
orders-why-not_orderer = ᠡᠨᠡ ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠢᠰᠢ᠃
orders-why-missing = ᠶᠠᠮᠠᠷ ᠨᠢᠭᠡ ᠵᠦᠢᠯ ᠳᠤᠲᠠᠭᠤ ᠪᠠᠢᠨ᠎ᠠ᠃

## Staff: events
orders-staff-events =
    ᠪᠣᠯᠤᠭᠰᠠᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ: { $first } — { $last } ({ $count }):
    { $lines }
orders-staff-events-none = ᠳᠠᠩᠰᠠᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠦᠭᠡᠢ: { $first } — { $last }᠃
orders-staff-event-line = { $date } · { $kind } · { $region } · ᠣᠷᠣᠯᠴᠠᠭᠴᠢ: { $attendees } · ᠲᠤᠰᠠᠯᠠᠮᠵᠢ: { $helped } · { $format }
orders-staff-events-usage = ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ: /events from=2026-01-01 to=2026-12-31 region=hailar kind=team_visit topic=health
orders-staff-events-unread = «{ $part }» ᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
orders-staff-events-period-reversed = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠲᠡᠭᠦᠰᠦᠯ ᠡᠬᠢᠯᠡᠯ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ᠃
orders-staff-events-supervisors = /events ᠨᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠳᠤ ᠵᠣᠷᠢᠭᠳᠠᠨ᠎ᠠ᠃
orders-staff-figures =
    { $first } — { $last } ᠦᠨ ᠲᠣᠭ᠎ᠠ᠂ { $scope }:
    ᠪᠠᠢᠩᠭᠤ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ: { $homes } · ᠶᠠᠪᠤᠭᠤᠯ ᠪᠠᠭ: { $teams }
    ᠬᠢᠴᠢᠶᠡᠯ: { $lectures } ({ $by_kind })
    ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ: { $events } (ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠪᠡᠷ: { $online }; ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠪᠠᠷ: { $ordered }, ᠲᠤᠬᠠᠢ ᠪᠣᠯᠭᠠᠨ: { $spot }) · ᠬᠦᠮᠦᠨ ᠤᠳᠠᠭ᠎ᠠ: { $person_times }
    ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ: { $helped } (ᠬᠡᠷᠡᠭ: { $cases }, ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠳᠡᠭᠡᠷ᠎ᠡ: { $at_events })
orders-staff-figures-kind = { $kind }: { $count }
orders-staff-figures-scope-all = ᠲᠠᠨ ᠤ ᠪᠦᠬᠦ ᠲᠣᠭᠣᠷᠢᠭ
orders-staff-figures-not-yours = ᠲᠠᠨ ᠤ ᠲᠣᠭᠣᠷᠢᠭ ᠪᠢᠰᠢ: { $region }᠃ ᠲᠠ ᠵᠥᠪᠬᠡᠨ ᠥᠪᠡᠷ ᠦᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠦᠵᠡᠨ᠎ᠡ᠃

orders-staff-ask-photos = ᠵᠢᠷᠤᠭ (ᠡᠷᠬᠡᠪᠰᠢ ᠪᠢᠰᠢ): ᠡᠨᠳᠡ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ «ᠪᠣᠯᠤᠭᠰᠠᠨ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ { $count ->
    [0] ᠵᠢᠷᠤᠭ ᠦᠭᠡᠢ᠃
   *[other] ᠵᠢᠷᠤᠭ: { $count }᠃
}
orders-staff-button-photos-done = ᠪᠣᠯᠤᠭᠰᠠᠨ
orders-staff-photos-only = ᠵᠢᠷᠤᠭ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ «ᠪᠣᠯᠤᠭᠰᠠᠨ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
orders-staff-photos-full = ᠵᠢᠷᠤᠭ: { $limit }᠃
orders-staff-ask-cases = ᠬᠡᠷᠡᠭ ᠨᠡᠭᠡᠭᠡᠬᠦ? 12338᠂ ᠡᠰᠡᠪᠡᠯ «ᠪᠣᠯᠤᠭᠰᠠᠨ» ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ ᠬᠡᠷᠡᠭ: { $count } ({ $references })
orders-staff-button-open-case = ᠬᠡᠷᠡᠭ ᠨᠡᠭᠡᠭᠡᠬᠦ
orders-staff-button-cases-done = ᠪᠣᠯᠤᠭᠰᠠᠨ
orders-staff-button-case-stop = ᠵᠣᠭᠰᠣᠬᠤ
orders-staff-case-intro = ᠬᠡᠷᠡᠭ ᠨᠡᠭᠡᠭᠡᠬᠦ: 12338᠃
orders-staff-case-needs-answer = ᠬᠠᠷᠢᠭᠤ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
orders-staff-case-not-opened = ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
orders-staff-case-opened = ᠬᠡᠷᠡᠭ ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ: { $reference }᠃ ᠨᠢᠭᠤᠴᠠ ᠳ᠋ᠤᠭᠠᠷ: { $pin }᠃
