"""``/cases`` pages: 30 newest first, a "More" button for the next 30 older ones (keyset: below the last
id shown); the heading says how many are shown, not a total; a forged or stale "More" is refused."""

from __future__ import annotations

from datetime import UTC, datetime

from harness import Bot, actions, texts

from bot.dialogs.staff import decode_filters, encode_filters
from workflows.case import Case
from workflows.vocabulary import Channel, Service, State

OPERATOR = "web:op-pages"
NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)


async def add_cases(bot: Bot, count: int, **fields) -> list[Case]:
    async with bot.app.unit_of_work() as uow:
        stored = [
            await uow.cases.add(
                Case(
                    **{
                        "reference": f"HLB-2026-{9000 + i:06d}",
                        "service": Service.RIGHTS,
                        "region": "hailar",
                        "language": "en",
                        "channel": Channel.WEB,
                        "state": State.NEW,
                        "version": 1,
                        "created_at": NOW,
                        "state_entered_at": NOW,
                    }
                    | fields
                )
            )
            for i in range(count)
        ]
        await uow.commit()
    return stored


def more_button(out) -> str:
    found = [a for a in actions(out) if a.startswith("st:more:")]
    assert len(found) == 1, actions(out)
    return found[0]


async def test_cases_pages_through_every_match_newest_first(bot: Bot) -> None:
    await bot.add_staff(OPERATOR, regions=("hailar",))
    cases = await add_cases(bot, 65)
    operator = bot.chat(OPERATOR)

    first = await operator.send("/cases state=new region=hailar")
    assert "Matching cases, newest first (30 shown):" in texts(first)
    assert "Matching cases (30)" not in texts(first)
    seen = [c.reference for c in reversed(cases) if c.reference in texts(first)]
    assert seen == [c.reference for c in reversed(cases)][:30]

    second = await operator.press(more_button(first))
    assert "(30 shown)" in texts(second)
    assert [c.reference for c in reversed(cases) if c.reference in texts(second)] == [
        c.reference for c in reversed(cases)
    ][30:60]

    third = await operator.press(more_button(second))
    assert "(5 shown)" in texts(third)
    assert [c.reference for c in cases if c.reference in texts(third)] == [c.reference for c in cases[:5]]
    assert not [a for a in actions(third) if a.startswith("st:more:")], "the last page offers no more"


async def test_more_keeps_the_filters_and_a_forged_or_stale_more_is_refused_in_her_language(bot: Bot) -> None:
    await bot.add_staff(OPERATOR, regions=("hailar",))
    await bot.add_staff("web:op-ru", regions=("hailar",), locale="ru")
    await add_cases(bot, 31, service=Service.LEGAL)
    operator = bot.chat(OPERATOR)
    first = await operator.send("/cases service=legal")
    button = more_button(first)
    assert decode_filters(button.split(":")[3]) == {"service": "legal"}
    second = await operator.press(button)
    assert "(1 shown)" in texts(second)
    for forged in (
        "st:more",
        "st:more:x:v1",
        "st:more:5:v99",
        "st:more:5:q1",
        "st:more:5:v1.v1",
        "st:more:0:",
        "st:more:99999999999:",
        "st:more:5:a99999999999",
    ):
        assert "That button is no longer valid" in texts(await operator.press(forged)), forged
    assert "is not a filter" in texts(await operator.send("/cases assignee=99999999999"))  # no such id
    ru = bot.chat("web:op-ru")
    assert "Эта кнопка уже не действует" in texts(await ru.press("st:more:5:zz"))


def test_the_filters_read_back_as_written() -> None:
    values = {"state": "mediation_pending", "service": "legal", "region": "unknown", "assignee": 12345678}
    for shown in (values, {**values, "emergency": True, "overdue": True}, {}):
        encoded = encode_filters(shown)
        assert decode_filters(encoded) == shown
        assert len(f"st:more:{10**12}:{encoded}".encode()) <= 64  # Telegram's callback data
