"""What a woman orders and what a team records, checked before anything is written (pure).

Each refusal is an `InvalidOrder` naming the field and the problem, so the dialog can ask again
in her language (``orders-invalid-<field>-<problem>``); nothing she typed is ever put in the error.
Numbers may come as she typed them: full-width or Mongolian digits are read, words ("many") are not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from workflows.errors import WorkflowError
from workflows.orders import (
    DeliveryLanguage,
    EventRecord,
    Format,
    Order,
    OrderKind,
    PlaceKind,
    Topic,
)
from workflows.vocabulary import REGIONS

#: The largest audience an order may expect (a whole township's meeting hall, or an online lecture).
MAX_AUDIENCE = 5000
#: The most person-times one event may record.
MAX_ATTENDEES = 20000
#: How many preferred dates she may give, and how far ahead.
MAX_PREFERRED_DATES = 3
MAX_DAYS_AHEAD = 366
MAX_PLACE_NAME = 200
MAX_NOTES = 4000
MAX_CONTACT = 200


class InvalidOrder(WorkflowError):
    """An order or an event record with an unusable field; ``problem`` says why."""

    code = "orders-invalid"

    def __init__(self, *, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}", field=field, problem=problem)
        self.field = field
        self.problem = problem

    @property
    def message_id(self) -> str:
        """The catalog message saying what is wrong (``orders-invalid-<problem>``)."""
        return f"orders-invalid-{self.problem}"

    @property
    def args(self) -> dict[str, object]:
        """Its arguments: the field, named in the reader's language (``orders-field-<field>``)."""
        return {"field": {"$msg": f"orders-field-{self.field}"}}


#: Every field an `InvalidOrder` names, and every problem it reports (each has its catalog message).
FIELDS = (
    "kind",
    "topic",
    "region",
    "place_kind",
    "place_name",
    "language",
    "format",
    "audience",
    "preferred_dates",
    "contact_name",
    "contact_phone",
    "topics",
    "held_on",
    "scheduled_on",
    "attendees",
    "women_helped",
    "notes",
    "case_ids",
)
PROBLEMS = (
    "unknown",
    "missing",
    "too_long",
    "not_a_number",
    "too_small",
    "too_large",
    "too_many",
    "not_a_date",
    "before_order",
    "in_past",
    "too_far",
    "in_future",
    "more_than_attendees",
)


def _digits(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip()
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)


def parse_count(value: Any, *, field: str, minimum: int, maximum: int) -> int:
    """A whole number between ``minimum`` and ``maximum``: an int, or digits as typed (any script)."""
    if isinstance(value, bool):
        raise InvalidOrder(field=field, problem="not_a_number")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = _digits(value).replace(",", "").replace(" ", "")
        if text[:1] in ("-", "−") and text[1:].isascii() and text[1:].isdigit():
            raise InvalidOrder(field=field, problem="too_small")  # "-3": a number, below any minimum
        if not text.isascii() or not text.isdigit():
            raise InvalidOrder(field=field, problem="not_a_number")
        number = int(text)
    else:
        raise InvalidOrder(field=field, problem="not_a_number")
    if number < minimum:
        raise InvalidOrder(field=field, problem="too_small")
    if number > maximum:
        raise InvalidOrder(field=field, problem="too_large")
    return number


def _choice(enum: type, value: Any, field: str):
    try:
        return enum(value)
    except ValueError:
        raise InvalidOrder(field=field, problem="unknown") from None


_SPACE_RUNS = re.compile(r"[^\S\u202f]+")


def fold_spaces(text: str) -> str:
    """Runs of white space as one space, the ends trimmed; U+202F (the narrow no-break space before a
    traditional Mongolian case suffix) is part of the word and stays, unlike Python's ``split()``."""
    return _SPACE_RUNS.sub(" ", text).strip(" ")


def _text(value: Any, field: str, limit: int, *, required: bool = True) -> str:
    text = fold_spaces(str(value or ""))
    if required and not text:
        raise InvalidOrder(field=field, problem="missing")
    if len(text) > limit:
        raise InvalidOrder(field=field, problem="too_long")
    return text


def region_exists(region: str, regions: Collection[str] = REGIONS) -> bool:
    """An order needs a real place: one of the regions (``unknown`` is not a place a team can go)."""
    return region in regions


@dataclass(frozen=True)
class OrderRequest:
    """What she (or an operator, for her) gives to place an order, as typed or chosen."""

    kind: Any
    topic: Any
    region: Any
    place_kind: Any
    place_name: Any
    language: Any
    format: Any
    audience: Any
    preferred_dates: Iterable[date] = ()
    contact_name: Any = ""
    contact_phone: Any = ""
    locale: str = ""
    channel: str = ""


def validate_order(request: OrderRequest, *, today: date, regions: Collection[str] = REGIONS) -> Order:
    """The order she asked for, every field checked; raises `InvalidOrder` at the first bad field.

    ``today`` is her local date: a preferred date before it is refused, as is one more than a year away.
    """
    kind = _choice(OrderKind, request.kind, "kind")
    topic = _choice(Topic, request.topic, "topic")
    region = str(request.region or "")
    if not region_exists(region, regions):
        raise InvalidOrder(field="region", problem="unknown")
    place_kind = _choice(PlaceKind, request.place_kind, "place_kind")
    place_name = _text(request.place_name, "place_name", MAX_PLACE_NAME)
    language = _choice(DeliveryLanguage, request.language, "language")
    form = _choice(Format, request.format, "format")
    audience = parse_count(request.audience, field="audience", minimum=1, maximum=MAX_AUDIENCE)
    dates = sorted(set(request.preferred_dates))
    if len(dates) > MAX_PREFERRED_DATES:
        raise InvalidOrder(field="preferred_dates", problem="too_many")
    for day in dates:
        if not isinstance(day, date) or isinstance(day, datetime):
            raise InvalidOrder(field="preferred_dates", problem="not_a_date")
        if day < today:
            raise InvalidOrder(field="preferred_dates", problem="in_past")
        if day > today + timedelta(days=MAX_DAYS_AHEAD):
            raise InvalidOrder(field="preferred_dates", problem="too_far")
    name = _text(request.contact_name, "contact_name", MAX_CONTACT, required=False)
    phone = _text(request.contact_phone, "contact_phone", MAX_CONTACT, required=False)
    contact = {k: v for k, v in (("name", name), ("phone", phone)) if v}
    return Order(
        reference="",
        kind=kind,
        topic=topic,
        region=region,
        place_kind=place_kind,
        place_name=place_name,
        language=language,
        format=form,
        audience=audience,
        preferred_dates=tuple(dates),
        contact=contact,
        locale=request.locale,
        channel=request.channel,
    )


@dataclass(frozen=True)
class RecordRequest:
    """What a team records after an event, as typed or chosen."""

    team_id: int
    region: Any
    kind: Any
    topics: Iterable[Any]
    held_on: Any
    place_kind: Any
    place_name: Any
    format: Any
    language: Any
    attendees: Any
    women_helped: Any = 0
    notes: Any = ""
    evidence: Iterable[str] = ()
    case_ids: Iterable[int] = ()


def validate_record(
    request: RecordRequest,
    *,
    today: date,
    recorded_by: int | None,
    recorded_at: datetime,
    order_id: int | None = None,
    regions: Collection[str] = REGIONS,
) -> EventRecord:
    """The event record, every field checked; raises `InvalidOrder` at the first bad field.

    Attendees are person-times (a whole number, 0 allowed: an online lecture nobody joined);
    the women helped individually are some of them; the date is not after ``today`` (her local date).
    """
    region = str(request.region or "")
    if not region_exists(region, regions):
        raise InvalidOrder(field="region", problem="unknown")
    kind = _choice(OrderKind, request.kind, "kind")
    topics = tuple(dict.fromkeys(_choice(Topic, t, "topics") for t in request.topics))
    if not topics:
        raise InvalidOrder(field="topics", problem="missing")
    held_on = request.held_on
    if not isinstance(held_on, date) or isinstance(held_on, datetime):
        raise InvalidOrder(field="held_on", problem="not_a_date")
    if held_on > today:
        raise InvalidOrder(field="held_on", problem="in_future")
    if held_on < today - timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidOrder(field="held_on", problem="too_far")
    place_kind = _choice(PlaceKind, request.place_kind, "place_kind")
    place_name = _text(request.place_name, "place_name", MAX_PLACE_NAME)
    form = _choice(Format, request.format, "format")
    language = _choice(DeliveryLanguage, request.language, "language")
    attendees = parse_count(request.attendees, field="attendees", minimum=0, maximum=MAX_ATTENDEES)
    helped = parse_count(request.women_helped or 0, field="women_helped", minimum=0, maximum=MAX_ATTENDEES)
    if helped > attendees:
        raise InvalidOrder(field="women_helped", problem="more_than_attendees")
    notes = str(request.notes or "").strip()
    if len(notes) > MAX_NOTES:
        raise InvalidOrder(field="notes", problem="too_long")
    return EventRecord(
        team_id=request.team_id,
        region=region,
        kind=kind,
        topics=topics,
        held_on=held_on,
        place_kind=place_kind,
        place_name=place_name,
        format=form,
        language=language,
        attendees=attendees,
        women_helped=helped,
        recorded_by=recorded_by,
        recorded_at=recorded_at,
        order_id=order_id,
        notes=notes,
        evidence=tuple(request.evidence),
        case_ids=tuple(dict.fromkeys(int(c) for c in request.case_ids)),
    )


__all__ = [
    "FIELDS",
    "MAX_ATTENDEES",
    "PROBLEMS",
    "MAX_AUDIENCE",
    "InvalidOrder",
    "OrderRequest",
    "fold_spaces",
    "RecordRequest",
    "parse_count",
    "region_exists",
    "validate_order",
    "validate_record",
]
