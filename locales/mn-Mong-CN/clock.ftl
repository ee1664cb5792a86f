# ᠬᠡᠷᠡᠭ ᠦᠨ ᠴᠠᠭ (docs/clock.md)᠄ ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ᠂ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠯᠲᠡ᠂ ᠳᠡᠭᠡᠷᠡ ᠱᠠᠲᠤ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ — ᠵᠥᠪᠬᠡᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠳᠤ᠃
# The first line never names the service: these may show on a lock screen.

clock-reminder-half = ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠭᠠᠰ ᠨᠢ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
clock-reminder-late = ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠥᠬᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
clock-overdue = ᠬᠡᠷᠡᠭ { $reference } ({ $status }): { $due } ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠃ /queue ᠪᠣᠯᠤᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ ᠳᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
clock-escalation = ᠬᠡᠷᠡᠭ { $reference } ({ $status }᠂ { $region }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠠᠴᠠ ᠨᠡᠯᠢᠶᠡᠳ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠂ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃ ᠬᠢᠨᠠᠨ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
staff-case-line-overdue = { $line } · ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ
staff-count-overdue = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ: { $count }

# ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ (docs/clock.md)᠄ 2/3 ᠪᠠ 90 % ᠳᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠳᠦ ᠰᠠᠨᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃
# The first line never names the service: these may show on a lock screen.

clock-window-consent-two-thirds =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠤᠷᠪᠠᠨ ᠤ ᠬᠣᠶᠠᠷ ᠨᠢ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
    ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠢ ᠪᠠᠰᠠ ᠠᠪᠤᠭ᠎ᠠ ᠦᠭᠡᠢ᠃ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ ᠨᠢ ᠠᠪᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠪᠣᠯ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠵᠤ᠂ ᠪᠤᠰᠤᠳ ᠵᠠᠮ ᠢ ᠲᠡᠭᠦᠨ ᠳᠦ ᠮᠡᠳᠡᠭᠦᠯᠨ᠎ᠡ᠃
clock-window-consent-near-end =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠥᠬᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
    ᠲᠡᠷᠡ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ᠂ ᠡᠰᠡᠪᠡᠯ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠵᠤ ᠪᠤᠰᠤᠳ ᠵᠠᠮ ᠢ ᠲᠡᠭᠦᠨ ᠳᠦ ᠮᠡᠳᠡᠭᠦᠯᠭᠡᠷᠡᠢ᠃
clock-window-mediation-two-thirds =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠤᠷᠪᠠᠨ ᠤ ᠬᠣᠶᠠᠷ ᠨᠢ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
    ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠠᠵᠢᠯ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠤᠷᠪᠠᠨ ᠤ ᠬᠣᠶᠠᠷ ᠢ ᠬᠡᠷᠡᠭᠯᠡᠪᠡ᠃ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠠᠴᠠ ᠬᠡᠲᠦᠷᠡᠭᠦᠯᠦᠨ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ ᠳᠦ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
clock-window-mediation-near-end =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠥᠬᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
    ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠲᠡᠷᠡ ᠦᠶ᠎ᠡ ᠳᠦ ᠳᠠᠭᠤᠰᠤᠨ᠎ᠠ᠄ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ᠂ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ᠂ ᠡᠰᠡᠪᠡᠯ ᠵᠥᠪᠬᠡᠨ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠢᠶᠠᠷ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠭᠡᠷᠡᠢ᠃
clock-window-confirmation-two-thirds =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠤᠷᠪᠠᠨ ᠤ ᠬᠣᠶᠠᠷ ᠨᠢ ᠥᠩᠭᠡᠷᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
    ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠢ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠠᠴᠠ ᠪᠠᠲᠤᠯᠠᠭᠤᠯᠬᠤ ᠪᠣᠯ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠲᠡᠷᠡ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠬᠠᠮᠲᠤ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠲᠤ ᠱᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠬᠤ ᠪᠠᠲᠤᠯᠠᠯᠲᠠ ᠭᠤᠶᠤᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ (ᠠᠷᠠᠳ ᠤᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠬᠠᠤᠯᠢ᠂ 33 ᠳᠤᠭᠠᠷ ᠵᠦᠢᠯ)᠃ ᠭᠤᠶᠤᠬᠤ ᠪᠣᠯ ᠲᠡᠳᠡᠨ ᠳᠦ ᠰᠠᠨᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
clock-window-confirmation-near-end =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠤ ᠳᠥᠬᠡᠪᠡ᠃ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
    ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠠᠮᠲᠤ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠲᠤ ᠱᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠬᠤ ᠪᠠᠲᠤᠯᠠᠯᠲᠠ ᠭᠤᠶᠤᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠲᠡᠷᠡ ᠦᠶ᠎ᠡ ᠳᠦ ᠳᠠᠭᠤᠰᠤᠨ᠎ᠠ (ᠠᠷᠠᠳ ᠤᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠬᠠᠤᠯᠢ᠂ 33 ᠳᠤᠭᠠᠷ ᠵᠦᠢᠯ)᠃ ᠭᠤᠶᠤᠭᠰᠠᠨ ᠡᠰᠡᠬᠦ ᠶᠢ ᠲᠡᠳᠡᠨ ᠡᠴᠡ ᠯᠠᠪᠯᠠᠭᠠᠷᠠᠢ᠃
clock-referral-overdue =
    ᠬᠡᠷᠡᠭ { $reference } ({ $status }): { $due } ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠃ /queue ᠪᠣᠯᠤᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ ᠳᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
    ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠭᠰᠡᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠬᠠᠷᠢᠭᠤ ᠥᠭᠭᠦᠭᠡ ᠦᠭᠡᠢ᠃ ᠪᠠᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠠᠴᠠ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠰᠢᠬᠠᠨ ᠱᠠᠭᠠᠷᠳᠠᠵᠤ᠂ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃

# Service orders (docs/clock.md, "Service orders"): an order not dispatched or accepted in time (to
# the window), an event not recorded in time (to the team), the escalation (to the supervisors).
# The first line is the order's reference, its status and the due time only: never what was ordered.

clock-order-dispatch-due =
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference } ({ $status }): { $due } ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠃
    ᠪᠠᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃ /order { $reference }
clock-order-record-due =
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference } ({ $status }): { $due } ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠃
    ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ: /order { $reference }
clock-order-escalation =
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ { $reference } ({ $status }᠂ { $region }): ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠠᠴᠠ ᠨᠡᠯᠢᠶᠡᠳ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ᠂ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃ ᠬᠢᠨᠠᠨ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
    /order { $reference }
