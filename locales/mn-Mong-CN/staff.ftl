# The staff side: one window, case cards, dispatch, handling, approvals, relay, hotline, queries.
# Traditional Mongolian, written by the developers: to be reviewed by a native reader from Hulunbuir.

staff-joined =
    ᠲᠠᠨ ᠢ ᠪᠠᠶᠠᠷᠯᠠᠨ ᠤᠭᠲᠤᠶ᠎ᠠ᠃ ᠲᠠᠨ ᠤ ᠦᠦᠷᠭᠡ:
    { $roles }
    ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ:
    { $regions }
staff-left = ᠲᠠ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠪᠠᠶᠢᠳᠠᠯ ᠠᠴᠠ ᠭᠠᠷᠤᠯᠠ᠂ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠡᠷᠬᠡ ᠲᠠᠨ ᠤ ᠳᠠᠷᠤᠢ ᠳᠠᠭᠤᠰᠪᠠ᠃
staff-no-access = ᠲᠠᠨ ᠳᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠡᠷᠬᠡ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯᠵᠠᠢ᠃ ᠠᠰᠠᠭᠤᠬᠤ ᠵᠦᠢᠯ ᠪᠠᠶᠢᠪᠠᠯ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠠᠷᠠᠢ᠃
staff-menu = ᠠᠵᠢᠯ ᠤᠨ ᠰᠢᠷᠡᠭᠡ: ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
staff-help =
    ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠠᠷᠯᠢᠭ:
    /queue ᠬᠦᠯᠢᠶᠡᠯᠲᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ (ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠨᠢ ᠡᠮᠦᠨ᠎ᠡ)
    /mine ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ (ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ)
    /case ᠳ᠋ᠤᠭᠠᠷ — ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ ᠪᠠ ᠴᠠᠭ ᠤᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠢ ᠦᠵᠡᠬᠦ
    /cases state=... service=... region=... assignee=... emergency overdue — ᠬᠡᠷᠡᠭ ᠰᠢᠯᠭᠠᠨ ᠰᠣᠩᠭᠣᠬᠤ
    /counts ᠪᠠᠶᠢᠳᠠᠯ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠲᠣᠭ᠎ᠠ
    /stats [month|week|quarter|year|2026-11|from=… to=…] [region] — ᠲᠣᠭ᠎ᠠ
    /export [period] [region] [csv|xlsx|md] — ᠲᠣᠭ᠎ᠠ ᠪᠠ ᠬᠡᠷᠡᠭ ᠦᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ
    /reply ᠳ᠋ᠤᠭᠠᠷ ᠠᠭᠤᠯᠭ᠎ᠠ — ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢᠶᠡᠷ ᠳᠠᠮᠵᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠴᠢᠮᠡᠭᠡ ᠢᠯᠡᠭᠡᠬᠦ
    /data ᠳ᠋ᠤᠭᠠᠷ — ᠲᠡᠭᠦᠨ ᠦ ᠬᠡᠷᠡᠭ ᠦᠨ ᠮᠡᠳᠡᠭᠡ: ᠤᠩᠰᠢᠵᠤ ᠥᠭᠭᠦᠬᠦ᠂ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠢᠯᠡᠭᠡᠬᠦ᠂ ᠤᠰᠠᠳᠬᠠᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠬᠤ
    /hotline 12338 ᠤᠲᠠᠰᠤ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ
    /orders ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ
    /order HLO-… — ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ
    /events [from=… to=… region=… kind=… topic=…] — ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ
    /event ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ
    /duty on|off — ᠵᠢᠵᠦᠭᠦᠷ ᠲᠦ ᠪᠠᠢᠬᠤ ᠡᠰᠡᠬᠦ (/duty — ᠰᠢᠯᠭᠠᠬᠤ)
    /language ᠬᠡᠯᠡ᠂ /leave ᠭᠠᠷᠬᠤ᠂ /cancel ᠣᠳᠣᠬᠢ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ ᠶᠢ ᠪᠣᠯᠢᠬᠤ
staff-unknown-command = ᠲᠠᠨᠢᠬᠤ ᠦᠭᠡᠢ ᠵᠠᠷᠯᠢᠭ: { $command }᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠠᠷᠯᠢᠭ ᠢ ᠦᠵᠡᠬᠦ ᠳᠦ /help ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
staff-menu-queue = ᠬᠦᠯᠢᠶᠡᠯᠲᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ
staff-menu-hotline = ᠤᠲᠠᠰᠤ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ
staff-menu-mine = ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ
staff-menu-counts = ᠬᠡᠷᠡᠭ ᠦᠨ ᠪᠦᠷᠢᠳᠭᠡᠯ
staff-queue-title = ᠬᠦᠯᠢᠶᠡᠯᠲᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ
staff-mine-title = ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ
staff-cases-title = ᠰᠢᠯᠭᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ
staff-list-empty = { $title }: ᠬᠡᠷᠡᠭ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ᠃
staff-case-list =
    { $title } ({ $count }):
    { $lines }
staff-case-page =
    { $title }, ᠰᠢᠨ᠎ᠡ ᠨᠢ ᠡᠮᠦᠨ᠎ᠡ ({ $count } ᠢ ᠬᠠᠷᠠᠭᠤᠯᠪᠠ):
    { $lines }
staff-button-more = ᠴᠠᠭᠠᠰ ᠨᠢ (ᠡᠮᠦᠨᠡᠬᠢ)
staff-case-line = { $reference } · { $status } · { $service } · { $region } · { $language } · ᠠᠶᠤᠯ: { $risk } · ᠳᠠᠩᠰᠠᠯᠠᠭᠰᠠᠨ: { $opened }
staff-case-not-found = { $reference }: ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠲᠠᠨ ᠤ ᠡᠷᠬᠡ ᠶᠢᠨ ᠬᠡᠪᠴᠢᠶ᠎ᠡ ᠳᠦ ᠪᠠᠭᠲᠠᠬᠤ ᠦᠭᠡᠢ᠃
staff-count-line = { $state }: { $count }
staff-case-card =
    ᠬᠡᠷᠡᠭ: { $reference } · { $status }
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ: { $service } · ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ: { $region }
    ᠬᠡᠯᠡ: { $language }{ $spoken } · ᠰᠤᠪᠠᠭ: { $channel } · ᠠᠶᠤᠯ: { $risk }
    ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ: { $owner } · ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠴᠢ: { $assignee }
    ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }
    ᠲᠡᠮᠳᠡᠭ: { $flags }
    — ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠦᠭᠡ —
    { $words }
    — ᠪᠠᠷᠢᠮᠲᠠ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ —
    { $evidence }
    — ᠴᠠᠭ ᠤᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ —
    { $timeline }
staff-timeline-line = { $at } { $trigger } ({ $role }) → { $target }
staff-entry-description = [{ $at }] ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠲᠣᠳᠣᠷᠬᠠᠶᠢᠯᠠᠯᠲᠠ: { $text }
staff-entry-message-in = [{ $at }] ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ: { $text }
staff-entry-message-out = [{ $at }] ᠠᠵᠢᠯᠲᠠᠨ: { $text }
staff-entry-contact = [{ $at }] ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠠᠷᠭ᠎ᠠ: { $text }
staff-entry-callback = [{ $at }] ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ: { $text }
staff-card-spoken = {" "}(ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠬᠡᠯᠡ: { $language })
flag-minor = ᠬᠡᠦᠬᠡᠳ ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠲᠠᠢ
flag-elder = ᠨᠠᠰᠤᠲᠠᠢ ᠬᠦᠮᠦᠨ ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠲᠠᠢ
flag-anonymous = ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ
flag-no-contact = ᠪᠢᠳᠡ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ
flag-confidential = ᠨᠢᠭᠤᠴᠠ
flag-overdue = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ
flag-call-back = ᠵᠥᠪᠬᠡᠨ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠨ᠎ᠠ᠂ ᠮᠡᠳᠡᠭᠡ ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ
channel-telegram = Telegram
channel-matrix = Matrix
channel-web = ᠰᠦᠯᠵᠢᠶᠡᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ
channel-hotline = 12338 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ

staff-button-open = ᠬᠡᠷᠡᠭ ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ
staff-button-ack = ᠮᠡᠳᠡᠭᠰᠡᠨ ᠢᠶᠡᠨ ᠪᠠᠲᠤᠯᠠᠬᠤ
staff-button-accept = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
staff-button-dispatch = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ
staff-button-take = ᠬᠠᠷᠢᠭᠤᠴᠠᠨ ᠠᠪᠬᠤ
staff-button-decline = ᠪᠤᠴᠠᠭᠠᠬᠤ
staff-button-start-mediation = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠭᠤᠶᠤᠯᠲᠠ
staff-button-parties-consent = ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ
staff-button-record-session = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ
staff-button-agreement = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠲᠦ ᠬᠦᠷᠪᠡ
staff-button-terminate = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
staff-button-refer = ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ
staff-button-feedback = ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤ
staff-button-resolve = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳ ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠬᠢᠬᠦ
staff-button-close = ᠬᠡᠷᠡᠭ ᠢ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ
staff-button-reject = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
staff-button-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯᠭᠠᠬᠤ
staff-button-hold = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
staff-button-resume = ᠰᠡᠷᠭᠦᠭᠡᠬᠦ
staff-button-reopen = ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠬᠦ
staff-button-message = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠪᠢᠴᠢᠬᠦ
staff-button-confidential-on = ᠨᠢᠭᠤᠴᠠᠯᠠᠬᠤ
staff-button-confidential-off = ᠨᠢᠭᠤᠴᠠ ᠶᠢ ᠦᠭᠡᠢᠰᠭᠡᠬᠦ
staff-confidential-on = ᠬᠡᠷᠡᠭ { $reference }: ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠳᠠᠪᠠ᠃ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ᠂ ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠴᠢ ᠪᠠ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠤᠨ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠦᠵᠡᠨ᠎ᠡ᠃
staff-confidential-off = ᠬᠡᠷᠡᠭ { $reference }: ᠨᠢᠭᠤᠴᠠ ᠶᠢ ᠦᠭᠡᠢᠰᠭᠡᠪᠡ᠃
staff-button-approve = ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ
staff-button-refuse = ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ ᠦᠭᠡᠢ
staff-button-cancel = ᠪᠣᠯᠢᠬᠤ
staff-button-callback-done = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠪᠠ
staff-cancelled = ᠪᠣᠯᠢᠯᠠ᠃
staff-done = { $reference }: ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠰᠡᠨ ᠠᠯᠬᠤᠮ: { $trigger }᠃ ᠣᠳᠣᠬᠢ ᠪᠠᠶᠢᠳᠠᠯ: { $status }᠃
staff-agreement-window = ᠱᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠬᠤ ᠪᠠᠲᠤᠯᠠᠯᠲᠠ ᠶᠢ ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠬᠦᠴᠦᠨ ᠲᠡᠭᠦᠯᠳᠡᠷ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ 30 ᠡᠳᠦᠷ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠬᠠᠮᠲᠤ ᠭᠤᠶᠤᠨ᠎ᠠ᠂ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
staff-acknowledged = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠢ ᠪᠠᠲᠤᠯᠠᠪᠠ: { $reference }᠃ ᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠴᠠᠭ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
staff-refusal-taken = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ: { $who }᠃ ᠣᠳᠣᠬᠢ ᠪᠠᠶᠢᠳᠠᠯ: { $state }᠃
staff-missing-field = ᠳᠤᠲᠠᠭᠤ ᠪᠠᠶᠢᠭ᠎ᠠ ᠵᠦᠢᠯ: { $field }᠃

staff-ask-risk = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ: { $reference }᠃ ᠠᠶᠤᠯ ᠤᠨ ᠳᠡᠰ ᠢ ᠦᠨᠡᠯᠡᠭᠡᠷᠡᠢ᠃
staff-ask-reject-reason = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
staff-ask-signposting = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠤᠰᠤᠳ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠶᠢᠨ ᠰᠤᠪᠠᠭ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠡᠨᠡ ᠨᠢ ᠲᠡᠭᠦᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ)᠃
staff-ask-hold-reason = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
staff-ask-decline-reason = ᠪᠤᠴᠠᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠴᠣᠩᠬᠣᠨ ᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
staff-ask-opted-in = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠤᠤ? (ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠴᠦᠷᠬᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ ᠲᠦ ᠮᠦᠨ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ᠂ ᠠᠶᠤᠯ ᠨᠢ ᠳᠤᠮᠳᠠ ᠪᠤᠶᠤ ᠪᠠᠭ᠎ᠠ ᠪᠠᠶᠢᠬᠤ ᠤᠴᠢᠷᠲᠠᠢ᠃)
staff-ask-both-consent = ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠣᠶᠠᠭᠤᠯᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠵᠦ᠂ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ ᠦᠦ?
staff-ask-session-place = ᠭᠠᠵᠠᠷ ᠪᠠᠶᠢᠷᠢ?
staff-ask-session-attendees = ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠨ ᠬᠦᠮᠦᠰ?
staff-ask-session-summary = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ?
staff-ask-session-next = ᠳᠠᠷᠠᠭᠠᠴᠢ ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ? (ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ “ᠦᠭᠡᠢ” ᠭᠡᠵᠦ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ)
staff-ask-agreement-form = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠦᠨ ᠬᠡᠯᠪᠡᠷᠢ?
staff-ask-agreement-text = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
staff-ask-terminate-reason = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠵᠤᠭᠤᠴᠢᠯᠠᠨ ᠱᠢᠭᠦᠬᠦ᠂ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠵᠠᠮ ᠪᠠ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ ᠲᠤ ᠵᠠᠷᠭᠤ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠵᠠᠮ ᠢ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
staff-ask-agency = ᠶᠠᠮᠠᠷ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠳᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠪᠤᠢ?
staff-ask-referral-purpose = ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠵᠣᠷᠢᠯᠭ᠎ᠠ?
staff-ask-share-basis = ᠲᠤᠰ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠳᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠥᠭᠬᠦ ᠦᠨᠳᠦᠰᠦᠯᠡᠯ?
staff-ask-feedback = ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠠᠴᠠ ᠶᠠᠮᠠᠷ ᠬᠠᠷᠢᠭᠤ ᠢᠷᠡᠭᠰᠡᠨ ᠪᠤᠢ?
staff-ask-outcome = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ? (ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠤᠨ ᠴᠠᠭ ᠢ 7 ᠪᠠ 30 ᠡᠳᠦᠷ ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠲᠣᠭᠲᠠᠭᠠᠨ᠎ᠠ᠃)
staff-ask-closure = ᠬᠡᠷᠡᠭ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠲᠥᠷᠥᠯ?
staff-ask-reopen-reason = ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠬᠦ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
staff-ask-emergency-reason = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃

# Staff side, part 2 (from staff-ask-relay to the end): relay, referral, closure, dispatch, approvals, hotline, field names.
# Traditional Mongolian script; machine-drafted, needs review by a native speaker before production.

staff-ask-relay = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠢᠯᠡᠭᠡᠬᠦ ᠮᠡᠳᠡᠭᠡ ᠪᠡᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃ ᠲᠡᠷᠡ “ᠲᠠᠨ ᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ” ᠭᠡᠵᠦ ᠦᠵᠡᠨ᠎ᠡ᠂ ᠲᠠᠨ ᠤ ᠳᠠᠩᠰᠠ ᠶᠢ ᠦᠵᠡᠬᠦ ᠦᠭᠡᠢ᠃
staff-confirm-yes = ᠲᠡᠢᠮᠦ᠂ ᠪᠠᠲᠤᠯᠠᠪᠠ
reject-reason-out_of_scope = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠡᠴᠡ ᠭᠠᠳᠠᠭᠰᠢ
reject-reason-duplicate = ᠳᠠᠪᠬᠤᠷᠳᠠᠭᠰᠠᠨ ᠭᠤᠶᠤᠯᠲᠠ
reject-reason-other_agency = ᠪᠤᠰᠤᠳ ᠬᠡᠯᠲᠡᠰ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠶᠣᠰᠣᠲᠠᠢ
reject-reason-no_response = ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
reject-reason-other = ᠪᠤᠰᠤᠳ
closure-resolved = ᠠᠰᠠᠭᠤᠳᠠᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠪᠡ
closure-agreement_honoured = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠢ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠪᠡ
closure-referred_out = ᠪᠤᠰᠤᠳ ᠬᠡᠯᠲᠡᠰ ᠲᠦ ᠰᠢᠯᠵᠢᠭᠦᠯᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠪᠠ
closure-no_response = ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
closure-duplicate = ᠳᠠᠪᠬᠤᠷᠳᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ
closure-other = ᠪᠤᠰᠤᠳ
agency-police = ᠴᠠᠭᠳᠠᠭ᠎ᠠ
agency-court = ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ
agency-legal_aid = ᠬᠠᠤᠯᠢ ᠵᠦᠢ ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ
agency-civil_affairs = ᠢᠷᠭᠡᠨ ᠬᠡᠷᠡᠭ
agency-human_resources = ᠬᠦᠮᠦᠨ ᠬᠦᠴᠦᠨ ᠦ ᠨᠥᠭᠡᠴᠡ ᠪᠠ ᠨᠡᠢᠭᠡᠮ ᠦᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ
agency-education = ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠯ
agency-health = ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ
share-basis-consent = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ
share-basis-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠠᠢᠳᠠᠯ
share-basis-child_protection = ᠬᠡᠦᠬᠡᠳ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ (ᠠᠯᠪᠠᠳᠠᠯᠭ᠎ᠠ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ)
agreement-form-written = ᠪᠢᠴᠢᠮᠡᠯ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ
agreement-form-oral = ᠠᠮᠠᠨ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ

staff-dispatch-suggestions =
    ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ ᠰᠠᠨᠠᠯ (ᠬᠡᠷᠡᠭ { $reference }):
    { $lines }
staff-suggestion-line = { $name } ({ $kind }᠂ ᠣᠳᠣ { $load }/{ $capacity }): { $reasons }
staff-dispatch-none = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠪᠤᠶᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ ᠠᠯᠠᠭ᠎ᠠ᠃ ᠤᠷᠢᠳᠠ walking-home seed --demo ᠭᠡᠳᠡᠭ ᠵᠠᠷᠯᠢᠭ ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠤᠷᠢᠭᠠᠷᠠᠢ᠃
candidate-mediator = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ
candidate-point = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ
reason-region = ᠠᠳᠠᠯᠢ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ
reason-service = ᠲᠤᠰ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠵᠡᠭᠦᠯᠳᠡᠭ
reason-language = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ
reason-spoken = ᠲᠡᠭᠦᠨ ᠦ ᠬᠦᠰᠡᠭᠰᠡᠨ ᠠᠮᠠᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ (ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ)
reason-load = ᠰᠤᠯᠠ ᠵᠠᠢ ᠲᠠᠢ
reason-full = ᠳᠦᠭᠦᠷᠦᠩ

staff-approval-requested = ᠲᠠᠨ ᠤ ᠪᠠᠲᠤᠯᠠᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃ ᠮᠥᠷᠳᠡᠯ ᠭᠠᠷᠭᠠᠭᠴᠢ: { $who }᠂ ᠬᠡᠷᠡᠭ: { $reference } ({ $service }᠂ { $region })᠂ ᠠᠯᠬᠤᠮ: “{ $trigger }”᠃
staff-approval-sent = ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠳᠤ ᠪᠠᠲᠤᠯᠠᠭᠤᠯᠬᠤ ᠪᠠᠷ ᠢᠯᠡᠭᠡᠪᠡ: { $reference }᠃ ᠪᠠᠲᠤᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠳᠡᠨ᠎ᠡ᠃
staff-approval-no-supervisor = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠲᠤ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠠᠯᠠᠭ᠎ᠠ᠂ ᠬᠣᠲᠠ ᠶᠢᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠠᠷᠠᠢ᠃
staff-approval-granted = ᠬᠡᠷᠡᠭ { $reference }᠂ “{ $trigger }”: ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠪᠠᠲᠤᠯᠠᠵᠤ᠂ ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠳᠡᠪᠡ᠃
staff-approval-refused = ᠬᠡᠷᠡᠭ { $reference }᠂ “{ $trigger }”: ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠪᠠᠲᠤᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
staff-approval-failed = ᠬᠡᠷᠡᠭ { $reference }᠂ “{ $trigger }”: ᠪᠠᠲᠤᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠪᠣᠯᠪᠠᠴᠤ ᠬᠡᠷᠡᠭ ᠦᠨ ᠪᠠᠢᠳᠠᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠭᠦᠢᠴᠡᠳᠬᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
staff-approval-already-decided = ᠡᠨᠡ ᠮᠥᠷᠳᠡᠯ ᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ᠃

staff-dispatch-offered = ᠲᠠᠨ ᠳᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠪᠠ: { $reference } ({ $service }᠂ { $region }᠂ ᠬᠡᠯᠡ: { $language })᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠪᠤᠴᠠᠭᠠᠬᠤ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
staff-declined = ᠬᠡᠷᠡᠭ { $reference }: ᠪᠤᠴᠠᠭᠠᠭᠳᠠᠵᠤ᠂ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠪᠤᠴᠠᠵᠤ ᠣᠷᠣᠪᠠ᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }
staff-handed-back = { $staff }: ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠬᠡᠷᠡᠭ { $reference } ({ $service }᠂ { $region }) ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠪᠤᠴᠠᠵᠤ ᠣᠷᠣᠪᠠ᠂ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠦᠭᠡᠢ᠄ ᠳᠠᠬᠢᠨ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠭᠠᠷᠠᠢ᠃
staff-case-reopened = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠪᠡ᠃ { $service }᠂ { $region }᠂ ᠬᠡᠯᠡ: { $language }᠃ ᠲᠡᠭᠦᠨ ᠦ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ᠃

relay-from-mediator =
    ᠲᠠᠨ ᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ (ᠬᠡᠷᠡᠭ { $reference }):
    { $text }
relay-reply = ᠬᠠᠷᠢᠭᠤᠯᠠᠬᠤ
relay-from-reporter =
    ᠬᠡᠷᠡᠭ { $reference } — ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ:
    { $text }
staff-relay-sent = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠪᠠ᠃
staff-relay-blocked-no-contact = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠥᠪᠡᠷ ᠲᠡᠢ ᠨᠢ ᠡᠬᠢᠯᠡᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠢᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠭᠰᠠᠨ᠃ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠂ ᠬᠡᠷᠡᠭ ᠲᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠵᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠃
staff-relay-callback-task = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠲᠠᠨ ᠤ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠠᠵᠢᠯ ᠪᠣᠯᠭᠠᠪᠠ᠂ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠡᠴᠡ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
staff-relay-empty = ᠮᠡᠳᠡᠭᠡ ᠬᠣᠭᠤᠰᠤᠨ ᠲᠤᠯᠠ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
staff-relay-files-not-supported = ᠣᠳᠣᠬᠠᠨ ᠳᠤ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠹᠠᠢᠯ ᠢᠯᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠵᠥᠪᠬᠡᠨ ᠦᠰᠦᠭ ᠢ ᠢᠯᠡᠭᠡᠪᠡ᠃

staff-callback-task = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ: { $reference } — { $what }
staff-callback-done = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠰᠠᠨ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ: { $reference }᠃
staff-callback-already-done = ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠠᠵᠢᠯ ᠨᠢᠭᠡᠨᠲᠡ ᠳᠠᠭᠤᠰᠴᠠᠢ᠃
callback-relay = ᠳᠠᠮᠵᠢᠭᠤᠯᠵᠤ ᠬᠡᠯᠡᠬᠦ: { $text }
callback-requested = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ: { $text }

hotline-ask-service = 12338 ᠤᠲᠠᠰᠤ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ: ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠲᠥᠷᠥᠯ?
hotline-ask-region = ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠴᠢ ᠶᠢᠨ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ?
hotline-ask-language = ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠴᠢ ᠶᠢᠨ ᠬᠡᠷᠡᠭᠯᠡᠳᠡᠭ ᠬᠡᠯᠡ?
hotline-ask-description = ᠤᠲᠠᠰᠤᠨ ᠤ ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ?
hotline-ask-phone = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠳ᠋ᠤᠭᠠᠷ?
staff-form-needs-number = ᠡᠨᠳᠡ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ (ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ) ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
hotline-ask-safe-times = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠬᠤ ᠠᠶᠤᠯ ᠦᠭᠡᠢ ᠴᠠᠭ?
hotline-ask-risk = ᠠᠶᠤᠯ ᠤᠨ ᠳᠡᠰ?
hotline-ask-minor = ᠬᠡᠦᠬᠡᠳ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ ᠶᠤ?
hotline-language-zh-Hans-CN = ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ
hotline-language-mn-Mong-CN = ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ (ᠤᠳᠤᠮ ᠮᠣᠩᠭᠣᠯ ᠦᠰᠦᠭ)
hotline-language-mn-Cyrl-MN = ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ (ᠺᠢᠷᠢᠯ ᠦᠰᠦᠭ)
hotline-language-ru = ᠣᠷᠣᠰ ᠬᠡᠯᠡ
hotline-language-en = ᠠᠩᠭᠯᠢ ᠬᠡᠯᠡ
hotline-registered = ᠤᠲᠠᠰᠤ ᠶᠢ ᠳᠠᠩᠰᠠᠯᠠᠪᠠ᠂ ᠬᠡᠷᠡᠭ ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ: { $reference }᠃ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠴᠢ ᠶᠢᠨ ᠯᠠᠪᠯᠠᠬᠤ ᠨᠢᠭᠤᠴᠠ ᠳ᠋ᠤᠭᠠᠷ: { $pin } (ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠲᠡᠭᠦᠨ ᠳᠦ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ)᠃

field-service = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
field-region = ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ
field-consent_version = ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠦᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ
field-description = ᠲᠣᠳᠤᠷᠬᠠᠶᠢᠯᠠᠯᠲᠠ
field-reason = ᠰᠢᠯᠲᠠᠭᠠᠨ
field-reason_code = ᠰᠢᠯᠲᠠᠭᠠᠨ ᠤ ᠲᠥᠷᠥᠯ
field-signposting = ᠵᠢᠭᠠᠵᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠪᠤᠰᠤᠳ ᠰᠤᠪᠠᠭ
field-target = ᠬᠡᠨ ᠳᠦ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ
field-reporter_opted_in = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ
field-reporter_consent = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ
field-other_party_consent = ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ
field-session_date = ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ
field-attendees = ᠣᠷᠤᠯᠴᠠᠭᠰᠠᠳ
field-summary = ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ
field-agreement_text = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ
field-agreement_form = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠦᠨ ᠬᠡᠯᠪᠡᠷᠢ
field-agency = ᠬᠡᠯᠲᠡᠰ
field-purpose = ᠵᠣᠷᠢᠯᠭ᠎ᠠ
field-share_consent = ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠬᠤᠪᠢᠶᠠᠯᠴᠠᠬᠤ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ
field-outcome = ᠦᠷ᠎ᠡ ᠳᠦᠩ
field-closure_code = ᠬᠡᠷᠡᠭ ᠬᠠᠭᠠᠬᠤ ᠲᠥᠷᠥᠯ
field-risk = ᠠᠶᠤᠯ ᠤᠨ ᠳᠡᠰ

# ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠠᠵᠢᠯ ᠤᠨ ᠶᠠᠪᠤᠴᠠ (10 ᠳᠤᠭᠠᠷ ᠠᠰᠠᠭᠤᠳᠠᠯ)᠄ ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ᠂ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠪᠠ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ᠂ ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ᠂ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ᠂ ᠣᠯᠠᠨ ᠲᠣᠭ᠎ᠠ᠃
risk-unassessed = ᠦᠨᠡᠯᠡᠭᠡᠳᠦᠢ
refusal-risk-not-assessed = ᠡᠨᠡ ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠴᠦᠷᠬᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠠᠶᠤᠯ ᠢ ᠬᠠᠷᠠᠬᠠᠨ ᠦᠨᠡᠯᠡᠭᠡᠳᠦᠢ᠃ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ ᠠᠶᠤᠯ ᠢ ᠦᠨᠡᠯᠡᠭᠡᠷᠡᠢ᠃
staff-case-usage = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠠᠷᠭ᠎ᠠ: /case ᠬᠡᠷᠡᠭ ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ (ᠵᠢᠱᠢᠶ᠎ᠡ: /case HLB-2026-000123)᠃ /queue ᠪᠠ /cases ᠨᠢ ᠲᠠᠨ ᠤ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠬᠡᠷᠡᠭ ᠢ ᠵᠢᠭᠰᠠᠭᠠᠨ ᠬᠠᠷᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃
staff-filter-not-valid = ᠡᠢᠮᠦ ᠰᠢᠯᠭᠠᠬᠤ ᠨᠥᠭᠥᠴᠡᠯ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ: { $filter }
staff-filter-values =
    ᠰᠢᠯᠭᠠᠬᠤ ᠬᠡᠯᠪᠡᠷᠢ (ᠳᠤᠷ᠎ᠠ ᠪᠠᠷ ᠬᠣᠯᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ): /cases state=… service=… region=… assignee=ᠠᠵᠢᠯᠲᠠᠨ ᠤ-ᠳ᠋ᠤᠭᠠᠷ emergency overdue
    state (ᠪᠠᠶᠢᠳᠠᠯ): { $states }
    service (ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ): { $services }
    region (ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ): { $regions }
staff-filter-value = { $code } ({ $name })
staff-counts-total =
    { NUMBER($total) ->
        [one] ᠲᠠᠨ ᠤ ᠬᠡᠪᠴᠢᠶ᠎ᠡ ᠶᠢᠨ ᠬᠡᠷᠡᠭ: { $total }
       *[other] ᠲᠠᠨ ᠤ ᠬᠡᠪᠴᠢᠶ᠎ᠡ ᠶᠢᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠨᠡᠶᠢᠲᠡ ᠲᠣᠭ᠎ᠠ: { $total }
    }
    { $lines }
staff-evidence-size =
    { NUMBER($size) ->
       *[other] { $name } (ᠪᠠᠶᠢᠲ: { $size })
    }
staff-already-acknowledged = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ { $reference }: ᠨᠢᠭᠡᠨᠲᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ: { $who }᠂ ᠴᠠᠭ: { $at }᠃
staff-timeline-acknowledged = { $at } — ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ: { $who }
staff-timeline-session = {"    "}ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ: { $session_date }᠂ ᠭᠠᠵᠠᠷ ᠪᠠᠶᠢᠷᠢ: { $place }; ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠨ ᠬᠦᠮᠦᠰ: { $attendees }; ᠳᠠᠷᠠᠭᠠᠴᠢ ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ: { $next_date }᠃ ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ: { $summary }
staff-timeline-agreement = {"    "}ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ({ $agreement_form }): { $agreement_text }
staff-review-session =
    ᠬᠡᠷᠡᠭ { $reference }: ᠡᠨᠡ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠦᠦ?
    ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ: { $session_date }
    ᠭᠠᠵᠠᠷ ᠪᠠᠶᠢᠷᠢ: { $place }
    ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠨ ᠬᠦᠮᠦᠰ: { $attendees }
    ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ: { $summary }
    ᠳᠠᠷᠠᠭᠠᠴᠢ ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ: { $next_date }
    ᠲᠠ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠶᠠᠭᠤ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
staff-review-agreement =
    ᠬᠡᠷᠡᠭ { $reference }: ᠡᠨᠡ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠦᠦ?
    ᠬᠡᠯᠪᠡᠷᠢ: { $agreement_form }
    ᠠᠭᠤᠯᠭ᠎ᠠ: { $agreement_text }
    ᠲᠠ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠶᠠᠭᠤ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
staff-ask-session-day = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ: { $reference }᠃ ᠬᠡᠵᠢᠶ᠎ᠡ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠪᠡ?
staff-ask-session-next-day = ᠳᠠᠷᠠᠭᠠᠴᠢ ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠪᠠᠶᠢᠬᠤ ᠤᠤ? ᠰᠣᠩᠭᠣᠬᠤ ᠪᠤᠶᠤ ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠢᠱᠢᠶ᠎ᠡ: 2026-12-04)᠃
staff-ask-date-typed = ᠣᠨ-ᠰᠠᠷ᠎ᠠ-ᠡᠳᠦᠷ ᠭᠡᠰᠡᠨ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠢᠱᠢᠶ᠎ᠡ: 2026-11-20)᠃
staff-date-today = ᠥᠨᠥᠳᠦᠷ
staff-date-yesterday = ᠥᠴᠥᠭᠡᠳᠦᠷ
staff-date-other = ᠪᠤᠰᠤᠳ ᠡᠳᠦᠷ
staff-date-none = ᠳᠠᠷᠠᠭᠠᠴᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠦᠭᠡᠢ
staff-date-not-understood = ᠡᠨᠡ ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ ᠢ ᠣᠢᠯᠠᠭᠠᠰᠤᠨ ᠦᠭᠡᠢ᠃ ᠣᠨ-ᠰᠠᠷ᠎ᠠ-ᠡᠳᠦᠷ ᠭᠡᠰᠡᠨ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠢᠱᠢᠶ᠎ᠡ: 2026-11-20)᠃
staff-date-too-early = ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠡᠷᠲᠡ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠬᠠᠮᠤᠭ ᠡᠷᠲᠡ: { $earliest }᠃
staff-date-too-late = ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠣᠷᠣᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠬᠠᠮᠤᠭ ᠣᠷᠣᠢ: { $latest }᠃
staff-button-more-regions = ᠪᠤᠰᠤᠳ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ
staff-dispatch-elsewhere =
    ᠪᠤᠰᠤᠳ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠤᠨ ᠰᠠᠨᠠᠯ (ᠬᠡᠷᠡᠭ { $reference }):
    { $lines }
point-hailar-jianshe = ᠬᠠᠢᠯᠠᠷ ᠤᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠭᠤᠳᠤᠮᠵᠢ ᠶᠢᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
point-hailar-mobile-legal = ᠬᠠᠢᠯᠠᠷ ᠤᠨ ᠶᠠᠪᠤᠭᠤᠯ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠪᠠᠭ
point-manzhouli-border = ᠮᠠᠨᠵᠤᠯᠢ ᠶᠢᠨ ᠬᠢᠯ ᠦᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
point-ergun-shiwei = ᠡᠷᠭᠦᠨ᠎ᠡ ᠶᠢᠨ ᠱᠢᠸᠧᠢ ᠣᠷᠣᠰ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠰᠤᠮᠤ ᠶᠢᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
point-evenki-mobile = ᠡᠸᠡᠩᠬᠢ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠶᠠᠪᠤᠭᠤᠯ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠪᠠᠭ
point-new-barag-left-pastoral = ᠰᠢᠨ᠎ᠡ ᠪᠠᠷᠭᠤ ᠵᠡᠭᠦᠨ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠮᠠᠯᠴᠢᠨ ᠤ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
point-morin-dawa-daur = ᠮᠣᠷᠢᠨ ᠳᠠᠪᠠᠭ᠎ᠠ ᠶᠢᠨ ᠳᠠᠭᠤᠷ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
