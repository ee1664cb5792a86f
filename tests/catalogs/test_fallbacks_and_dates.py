"""Fallback chains, channel language hints and dates, as locales.md sets them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date, format_time
from ftl_tools import LOCALES_DIR

from bot.i18n import FALLBACKS, Localizer, hint_to_locale

ZONE = ZoneInfo("Asia/Shanghai")
MOMENT = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)  # 2026-03-06 07:30 in Hulunbuir


@pytest.fixture(scope="module")
def localizer() -> Localizer:
    return Localizer(LOCALES_DIR, "zh-Hans-CN")


def test_the_fallback_chains_are_exactly_those_of_locales_md() -> None:
    assert FALLBACKS == {
        "zh-Hans-CN": (),
        "mn-Mong-CN": ("zh-Hans-CN",),
        "mn-Cyrl-MN": ("ru", "zh-Hans-CN"),
        "ru": ("zh-Hans-CN",),
        "en": ("zh-Hans-CN",),
    }


def test_traditional_mongolian_never_falls_back_to_cyrillic(localizer: Localizer) -> None:
    assert "mn-Cyrl-MN" not in localizer.chain("mn-Mong-CN")
    assert localizer.chain("mn-Mong-CN")[-1] == "zh-Hans-CN"


def test_cyrillic_mongolian_falls_back_to_russian_then_chinese(localizer: Localizer) -> None:
    assert localizer.chain("mn-Cyrl-MN") == ["mn-Cyrl-MN", "ru", "zh-Hans-CN"]


def test_russian_and_english_fall_back_to_chinese_and_an_unknown_tag_gets_the_default(localizer: Localizer) -> None:
    assert localizer.chain("ru") == ["ru", "zh-Hans-CN"]
    assert localizer.chain("en") == ["en", "zh-Hans-CN"]
    assert localizer.chain("mn") == ["zh-Hans-CN"]


@pytest.mark.parametrize(
    ("hint", "locale"),
    [
        ("zh", "zh-Hans-CN"),
        ("zh-hans", "zh-Hans-CN"),
        ("zh-CN", "zh-Hans-CN"),
        ("zh_CN", "zh-Hans-CN"),
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("en", "en"),
        ("en-GB", "en"),
        ("mn", None),
        ("MN", None),
        ("", None),
        ("de", None),
    ],
)
def test_a_channel_hint_maps_to_a_locale_and_plain_mn_stays_undecided(hint: str, locale: str | None) -> None:
    assert hint_to_locale(hint) == locale


def test_traditional_mongolian_dates_use_the_numeric_pattern_in_the_configured_zone(localizer: Localizer) -> None:
    assert localizer.datetime("mn-Mong-CN", MOMENT, ZONE) == "2026.03.06 07:30"


@pytest.mark.parametrize(
    ("locale", "babel"), [("ru", "ru"), ("mn-Cyrl-MN", "mn"), ("zh-Hans-CN", "zh_Hans_CN"), ("en", "en")]
)
def test_other_locales_format_dates_with_babel_in_the_configured_zone(
    localizer: Localizer, locale: str, babel: str
) -> None:
    text = localizer.datetime(locale, MOMENT, ZONE)
    local = MOMENT.astimezone(ZONE)
    assert text == f"{format_date(local, 'medium', locale=babel)} {format_time(local, 'short', locale=babel)}"
    assert ":00" not in text.replace("07:30", ""), "no seconds"
    assert "2026" in text and "7:30" in text
