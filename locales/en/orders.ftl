# Service orders (点单/派单, docs/orders.md): a woman or a community orders a lecture, a team visit
# or a "ten deliveries" event for their place; the federation dispatches a women's home or a mobile
# service team; the team records what it delivered.

## What can be ordered
orders-kind-lecture_teaching = Teaching lecture
orders-kind-lecture_thematic = Thematic lecture
orders-kind-lecture_service = Service lecture
orders-kind-lecture_activity = Activity lecture
orders-kind-lecture_publicity = Publicity lecture
orders-kind-team_visit = Mobile team visit / consultation day
orders-kind-ten_deliveries = "Ten deliveries to the grassroots" event

orders-topic-rights_law = Rights and the law
orders-topic-family_education = Family education
orders-topic-marriage_family = Marriage and family
orders-topic-mental_health = Mental health
orders-topic-health = Health
orders-topic-employment = Jobs and starting a business
orders-topic-literacy = Science and money know-how
orders-topic-rural_revitalisation = Rural revitalisation
orders-topic-care_elderly_children = Care for the elderly and children

orders-place-gacha = Gacha / village
orders-place-community = Community
orders-place-school = School
orders-place-enterprise = Enterprise

orders-language-mongolian = Mongolian
orders-language-chinese = Chinese
orders-language-bilingual = Mongolian and Chinese
orders-language-other = Another language

orders-format-on_site = On site
orders-format-online = Online

orders-point-fixed_home = Women's home
orders-point-mobile_team = Mobile service team

## Where an order stands
orders-state-requested = Waiting for a team
orders-state-dispatched = Offered to a team
orders-state-scheduled = Date confirmed
orders-state-delivered = Held, record to come
orders-state-recorded = Held and recorded
orders-state-cancelled = Cancelled

## Why a team is suggested (besides reason-region, reason-language, reason-load, reason-full)
orders-reason-travels = travels there
orders-reason-topic = delivers the topic
orders-reason-online = can give it online

## What was not right in an order or a record: the field, then what is wrong with it
orders-field-kind = What you order
orders-field-topic = The topic
orders-field-region = The area
orders-field-place_kind = The kind of place
orders-field-place_name = The name of the place
orders-field-language = The language
orders-field-format = On site or online
orders-field-audience = The number of people expected
orders-field-preferred_dates = The dates you prefer
orders-field-contact_name = The contact name
orders-field-contact_phone = The contact phone
orders-field-topics = The topics covered
orders-field-held_on = The date of the event
orders-field-scheduled_on = The date agreed for the event
orders-field-attendees = The number of participants
orders-field-women_helped = The number of women helped individually
orders-field-notes = The notes
orders-field-case_ids = The linked cases

orders-invalid = Something in this order or record is not right. Please check it and try again.
orders-invalid-unknown = { $field }: please choose one of the options offered.
orders-invalid-missing = { $field }: this is needed.
orders-invalid-too_long = { $field }: this is too long. Please shorten it.
orders-invalid-not_a_number = { $field }: please write a whole number in digits, for example 40.
orders-invalid-too_small = { $field }: this number is too small.
orders-invalid-too_large = { $field }: this number is too large.
orders-invalid-too_many = { $field }: please give at most three.
orders-invalid-not_a_date = { $field }: please give a date, for example 2026-05-20.
orders-invalid-in_past = { $field }: this date has already passed. Please give a later one.
orders-invalid-too_far = { $field }: this date is too far away. Please give one within a year.
orders-invalid-in_future = { $field }: this date has not come yet. An event is recorded after it took place.
orders-invalid-before_order = { $field }: this is before the order was placed. Please give the day the event took place.
orders-invalid-more_than_attendees = { $field }: this cannot be more than the number of participants.

## Notices to staff
orders-staff-new = New service order { $reference }: { $kind }, { $topic }, { $region }, about { $audience } people. It waits for a team.
orders-staff-offered = Service order { $reference } is offered to your team: { $kind }, { $topic }, { $region }, about { $audience } people. Please accept it with a date, time and place, or decline it with a reason.
orders-staff-declined = Service order { $reference } was declined by { $team }: { $reason }. It waits for another team.
orders-staff-cancelled = Service order { $reference } was cancelled: { $reason }.

## Notices to the person who ordered (in her language)
orders-notice-scheduled = Your order { $reference } is confirmed: { $team } will come on { $when }, at { $venue }.
orders-notice-rescheduled = Your order { $reference } has a new date: { $when }, at { $venue }.
orders-notice-rearranging = Your order { $reference }: the team cannot come on the agreed date. We are looking for another team and will tell you the new date.
orders-notice-cancelled = Your order { $reference } was cancelled: { $reason }.
orders-notice-recorded = Thank you: the event of your order { $reference } has been held and recorded ({ $attendees } participants).

## Refusals
orders-error-not-found = There is no order with this reference. Please check it and try again.
orders-error-stale = Someone changed this order at the same time. Please look at it again.
