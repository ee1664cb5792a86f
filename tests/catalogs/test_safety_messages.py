"""The messages that keep her safe exist in every catalog, with the emergency numbers in Latin digits."""

from __future__ import annotations

import re

import pytest
from fluent.syntax import ast
from ftl_tools import LOCALES, REFERENCE, load

#: Emergency numbers, quick exit, the safety question, minimal mode, consent, the receipt.
SAFETY_CRITICAL = (
    "emergency-numbers",
    "emergency-raised",
    "emergency-case-opened",
    "button-danger",
    "button-exit",
    "exit-neutral",
    "safety-check",
    "safety-yes",
    "safety-no",
    "minimal-mode",
    "minimal-request-callback",
    "minimal-ask-callback",
    "minimal-callback-registered",
    "consent-text",
    "consent-agree",
    "consent-decline",
    "consent-declined",
    "refusal-minor-involved",
    "case-receipt",
    "warning-private-use-keyboard",
    "error-internal",
    "web-quick-exit",
    "web-danger",
    "web-danger-local",
    "web-call-110",
    "web-call-120",
    "web-call-12338",
    "call-me-in-my-language",
)
#: Messages that must name the police (110) and the women's rights hotline (12338).
EMERGENCY = ("emergency-numbers", "case-receipt")
NUMBERS = ("110", "120", "12338")


def source_text(message: ast.Message) -> str:
    """The text a message carries, all variants included (no placeables' names)."""
    parts: list[str] = []

    def walk(pattern: ast.Pattern | None) -> None:
        for element in pattern.elements if pattern is not None else ():
            if isinstance(element, ast.TextElement):
                parts.append(element.value)
            elif isinstance(element.expression, ast.SelectExpression):
                for variant in element.expression.variants:
                    walk(variant.value)

    walk(message.value)
    for attribute in message.attributes:
        walk(attribute.value)
    return "".join(parts)


def numbers_in(text: str) -> set[str]:
    """The emergency numbers written in Latin digits, as whole numbers."""
    return {n for n in NUMBERS if re.search(rf"(?<![0-9]){n}(?![0-9])", text)}


def test_the_reference_catalog_has_every_safety_critical_message() -> None:
    assert [m for m in SAFETY_CRITICAL if m not in load(REFERENCE).messages] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_every_safety_critical_message_exists_in_every_catalog_without_fallback(locale: str) -> None:
    catalog = load(locale)
    assert [m for m in SAFETY_CRITICAL if m not in catalog.messages] == []
    assert catalog.may_fall_back.isdisjoint(SAFETY_CRITICAL)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_emergency_messages_name_110_and_12338_in_latin_digits(locale: str) -> None:
    catalog = load(locale)
    for message_id in EMERGENCY:
        assert message_id in catalog.messages, message_id
        found = numbers_in(source_text(catalog.messages[message_id]))
        assert {"110", "12338"} <= found, (message_id, found)


@pytest.mark.parametrize("locale", [tag for tag in LOCALES if tag != REFERENCE])
def test_every_number_the_reference_gives_her_is_kept_in_latin_digits(locale: str) -> None:
    reference, catalog = load(REFERENCE), load(locale)
    lost = {}
    for message_id, message in reference.messages.items():
        wanted = numbers_in(source_text(message))
        if wanted and message_id in catalog.messages:
            missing = wanted - numbers_in(source_text(catalog.messages[message_id]))
            if missing:
                lost[message_id] = sorted(missing)
    assert lost == {}
