"""The mediation windows' notices (bot.clock_notices.WINDOW_MESSAGES and the referral's overdue
notice): in every catalog with the same variables, and neutral on a lock screen."""

from __future__ import annotations

import pytest
from ftl_tools import LOCALES, load, sample_args

from bot.clock_notices import MESSAGES, WINDOW_MESSAGES
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from workflows.timers import REFERRAL_OVERDUE, WINDOW_FRACTIONS, WINDOW_STATES

NEW_MESSAGES = sorted({*WINDOW_MESSAGES.values(), MESSAGES[REFERRAL_OVERDUE]})


def test_every_window_state_has_a_message_for_each_of_its_reminders() -> None:
    reminders = [kind for kind, fraction in WINDOW_FRACTIONS if fraction < 1]
    assert set(WINDOW_MESSAGES) == {(state, kind) for state in WINDOW_STATES for kind in reminders}
    assert len(set(WINDOW_MESSAGES.values())) == len(WINDOW_MESSAGES)  # each says which window


@pytest.mark.parametrize("locale", LOCALES)
def test_every_window_message_is_in_every_catalog_with_the_same_variables(locale: str) -> None:
    catalog, reference = load(locale), load("en")
    for message_id in NEW_MESSAGES:
        assert message_id in catalog.messages, f"{locale}: {message_id}"
        assert catalog.shape(message_id) == reference.shape(message_id), f"{locale}: {message_id}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_first_line_names_the_case_and_never_the_service_and_a_second_line_says_what_to_do(locale: str) -> None:
    catalog = load(locale)
    localizer = Localizer(REPO_LOCALES, "en")
    service_names = [
        localizer.format(locale, message_id) for message_id in catalog.messages if message_id.startswith("service-")
    ]
    assert len(service_names) >= 5
    for message_id in NEW_MESSAGES:
        assert "service" not in catalog.shape(message_id)[None]
        args = sample_args(catalog.shape(message_id)[None])
        lines = localizer.format(locale, message_id, **args).splitlines()
        assert lines[0].startswith(("Case", "案件", "Обращение", "«reference»", "ᠬᠡᠷᠡᠭ")), lines[0]
        assert not any(name and name in lines[0] for name in service_names), (message_id, lines[0])
        assert len(lines) == 2 and lines[1].strip(), (message_id, lines)
