"""The case clock's notices (bot.clock_notices): in every catalog, and neutral on a lock screen.

A phone shows the first line of a message on its lock screen: the clock's notices start with
the case reference and its status, never the kind of help (the service), whatever the language.
"""

from __future__ import annotations

import pytest
from ftl_tools import LOCALES, load, sample_args

from bot.clock_notices import MESSAGES
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES

CLOCK_MESSAGES = sorted({*MESSAGES.values(), "staff-case-line-overdue", "staff-count-overdue"})


@pytest.mark.parametrize("locale", LOCALES)
def test_every_clock_message_is_in_every_catalog_with_the_same_variables(locale: str) -> None:
    catalog, reference = load(locale), load("en")
    for message_id in CLOCK_MESSAGES:
        assert message_id in catalog.messages, f"{locale}: {message_id}"
        assert catalog.shape(message_id) == reference.shape(message_id), f"{locale}: {message_id}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_first_line_of_a_clock_notice_never_names_the_service(locale: str) -> None:
    catalog = load(locale)
    localizer = Localizer(REPO_LOCALES, "en")
    service_names = [
        localizer.format(locale, message_id) for message_id in catalog.messages if message_id.startswith("service-")
    ]
    assert len(service_names) >= 5
    for message_id in MESSAGES.values():
        assert "service" not in catalog.shape(message_id)[None]
        args = sample_args(catalog.shape(message_id)[None])
        first_line = localizer.format(locale, message_id, **args).splitlines()[0]
        assert first_line.startswith(("Case", "案件", "Обращение", "«reference»", "ᠬᠡᠷᠡᠭ")), first_line
        assert not any(name and name in first_line for name in service_names), (message_id, first_line)
