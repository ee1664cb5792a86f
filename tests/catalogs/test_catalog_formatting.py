"""Fluent fails silently (a missing variable renders its name): format everything and fail on any error."""

from __future__ import annotations

import pytest
from fluent.runtime import FluentBundle, FluentResource
from ftl_tools import LOCALES, NUMERIC_VARIABLES, load, sample_args, variables


def bundle_of(locale: str) -> FluentBundle:
    """This catalog alone, as the bot builds it (bidi isolation off), without any fallback."""
    bundle = FluentBundle([locale], use_isolating=False)
    for source in load(locale).files.values():
        bundle.add_resource(FluentResource(source))
    return bundle


def format_label(bundle: FluentBundle, label: str, args: dict[str, object]) -> tuple[str, list]:
    """Format ``message`` or ``message.attribute``."""
    message_id, _, attribute = label.partition(".")
    message = bundle.get_message(message_id)
    return bundle.format_pattern(message.attributes[attribute] if attribute else message.value, args)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_with_sample_arguments_and_zero_errors(locale: str) -> None:
    catalog, bundle = load(locale), bundle_of(locale)
    failures: dict[str, list[str]] = {}
    for label, pattern in catalog.patterns():
        names = variables(pattern)
        counts = (0, 1, 3, 5, 21) if names & NUMERIC_VARIABLES else (3,)
        for count in counts:
            args = {k: (count if isinstance(v, int) else v) for k, v in sample_args(names).items()}
            text, errors = format_label(bundle, label, args)
            if errors or not text.strip():
                failures.setdefault(label, []).append(f"{count}: {errors or 'empty'}")
    assert failures == {}


@pytest.mark.parametrize("locale", LOCALES)
def test_no_formatted_message_carries_bidi_isolation_marks(locale: str) -> None:
    catalog, bundle = load(locale), bundle_of(locale)
    marked = []
    for label, pattern in catalog.patterns():
        text, _ = format_label(bundle, label, sample_args(variables(pattern)))
        if any(mark in text for mark in "\u2068\u2069\u2066\u2067"):
            marked.append(label)
    assert marked == []
