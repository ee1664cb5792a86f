# Her data rights (see, copy, erase) and the retention command.

case-my-data = My data
data-menu = What we hold about case { $reference }: you can see it, get a copy here in the chat, or ask us to erase it.
data-button-see = See it
data-button-copy = Send me a copy
data-button-erase = Erase it
data-view =
    Case { $reference }
    Service: { $service }
    Region: { $region }
    Status: { $status }
    Registered: { $opened }
    Risk: { $risk }
    Marked: { $flags }
    Handled by: { $handlers }
    Words: { $words }
    Files: { $files }
    Steps: { $steps }
data-word-line = { $at } · { $kind }: { $text }
data-file-line = { $at } · { $name } ({ $size } bytes)
data-step-line = { $at } · { $trigger } ({ $role })
data-handler-point = a service point
data-kind-description = your account
data-kind-message-in = your message
data-kind-message-out = staff message
data-kind-contact = contact details
data-kind-callback = call-back request
data-kind-evidence = file
data-kind-other = note
data-copy-header = A copy of everything we hold about case { $reference } follows ({ $parts } messages). Anyone who holds this phone can read it; "Quick exit" clears the chat.
data-copy-entry =
    { $at } · { $kind }:
    { $text }
data-copy-end = End of the copy of case { $reference }.
data-copy-sent = The copy of case { $reference } is above.
data-erase-blocked = Case { $reference } cannot be erased now. { $why }
erase-why-legal-hold = It is kept for a court or the police (a legal hold). When the hold ends, erasure can be asked again. You can still see it and get a copy.
erase-why-child = It involves a child, and the law requires such records to be kept to protect children. You can still see it and get a copy.
erase-why-mediation = Its mediation is under way. When the mediation has ended, erasure can be asked again.
erase-why-open = The case could not be ended first. Please ask again later.
data-erase-already-asked = A request to erase case { $reference } is already waiting for a supervisor.
data-erase-confirm = Erasing case { $reference } removes your words, your files, your contact details and the link between you and the case. Only anonymous figures (service, region, dates, outcome) stay. A supervisor must approve it. Ask for erasure?
data-erase-confirm-open = Case { $reference } is still open: erasing it ends it (withdrawn) and removes your words, your files, your contact details and the link between you and the case. Only anonymous figures (service, region, dates, outcome) stay. A supervisor must approve it. Ask for erasure?
data-erase-cancelled = Nothing was erased.
data-erase-requested = Your request to erase case { $reference } has gone to a supervisor. { $quiet ->
    [yes] You asked not to be written to, so no message will come: once it is done, the case is no longer found under "My cases".
   *[no] You will be told here when it is decided.
}
data-erase-refused = A supervisor did not approve erasing case { $reference }. You can ask the staff why, or ask again.
data-erase-done = Case { $reference } has been erased as you asked: your words, files and contact details are gone. Only anonymous figures remain.

staff-data-usage = Use: /data REF (what is held about her case, a copy to her chat, or erasure on her behalf).
staff-data-button-copy = Send her a copy
staff-data-button-erase = Ask to erase
staff-data-not-in-chat = Case { $reference } cannot be written to in chat (hotline, call-back or "do not contact"): read her the data on the call.
staff-data-copy-sent = A copy of case { $reference } was sent to her chat.
staff-erase-blocked = Case { $reference } cannot be erased now. { $why }
staff-erasure-requested = Erasure of the personal data of case { $reference } ({ $service }, { $region }) is asked { $whose }. Approve?
staff-erasure-by-her = by her, behind her PIN
staff-erasure-by-staff = by staff on her behalf
staff-erasure-refused = Erasure of case { $reference } was not approved.
staff-erasure-done = Case { $reference } is erased: her words, files and identity are gone; the anonymous facts stay.

cli-retention-done = Retention run: { $total } erased.
cli-retention-dry-run = Dry run: { $total } would be erased (nothing was changed).
cli-legal-hold-on = Case { $reference } is under legal hold: it will not be erased until the hold is lifted.
cli-legal-hold-off = The legal hold on case { $reference } is lifted.
cli-retention-kind = { $kind }: { $count }
retention-kind-abandoned-intakes = abandoned requests
retention-kind-conversations = idle conversations
retention-kind-processed-updates = processed update ids
retention-kind-sent-outbox = sent or dead outbox rows
retention-kind-dead-outbox-args = dead outbox rows emptied
retention-kind-transcripts = chat transcripts of done cases
retention-kind-consultation-cases = consultation-only cases
retention-kind-closed-cases = closed cases
retention-kind-evidence-files = evidence files
retention-kind-pin-guesses = PIN guesses

data-orders = Your service orders: { $orders }
data-order-line = { $reference } · { $kind } · { $state } · ordered { $placed } · date { $scheduled } · contact { $contact }
retention-kind-orders = service orders (contact and place erased)
