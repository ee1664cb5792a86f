# The staff side: one window, case cards, dispatch, handling, approvals, relay, hotline, queries.
# Traditional Mongolian, written by the developers: to be reviewed by a native reader from Hulunbuir.

staff-joined =
    ᠲᠠᠨ ᠢ ᠪᠠᠶᠠᠷᠯᠠᠨ ᠤᠭᠲᠤᠶ᠎ᠠ᠃ ᠲᠠᠨ ᠤ ᠦᠦᠷᠭᠡ:
    { $roles }
    ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ:
    { $regions }
staff-left = ᠲᠠ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠪᠠᠶᠢᠳᠠᠯ ᠠᠴᠠ ᠭᠠᠷᠤᠯᠠ᠂ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠡᠷᠬᠡ ᠲᠠᠨ ᠤ ᠳᠠᠷᠤᠢ ᠳᠠᠭᠤᠰᠪᠠ᠃
staff-no-access = ᠲᠠᠨ ᠳᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠡᠷᠬᠡ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯᠵᠠᠢ᠃ ᠠᠰᠠᠭᠤᠬᠤ ᠵᠦᠢᠯ ᠪᠠᠶᠢᠪᠠᠯ ᠵᠠᠬᠢᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠠᠷᠠᠢ᠃
staff-menu = ᠠᠵᠢᠯ ᠤᠨ ᠰᠢᠷᠡᠭᠡ: ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
staff-help =
    ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠠᠷᠯᠢᠭ:
    /queue ᠬᠦᠯᠢᠶᠡᠯᠲᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ (ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠨᠢ ᠡᠮᠦᠨ᠎ᠡ)
    /mine ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ (ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ)
    /case ᠳ᠋ᠤᠭᠠᠷ — ᠬᠡᠷᠡᠭ ᠦᠨ ᠺᠠᠷᠲ ᠪᠠ ᠴᠠᠭ ᠤᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠢ ᠦᠵᠡᠬᠦ
    /cases state=... service=... region=... assignee=... emergency overdue — ᠬᠡᠷᠡᠭ ᠰᠢᠯᠭᠠᠨ ᠰᠣᠩᠭᠣᠬᠤ
    /counts ᠪᠠᠶᠢᠳᠠᠯ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠲᠣᠭ᠎ᠠ
    /reply ᠳ᠋ᠤᠭᠠᠷ ᠠᠭᠤᠯᠭ᠎ᠠ — ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢᠶᠡᠷ ᠳᠠᠮᠵᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠴᠢᠮᠡᠭᠡ ᠢᠯᠡᠭᠡᠬᠦ
    /hotline 12338 ᠤᠲᠠᠰᠤ ᠳᠠᠨᠰᠠᠯᠠᠬᠤ
    /language ᠬᠡᠯᠡ᠂ /leave ᠭᠠᠷᠬᠤ᠂ /cancel ᠣᠳᠣᠬᠢ ᠬᠦᠰᠦᠨᠦᠭᠲᠦ ᠶᠢ ᠪᠣᠯᠢᠬᠤ
staff-unknown-command = ᠲᠠᠨᠢᠬᠤ ᠦᠭᠡᠢ ᠵᠠᠷᠯᠢᠭ: { $command }᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠵᠠᠷᠯᠢᠭ ᠢ ᠦᠵᠡᠬᠦ ᠳᠦ /help ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠷᠡᠢ᠃
staff-menu-queue = ᠬᠦᠯᠢᠶᠡᠯᠲᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ
staff-menu-hotline = ᠤᠲᠠᠰᠤ ᠳᠠᠨᠰᠠᠯᠠᠬᠤ
staff-menu-mine = ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ
staff-menu-counts = ᠬᠡᠷᠡᠭ ᠦᠨ ᠪᠦᠷᠢᠳᠭᠡᠯ
staff-queue-title = ᠬᠦᠯᠢᠶᠡᠯᠲᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ
staff-mine-title = ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ
staff-cases-title = ᠰᠢᠯᠭᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ
staff-list-empty = { $title }: ᠬᠡᠷᠡᠭ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ᠃
staff-case-list =
    { $title } ({ $count }):
    { $lines }
staff-case-line = { $reference } · { $status } · { $service } · { $region } · { $language } · ᠠᠶᠤᠯ: { $risk } · ᠳᠠᠨᠰᠠᠯᠠᠭᠰᠠᠨ: { $opened }
staff-case-not-found = { $reference }: ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠲᠠᠨ ᠤ ᠡᠷᠬᠡ ᠶᠢᠨ ᠬᠡᠪᠴᠢᠶ᠎ᠡ ᠳᠦ ᠪᠠᠭᠲᠠᠬᠤ ᠦᠭᠡᠢ᠃
staff-filter-help = ᠰᠢᠯᠭᠠᠬᠤ ᠬᠡᠯᠪᠡᠷᠢ: /cases state=new service=rights region=hailar assignee=12 emergency overdue (ᠳᠤᠷ᠎ᠠ ᠪᠠᠷ ᠬᠣᠯᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ)᠃
staff-counts =
    ᠲᠠᠨ ᠤ ᠬᠡᠪᠴᠢᠶ᠎ᠡ ᠶᠢᠨ ᠬᠡᠷᠡᠭ ᠦᠨ ᠨᠡᠶᠢᠲᠡ ᠲᠣᠭ᠎ᠠ: { $total }
    { $lines }
staff-count-line = { $state }: { $count }
staff-case-card =
    ᠬᠡᠷᠡᠭ: { $reference } · { $status }
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ: { $service } · ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ: { $region }
    ᠬᠡᠯᠡ: { $language }{ $spoken } · ᠰᠤᠪᠠᠭ: { $channel } · ᠠᠶᠤᠯ: { $risk }
    ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ: { $owner } · ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠴᠢ: { $assignee }
    ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }
    ᠲᠡᠮᠳᠡᠭ: { $flags }
    — ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠦᠭᠡ —
    { $words }
    — ᠪᠠᠷᠢᠮᠲᠠ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ —
    { $evidence }
    — ᠴᠠᠭ ᠤᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ —
    { $timeline }
staff-timeline-line = { $at } { $trigger } ({ $role }) → { $target }
staff-entry-description = [{ $at }] ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠲᠣᠳᠣᠷᠬᠠᠶᠢᠯᠠᠯᠲᠠ: { $text }
staff-entry-message-in = [{ $at }] ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ: { $text }
staff-entry-message-out = [{ $at }] ᠠᠵᠢᠯᠲᠠᠨ: { $text }
staff-entry-contact = [{ $at }] ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠠᠷᠭ᠎ᠠ: { $text }
staff-entry-callback = [{ $at }] ᠡᠭᠡᠭᠦᠯᠦᠨ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ: { $text }
staff-card-spoken = {" "}(ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠬᠡᠯᠡ: { $language })
staff-evidence-line = { $name } (ᠪᠠᠶᠢᠲ: { $size })
flag-minor = ᠬᠡᠦᠬᠡᠳ ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠲᠠᠢ
flag-elder = ᠨᠠᠰᠤᠲᠠᠢ ᠬᠦᠮᠦᠨ ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠲᠠᠢ
flag-anonymous = ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ
flag-no-contact = ᠪᠢᠳᠡ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ
flag-confidential = ᠨᠢᠭᠤᠴᠠ
flag-overdue = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ
channel-telegram = Telegram
channel-matrix = Matrix
channel-web = ᠰᠦᠯᠵᠢᠶᠡᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ
channel-hotline = 12338 ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ

staff-button-open = ᠬᠡᠷᠡᠭ ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ
staff-button-ack = ᠮᠡᠳᠡᠭᠰᠡᠨ ᠢᠶᠡᠨ ᠪᠠᠲᠤᠯᠠᠬᠤ
staff-button-accept = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
staff-button-dispatch = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ
staff-button-take = ᠬᠠᠷᠢᠭᠤᠴᠠᠨ ᠠᠪᠬᠤ
staff-button-decline = ᠪᠤᠴᠠᠭᠠᠬᠤ
staff-button-start-mediation = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠭᠤᠶᠤᠯᠲᠠ
staff-button-parties-consent = ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠵᠦᠪᠰᠢᠶᠡᠷᠡᠪᠡ
staff-button-record-session = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ
staff-button-agreement = ᠭᠡᠷ᠎ᠡ ᠬᠡᠯᠡᠴᠡᠭᠡᠷ ᠲᠣᠭᠲᠠᠪᠠ
staff-button-terminate = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
staff-button-refer = ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ
staff-button-feedback = ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤ
staff-button-resolve = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠪᠡ᠂ ᠡᠭᠡᠭᠦᠯᠦᠨ ᠠᠶᠢᠯᠴᠢᠯᠠᠨ᠎ᠠ
staff-button-close = ᠬᠡᠷᠡᠭ ᠢ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ
staff-button-reject = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
staff-button-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯᠭᠠᠬᠤ
staff-button-hold = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
staff-button-resume = ᠰᠡᠷᠭᠦᠭᠡᠬᠦ
staff-button-reopen = ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠬᠦ
staff-button-message = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠪᠢᠴᠢᠬᠦ
staff-button-approve = ᠵᠦᠪᠰᠢᠶᠡᠷᠡᠬᠦ
staff-button-refuse = ᠵᠦᠪᠰᠢᠶᠡᠷᠡᠬᠦ ᠦᠭᠡᠢ
staff-button-cancel = ᠪᠣᠯᠢᠬᠤ
staff-button-callback-done = ᠡᠭᠡᠭᠦᠯᠦᠨ ᠤᠲᠠᠰᠤᠳᠠᠪᠠ
staff-cancelled = ᠪᠣᠯᠢᠯᠠ᠃
staff-done = { $reference }: ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠰᠡᠨ ᠠᠯᠬᠤᠮ: { $trigger }᠃ ᠣᠳᠣᠬᠢ ᠪᠠᠶᠢᠳᠠᠯ: { $status }᠃
staff-agreement-window = ᠱᠦᠭᠦᠨ ᠲᠠᠰᠤᠯᠬᠤ ᠪᠠᠲᠤᠯᠠᠯᠲᠠ ᠭᠤᠶᠤᠬᠤ ᠡᠴᠦᠰ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }᠃
staff-acknowledged = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠬᠡᠷᠡᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠢ ᠪᠠᠲᠤᠯᠠᠪᠠ: { $reference }᠃ ᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠴᠠᠭ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
staff-refusal-taken = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ ᠬᠦᠮᠦᠨ: { $who }᠃ ᠣᠳᠣᠬᠢ ᠪᠠᠶᠢᠳᠠᠯ: { $state }᠃
staff-missing-field = ᠳᠤᠲᠠᠭᠤ ᠪᠠᠶᠢᠭ᠎ᠠ ᠵᠦᠢᠯ: { $field }᠃

staff-ask-risk = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ: { $reference }᠃ ᠠᠶᠤᠯ ᠤᠨ ᠳᠡᠰ ᠢ ᠦᠨᠡᠯᠡᠭᠡᠷᠡᠢ᠃
staff-ask-reject-reason = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
staff-ask-signposting = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠤᠰᠤᠳ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠶᠢᠨ ᠰᠤᠪᠠᠭ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠡᠨᠡ ᠨᠢ ᠲᠡᠭᠦᠨ ᠳᠦ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ)᠃
staff-ask-hold-reason = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
staff-ask-decline-reason = ᠪᠤᠴᠠᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠴᠣᠩᠬᠣᠨ ᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
staff-ask-opted-in = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠤᠤ? (ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠴᠦᠷᠬᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ ᠲᠦ ᠮᠦᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠰᠠᠨ ᠳᠠᠷᠤᠭ᠎ᠠ ᠶᠢᠨ ᠵᠦᠪᠰᠢᠶᠡᠷᠡᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ᠂ ᠠᠶᠤᠯ ᠨᠢ ᠳᠤᠮᠳᠠ ᠪᠤᠶᠤ ᠪᠠᠭ᠎ᠠ ᠪᠠᠶᠢᠬᠤ ᠤᠴᠢᠷᠲᠠᠢ᠃)
staff-ask-both-consent = ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠣᠶᠠᠭᠤᠯᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠵᠦᠪᠰᠢᠶᠡᠷᠡᠵᠦ᠂ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ ᠦᠦ?
staff-ask-session-date = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ: ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ?
staff-ask-session-place = ᠭᠠᠵᠠᠷ ᠪᠠᠶᠢᠷᠢ?
staff-ask-session-attendees = ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠨ ᠬᠦᠮᠦᠰ?
staff-ask-session-summary = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ?
staff-ask-session-next = ᠳᠠᠷᠠᠭᠠᠴᠢ ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ? (ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ “ᠦᠭᠡᠢ” ᠭᠡᠵᠦ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ)
staff-ask-agreement-form = ᠭᠡᠷ᠎ᠡ ᠬᠡᠯᠡᠴᠡᠭᠡᠷ ᠦᠨ ᠬᠡᠯᠪᠡᠷᠢ?
staff-ask-agreement-text = ᠭᠡᠷ᠎ᠡ ᠬᠡᠯᠡᠴᠡᠭᠡᠷ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
staff-ask-terminate-reason = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠵᠠᠭᠠᠭᠠᠯᠲᠠ᠂ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠ ᠪᠠ ᠵᠠᠷᠭᠤ ᠶᠢᠨ ᠵᠠᠮ ᠮᠥᠷ ᠢ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
staff-ask-agency = ᠶᠠᠮᠠᠷ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠳᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠪᠤᠢ?
staff-ask-referral-purpose = ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ ᠵᠣᠷᠢᠯᠭ᠎ᠠ?
staff-ask-share-basis = ᠲᠤᠰ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠳᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠥᠭᠬᠦ ᠦᠨᠳᠦᠰᠦᠯᠡᠯ?
staff-ask-feedback = ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ ᠠᠴᠠ ᠶᠠᠮᠠᠷ ᠬᠠᠷᠢᠭᠤ ᠢᠷᠡᠭᠰᠡᠨ ᠪᠤᠢ?
staff-ask-outcome = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ? (ᠡᠭᠡᠭᠦᠯᠦᠨ ᠠᠶᠢᠯᠴᠢᠯᠠᠬᠤ ᠴᠠᠭ ᠢ 7 ᠪᠠ 30 ᠡᠳᠦᠷ ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠲᠣᠭᠲᠠᠭᠠᠨ᠎ᠠ᠃)
staff-ask-closure = ᠬᠡᠷᠡᠭ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠲᠥᠷᠥᠯ?
staff-ask-reopen-reason = ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠬᠦ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
staff-ask-emergency-reason = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯᠭᠠᠬᠤ: { $reference }᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
