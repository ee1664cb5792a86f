# The chat side of service orders (bot/dialogs/orders.py, bot/dialogs/order_staff.py, docs/orders.md).

## Her menu
menu-order = Order a service for our place
menu-my-orders = My service orders

## Ordering, step by step
order-ask-kind = What would you like to order for your place?
order-ask-topic = On which topic?
order-ask-region = In which area is the place?
order-ask-place-kind = What kind of place is it?
order-ask-place-name = Please write the name of the place: the gacha, community, school or enterprise.
order-ask-dates = Which dates would suit you? Write up to three, for example 2026-12-20, 20.12 or "tomorrow". Or tap "No preference".
order-button-no-dates = No preference
order-ask-audience = About how many people will come? Please write a number, for example 40.
order-audience-many = We need a number to plan the visit, even a rough one: for example 40 or 100.
order-ask-language = In which language should it be given?
order-ask-format = On site or online?
order-ask-contact = Who should the team contact? Write a name and a phone number, or tap "No contact". With a contact you get a PIN to follow your order.
order-button-no-contact = No contact
order-review =
    Please check your order:
    { $kind }
    Topic: { $topic }
    Place: { $place_kind }, { $place }, { $region }
    Dates: { $dates }
    People: { $audience }
    Language: { $language }, { $format }
    Contact: { $contact }
order-review-no-dates = no preference
order-review-no-contact = none
order-placed = Thank you. Your order is registered: { $reference }. The women's federation will find a team and tell you the date here. Keep the reference to follow your order.
order-placed-pin = The PIN of this order: { $pin }. Keep it to yourself: with the reference it opens your order. It will not be shown again.
order-credentials-not-kept = This looks like an order number and PIN, so it was not kept. To see your order, tap "My service orders".

## Her orders
order-mine-none = You have no service orders from this chat.
order-mine-list =
    Your service orders:
    { $lines }
    Tap one to open it.
order-mine-line = { $reference } · { $state }
order-ask-pin = Please write the PIN of order { $reference }.
order-card =
    Order { $reference }: { $state }
    { $kind }, { $topic }
    Place: { $place_kind }, { $place }, { $region }
    People: { $audience } · { $language } · { $format }
    { $schedule }
order-card-when = Date: { $when }, at { $venue }
order-card-no-date = No date yet.
order-button-cancel = Cancel this order
order-ask-cancel-reason = Why do you cancel it? A few words are enough.
order-cancelled = Order { $reference } is cancelled.
order-not-now = Order { $reference } is { $state } now: this is no longer possible.
order-button-erase = Erase my details in this order
order-erase-confirm = Order { $reference } is done. Erase your name, phone and the place as you wrote it from it? The team's record of the event stays, without them. This cannot be undone.
order-erased = Your details are erased from order { $reference }.
order-button-back = Back to the menu

## Staff: lists
staff-menu-orders = Service orders
orders-staff-waiting-title = Service orders waiting for a team
orders-staff-team-title = Service orders your team holds
orders-staff-found-title = Service orders found
orders-staff-list =
    { $title } ({ $count }):
    { $lines }
orders-staff-list-empty = { $title }: none.
orders-staff-line = { $reference } · { $state } · { $kind } · { $topic } · { $region } · { $audience }
orders-staff-filters-help =
    Filters for /orders (supervisors): region=, kind=, topic=, state=
    Kinds: { $kinds }
    Topics: { $topics }
    States: { $states }
    Regions: { $regions }
orders-staff-filters-supervisors = Filters are for supervisors. These are the orders waiting in your regions.
orders-staff-usage = Write the order's reference, for example: /order HLO-2026-000001
orders-staff-not-found = There is no order { $reference } that you can see.

## Staff: the card
orders-staff-card =
    Order { $reference }: { $state }
    { $kind }, { $topic }
    Place: { $place_kind }, { $place }, { $region }
    People: { $audience } · { $language } · { $format }
    Preferred dates: { $dates }
    Contact: { $contact }
    Team: { $team }
    { $schedule }
orders-staff-no-team = none yet
orders-staff-suggestions =
    Suggested teams:
    { $lines }
orders-staff-suggestion = { $team }: { $reasons }
orders-staff-no-suggestion = No active team can take it now.
orders-staff-button-dispatch = Send to { $team }
orders-staff-button-accept = Accept (date, time, place)
orders-staff-button-decline = Decline
orders-staff-button-reschedule = New date
orders-staff-button-record = Record the event
orders-staff-button-cancel = Cancel the order
orders-staff-dispatched = Order { $reference } was sent to { $team }.

## Staff: the forms
orders-staff-ask-date = On which date? For example 2026-12-20 or 20.12.
orders-staff-ask-time = At what time? For example 14:30.
orders-staff-ask-venue = Where exactly: the hall, the address or the link?
orders-staff-ask-reason = Why? A few words.
orders-staff-ask-held-on = On which date was it held? For example 2026-12-20 or "today".
orders-staff-ask-place = Where was it held (the place's name)?
orders-staff-ask-spot-kind = What kind of event was held?
orders-staff-ask-spot-language = In which language was it given?
orders-staff-ask-format = On site or online?
orders-staff-ask-attendees = How many participants (person-times)? Write a number, for example 45.
orders-staff-ask-women-helped = How many women were helped individually? Write a number; 0 if none.
orders-staff-ask-topics = Which topics were covered? Tap each one, then "Done". Chosen: { $chosen }
orders-staff-ask-notes = Notes (optional): what happened, what was asked. Or tap "Skip".
orders-staff-button-done = Done
orders-staff-button-skip = Skip
orders-staff-not-a-time = Please write a time of day, for example 14:30.
orders-staff-accepted = Order { $reference } is scheduled; the person who ordered is told.
orders-staff-declined-done = Order { $reference } is back with the operators of its region, to be sent to another team.
orders-staff-cancelled-done = Order { $reference } is cancelled.
orders-staff-recorded = The event of order { $reference } is recorded: { $attendees } participants, { $helped } women helped individually.
orders-staff-form-cancelled = Nothing was changed.
orders-staff-spot-recorded = The event is recorded (on the spot, nobody ordered it): { $attendees } participants, { $helped } women helped individually.
orders-staff-spot-no-team = An event on the spot is recorded by a member of the home or team that held it: your account belongs to none.

## Staff: refusals
orders-staff-refused = This is not possible for order { $reference }: { $why }
orders-why-not_team = another team holds it.
orders-why-other_region = it is in an area you do not cover.
orders-why-role = your role does not allow it.
orders-why-date_in_past = that date and time have passed.
orders-staff-time-passed = That time today has already passed. Please give a later time, or go back and choose another day with Cancel.
orders-why-team_unknown = this team is not active.
orders-why-out_of_reach = this team does not go to that region for an on-site event; only a supervisor may send it there.
orders-why-not_visible = you cannot see it.
orders-why-not_orderer = it is not your order.
orders-why-missing = something is missing.

## Staff: events
orders-staff-events =
    Events held from { $first } to { $last } ({ $count }):
    { $lines }
orders-staff-events-none = No events recorded from { $first } to { $last }.
orders-staff-event-line = { $date } · { $kind } · { $region } · { $attendees } participants · { $helped } helped · { $format }
orders-staff-events-usage = Write for example: /events from=2026-01-01 to=2026-12-31 region=hailar kind=team_visit topic=health
orders-staff-events-unread = I could not read “{ $part }”.
orders-staff-events-period-reversed = The period ends before it starts.
orders-staff-events-supervisors = /events is for supervisors.
orders-staff-figures =
    Figures from { $first } to { $last }, { $scope }:
    Fixed women's homes: { $homes } · mobile teams: { $teams }
    Lectures: { $lectures } ({ $by_kind })
    Events: { $events } (online: { $online }; ordered: { $ordered }, on the spot: { $spot }) · person-times: { $person_times }
    Women helped: { $helped } (cases: { $cases }, helped at events: { $at_events })
orders-staff-figures-kind = { $kind }: { $count }
orders-staff-figures-scope-all = all your regions
orders-staff-figures-not-yours = { $region } is not one of your regions: you see the figures of your own regions.

orders-staff-ask-photos = Photos of the event (optional): send them here, one or more, then tap "Done". { $count ->
    [0] No photo kept yet.
   *[other] Photos kept: { $count }.
}
orders-staff-button-photos-done = Done
orders-staff-photos-only = Only photos can be kept here: send an image, or tap "Done".
orders-staff-photos-full = No more photos are kept for one event ({ $limit } at most).
orders-staff-ask-cases = Did a woman at the event ask for help with a matter of her own? Open a case for her now (the 12338 form's questions; it is linked to this event), or tap "Done". Cases opened: { $count } ({ $references })
orders-staff-button-open-case = Open a woman's case
orders-staff-button-cases-done = Done
orders-staff-button-case-stop = Stop: do not open this case
orders-staff-case-intro = A case for a woman you met at the event: the questions of the 12338 form follow (a "call" here is your talk with her).
orders-staff-case-needs-answer = Please type the answer, or tap "Stop".
orders-staff-case-not-opened = No case was opened.
orders-staff-case-opened = Case { $reference } is opened for her and will be linked to this event. Her PIN: { $pin } (tell her in person; do not write it down for her where others can read it).
