"""PIN guessing (issue 11, item 2): bounded per source and over the service; she is never locked out.

The attacker's best success rate per hour is measured here, through the real dialogs on a real
SQLite file, against 10,000 cases, with the clock the dialogs use; docs/security.md gives the figure.
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta

import pytest
from harness import Bot, actions, file_case, quick_exit, start, texts
from sqlalchemy import func, insert, select

from bot.messages import Inbound, Outbound
from storage.records import CaseRecord, PinGuessRecord
from storage.repositories import case_to_values
from workflows.case import Case
from workflows.references import format_reference, hash_pin
from workflows.services import pin_gate as pin_guard
from workflows.services.pin_gate import PinGuard, PinPolicy
from workflows.vocabulary import Channel, Service, State

_ids = itertools.count(1)
PLANTED_PIN = "918273"
WRONG = "000000"
PIN_SPACE = 10**6  # six digits: workflows.references.new_pin


async def send_from(bot: Bot, address: str, text: str, source: str = "") -> list[Outbound]:
    """What a channel hands the dialogs: her text, and where it came from (the web: a keyed hash)."""
    inbound = Inbound(address=address, update_id=f"g{next(_ids)}", text=text, source=source)
    return await bot.exchange(address, inbound)


async def fresh_guess(bot: Bot, address: str, source: str, reference: str, pin: str = WRONG) -> list[Outbound]:
    """A new conversation (a fresh web session): started, then one reference and PIN typed."""
    await start(bot.chat(address))
    return await send_from(bot, address, f"{reference} {pin}", source)


async def plant_cases(bot: Bot, count: int, year: int = 2026) -> list[str]:
    """``count`` registered cases sharing one PIN the attacker does not know (one hash: fast to plant)."""
    now = bot.clock()
    hashed = hash_pin(PLANTED_PIN)
    rows = []
    for number in range(1, count + 1):
        case = Case(
            reference=format_reference(year, 500_000 + number),
            service=Service.RIGHTS,
            region="hailar",
            language="en",
            channel=Channel.WEB,
            state=State.NEW,
            version=1,
            pin_hash=hashed,
            created_at=now,
            state_entered_at=now,
        )
        rows.append({**case_to_values(case), "updated_at": now})
    async with bot.app.unit_of_work() as uow:
        await uow.session.execute(insert(CaseRecord.__table__), rows)
        await uow.commit()
    return [r["reference"] for r in rows]


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch, bot: Bot) -> list[datetime]:
    """When a typed PIN was checked against a real case's hash (the stand-ins are not counted)."""
    seen: list[datetime] = []
    real = pin_guard.verify_pin
    stand_in = pin_guard._stand_in_hash()

    def counting(pin: str, stored: str | None) -> bool:
        if stored != stand_in:
            seen.append(bot.clock())
        return real(pin, stored)

    monkeypatch.setattr(pin_guard, "verify_pin", counting)
    return seen


def most_in_an_hour(times: list[datetime]) -> int:
    ordered = sorted(times)
    return max(
        (sum(1 for t in ordered[i:] if t < first + timedelta(hours=1)) for i, first in enumerate(ordered)), default=0
    )


# --- the regressions ----------------------------------------------------------------------


async def test_the_old_spray_from_fresh_sessions_of_one_address_is_refused(bot: Bot, checked: list) -> None:
    references = await plant_cases(bot, 6)

    answers = [await fresh_guess(bot, f"web:spray-{i}", "net-one-machine", ref) for i, ref in enumerate(references)]

    assert "try 2 more times" in texts(answers[0]) and "try once more" in texts(answers[1])
    assert all("Too many attempts" in texts(a) for a in answers[2:]), "a fresh session does not start afresh"
    assert len(checked) == 3, "after 3 wrong guesses from one address nothing more is even checked"


async def test_strangers_hammering_her_case_never_lock_her_out_of_her_own_conversation(bot: Bot, checked: list) -> None:
    her = bot.chat("web:her")
    reference, pin = await file_case(her)
    await quick_exit(her)
    # Five strangers, each from its own address, one wrong guess each: the old per-case lock (5 in 15 min).
    for n in range(5):
        await fresh_guess(bot, f"web:stranger-{n}", f"net-{n}", reference)
    # And one who hammers from one address until she is paused.
    hammer = [await fresh_guess(bot, f"web:hammer-{n}", "net-hammer", reference) for n in range(4)]
    assert "Too many attempts" in texts(hammer[-1])

    asked = await her.press("menu:cases")
    assert texts(asked) == "Please enter your PIN (6 digits).", "she is not paused by their guesses"
    listed = await her.send(pin)
    assert f"case:{reference}" in actions(listed)

    await quick_exit(her)
    await her.press("menu:cases")
    again = await her.send(f"{reference} {pin}")  # her reference and PIN, from her own conversation
    assert f"case:{reference}" in actions(again)

    shut = await fresh_guess(bot, "web:hammer-late", "net-hammer", reference, pin)
    assert "Too many attempts" in texts(shut) and f"case:{reference}" not in actions(shut)


async def test_her_own_wrong_pins_wait_twice_as_long_each_time(bot: Bot) -> None:
    her = bot.chat("web:her")
    reference, pin = await file_case(her)
    await quick_exit(her)
    await her.press("menu:cases")
    zone = bot.app.settings.zone

    for _ in range(3):
        out = await her.send(WRONG)
    assert bot.app.localizer.datetime("en", bot.clock() + timedelta(minutes=15), zone) in texts(out)
    for minutes in (30, 60, 120):
        bot.clock.advance(timedelta(minutes=minutes // 2, seconds=1))
        await her.press("menu:cases")
        out = await her.send(WRONG)
        until = bot.app.localizer.datetime("en", bot.clock() + timedelta(minutes=minutes), zone)
        assert "Too many attempts" in texts(out) and until in texts(out), minutes

    bot.clock.advance(timedelta(minutes=120, seconds=1))
    await her.press("menu:cases")
    assert f"case:{reference}" in actions(await her.send(pin))


async def test_a_stranger_is_shut_out_of_one_case_after_five_wrong_guesses_at_it_but_not_of_others(
    bot: Bot, checked: list
) -> None:
    bot.app.dialogs.reporter.cases.guard = PinGuard(PinPolicy(free=10, spray_wrong=100))
    first, second = await plant_cases(bot, 2)
    stranger = "web:stranger"
    await start(bot.chat(stranger))
    for _ in range(5):
        await send_from(bot, stranger, f"{first} {WRONG}", "net-x")
    assert len(checked) == 5

    shut = await send_from(bot, stranger, f"{first} {WRONG}", "net-x")
    other = await send_from(bot, stranger, f"{second} {WRONG}", "net-x")

    assert "Too many attempts" in texts(shut)
    assert "Too many attempts" not in texts(other)
    assert len(checked) == 6, "the sixth guess at that case was not checked, the one at the other case was"


async def test_a_daily_cap_per_source(bot: Bot, checked: list) -> None:
    bot.app.dialogs.reporter.cases.guard = PinGuard(PinPolicy(free=100, daily_cap=4, spray_wrong=100))
    references = await plant_cases(bot, 6)
    for n, reference in enumerate(references):
        await fresh_guess(bot, f"web:day-{n}", "net-day", reference)
        bot.clock.advance(timedelta(hours=1))
    assert len(checked) == 4
    bot.clock.advance(timedelta(hours=19))  # 24 h after the first
    await fresh_guess(bot, "web:day-next", "net-day", references[0])
    assert len(checked) == 5


# --- the attacker's best rate per hour ------------------------------------------------------


async def attack(
    bot: Bot, references: list[str], *, hours: int, every: timedelta, one_address: bool, tag: str, net: str = ""
) -> None:
    """Fresh conversations, one guess each, as often as ``every``; one network address (``net``) or a new one
    each time."""
    rng = random.Random(tag)
    end = bot.clock() + timedelta(hours=hours)
    n = 0
    while bot.clock() < end:
        source = (net or f"net-{tag}") if one_address else f"net-{tag}-{n}"
        await fresh_guess(bot, f"web:{tag}-{n}", source, rng.choice(references))
        bot.clock.advance(every)
        n += 1


def success_per_hour(guesses: int) -> float:
    """At best each checked guess opens a case with probability 1/10^6 (a new PIN each time)."""
    return 1 - (1 - 1 / PIN_SPACE) ** guesses


#: The bound asserted: 1 in 10,000 per hour. Before, the figure was about 18 % (20 guesses per case
#: per hour × 10,000 cases); under this bound an attacker running an hour a day for a year opens
#: a given service's case with less than 4 % chance, while supervisors are alerted every hour.
BOUND_PER_HOUR = 1e-4


async def test_the_attackers_best_success_rate_per_hour_against_10000_cases(bot: Bot, checked: list) -> None:
    references = await plant_cases(bot, 10_000)
    supervisor = "web:supervisor"
    await bot.add_staff(supervisor, roles=("operator", "supervisor"), regions=("all",), name="Sarangerel")

    # One address, a fresh web session for every guess: every minute for two hours, then every quarter hour
    # to the end of the day.
    await attack(bot, references, hours=2, every=timedelta(minutes=1), one_address=True, tag="one", net="net-1")
    await attack(bot, references, hours=22, every=timedelta(minutes=15), one_address=True, tag="later", net="net-1")
    one_address, one_address_day = most_in_an_hour(checked), len(checked)
    checked.clear()
    bot.clock.advance(timedelta(days=2))  # the first attack forgotten (also its spray alert: no tightening)

    # Many addresses (a new one for every guess), a guess every two minutes for three hours.
    started = bot.clock()
    await attack(bot, references, hours=3, every=timedelta(minutes=2), one_address=False, tag="many")
    many_addresses = most_in_an_hour(checked)
    tightened = most_in_an_hour([t for t in checked if t >= started + timedelta(hours=1)])
    await bot.deliver_pending()

    best = max(one_address, many_addresses)
    rate = success_per_hour(best)
    print(
        f"\nPIN guessing against 10,000 cases: one address {one_address} guesses checked in the best hour "
        f"({one_address_day} in 24 h); many addresses {many_addresses} in the best hour, {tightened} an hour once "
        f"tightened; best {best}/hour → success probability {rate:.2e} per hour "
        f"(old: 200,000/hour → {success_per_hour(200_000):.1%})"
    )
    assert one_address == 5, "3 free, then 15 and 30 minutes of waiting"
    assert one_address_day <= 10, "the daily cap"
    assert many_addresses == 15, "the spray detector trips at 15 and the service-wide cap tightens"
    assert tightened <= 10
    assert rate < BOUND_PER_HOUR
    assert success_per_hour(200_000) > 0.18, "the old bound, for comparison"

    alerts = [m for m in bot.channel.to(supervisor) if "PIN guessing" in m.text]
    assert 1 <= len(alerts) <= 3, "one alert per hour of spraying"
    async with bot.app.unit_of_work() as uow:
        sent = (
            await uow.session.execute(
                select(PinGuessRecord.at).where(PinGuessRecord.outcome == "alert", PinGuessRecord.at >= started)
            )
        ).scalars()
        times = sorted(sent)
        rows = await uow.session.scalar(select(func.count()).select_from(PinGuessRecord))
    assert len(times) == len(alerts)
    assert all(b - a >= timedelta(hours=1) for a, b in itertools.pairwise(times))
    assert rows < 500, "one row per source per checked guess, not per refused one"
