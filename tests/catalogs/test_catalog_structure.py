"""Every catalog parses cleanly and has exactly the reference catalog's messages and variables."""

from __future__ import annotations

import pytest
from ftl_tools import LOCALES, LOCALES_DIR, REFERENCE, load

OTHERS = [tag for tag in LOCALES if tag != REFERENCE]


def test_the_catalog_folders_are_exactly_the_five_locales_and_none_is_plain_mn() -> None:
    folders = {p.name for p in LOCALES_DIR.iterdir() if p.is_dir()}
    assert "mn" not in folders
    assert folders == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_catalog_parses_without_junk_or_duplicate_ids(locale: str) -> None:
    catalog = load(locale)
    assert catalog.files, f"{locale} has no .ftl files"
    assert catalog.junk == []
    assert catalog.duplicates == []


@pytest.mark.parametrize("locale", OTHERS)
def test_each_catalog_has_exactly_the_reference_ids(locale: str) -> None:
    reference, catalog = load(REFERENCE), load(locale)
    missing = sorted(set(reference.messages) - set(catalog.messages) - catalog.may_fall_back)
    extra = sorted(set(catalog.messages) - set(reference.messages))
    assert (missing, extra) == ([], []), f"{locale}: {len(missing)} missing, {len(extra)} not in the reference"


@pytest.mark.parametrize("locale", OTHERS)
def test_a_message_falls_back_only_where_the_catalog_marks_it_and_the_reference_has_it(locale: str) -> None:
    catalog = load(locale)
    assert catalog.may_fall_back <= set(load(REFERENCE).messages)


@pytest.mark.parametrize("locale", OTHERS)
def test_each_message_and_attribute_uses_the_same_variables_as_the_reference(locale: str) -> None:
    reference, catalog = load(REFERENCE), load(locale)
    differences = {
        message_id: (reference.shape(message_id), catalog.shape(message_id))
        for message_id in sorted(set(reference.messages) & set(catalog.messages))
        if reference.shape(message_id) != catalog.shape(message_id)
    }
    assert differences == {}
