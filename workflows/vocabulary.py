"""Enumerations shared by the whole domain: states, triggers, roles and codes.

Each `.value` is what is stored in the database and used as a catalog key suffix.
"""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    #: Pseudo-state of a report being written; never stored. ``submit`` leaves it.
    INTAKE = "intake"
    NEW = "new"
    EMERGENCY = "emergency"
    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not_accepted"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    MEDIATION_PENDING = "mediation_pending"
    MEDIATING = "mediating"
    AGREEMENT = "agreement"
    REFERRED = "referred"
    FOLLOW_UP = "follow_up"
    ON_HOLD = "on_hold"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


#: States a case can no longer leave except by ``reopen`` (``not_accepted`` never).
CLOSED_STATES = frozenset({State.NOT_ACCEPTED, State.CLOSED, State.WITHDRAWN})
OPEN_STATES = frozenset(s for s in State if s not in CLOSED_STATES and s is not State.INTAKE)
#: States in which a case has a handler (a mediator or a team member who took it); one of these
#: with no handler (hers was deactivated) waits in the region's queue until it is dispatched again.
HANDLED_STATES = frozenset(
    {State.IN_PROGRESS, State.MEDIATION_PENDING, State.MEDIATING, State.AGREEMENT, State.REFERRED, State.FOLLOW_UP}
)
#: The reason the system gives when it hands a case back from a staff member whose access ended.
HANDED_BACK = "handler_left"


class Trigger(StrEnum):
    SUBMIT = "submit"
    RAISE_EMERGENCY = "raise_emergency"
    ACCEPT = "accept"
    REJECT = "reject"
    DISPATCH = "dispatch"
    TAKE = "take"
    DECLINE = "decline"
    START_MEDIATION = "start_mediation"
    PARTIES_CONSENT = "parties_consent"
    RECORD_SESSION = "record_session"
    REACH_AGREEMENT = "reach_agreement"
    TERMINATE_MEDIATION = "terminate_mediation"
    REFER = "refer"
    REFERRAL_FEEDBACK = "referral_feedback"
    RESOLVE = "resolve"
    CLOSE = "close"
    HOLD = "hold"
    RESUME = "resume"
    WITHDRAW = "withdraw"
    REOPEN = "reopen"


class Role(StrEnum):
    REPORTER = "reporter"
    OPERATOR = "operator"
    MEDIATOR = "mediator"
    SUPERVISOR = "supervisor"
    SYSTEM = "system"
    ADMIN = "admin"


class Risk(StrEnum):
    #: Nobody has assessed it yet: what a new case shows until the window accepts it.
    UNASSESSED = "unassessed"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    IMMINENT = "imminent"


#: The levels a person can assess (forms offer these, never "not assessed").
ASSESSED_RISKS = (Risk.LOW.value, Risk.MEDIUM.value, Risk.HIGH.value, Risk.IMMINENT.value)

#: How urgent each level is. An unassessed case is timed like a low one (its deadline does
#: not shorten), but it never counts as "medium or lower" where a gate needs an assessment.
RISK_ORDER = {Risk.UNASSESSED: 0, Risk.LOW: 0, Risk.MEDIUM: 1, Risk.HIGH: 2, Risk.IMMINENT: 3}


class Service(StrEnum):
    FAMILY_MEDIATION = "family_mediation"
    RIGHTS = "rights"
    LEGAL = "legal"
    EMPLOYMENT = "employment"
    FAMILY_EDUCATION = "family_education"
    MENTAL_HEALTH = "mental_health"
    ASSISTANCE = "assistance"
    OTHER = "other"


#: The service whose cases are treated as domestic-violence cases.
DOMESTIC_VIOLENCE_SERVICE = Service.RIGHTS

REGIONS = (
    "hailar",
    "jalainur",
    "manzhouli",
    "yakeshi",
    "zhalantun",
    "ergun",
    "genhe",
    "arun",
    "morin-dawa",
    "oroqen",
    "evenki",
    "old-barag",
    "new-barag-left",
    "new-barag-right",
)
#: Region code of a case whose reporter was not sure; every city-level window sees it.
UNKNOWN_REGION = "unknown"
#: Region code held by city-level staff: they see every region.
ALL_REGIONS = "all"


class Channel(StrEnum):
    TELEGRAM = "telegram"
    MATRIX = "matrix"
    WEB = "web"
    HOTLINE = "hotline"
    WECHAT = "wechat"


class Agency(StrEnum):
    POLICE = "police"
    COURT = "court"
    LEGAL_AID = "legal_aid"
    CIVIL_AFFAIRS = "civil_affairs"
    HUMAN_RESOURCES = "human_resources"
    EDUCATION = "education"
    HEALTH = "health"


class ContactPreference(StrEnum):
    THIS_CHAT = "this_chat"
    PHONE_CALLBACK = "phone_callback"
    NO_CONTACT = "no_contact"
