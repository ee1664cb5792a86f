# Staff side, part 2 (from staff-ask-relay to the end): relay, referral, closure, dispatch, approvals, hotline, field names.
# Traditional Mongolian script; machine-drafted, needs review by a native speaker before production.

staff-ask-relay = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠢᠯᠡᠭᠡᠬᠦ ᠮᠡᠳᠡᠭᠡ ᠪᠡᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃ ᠲᠡᠷᠡ “ᠲᠠᠨ ᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ” ᠭᠡᠵᠦ ᠦᠵᠡᠨ᠎ᠡ᠂ ᠲᠠᠨ ᠤ ᠳᠠᠩᠰᠠ ᠶᠢ ᠦᠵᠡᠬᠦ ᠦᠭᠡᠢ᠃
staff-confirm-yes = ᠲᠡᠢᠮᠦ᠂ ᠪᠠᠲᠤᠯᠠᠪᠠ
reject-reason-out_of_scope = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠡᠴᠡ ᠭᠠᠳᠠᠭᠰᠢ
reject-reason-duplicate = ᠳᠠᠪᠬᠤᠷᠳᠠᠭᠰᠠᠨ ᠭᠤᠶᠤᠯᠲᠠ
reject-reason-other_agency = ᠪᠤᠰᠤᠳ ᠬᠡᠯᠲᠡᠰ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠶᠣᠰᠣᠲᠠᠢ
reject-reason-no_response = ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
reject-reason-other = ᠪᠤᠰᠤᠳ
closure-resolved = ᠠᠰᠠᠭᠤᠳᠠᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠪᠡ
closure-agreement_honoured = ᠲᠤᠬᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠪᠡ
closure-referred_out = ᠪᠤᠰᠤᠳ ᠬᠡᠯᠲᠡᠰ ᠲᠦ ᠰᠢᠯᠵᠢᠭᠦᠯᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠪᠠ
closure-no_response = ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
closure-duplicate = ᠳᠠᠪᠬᠤᠷᠳᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ
closure-other = ᠪᠤᠰᠤᠳ
agency-police = ᠴᠠᠭᠳᠠᠭ᠎ᠠ
agency-court = ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ
agency-legal_aid = ᠬᠠᠤᠯᠢ ᠵᠦᠢ ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ
agency-civil_affairs = ᠢᠷᠭᠡᠨ ᠬᠡᠷᠡᠭ
agency-human_resources = ᠬᠦᠮᠦᠨ ᠬᠦᠴᠦᠨ ᠦ ᠨᠥᠭᠡᠴᠡ ᠪᠠ ᠨᠡᠢᠭᠡᠮ ᠦᠨ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ
agency-education = ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠯ
agency-health = ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ
share-basis-consent = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ
share-basis-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠠᠢᠳᠠᠯ
share-basis-child_protection = ᠬᠡᠦᠬᠡᠳ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ (ᠠᠯᠪᠠᠳᠠᠯᠭ᠎ᠠ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ)
agreement-form-written = ᠪᠢᠴᠢᠮᠡᠯ ᠲᠤᠬᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ
agreement-form-oral = ᠠᠮᠠᠨ ᠲᠤᠬᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ

staff-dispatch-suggestions =
    ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ ᠰᠠᠨᠠᠯ (ᠬᠡᠷᠡᠭ { $reference }):
    { $lines }
staff-suggestion-line = { $name } ({ $kind }᠂ ᠣᠳᠣ { $load }/{ $capacity }): { $reasons }
staff-dispatch-none = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠪᠤᠶᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ ᠠᠯᠠᠭ᠎ᠠ᠃ ᠤᠷᠢᠳᠠ walking-home seed --demo ᠭᠡᠳᠡᠭ ᠵᠠᠷᠯᠢᠭ ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠤᠷᠢᠭᠠᠷᠠᠢ᠃
candidate-mediator = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ
candidate-point = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ
reason-region = ᠠᠳᠠᠯᠢ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ
reason-service = ᠲᠤᠰ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠵᠡᠭᠦᠯᠳᠡᠭ
reason-language = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ
reason-spoken = ᠲᠡᠭᠦᠨ ᠦ ᠬᠦᠰᠡᠭᠰᠡᠨ ᠠᠮᠠᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠶᠠᠷᠢᠳᠠᠭ (ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ)
reason-load = ᠰᠤᠯᠠ ᠵᠠᠢ ᠲᠠᠢ
reason-full = ᠳᠦᠭᠦᠷᠦᠩ

staff-approval-requested = ᠲᠠᠨ ᠤ ᠪᠠᠲᠤᠯᠠᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃ ᠮᠥᠷᠳᠡᠯ ᠭᠠᠷᠭᠠᠭᠴᠢ: { $who }᠂ ᠬᠡᠷᠡᠭ: { $reference } ({ $service }᠂ { $region })᠂ ᠠᠯᠬᠤᠮ: “{ $trigger }”᠃
staff-approval-sent = ᠬᠠᠷᠢᠤᠴᠠᠭᠴᠢ ᠳᠤ ᠪᠠᠲᠤᠯᠠᠭᠤᠯᠬᠤ ᠪᠠᠷ ᠢᠯᠡᠭᠡᠪᠡ: { $reference }᠃ ᠪᠠᠲᠤᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠬᠦᠢᠴᠡᠳᠬᠡᠭᠳᠡᠨ᠎ᠡ᠃
staff-approval-no-supervisor = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠲᠤ ᠪᠠᠲᠤᠯᠠᠬᠤ ᠬᠠᠷᠢᠤᠴᠠᠭᠴᠢ ᠠᠯᠠᠭ᠎ᠠ᠂ ᠬᠣᠲᠠ ᠶᠢᠨ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠬᠣᠯᠪᠣᠭ᠎ᠠ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠠᠷᠠᠢ᠃
staff-approval-granted = ᠬᠡᠷᠡᠭ { $reference }᠂ “{ $trigger }”: ᠬᠠᠷᠢᠤᠴᠠᠭᠴᠢ ᠪᠠᠲᠤᠯᠠᠵᠤ᠂ ᠬᠦᠢᠴᠡᠳᠬᠡᠭᠳᠡᠪᠡ᠃
staff-approval-refused = ᠬᠡᠷᠡᠭ { $reference }᠂ “{ $trigger }”: ᠬᠠᠷᠢᠤᠴᠠᠭᠴᠢ ᠪᠠᠲᠤᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
staff-approval-failed = ᠬᠡᠷᠡᠭ { $reference }᠂ “{ $trigger }”: ᠪᠠᠲᠤᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠪᠣᠯᠪᠠᠴᠤ ᠬᠡᠷᠡᠭ ᠦᠨ ᠪᠠᠢᠳᠠᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠬᠦᠢᠴᠡᠳᠬᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
staff-approval-already-decided = ᠡᠨᠡ ᠮᠥᠷᠳᠡᠯ ᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ᠃

staff-dispatch-offered = ᠲᠠᠨ ᠳᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠪᠠ: { $reference } ({ $service }᠂ { $region }᠂ ᠬᠡᠯᠡ: { $language })᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠪᠤᠶᠤ ᠪᠤᠴᠠᠭᠠᠬᠤ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
staff-declined = ᠬᠡᠷᠡᠭ { $reference }: ᠪᠤᠴᠠᠭᠠᠭᠳᠠᠵᠤ᠂ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠪᠤᠴᠠᠵᠤ ᠣᠷᠣᠪᠠ᠃ ᠰᠢᠯᠲᠠᠭᠠᠨ: { $reason }

relay-from-mediator =
    ᠲᠠᠨ ᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ (ᠬᠡᠷᠡᠭ { $reference }):
    { $text }
relay-reply = ᠬᠠᠷᠢᠭᠤᠯᠠᠬᠤ
relay-from-reporter =
    ᠬᠡᠷᠡᠭ { $reference } — ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ:
    { $text }
staff-relay-sent = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠳᠠᠮᠵᠢᠭᠤᠯᠪᠠ᠃
staff-relay-blocked-no-contact = ᠬᠡᠷᠡᠭ { $reference }: ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠥᠪᠡᠷ ᠲᠡᠢ ᠨᠢ ᠡᠬᠢᠯᠡᠨ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠢᠬᠤ ᠶᠢ ᠭᠤᠶᠤᠭᠰᠠᠨ᠃ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠂ ᠬᠡᠷᠡᠭ ᠲᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠵᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠃
staff-relay-callback-task = ᠬᠡᠷᠡᠭ { $reference }: ᠬᠠᠯᠠᠭᠤᠨ ᠱᠤᠭᠤᠮ ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠢᠷᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠬᠤ ᠠᠵᠢᠯ ᠪᠣᠯᠭᠠᠪᠠ᠂ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠡᠴᠡ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
staff-relay-empty = ᠮᠡᠳᠡᠭᠡ ᠬᠣᠭᠤᠰᠤᠨ ᠲᠤᠯᠠ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
staff-relay-files-not-supported = ᠣᠳᠣᠬᠠᠨ ᠳᠤ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠳᠤ ᠹᠠᠢᠯ ᠢᠯᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠵᠥᠪᠬᠡᠨ ᠦᠰᠦᠭ ᠢ ᠢᠯᠡᠭᠡᠪᠡ᠃

staff-callback-task = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠬᠤ: { $reference } — { $what }
staff-callback-done = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠭᠰᠠᠨ ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ: { $reference }᠃
staff-callback-already-done = ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠬᠤ ᠠᠵᠢᠯ ᠨᠢᠭᠡᠨᠲᠡ ᠳᠠᠭᠤᠰᠴᠠᠢ᠃
callback-relay = ᠳᠠᠮᠵᠢᠭᠤᠯᠵᠤ ᠬᠡᠯᠡᠬᠦ: { $text }

hotline-ask-service = 12338 ᠤᠲᠠᠰᠤ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ: ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠲᠥᠷᠥᠯ?
hotline-ask-region = ᠤᠲᠠᠰᠤ ᠵᠠᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ?
hotline-ask-language = ᠤᠲᠠᠰᠤ ᠵᠠᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠬᠡᠷᠡᠭᠯᠡᠳᠡᠭ ᠬᠡᠯᠡ?
hotline-ask-description = ᠤᠲᠠᠰᠤᠨ ᠤ ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ?
hotline-ask-phone = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠬᠤ ᠨᠣᠮᠧᠷ?
hotline-ask-safe-times = ᠬᠠᠷᠢᠭᠤ ᠤᠲᠠᠰᠤ ᠳᠤᠭᠠᠷᠳᠠᠬᠤ ᠠᠶᠤᠯ ᠦᠭᠡᠢ ᠴᠠᠭ?
hotline-ask-risk = ᠠᠶᠤᠯ ᠤᠨ ᠳᠡᠰ?
hotline-ask-minor = ᠬᠡᠦᠬᠡᠳ ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ ᠶᠤ?
hotline-language-zh-Hans-CN = ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ
hotline-language-mn-Mong-CN = ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ (ᠤᠳᠤᠮ ᠮᠣᠩᠭᠣᠯ ᠦᠰᠦᠭ)
hotline-language-mn-Cyrl-MN = ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ (ᠺᠢᠷᠢᠯ ᠦᠰᠦᠭ)
hotline-language-ru = ᠣᠷᠣᠰ ᠬᠡᠯᠡ
hotline-language-en = ᠠᠩᠭᠯᠢ ᠬᠡᠯᠡ
hotline-registered = ᠤᠲᠠᠰᠤ ᠶᠢ ᠪᠦᠷᠢᠳᠬᠡᠪᠡ᠂ ᠬᠡᠷᠡᠭ ᠦᠨ ᠨᠣᠮᠧᠷ: { $reference }᠃ ᠤᠲᠠᠰᠤ ᠵᠠᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠯᠠᠪᠯᠠᠬᠤ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ: { $pin } (ᠤᠲᠠᠰᠤ ᠪᠠᠷ ᠲᠡᠭᠦᠨ ᠳᠦ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ)᠃

field-service = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
field-region = ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ
field-consent_version = ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠦᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ
field-description = ᠲᠣᠳᠤᠷᠬᠠᠶᠢᠯᠠᠯᠲᠠ
field-reason = ᠰᠢᠯᠲᠠᠭᠠᠨ
field-reason_code = ᠰᠢᠯᠲᠠᠭᠠᠨ ᠤ ᠲᠥᠷᠥᠯ
field-signposting = ᠵᠢᠭᠠᠵᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠪᠤᠰᠤᠳ ᠰᠤᠪᠠᠭ
field-target = ᠬᠡᠨ ᠳᠦ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ
field-reporter_opted_in = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ
field-reporter_consent = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ
field-other_party_consent = ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ᠎ᠠ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ
field-session_date = ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠡᠳᠦᠷ
field-attendees = ᠣᠷᠤᠯᠴᠠᠭᠰᠠᠳ
field-summary = ᠲᠣᠪᠴᠢ ᠠᠭᠤᠯᠭ᠎ᠠ
field-agreement_text = ᠲᠤᠬᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠠᠭᠤᠯᠭ᠎ᠠ
field-agreement_form = ᠲᠤᠬᠢᠷᠠᠯᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠬᠡᠯᠪᠡᠷᠢ
field-agency = ᠬᠡᠯᠲᠡᠰ
field-purpose = ᠵᠣᠷᠢᠯᠭ᠎ᠠ
field-share_consent = ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠬᠤᠪᠢᠶᠠᠯᠴᠠᠬᠤ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ
field-outcome = ᠦᠷ᠎ᠡ ᠳᠦᠩ
field-closure_code = ᠬᠡᠷᠡᠭ ᠬᠠᠭᠠᠬᠤ ᠲᠥᠷᠥᠯ
field-risk = ᠠᠶᠤᠯ ᠤᠨ ᠳᠡᠰ
