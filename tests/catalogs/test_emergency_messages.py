"""The emergency pages and `/duty` (bot.emergency_pages, docs/clock.md "Emergencies"): in every
catalog with the same variables, and a page's first line names neither the service nor an emergency."""

from __future__ import annotations

import pytest
from ftl_tools import LOCALES, load, sample_args

from bot.emergency_pages import NOBODY_ON_DUTY_MESSAGE, PAGE_MESSAGE
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES

PAGES = (PAGE_MESSAGE, NOBODY_ON_DUTY_MESSAGE)
MESSAGES = (*PAGES, "staff-duty-on", "staff-duty-off", "staff-duty-usage")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_and_duty_message_is_in_every_catalog_with_the_same_variables(locale: str) -> None:
    catalog, reference = load(locale), load("en")
    for message_id in MESSAGES:
        assert message_id in catalog.messages, f"{locale}: {message_id}"
        assert catalog.shape(message_id) == reference.shape(message_id), f"{locale}: {message_id}"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_page_starts_with_the_case_and_never_names_the_service_or_the_emergency(locale: str) -> None:
    catalog = load(locale)
    localizer = Localizer(REPO_LOCALES, "en")
    words = [localizer.format(locale, m) for m in catalog.messages if m.startswith("service-")]
    words += [localizer.format(locale, "state-emergency")]
    assert len(words) >= 6
    for message_id in PAGES:
        assert "service" not in catalog.shape(message_id)[None]
        first_line = localizer.format(locale, message_id, **sample_args(catalog.shape(message_id)[None])).splitlines()[
            0
        ]
        assert first_line.startswith(("Case", "案件", "Обращение", "«reference»", "ᠬᠡᠷᠡᠭ")), first_line
        assert not any(word and word.lower() in first_line.lower() for word in words), (message_id, first_line)
        assert "🆘" not in first_line


@pytest.mark.parametrize("locale", LOCALES)
def test_the_staff_help_lists_duty(locale: str) -> None:
    assert "/duty on|off" in Localizer(REPO_LOCALES, "en").format(locale, "staff-help")
