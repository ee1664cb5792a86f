# The case clock (docs/clock.md): reminders, overdue and escalation, to staff only.
# The first line never names the service: these may show on a lock screen.

clock-reminder-half = Case { $reference } ({ $status }): half of its time has passed. Due: { $due }.
clock-reminder-late = Case { $reference } ({ $status }): its time is nearly up. Due: { $due }.
clock-overdue = Case { $reference } ({ $status }) is overdue since { $due }. It is marked overdue in /queue and on its card.
clock-escalation = Case { $reference } ({ $status }, { $region }) is well past its time (due { $due }) and has not moved on. Please look into it.
staff-case-line-overdue = { $line } · overdue
staff-count-overdue = overdue: { $count }
