"""Bounds on PIN guessing, per source and over the whole service, and the duress PIN's alarm.

A *source* is where a guess came from: the conversation (on Telegram and Matrix that is her
account), the web client's network address (a keyed hash the web chat puts in
``Inbound.source``; the address itself is never kept), and the whole service. Each wrong guess
is a row in ``pin_guesses`` (`storage.pin_guesses`).

- Per source: ``free`` wrong guesses, then each further guess waits ``base_delay × 2^(n − free)``
  after the last wrong one (n wrong guesses in the last day) before it is even checked, and at
  most ``daily_cap`` wrong guesses a day.
- Per source × case: ``case_attempts`` wrong guesses at one case in ``case_window`` shut that
  case to that source only (never to her own conversation).
- Over the service: at most ``service_cap`` strangers' wrong guesses an hour. ``spray_wrong`` of
  them within an hour (at many cases, or many at one) is a spray: the supervisors get one alert
  per hour, saying how many cases were named, and for ``tight_for`` the cap drops to
  ``tight_cap`` and each source's free guesses to ``tight_free``.

Her own path — the conversation that filed the cases typing her PIN (``own``) — counts only
that conversation's own wrong guesses: a stranger's guesses, from anywhere, never shut her out.
See docs/security.md, "PIN guessing and the duress PIN", for the figures.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update

from bot.notifications import case_args, open_button
from storage import people, pin_guesses, staff_queries
from storage.records import CaseRecord
from workflows.events import AuditEntry, OutgoingNotice
from workflows.references import hash_pin, verify_pin
from workflows.vocabulary import RISK_ORDER, UNKNOWN_REGION, Risk

if TYPE_CHECKING:
    from bot.dialogs.turn import Turn
    from workflows.case import Case

logger = logging.getLogger(__name__)

CASES = CaseRecord.__table__
DAY = timedelta(days=1)


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
class Source:
    kind: str  # conversation | network
    key: str  # a hash: the table never holds an address


def _hash(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:40]


def sources_of(turn: Turn, *, own: bool) -> list[Source]:
    """The conversation always; on a stranger's path also the network address, when known."""
    found = [Source(pin_guesses.CONVERSATION, _hash(pin_guesses.CONVERSATION, turn.inbound.address))]
    if not own and turn.inbound.source:
        found.append(Source(pin_guesses.NETWORK, _hash(pin_guesses.NETWORK, turn.inbound.source)))
    return found


SERVICE_KEY = _hash(pin_guesses.SERVICE, "all")


class PinGuard:
    """Whether a PIN guess may be checked now, and what each wrong one costs."""

    def __init__(self, policy: PinPolicy = POLICY) -> None:
        self.policy = policy

    async def tight(self, turn: Turn) -> bool:
        """A spray was seen lately: the service's bounds are tightened."""
        return await pin_guesses.last_alert(turn.session, turn.now - self.policy.tight_for) is not None

    async def _source_until(self, turn: Turn, source: Source, free: int) -> datetime | None:
        p = self.policy
        times = await pin_guesses.wrong_times(turn.session, source.key, turn.now - DAY)
        until = None
        if len(times) >= p.daily_cap:
            until = times[len(times) - p.daily_cap] + DAY
        elif len(times) >= free:
            until = times[-1] + p.base_delay * 2 ** (len(times) - free)
        return until if until is not None and until > turn.now else None

    async def paused_until(self, turn: Turn, *, own: bool, case_id: int | None = None) -> datetime | None:
        """When the next guess from here may be checked; None: now."""
        p = self.policy
        tight = not own and await self.tight(turn)
        free = p.tight_free if tight else p.free
        untils: list[datetime] = []
        for source in sources_of(turn, own=own):
            if (until := await self._source_until(turn, source, free)) is not None:
                untils.append(until)
            if not own and case_id is not None:
                on_case = await pin_guesses.wrong_on_case(turn.session, source.key, case_id, turn.now - p.case_window)
                if len(on_case) >= p.case_attempts:
                    untils.append(on_case[len(on_case) - p.case_attempts] + p.case_window)
        if not own:
            times, _ = await pin_guesses.service_wrong(turn.session, turn.now - p.service_window)
            cap = p.tight_cap if tight else p.service_cap
            if len(times) >= cap:
                untils.append(times[len(times) - cap] + p.service_window)
        untils = [u for u in untils if u > turn.now]
        return max(untils) if untils else None

    async def wrong(self, turn: Turn, *, own: bool, case_id: int | None, outcome: str) -> datetime | None:
        """Record a wrong guess from every source; return when the next one may come (None: now)."""
        for source in sources_of(turn, own=own):
            await pin_guesses.record(
                turn.session, source=source.key, kind=source.kind, case_id=case_id, at=turn.now, outcome=outcome
            )
        if not own:
            await self._watch_for_spray(turn)
        return await self.paused_until(turn, own=own, case_id=case_id)

    async def left(self, turn: Turn, *, own: bool) -> int:
        """Wrong guesses left before the delays begin, from every source (at least 1 when not paused)."""
        free = self.policy.tight_free if not own and await self.tight(turn) else self.policy.free
        left = free
        for source in sources_of(turn, own=own):
            left = min(left, free - len(await pin_guesses.wrong_times(turn.session, source.key, turn.now - DAY)))
        return max(1, left)

    async def note(self, turn: Turn, *, case_id: int | None, outcome: str) -> None:
        """A guess that was no wrong one (``duress``): kept for the record, by conversation only."""
        source = sources_of(turn, own=True)[0]
        await pin_guesses.record(
            turn.session, source=source.key, kind=source.kind, case_id=case_id, at=turn.now, outcome=outcome
        )

    async def _watch_for_spray(self, turn: Turn) -> None:
        """Many strangers' wrong guesses within the hour: one alert per hour to the supervisors."""
        p = self.policy
        times, targets = await pin_guesses.service_wrong(turn.session, turn.now - p.service_window)
        if len(times) < p.spray_wrong or targets < p.spray_targets:
            return
        if await pin_guesses.last_alert(turn.session, turn.now - p.service_window) is not None:
            return
        await pin_guesses.record(
            turn.session, source=SERVICE_KEY, kind=pin_guesses.SERVICE, case_id=None, at=turn.now, outcome="alert"
        )
        logger.warning(
            "PIN spray: %d wrong guesses at %d cases within the hour; supervisors alerted", len(times), targets
        )
        args = {"count": len(times), "cases": targets, "minutes": int(p.service_window.total_seconds() // 60)}
        for person_id in await staff_queries.supervisors_for(turn.session, UNKNOWN_REGION):
            await _to_person(turn, person_id, "staff-alert-pin-spray", args, case_id=None, buttons=())


async def _to_person(
    turn: Turn, person_id: int, message_id: str, args: dict[str, Any], *, case_id: int | None, buttons: Any
) -> bool:
    addresses = await people.addresses_of(turn.session, person_id)
    if not addresses:
        return False
    locale = await people.locale_of(turn.session, person_id)
    await turn.uow.outbox.put(OutgoingNotice(addresses[0], message_id, args, locale, case_id, buttons))
    return True


async def raise_alarm(turn: Turn, cases: list[Case]) -> None:
    """The duress PIN was given: her cases raised to high risk, the region's on-duty staff alerted
    urgently (the supervisors of the region when nobody is on duty), each step audited. Nothing of
    this is said to the conversation."""
    for case in cases:
        if RISK_ORDER[case.risk] < RISK_ORDER[Risk.HIGH]:
            await turn.session.execute(
                update(CASES).where(CASES.c.id == case.id, CASES.c.risk == case.risk.value).values(risk=Risk.HIGH.value)
            )
        buttons = ((open_button(case),),)
        args = case_args(case)
        told = 0
        for address, locale in await people.on_duty_addresses(turn.session, case.region):
            await turn.uow.outbox.put(
                OutgoingNotice(address, "staff-alert-duress", args, locale, case.id, buttons, urgent=True)
            )
            told += 1
        if not told:
            for person_id in await staff_queries.supervisors_for(turn.session, case.region):
                addresses = await people.addresses_of(turn.session, person_id)
                if addresses:
                    locale = await people.locale_of(turn.session, person_id)
                    notice = OutgoingNotice(
                        addresses[0], "staff-alert-duress", args, locale, case.id, buttons, urgent=True
                    )
                    await turn.uow.outbox.put(notice)
                    told += 1
        await turn.uow.audit.record(AuditEntry(case.id, turn.person.id, "duress_pin", f"alerted:{told}", turn.now))
        logger.warning("duress PIN given for case %s: raised to high risk, %d staff alerted", case.reference, told)


# -- checking a PIN: her PIN and her duress PIN, always the same work ---------------------------


@functools.cache
def _stand_in_hash() -> str:
    """A hash no PIN is checked against for real: stands in for a duress PIN she never set."""
    return hash_pin(secrets.token_hex(16))


def typed_pin(text: str) -> str:
    """The PIN as typed, canonical: full-width and other decimal digits made ASCII, spaces dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded if not ch.isspace())


async def check_pin(turn: Turn, pin: str, cases: list[Case]) -> tuple[list[Case], list[Case]]:
    """(cases her PIN opens, cases whose duress PIN it is). Every case costs two hash checks —
    her PIN and her duress PIN, or a stand-in when she set none — and no case two stand-ins,
    whatever matches, so the time taken tells nothing."""
    duress = await pin_guesses.duress_hashes(turn.session, [c.id for c in cases])
    pairs = [(c.pin_hash or _stand_in_hash(), duress.get(c.id) or _stand_in_hash()) for c in cases] or [
        (_stand_in_hash(),) * 2
    ]
    checks = [asyncio.to_thread(verify_pin, pin, stored) for pair in pairs for stored in pair]
    results = await asyncio.gather(*checks)
    opened = [c for i, c in enumerate(cases) if results[2 * i]]
    forced = [c for i, c in enumerate(cases) if results[2 * i + 1]]
    return opened, forced


async def set_duress_pin(turn: Turn, cases: list[Case], pin: str) -> None:
    hashed = await asyncio.to_thread(hash_pin, typed_pin(pin))
    await pin_guesses.set_duress(turn.session, [c.id for c in cases], hashed)
    for case in cases:
        await turn.uow.audit.record(AuditEntry(case.id, turn.person.id, "duress_pin_set", "reporter", turn.now))
