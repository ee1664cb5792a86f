# The staff side: one window, case cards, dispatch, handling, approvals, relay, hotline, queries.

staff-joined =
    Welcome. Your roles:
    { $roles }
    Your regions:
    { $regions }
staff-left = You have left the staff; your access ended now.
staff-no-access = You no longer have staff access. Ask an administrator if this is a mistake.
staff-menu = Staff desk: choose.
staff-help =
    Staff commands:
    /queue the waiting queue (emergencies first)
    /mine my cases (mediators)
    /case REF — a case card and its timeline
    /cases state=… service=… region=… assignee=… emergency overdue — filter cases
    /counts cases per state
    /stats [month|week|quarter|year|2026-11|from=… to=…] [region] — figures with charts (supervisors)
    /export [period] [region] [csv|xlsx|md] — the figures and the case list as a file, by a one-time link (supervisors)
    /reply REF text — write to the reporter through the bot
    /data REF — what is held about her case: read it to her, send her a copy, ask for erasure
    /hotline register a 12338 call
    /orders service orders (waiting for a team, or your team's)
    /order HLO-… — a service order's card
    /events [from=… to=… region=… kind=… topic=…] — events held (supervisors)
    /event record an event nobody ordered
    /duty on|off — whether emergencies page you (/duty: where you stand)
    /language language, /leave leave the staff, /cancel cancel the current form
staff-unknown-command = Unknown command { $command }. Send /help for the staff commands.
staff-menu-queue = Queue
staff-menu-hotline = Register a call
staff-menu-mine = My cases
staff-menu-counts = Figures
staff-queue-title = Queue
staff-mine-title = My cases
staff-cases-title = Matching cases
staff-list-empty = { $title }: no cases.
staff-case-list =
    { $title } ({ $count }):
    { $lines }
staff-case-page =
    { $title }, newest first ({ $count } shown):
    { $lines }
staff-button-more = More (older)
staff-case-line = { $reference } · { $status } · { $service } · { $region } · { $language } · risk { $risk } · since { $opened }
staff-case-not-found = Case { $reference } was not found, or it is outside your scope.
staff-count-line = { $state }: { $count }
staff-case-card =
    Case { $reference } · { $status }
    Service: { $service }   Region: { $region }
    Language: { $language }{ $spoken }   Channel: { $channel }   Risk: { $risk }
    Owner: { $owner }   Handler: { $assignee }
    Due: { $due }
    Flags: { $flags }
    — Words —
    { $words }
    — Evidence —
    { $evidence }
    — Timeline —
    { $timeline }
staff-timeline-line = { $at } { $trigger } ({ $role }) → { $target }
staff-entry-description = [{ $at }] Her account: { $text }
staff-entry-message-in = [{ $at }] Reporter: { $text }
staff-entry-message-out = [{ $at }] Staff: { $text }
staff-entry-contact = [{ $at }] Contact: { $text }
staff-entry-callback = [{ $at }] Call-back request: { $text }
staff-card-spoken = {" "}(call her in { $language })
flag-minor = child involved
flag-elder = elderly person involved
flag-anonymous = anonymous
flag-no-contact = do not contact
flag-confidential = confidential
flag-overdue = overdue
flag-call-back = call only, never write
channel-telegram = Telegram
channel-matrix = Matrix
channel-web = web chat
channel-hotline = 12338 hotline

staff-button-open = Open case
staff-button-ack = Acknowledge
staff-button-accept = Accept
staff-button-dispatch = Dispatch
staff-button-take = Take
staff-button-decline = Decline
staff-button-start-mediation = Start mediation
staff-button-parties-consent = Both consent
staff-button-record-session = Record session
staff-button-agreement = Agreement reached
staff-button-terminate = End mediation
staff-button-refer = Refer
staff-button-feedback = Referral feedback
staff-button-resolve = Resolve
staff-button-close = Close
staff-button-reject = Not accept
staff-button-emergency = Raise emergency
staff-button-hold = Put on hold
staff-button-resume = Resume
staff-button-reopen = Reopen
staff-button-message = Message the reporter
staff-button-confidential-on = Make confidential
staff-button-confidential-off = End confidentiality
staff-confidential-on = { $reference } is now confidential: only its owner, its handler and the region's supervisors see it.
staff-confidential-off = { $reference } is no longer confidential.
staff-button-approve = Approve
staff-button-refuse = Refuse
staff-button-cancel = Cancel
staff-button-callback-done = Called back
staff-cancelled = Cancelled.
staff-done = { $reference }: { $trigger } done; status now: { $status }.
staff-agreement-window = Judicial confirmation: both parties must apply jointly within 30 days of the agreement taking effect, by { $due }.
staff-acknowledged = Emergency case { $reference } acknowledged; your name and the time are recorded.
staff-refusal-taken = { $who } is already handling this case; its status is { $state }.
staff-missing-field = Still missing: { $field }.

staff-ask-risk = Accept { $reference }: how high is the risk?
staff-ask-reject-reason = Not accept { $reference }: why?
staff-ask-signposting = Write where else she can get help (this is sent to her).
staff-ask-hold-reason = Put { $reference } on hold: why?
staff-ask-decline-reason = Decline { $reference }: why? The window will be told.
staff-ask-opted-in = Has the reporter clearly chosen mediation? (A domestic-violence case also needs a supervisor's approval and risk medium or low.)
staff-ask-both-consent = Have both parties agreed to mediation, and is it recorded?
staff-ask-session-place = Place?
staff-ask-session-attendees = Who attended?
staff-ask-session-summary = Summary of the session?
staff-ask-session-next = Next session date? (write "none" if there is none)
staff-ask-agreement-form = Form of the agreement?
staff-ask-agreement-text = Write the agreement.
staff-ask-terminate-reason = End mediation of { $reference }: why? She will be told about arbitration, administrative routes and the courts.
staff-ask-agency = Refer to which agency?
staff-ask-referral-purpose = Purpose of the referral?
staff-ask-share-basis = On what basis is her information shared with the agency?
staff-ask-feedback = What did the agency report?
staff-ask-outcome = Outcome? (Follow-ups are scheduled at 7 and 30 days.)
staff-ask-closure = Closure code?
staff-ask-reopen-reason = Reopen { $reference }: why?
staff-ask-emergency-reason = Raise { $reference } to an emergency: why?
staff-ask-relay = Write your message to the reporter of { $reference }. She sees "your mediator", never your account.
staff-confirm-yes = Yes, confirmed
reject-reason-out_of_scope = Outside our scope
reject-reason-duplicate = Duplicate request
reject-reason-other_agency = Belongs to another agency
reject-reason-no_response = Cannot be reached
reject-reason-other = Other
closure-resolved = Resolved
closure-agreement_honoured = Agreement honoured
closure-referred_out = Finished by another agency
closure-no_response = Cannot be reached
closure-duplicate = Duplicate
closure-other = Other
agency-police = Police
agency-court = Court
agency-legal_aid = Legal aid
agency-civil_affairs = Civil affairs
agency-human_resources = Human resources
agency-education = Education
agency-health = Health
share-basis-consent = She consented
share-basis-emergency = Emergency
share-basis-child_protection = Child protection (mandatory report)
agreement-form-written = Written
agreement-form-oral = Oral

staff-dispatch-suggestions =
    Suggestions for { $reference }:
    { $lines }
staff-suggestion-line = { $name } ({ $kind }, { $load }/{ $capacity } now): { $reasons }
staff-dispatch-none = No mediator or service point to dispatch to. Run walking-home seed --demo or invite mediators first.
candidate-mediator = mediator
candidate-point = service point
reason-region = same region
reason-service = offers the service
reason-language = speaks her language
reason-spoken = speaks the language she asked to be called in
reason-load = has room
reason-full = full

staff-approval-requested = Your approval is needed: { $who } asks to "{ $trigger }" { $reference } ({ $service }, { $region }).
staff-approval-sent = Sent to a supervisor for approval: { $reference }. It will be carried out once approved.
staff-approval-no-supervisor = No supervisor covers the region of { $reference }; please contact the city federation.
staff-approval-granted = A supervisor approved "{ $trigger }" for { $reference }; it is done.
staff-approval-refused = A supervisor did not approve "{ $trigger }" for { $reference }.
staff-approval-failed = "{ $trigger }" for { $reference } was approved, but the case has changed meanwhile and it could not be done.
staff-approval-already-decided = This request has already been decided.

staff-dispatch-offered = Offered to you: { $reference } ({ $service }, { $region }, language: { $language }). Please take or decline it.
staff-declined = { $reference } was declined and is back in the queue. Reason: { $reason }
staff-handed-back = { $staff } no longer has access. Case { $reference } ({ $service }, { $region }) is back in the queue and needs a handler: dispatch it again.
staff-case-reopened = The reporter reopened case { $reference }: { $service }, { $region }, language: { $language }. Her reason is on the case card.

relay-from-mediator =
    Your mediator (case { $reference }):
    { $text }
relay-reply = Reply
relay-from-reporter =
    The reporter of { $reference }:
    { $text }
staff-relay-sent = Passed on to the reporter of { $reference }.
staff-relay-blocked-no-contact = The reporter of { $reference } asked not to be contacted; nothing was sent, and your message is kept on the case.
staff-relay-callback-task = The reporter of { $reference } asked to be called back: your message became a call-back task in the queue.
staff-relay-empty = The message was empty; nothing was sent.
staff-relay-files-not-supported = Files cannot be passed to the reporter through the bot yet; only the text was sent.

staff-callback-task = To call back: { $reference } — { $what }
staff-callback-done = Call-back recorded for { $reference }.
staff-callback-already-done = That call-back is already done.
callback-relay = Pass on: { $text }
callback-requested = Call her back: { $text }

hotline-ask-service = Register a 12338 call: which service?
hotline-ask-region = Caller's region?
hotline-ask-language = Caller's language?
hotline-ask-description = Summary of the call?
hotline-ask-phone = Number to call back?
staff-form-needs-number = A phone number (digits) is needed here.
hotline-ask-safe-times = Safe times to call back?
hotline-ask-risk = Risk level?
hotline-ask-minor = Is a child involved?
hotline-language-zh-Hans-CN = Chinese
hotline-language-mn-Mong-CN = Mongolian (traditional script)
hotline-language-mn-Cyrl-MN = Mongolian (Cyrillic)
hotline-language-ru = Russian
hotline-language-en = English
hotline-registered = The call is registered as { $reference }. The caller's PIN: { $pin } (tell her on the phone).

field-service = service
field-region = region
field-consent_version = consent record
field-description = description
field-reason = reason
field-reason_code = reason code
field-signposting = where else to get help
field-target = whom to dispatch to
field-reporter_opted_in = her choice of mediation
field-reporter_consent = her consent
field-other_party_consent = the other party's consent
field-session_date = date
field-attendees = attendees
field-summary = summary
field-agreement_text = agreement text
field-agreement_form = form of the agreement
field-agency = agency
field-purpose = purpose
field-share_consent = consent to share
field-outcome = outcome
field-closure_code = closure code
field-risk = risk level

# Staff flow (issue 10): the card after every action, session and agreement records, dates, dispatch by region, plurals.
risk-unassessed = not assessed
refusal-risk-not-assessed = The risk of this domestic-violence case has not been assessed yet; assess it before mediation.
staff-case-usage = Usage: /case REF, for example /case HLB-2026-000123. /queue and /cases list the cases you can open.
staff-filter-not-valid = “{ $filter }” is not a filter I know.
staff-filter-values =
    Filters (any combination): /cases state=… service=… region=… assignee=STAFF-ID emergency overdue
    state: { $states }
    service: { $services }
    region: { $regions }
staff-filter-value = { $code } ({ $name })
staff-counts-total =
    { NUMBER($total) ->
        [one] { $total } case in your scope:
       *[other] { $total } cases in your scope:
    }
    { $lines }
staff-evidence-size =
    { NUMBER($size) ->
        [one] { $name } ({ $size } byte)
       *[other] { $name } ({ $size } bytes)
    }
staff-already-acknowledged = Emergency case { $reference } was already acknowledged by { $who } at { $at }.
staff-timeline-acknowledged = { $at } emergency acknowledged by { $who }
staff-timeline-session = {"    "}session of { $session_date } at { $place }; attendees: { $attendees }; next session: { $next_date }. Summary: { $summary }
staff-timeline-agreement = {"    "}agreement ({ $agreement_form }): { $agreement_text }
staff-review-session =
    Record this session for { $reference }?
    Date: { $session_date }
    Place: { $place }
    Attendees: { $attendees }
    Summary: { $summary }
    Next session: { $next_date }
    Nothing is saved until you confirm.
staff-review-agreement =
    Record this agreement for { $reference }?
    Form: { $agreement_form }
    Text: { $agreement_text }
    Nothing is saved until you confirm.
staff-ask-session-day = Record a session for { $reference }: when did it take place?
staff-ask-session-next-day = Is there a next session? Choose, or type its date (year-month-day, e.g. 2026-12-04).
staff-ask-date-typed = Type the date as year-month-day, e.g. 2026-11-20.
staff-date-today = Today
staff-date-yesterday = Yesterday
staff-date-other = Another date
staff-date-none = No next session
staff-date-not-understood = I could not read that date. Please write it as year-month-day, e.g. 2026-11-20.
staff-date-too-early = That date is too early: it must be { $earliest } or later.
staff-date-too-late = That date is too late: it must be { $latest } or earlier.
staff-button-more-regions = More: other regions
staff-dispatch-elsewhere =
    Other regions, for { $reference }:
    { $lines }
point-hailar-jianshe = Hailar Jianshe Street Women's Home
point-hailar-mobile-legal = Hailar Mobile Legal Team
point-manzhouli-border = Manzhouli Border Women's Home
point-ergun-shiwei = Ergun Shiwei Russian Township Home
point-evenki-mobile = Evenki Banner Mobile Service Team
point-new-barag-left-pastoral = New Barag Left Banner Pastoral Home
point-morin-dawa-daur = Morin Dawa Daur Women's Home
