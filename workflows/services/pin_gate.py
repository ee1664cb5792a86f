"""The PIN gate as use cases: a PIN typed for her own cases or for one case, her duress PIN.

Bounds on guessing, per source and over the whole service. A *source* is where a guess came
from: the conversation (on Telegram and Matrix that is her account), the web client's network
address (a keyed hash the web chat puts in ``Inbound.source``; the address itself is never
kept), and the whole service. Each guess is a row of the `PinGuesses` port.

- Per source: ``free`` wrong guesses, then each further guess waits ``base_delay × 2^(n − free)``
  after the last wrong one (n wrong guesses in the last day) before it is even checked, and at
  most ``daily_cap`` wrong guesses a day.
- Per source × case: ``case_attempts`` wrong guesses at one case in ``case_window`` shut that
  case to that source only (never to her own conversation).
- Over the service: at most ``service_cap`` strangers' wrong guesses an hour. ``spray_wrong`` of
  them within an hour (at many cases, or many at one) is a spray: the supervisors get one alert
  per hour (`PinSprayAlarm`), and for ``tight_for`` the cap drops to ``tight_cap`` and each
  source's free guesses to ``tight_free``.

Her own path — the conversation that filed the cases typing her PIN (``reference`` None) —
counts only that conversation's own wrong guesses: a stranger's guesses never shut her out.

The duress PIN opens nothing: the gate answers as if she had no case, while her cases are raised
to high risk and the region's staff alerted (`DuressAlarm`). Every check costs the same hash work
whatever matches. See docs/security.md, "PIN guessing and the duress PIN", for the figures.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from workflows.case import Case
from workflows.errors import DuressSameAsPin, PinPaused, WrongPin
from workflows.events import AuditEntry
from workflows.ports import Publisher, UnitOfWork
from workflows.references import hash_pin, verify_pin
from workflows.vocabulary import RISK_ORDER, UNKNOWN_REGION, Risk

logger = logging.getLogger(__name__)

DAY = timedelta(days=1)
#: The kinds of source a guess is counted under (`PinGuesses.record`).
CONVERSATION, NETWORK, SERVICE = "conversation", "network", "service"


@dataclass(frozen=True)
class PinPolicy:
    free: int = 3
    base_delay: timedelta = timedelta(minutes=15)
    daily_cap: int = 10
    case_attempts: int = 5
    case_window: timedelta = timedelta(minutes=15)
    service_window: timedelta = timedelta(hours=1)
    service_cap: int = 30
    spray_wrong: int = 15
    #: Cases (or unknown references) a spray must name: 1, so a many-address attack on one case counts too.
    spray_targets: int = 1
    tight_for: timedelta = timedelta(hours=24)
    tight_cap: int = 10
    tight_free: int = 1


POLICY = PinPolicy()


@dataclass(frozen=True)
class PinGuard:
    """The bounds one gate applies (the dialogs hold one; tests give other figures)."""

    policy: PinPolicy = POLICY


#: How long her cases stay open to a conversation after her PIN (or after filing).
UNLOCKED_FOR = timedelta(minutes=15)


@dataclass(frozen=True)
class Gate:
    """One conversation's side of the gate, kept with the conversation: which of her cases are
    open to it and until when, and until when PIN checks are paused for it."""

    open_until: datetime | None = None
    #: The references the unlock covers (a case she filed or proved here); None: all hers;
    #: () after the duress PIN: none, the view of a conversation without any case.
    only: tuple[str, ...] | None = None
    paused_until: datetime | None = None

    def is_open(self, now: datetime) -> bool:
        return self.open_until is not None and self.open_until > now

    def covers(self, reference: str) -> bool:
        """Whether the unlock covers the case (an unlock by her PIN covers all of hers)."""
        return self.only is None or reference in self.only

    def paused(self, now: datetime) -> datetime | None:
        """Until when PIN checks are paused for this conversation; None: they are not."""
        return self.paused_until if self.paused_until is not None and self.paused_until > now else None

    def unlock(self, now: datetime, only: str | None = None) -> Gate:
        """Open her cases for `UNLOCKED_FOR`: all of them after her PIN, or ``only`` one (the case
        she just filed, or proved with its reference and PIN) added to what is open, so that
        filing a new request never opens the cases a PIN lock is keeping shut."""
        scope = self.only if self.is_open(now) else ()
        if only is None:
            covered = None
        elif scope is None:  # open to all of them already
            covered = None
        else:
            covered = scope if only in scope else (*scope, only)
        return replace(self, open_until=now + UNLOCKED_FOR, only=covered)

    def open_to_none(self, now: datetime) -> Gate:
        """After the duress PIN: what an accepted PIN shows when there is no case."""
        return replace(self, open_until=now + UNLOCKED_FOR, only=())

    def pause(self, until: datetime) -> Gate:
        return replace(self, paused_until=until)


# -- commands, results, events ------------------------------------------------------------------


@dataclass(frozen=True)
class EnterPin:
    """A PIN typed at the gate: for all her own cases (``reference`` None) or for one case."""

    person_id: int
    #: The chat address of the conversation (hashed: never kept).
    conversation: str
    pin: str
    now: datetime
    #: The case she names with its reference (a lookup); None: the cases she filed from here.
    reference: str | None = None
    #: The web client's network address as the channel's keyed hash ("" when unknown).
    network: str = ""


@dataclass(frozen=True)
class PinAccepted:
    """What the PIN opens: her cases, or the one case named; nothing after the duress PIN."""

    opened: tuple[Case, ...]
    #: The duress PIN was given: the conversation shows no case (and is told nothing else).
    duress: bool = False


@dataclass(frozen=True)
class SetDuressPin:
    person_id: int
    pin: str
    now: datetime


@dataclass(frozen=True)
class DuressAlarm:
    """Her duress PIN raised ``case``: tell ``recipients`` ((address, locale): the on-duty staff of
    the region, else its supervisors), urgently."""

    case: Case
    recipients: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PinSprayAlarm:
    """Many strangers' wrong guesses within the hour: tell the supervisors (once an hour)."""

    wrong: int
    cases: int
    minutes: int
    recipients: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class Source:
    kind: str  # conversation | network
    key: str  # a hash: the store never holds an address


def _hash(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:40]


SERVICE_KEY = _hash(SERVICE, "all")


def sources_of(command: EnterPin, *, own: bool) -> list[Source]:
    """The conversation always; on a stranger's path also the network address, when known."""
    found = [Source(CONVERSATION, _hash(CONVERSATION, command.conversation))]
    if not own and command.network:
        found.append(Source(NETWORK, _hash(NETWORK, command.network)))
    return found


# -- the bounds ---------------------------------------------------------------------------------


class _Bounds:
    """The guard's arithmetic over the `PinGuesses` port, for one guess."""

    def __init__(
        self, uow: UnitOfWork, policy: PinPolicy, command: EnterPin, *, own: bool, publish: Publisher | None
    ) -> None:
        self.uow, self.p, self.command, self.own, self.publish = uow, policy, command, own, publish
        self.now = command.now
        self.sources = sources_of(command, own=own)

    async def tight(self) -> bool:
        """A spray was seen lately: the service's bounds are tightened."""
        return await self.uow.pin_guesses.last_alert(self.now - self.p.tight_for) is not None

    async def _source_until(self, source: Source, free: int) -> datetime | None:
        p = self.p
        times = await self.uow.pin_guesses.wrong_times(source.key, self.now - DAY)
        until = None
        if len(times) >= p.daily_cap:
            until = times[len(times) - p.daily_cap] + DAY
        elif len(times) >= free:
            until = times[-1] + p.base_delay * 2 ** (len(times) - free)
        return until if until is not None and until > self.now else None

    async def paused_until(self, case_id: int | None = None) -> datetime | None:
        """When the next guess from here may be checked; None: now."""
        p, guesses = self.p, self.uow.pin_guesses
        tight = not self.own and await self.tight()
        free = p.tight_free if tight else p.free
        untils: list[datetime] = []
        for source in self.sources:
            if (until := await self._source_until(source, free)) is not None:
                untils.append(until)
            if not self.own and case_id is not None:
                on_case = await guesses.wrong_on_case(source.key, case_id, self.now - p.case_window)
                if len(on_case) >= p.case_attempts:
                    untils.append(on_case[len(on_case) - p.case_attempts] + p.case_window)
        if not self.own:
            times, _ = await guesses.service_wrong(self.now - p.service_window)
            cap = p.tight_cap if tight else p.service_cap
            if len(times) >= cap:
                untils.append(times[len(times) - cap] + p.service_window)
        untils = [u for u in untils if u > self.now]
        return max(untils) if untils else None

    async def whole(self, case_id: int | None) -> bool:
        """Whether a pause shuts the whole gate, not only one case to this source."""
        return self.own or case_id is None or await self.paused_until() is not None

    async def wrong(self, case_id: int | None, outcome: str) -> datetime | None:
        """Record a wrong guess from every source; return when the next one may come (None: now)."""
        for source in self.sources:
            await self.uow.pin_guesses.record(
                source=source.key, kind=source.kind, case_id=case_id, at=self.now, outcome=outcome
            )
        if not self.own:
            await self.watch_for_spray()
        return await self.paused_until(case_id)

    async def left(self) -> int:
        """Wrong guesses left before the delays begin, from every source (at least 1 when not paused)."""
        free = self.p.tight_free if not self.own and await self.tight() else self.p.free
        left = free
        for source in self.sources:
            left = min(left, free - len(await self.uow.pin_guesses.wrong_times(source.key, self.now - DAY)))
        return max(1, left)

    async def note(self, case_id: int | None, outcome: str) -> None:
        """A guess that was no wrong one (``duress``): kept for the record, by conversation only."""
        source = sources_of(self.command, own=True)[0]
        await self.uow.pin_guesses.record(
            source=source.key, kind=source.kind, case_id=case_id, at=self.now, outcome=outcome
        )

    async def watch_for_spray(self) -> None:
        """Many strangers' wrong guesses within the hour: one alert per hour to the supervisors."""
        p, guesses = self.p, self.uow.pin_guesses
        times, targets = await guesses.service_wrong(self.now - p.service_window)
        if len(times) < p.spray_wrong or targets < p.spray_targets:
            return
        if await guesses.last_alert(self.now - p.service_window) is not None:
            return
        await guesses.record(source=SERVICE_KEY, kind=SERVICE, case_id=None, at=self.now, outcome="alert")
        logger.warning(
            "PIN spray: %d wrong guesses at %d cases within the hour; supervisors alerted", len(times), targets
        )
        recipients = []
        for person_id in await self.uow.staff_views.supervisors_for(UNKNOWN_REGION):
            if recipient := await _first_address(self.uow, person_id):
                recipients.append(recipient)
        alarm = PinSprayAlarm(len(times), targets, int(p.service_window.total_seconds() // 60), tuple(recipients))
        if self.publish is not None:
            await self.publish(self.uow, alarm)


async def _first_address(uow: UnitOfWork, person_id: int) -> tuple[str, str] | None:
    addresses = await uow.people.addresses_of(person_id)
    return (addresses[0], await uow.people.locale_of(person_id)) if addresses else None


# -- checking a PIN: her PIN and her duress PIN, always the same work ---------------------------


@functools.cache
def _stand_in_hash() -> str:
    """A hash no PIN is checked against for real: stands in for a duress PIN she never set."""
    return hash_pin(secrets.token_hex(16))


def typed_pin(text: str) -> str:
    """The PIN as typed, canonical: full-width and other decimal digits made ASCII, spaces dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded if not ch.isspace())


def looks_like_pin(text: str) -> bool:
    """Six digits, as typed (spaces and full-width digits allowed): anything else is not a guess."""
    digits = [ch for ch in text if not ch.isspace()]
    return len(digits) == 6 and all(ch.isdigit() for ch in digits)


async def check_pin(uow: UnitOfWork, pin: str, cases: list[Case]) -> tuple[list[Case], list[Case]]:
    """(cases her PIN opens, cases whose duress PIN it is). Every case costs two hash checks —
    her PIN and her duress PIN, or a stand-in when she set none — and no case two stand-ins,
    whatever matches, so the time taken tells nothing."""
    duress = await uow.pin_guesses.duress_hashes([c.id for c in cases])
    pairs = [(c.pin_hash or _stand_in_hash(), duress.get(c.id) or _stand_in_hash()) for c in cases] or [
        (_stand_in_hash(),) * 2
    ]
    checks = [asyncio.to_thread(verify_pin, pin, stored) for pair in pairs for stored in pair]
    results = await asyncio.gather(*checks)
    opened = [c for i, c in enumerate(cases) if results[2 * i]]
    forced = [c for i, c in enumerate(cases) if results[2 * i + 1]]
    return opened, forced


async def _raise_alarm(uow: UnitOfWork, person_id: int, cases: list[Case], now: datetime, publish) -> None:
    """Her cases raised to high risk, the region's on-duty staff alerted (the supervisors of the
    region when nobody is on duty), each step audited. Nothing of this is said to the conversation."""
    for case in cases:
        if RISK_ORDER[case.risk] < RISK_ORDER[Risk.HIGH]:
            raised = replace(case, risk=Risk.HIGH)
            await uow.cases.save(raised, case.version)  # not a transition: the version stays
            case = raised
        recipients = list(await uow.people.on_duty_addresses(case.region))
        if not recipients:
            for person_id_ in await uow.staff_views.supervisors_for(case.region):
                if recipient := await _first_address(uow, person_id_):
                    recipients.append(recipient)
        if publish is not None:
            await publish(uow, DuressAlarm(case, tuple(recipients)))
        await uow.audit.record(AuditEntry(case.id, person_id, "duress_pin", f"alerted:{len(recipients)}", now))
        logger.warning(
            "duress PIN given for case %s: raised to high risk, %d staff alerted", case.reference, len(recipients)
        )


# -- the use cases ------------------------------------------------------------------------------


async def enter_pin(
    uow: UnitOfWork, command: EnterPin, *, guard: PinGuard | None = None, publish: Publisher | None = None
) -> PinAccepted:
    """Check a PIN at the gate. Returns what it opens (nothing, unseen, for the duress PIN).

    Raises `PinPaused` (nothing was checked: too many wrong guesses from here) or `WrongPin`
    (the guess is counted for every source it came from; the count is committed).
    """
    async with uow:
        if command.reference is None:
            cases = await uow.reporter_views.cases_of_reporter(command.person_id)
            own, case_id = True, cases[0].id if len(cases) == 1 else None
            outcome = "mine_wrong"
        else:
            case = await uow.cases.get(command.reference)
            cases = [case] if case is not None else []
            # The conversation that filed it is on her own path; anyone else is bounded per source × case.
            own = case is not None and case.reporter_id == command.person_id
            case_id = case.id if case is not None else None
            outcome = "unknown" if case is None else "mine_wrong" if own else "wrong"
        bounds = _Bounds(uow, (guard or PinGuard()).policy, command, own=own, publish=publish)
        if (until := await bounds.paused_until(case_id)) is not None:
            raise PinPaused(until=until, whole=await bounds.whole(case_id))
        opened, forced = await check_pin(uow, command.pin, cases)
        if forced and (command.reference is not None or not opened):  # her own path: her PIN comes first
            await bounds.note(forced[0].id if len(forced) == 1 else None, "duress")
            await _raise_alarm(uow, command.person_id, forced, command.now, publish)
            await uow.commit()
            return PinAccepted(opened=(), duress=True)
        if opened:
            await uow.commit()
            return PinAccepted(opened=tuple(opened))
        for wrong_case in cases:  # on the case's audit too, for the staff who read it
            await uow.audit.record(AuditEntry(wrong_case.id, command.person_id, "pin", "wrong", command.now))
        until = await bounds.wrong(case_id, outcome)
        if until is not None:
            whole = await bounds.whole(case_id)
            await uow.commit()
            raise PinPaused(until=until, whole=whole)
        left = await bounds.left()
        await uow.commit()
        raise WrongPin(left=left)


async def set_duress_pin(uow: UnitOfWork, command: SetDuressPin) -> int:
    """Her duress PIN, on every case she filed from this conversation; returns how many.

    Raises `DuressSameAsPin` when it is her PIN of one of them (nothing is set).
    """
    async with uow:
        mine = [
            c
            for c in await uow.reporter_views.cases_of_reporter(command.person_id)
            if c.reporter_id == command.person_id
        ]
        opened, _ = await check_pin(uow, command.pin, mine)
        if opened:
            raise DuressSameAsPin()
        hashed = await asyncio.to_thread(hash_pin, typed_pin(command.pin))
        await uow.pin_guesses.set_duress([c.id for c in mine], hashed)
        for case in mine:
            await uow.audit.record(AuditEntry(case.id, command.person_id, "duress_pin_set", "reporter", command.now))
        await uow.commit()
    return len(mine)
