# The case clock (docs/clock.md): reminders, overdue and escalation, to staff only.
# The first line never names the service: these may show on a lock screen.

clock-reminder-half = Case { $reference } ({ $status }): half of its time has passed. Due: { $due }.
clock-reminder-late = Case { $reference } ({ $status }): its time is nearly up. Due: { $due }.
clock-overdue = Case { $reference } ({ $status }) is overdue since { $due }. It is marked overdue in /queue and on its card.
clock-escalation = Case { $reference } ({ $status }, { $region }) is well past its time (due { $due }) and has not moved on. Please look into it.
staff-case-line-overdue = { $line } · overdue
staff-count-overdue = overdue: { $count }

# Mediation windows (docs/clock.md): the mediator reminded at 2/3 and 90 % of the consent, mediation
# and judicial-confirmation windows; a referral's overdue notice says to chase the agency.
# The first line never names the service: these may show on a lock screen.

clock-window-consent-two-thirds =
    Case { $reference } ({ $status }): two thirds of its time have passed. Due: { $due }.
    Both parties' consent to mediation is still being collected. Without it by then, the mediation ends and she is told of the other routes.
clock-window-consent-near-end =
    Case { $reference } ({ $status }): its time is nearly up. Due: { $due }.
    Record both parties' consent to mediation before then, or end the mediation and tell her of the other routes.
clock-window-mediation-two-thirds =
    Case { $reference } ({ $status }): two thirds of its time have passed. Due: { $due }.
    The mediation has used two thirds of its time. Going on past it needs both parties' consent.
clock-window-mediation-near-end =
    Case { $reference } ({ $status }): its time is nearly up. Due: { $due }.
    The mediation's time ends then: record the agreement, end the mediation, or go on only with both parties' consent.
clock-window-confirmation-two-thirds =
    Case { $reference } ({ $status }): two thirds of its time have passed. Due: { $due }.
    For judicial confirmation of the agreement, both parties must apply to the court together before then (People's Mediation Law, art. 33). Remind them if they mean to apply.
clock-window-confirmation-near-end =
    Case { $reference } ({ $status }): its time is nearly up. Due: { $due }.
    The time for both parties to apply together for judicial confirmation of the agreement ends then (People's Mediation Law, art. 33). Ask them whether they have applied.
clock-referral-overdue =
    Case { $reference } ({ $status }) is overdue since { $due }. It is marked overdue in /queue and on its card.
    The agency it was referred to has not sent its feedback: please chase the agency and record its feedback.

# Service orders (docs/clock.md, "Service orders"): an order not dispatched or accepted in time (to
# the window), an event not recorded in time (to the team), the escalation (to the supervisors).
# The first line is the order's reference, its status and the due time only: never what was ordered.

clock-order-dispatch-due =
    Service order { $reference } ({ $status }) is overdue since { $due }.
    It has not been dispatched to a team, or the team has not accepted it: please dispatch it, or find another team. /order { $reference }
clock-order-record-due =
    Service order { $reference } ({ $status }) is overdue since { $due }.
    What the team delivered is not recorded yet: please record the event. /order { $reference }
clock-order-escalation =
    Service order { $reference } ({ $status }, { $region }) is well past its time (due { $due }) and has not moved on. Please look into it.
    /order { $reference }
