"""The clock's notices about service orders (bot.clock_notices.ORDER_MESSAGES): in every catalog with
the same variables, and neutral on a lock screen: the first line is the order's reference, its
status and the due time, never what was ordered (its kind or topic) nor the place."""

from __future__ import annotations

import pytest
from ftl_tools import LOCALES, load

from bot.clock_notices import ORDER_MESSAGES
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from workflows.orders import OrderState

#: The arguments `bot.clock_notices.order_clock_args` gives, and nothing else.
ARGS = {"reference", "status", "region", "due"}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_order_clock_message_is_in_every_catalog_with_the_arguments_it_is_given(locale: str) -> None:
    catalog, reference = load(locale), load("en")
    for message_id in ORDER_MESSAGES.values():
        assert message_id in catalog.messages, f"{locale}: {message_id}"
        assert catalog.shape(message_id) == reference.shape(message_id), f"{locale}: {message_id}"
        assert set(catalog.shape(message_id)[None]) <= ARGS, f"{locale}: {message_id}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_first_line_is_the_reference_status_and_due_time_only(locale: str) -> None:
    catalog = load(locale)
    localizer = Localizer(REPO_LOCALES, "en")
    what = [
        localizer.format(locale, message_id)
        for message_id in catalog.messages
        if message_id.startswith(("orders-kind-", "orders-topic-"))
    ]
    assert len(what) >= 10
    for message_id in ORDER_MESSAGES.values():
        for state in (OrderState.REQUESTED, OrderState.SCHEDULED):
            text = localizer.format(
                locale,
                message_id,
                reference="HLO-2026-000042",
                status=localizer.format(locale, f"orders-state-{state.value}"),
                region=localizer.format(locale, "region-hailar"),
                due="2026-03-05 10:00",
            )
            first, *rest = text.splitlines()
            assert "HLO-2026-000042" in first and "2026-03-05 10:00" in first, (locale, message_id, first)
            assert rest and "/order HLO-2026-000042" in rest[-1], (locale, message_id, text)
            assert not any(name and name in first for name in what), (locale, message_id, first)
