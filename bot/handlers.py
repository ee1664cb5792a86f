"""The bot's event table: which handlers hear which domain events.

A service publishes an event inside its unit of work (`workflows.publishing`); the
table below hands it to each handler listed for its type, in the order of the rows,
in the same transaction. One row per (event type, handler): adding a subscriber is
one line in `rows`. See docs/architecture.md, "Events and their handlers".
"""

from __future__ import annotations

from bot import reporter_notices
from bot.clock_notices import ClockNotices, OrderClockNotices
from bot.emergency_pages import EmergencyPages
from bot.follow_up_notices import FollowUpNotices
from bot.notifications import Notifications
from bot.staff_notices import StaffNotices
from workflows.publishing import CaseChanged, EventTable, Handler
from workflows.services.clock import ClockMarkFired, OrderClockFired
from workflows.services.data_rights import ErasureDecided, ErasureRequested
from workflows.services.follow_up import FollowUpConcern
from workflows.services.her_cases import ReporterWrote
from workflows.services.pin_gate import DuressAlarm, PinSprayAlarm
from workflows.services.staff_access import CaseHandedBack
from workflows.services.staff_desk import ApprovalDecided, ApprovalRequested, StaffWroteToReporter

#: One subscription: the event type and the handler that hears it.
Row = tuple[type, Handler]


def rows(notifications: Notifications) -> list[Row]:
    """Every subscription of the bot, in the order the handlers run for one event."""
    return [
        (CaseChanged, notifications.on_case_changed),
        (ApprovalRequested, StaffNotices(notifications).on_approval_requested),
        (ApprovalDecided, StaffNotices(notifications).on_approval_decided),
        (StaffWroteToReporter, StaffNotices(notifications).on_staff_wrote),
        (CaseHandedBack, StaffNotices(notifications).on_case_handed_back),
        (ReporterWrote, reporter_notices.relay(notifications)),
        (DuressAlarm, reporter_notices.alert_duress),
        (PinSprayAlarm, reporter_notices.alert_spray),
        (ErasureRequested, reporter_notices.erasure_requested(notifications)),
        (ErasureDecided, reporter_notices.erasure_decided(notifications)),
        (ClockMarkFired, ClockNotices(notifications).on_mark),
        (ClockMarkFired, FollowUpNotices(notifications).on_mark),
        (FollowUpConcern, FollowUpNotices(notifications).on_concern),
        (ClockMarkFired, EmergencyPages().on_mark),
        (CaseChanged, EmergencyPages().on_case_changed),
        (OrderClockFired, OrderClockNotices().on_mark),
    ]


def build_event_table(notifications: Notifications) -> EventTable:
    """The publisher the services are given: `rows` as an `EventTable`."""
    table = EventTable()
    for kind, handler in rows(notifications):
        table.subscribe(kind, handler)
    return table
