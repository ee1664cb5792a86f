"""Lint of the Mongolian catalogs: text that Unicode tools or old keyboards would break.

U+202F (narrow no-break space) is allowed although NFKC turns it into a plain space:
in traditional Mongolian it joins a case suffix to the word before it (``ᠬᠣᠲᠠ ᠳᠤ``), it is
part of the word, and the bot never normalises text. Everything else must be NFKC-stable,
so that a catalog tool, a search index or a copy-and-paste that does normalise changes nothing
(fullwidth Chinese punctuation or compatibility letters pasted from elsewhere are caught here).
The one other exception is the ellipsis U+2026, ordinary typography in Cyrillic text: NFKC
writes it as three full stops, which changes no word.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from fluent.syntax import ast
from ftl_tools import load

MONGOLIAN = ("mn-Mong-CN", "mn-Cyrl-MN")
NNBSP = "\u202f"
ELLIPSIS = "\u2026"
MONGOLIAN_LETTER = re.compile("[\u1820-\u18af]")


def is_private_use(ch: str) -> bool:
    code = ord(ch)
    return 0xE000 <= code <= 0xF8FF or 0xF0000 <= code <= 0x10FFFF


def lines_with(locale: str, predicate) -> list[str]:
    found = []
    for name, source in load(locale).files.items():
        for number, line in enumerate(source.splitlines(), 1):
            if predicate(line):
                found.append(f"{name}:{number}: {line.strip()[:60]}")
    return found


@pytest.mark.parametrize("locale", MONGOLIAN)
def test_no_private_use_code_points_from_old_mongolian_keyboards(locale: str) -> None:
    assert lines_with(locale, lambda line: any(is_private_use(ch) for ch in line)) == []


@pytest.mark.parametrize("locale", MONGOLIAN)
def test_nfkc_changes_nothing_once_the_narrow_no_break_space_is_set_aside(locale: str) -> None:
    def changes(line: str) -> bool:
        masked = line.replace(NNBSP, "").replace(ELLIPSIS, "")
        return unicodedata.normalize("NFKC", masked) != masked

    assert lines_with(locale, changes) == []


def test_no_case_suffix_is_cut_off_from_a_placeable_by_a_plain_space() -> None:
    """``{ $reference } ᠳᠤ`` shows the suffix as a word of its own; ``{ $reference }\u202fᠳᠤ`` joins it."""
    cut = []
    for label, pattern in load("mn-Mong-CN").patterns():
        cut += [label for before, after in _pairs(pattern) if _cut_suffix(before, after)]
    assert cut == []


def _pairs(pattern: ast.Pattern):
    elements = pattern.elements
    for index, element in enumerate(elements):
        if isinstance(element, ast.Placeable) and isinstance(element.expression, ast.SelectExpression):
            for variant in element.expression.variants:
                yield from _pairs(variant.value)
        if index + 1 < len(elements):
            yield element, elements[index + 1]


def _cut_suffix(before: ast.PatternElement, after: ast.PatternElement) -> bool:
    return (
        isinstance(before, ast.Placeable)
        and isinstance(after, ast.TextElement)
        and after.value[:1] == " "
        and bool(MONGOLIAN_LETTER.match(after.value[1:2]))
    )


def test_the_lint_itself_catches_a_cut_suffix_and_accepts_the_joined_one() -> None:
    from fluent.syntax import FluentParser

    def message(source: str) -> ast.Pattern:
        return FluentParser().parse(source).body[0].value

    cut = message("a = { $reference } ᠳᠤ\n")
    joined = message(f"a = {{ $reference }}{NNBSP}ᠳᠤ\n")
    assert any(_cut_suffix(b, a) for b, a in _pairs(cut))
    assert not any(_cut_suffix(b, a) for b, a in _pairs(joined))
