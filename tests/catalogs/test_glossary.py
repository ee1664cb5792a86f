"""The catalogs keep to docs/glossary.md: one word per key concept, none of its known variants."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from ftl_tools import LOCALES, load

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"
TERM_COUNT = 40
NNBSP = "\u202f"
#: A letter of a word, for word starts and ends: \w, and the Mongolian variation selectors
#: and vowel separator that are part of a word.
WORD_CHAR = r"[\w\u180b-\u180f]"
#: The columns of the terms table, in order.
LOCALES_IN_TABLE = ("zh-Hans-CN", "en", "ru", "mn-Cyrl-MN", "mn-Mong-CN")


@dataclass(frozen=True)
class Variant:
    term: int
    locale: str
    text: str

    @property
    def pattern(self) -> re.Pattern[str]:
        """Where the variant starts a word (Chinese: anywhere); ``*`` lets any ending follow."""
        stem = self.text.removesuffix("*").replace(NNBSP, " ")
        chinese = bool(re.match(r"[\u3400-\u9fff]", stem))
        start = "" if chinese else f"(?<!{WORD_CHAR})"
        end = "" if chinese or self.text.endswith("*") else f"(?!{WORD_CHAR})"
        return re.compile(start + re.escape(stem) + end, re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        return bool(self.pattern.search(text.replace(NNBSP, " ")))


def _rows(section: str) -> list[list[str]]:
    """The body rows of the first Markdown table under ``## section``."""
    text = GLOSSARY.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in body.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


@cache
def terms() -> dict[int, dict[str, str]]:
    """Term number → {"concept": …, locale: rendering}."""
    rows = _rows("Terms")
    header = ["#", "concept", *LOCALES_IN_TABLE]
    assert all(len(row) == len(header) for row in rows), "every term row has a cell per column"
    return {int(row[0]): dict(zip(header[1:], row[1:], strict=True)) for row in rows}


@cache
def variants() -> tuple[Variant, ...]:
    return tuple(Variant(int(n), locale, text) for n, locale, text, _note in _rows("Variants not to use"))


def catalog_lines(locale: str) -> list[tuple[str, str]]:
    """(file:line, text) of every message line of a catalog; comments are not checked."""
    return [
        (f"{name}:{number}", line)
        for name, source in load(locale).files.items()
        for number, line in enumerate(source.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def test_the_glossary_has_the_40_key_terms_numbered_in_order_with_one_rendering_in_each_locale() -> None:
    assert set(LOCALES_IN_TABLE) == set(LOCALES)
    table = terms()
    assert sorted(table) == list(range(1, TERM_COUNT + 1))
    empty = [(n, locale) for n, row in table.items() for locale in LOCALES if not row[locale]]
    assert empty == []


def test_every_variant_names_a_glossary_term_and_a_catalog_locale() -> None:
    assert variants(), "the glossary lists the variants not to use"
    assert [v for v in variants() if v.term not in terms() or v.locale not in LOCALES] == []


def test_no_variant_not_to_use_matches_the_glossary_s_own_rendering() -> None:
    table = terms()
    assert [v for v in variants() if v.found_in(table[v.term][v.locale])] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_no_catalog_uses_a_variant_the_glossary_rules_out(locale: str) -> None:
    ruled_out = [v for v in variants() if v.locale == locale]
    found = [
        f"{where}: {v.text!r} (term {v.term}, use {terms()[v.term][locale]!r})"
        for where, line in catalog_lines(locale)
        for v in ruled_out
        if v.found_in(line)
    ]
    assert found == []


def test_variant_matching_follows_the_rules_the_glossary_states() -> None:
    stem = Variant(24, "ru", "арбитраж*")
    assert stem.found_in("обратиться в Арбитражный суд") and stem.found_in("про арбитраж.")
    assert not stem.found_in("суперарбитраж")
    word = Variant(16, "mn-Mong-CN", "ᠵᠢᠵᠦᠷ")
    assert word.found_in("ᠵᠢᠵᠦᠷ ᠠᠵᠢᠯᠲᠠᠨ") and not word.found_in("ᠵᠢᠵᠦᠷᠠ ᠠᠵᠢᠯᠲᠠᠨ")
    spaced = Variant(39, "mn-Mong-CN", "ᠲᠤᠬᠠᠢ ᠲᠠᠢ")
    assert spaced.found_in(f"ᠶᠠᠷᠢᠯᠴᠠᠬᠤ ᠳᠤ ᠲᠤᠬᠠᠢ{NNBSP}ᠲᠠᠢ ᠤᠤ") and not spaced.found_in("ᠲᠤᠬᠠᠢ ᠶᠢᠨ")
    chinese = Variant(40, "zh-Hans-CN", "你")
    assert chinese.found_in("如果你现在有危险") and not chinese.found_in("如果您现在有危险")
    label = Variant(15, "en", "Assignee:")
    assert label.found_in("Owner: x    Assignee: y") and not label.found_in("/cases assignee=12")
