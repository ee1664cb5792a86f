"""``/export [period] [region] [csv|xlsx|md]`` in the staff desk: a supervisor gets a one-time link (of the
dashboard's kind, only its hash kept) whose query carries the period, region and format; every mistake
is answered in her language with no link made: not a supervisor, a region outside hers, a bad period,
a mistyped format (bot/dialogs/export_link.py)."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from harness import Bot, texts
from staff_steps import join

from bot.dialogs.export_link import BadFormat, Reversed, read
from bot.dialogs.staff_stats import Usage
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from workflows.dashboard_links import hash_token
from workflows.stats import Period

pytestmark = pytest.mark.store("fake")
LINK = re.compile(r"\S*/dashboard/open/([A-Za-z0-9_-]{43})\?\S+")
WORDS = Localizer(REPO_LOCALES, "en")
TODAY = date(2026, 11, 25)


def words(locale: str, message_id: str, **args: object) -> str:
    return WORDS.format(locale, message_id, **args)


def query_of(answer: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(LINK.search(answer).group(0)).query)


@pytest.mark.parametrize(
    ("typed", "period", "region", "fmt"),
    [
        ("", Period.month(2026, 11), None, "xlsx"),
        ("csv", Period.month(2026, 11), None, "csv"),
        ("week hailar md", Period.week(TODAY), "hailar", "md"),
        ("XLSX 2026-Q3", Period.quarter(2026, 3), None, "xlsx"),
        ("format=csv from=2026-11-01 to=2026-11-09", Period.custom(date(2026, 11, 1), date(2026, 11, 9)), None, "csv"),
        (".csv 海拉尔区", Period.month(2026, 11), "hailar", "csv"),
    ],
)
def test_periods_regions_and_formats(typed: str, period: Period, region: str | None, fmt: str) -> None:
    assert read(typed, TODAY) == (period, region, fmt)


def test_a_reversed_range_is_told_as_such() -> None:
    with pytest.raises(Reversed):
        read("from=2026-11-09 to=2026-11-01 csv", TODAY)


@pytest.mark.parametrize("typed", ["xls", "pdf", "cvs", "week .docx", "format=excel", "2026-11 excel"])
def test_a_mistyped_format_is_told_as_such(typed: str) -> None:
    with pytest.raises(BadFormat):
        read(typed, TODAY)


@pytest.mark.parametrize("typed", ["soon", "2026-13", "csv xlsx", "mnth", "from=2026-11-09 to=2026-11-32"])
def test_what_is_not_a_period_region_or_format_gets_the_usage(typed: str) -> None:
    with pytest.raises(Usage):
        read(typed, TODAY)


async def test_a_supervisor_gets_a_one_time_link_carrying_period_region_and_format(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar", "ergun"))
    answer = texts(await bot.chat("web:sup").send("/export 2026-10 hailar csv"))
    assert "The link opens once, within 15 minutes" in answer and "(2026-10, CSV)" in answer
    token = LINK.search(answer).group(1)
    assert query_of(answer) == {
        "period": ["month"], "on": ["2026-10-01"], "region": ["hailar"], "export": ["csv"]
    }  # fmt: skip
    rows = list(bot.app.db.data.dashboard_links.values())
    assert [r["token_hash"] for r in rows] == [hash_token(token)]  # the dashboard's links, only the hash
    assert token not in repr(rows) and rows[0]["regions"] == ["ergun", "hailar"]
    default = texts(await bot.chat("web:sup").send("/export"))
    query = query_of(default)
    assert query["export"] == ["xlsx"] and query["period"] == ["month"] and "region" not in query


async def test_a_custom_range_rides_as_from_and_to(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",))
    answer = texts(await bot.chat("web:sup").send("/export from=2026-01-05 to=2026-02-10 md"))
    assert query_of(answer) == {
        "period": ["custom"], "from": ["2026-01-05"], "to": ["2026-02-10"], "export": ["md"]
    }  # fmt: skip


async def test_anyone_but_a_supervisor_or_admin_is_refused_in_her_language(bot: Bot) -> None:
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",), hint="ru")
    answer = texts(await bot.chat("web:op").send("/export"))
    assert words("ru", "export-not-allowed") in answer and not LINK.search(answer)
    assert bot.app.db.data.dashboard_links == {}


async def test_a_region_outside_hers_is_refused(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",), hint="zh-Hans-CN")
    answer = texts(await bot.chat("web:sup").send("/export ergun"))
    region = words("zh-Hans-CN", "region-ergun")
    assert words("zh-Hans-CN", "export-outside", region=region) in answer and not LINK.search(answer)
    answer = texts(await bot.chat("web:sup").send("/export all"))
    assert words("zh-Hans-CN", "export-outside-all") in answer and not LINK.search(answer)
    assert bot.app.db.data.dashboard_links == {}


async def test_all_regions_for_an_admin_is_her_own_scope(bot: Bot) -> None:
    await join(bot, "web:adm", "Tuya", roles=("admin",), regions=("all",))
    answer = texts(await bot.chat("web:adm").send("/export all year"))
    query = query_of(answer)
    assert query["period"] == ["year"] and "region" not in query


async def test_a_bad_period_gets_the_usage_in_her_language(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",), hint="mn-Cyrl-MN")
    answer = texts(await bot.chat("web:sup").send("/export 2026-13"))
    assert answer.startswith("Жишээ нь: /export") and "csv, xlsx, md" in answer and not LINK.search(answer)
    too_long = texts(await bot.chat("web:sup").send("/export from=2024-01-01 to=2026-01-01"))
    assert words("mn-Cyrl-MN", "stats-chat-too-long", days=732, most=366) in too_long
    assert bot.app.db.data.dashboard_links == {}


async def test_a_mistyped_format_is_answered_with_the_choices(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",))
    answer = texts(await bot.chat("web:sup").send("/export week xls"))
    assert words("en", "export-bad-format", typed="xls", choices="csv, xlsx, md") in answer
    assert not LINK.search(answer) and bot.app.db.data.dashboard_links == {}


async def test_export_is_in_the_staff_help() -> None:
    for locale in ("en", "zh-Hans-CN", "ru", "mn-Cyrl-MN", "mn-Mong-CN"):
        assert "/export [" in words(locale, "staff-help")


async def test_a_reversed_period_is_answered_as_events_answers_it(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",), hint="ru")
    answer = texts(await bot.chat("web:sup").send("/export from=2026-11-20 to=2026-11-01"))
    assert words("ru", "orders-staff-events-period-reversed") in answer and not LINK.search(answer)
    assert bot.app.db.data.dashboard_links == {}


async def test_all_regions_and_a_mistyped_format_are_refused_in_words_in_every_language(bot: Bot) -> None:
    """Not only codes: traditional Mongolian has its sentence too; ``all`` reads as a plural."""
    assert "is not one of them" not in words("en", "export-outside-all")
    assert "не относится" not in words("ru", "export-outside-all")
    for locale in ("en", "zh-Hans-CN", "ru", "mn-Cyrl-MN", "mn-Mong-CN"):
        bad = words(locale, "export-bad-format", typed="xls", choices="csv, xlsx, md")
        usage = words(locale, "export-usage", regions="", choices="csv, xlsx, md").splitlines()[1]
        for text in (bad, usage):
            letters = (
                [c for c in text if c.isalpha() and not c.isascii()]
                if locale != "en"
                else [c for c in text if c.isalpha()]
            )
            assert len(letters) >= 8, (locale, text)
