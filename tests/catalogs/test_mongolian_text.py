"""Lint of the Mongolian catalogs: text that Unicode tools or old keyboards would break.

U+202F (narrow no-break space) is allowed although NFKC turns it into a plain space:
in traditional Mongolian it joins a case suffix to the word before it (``ᠬᠣᠲᠠ ᠳᠤ``), it is
part of the word, and the bot never normalises text. Everything else must be NFKC-stable,
so that a catalog tool, a search index or a copy-and-paste that does normalise changes nothing
(fullwidth Chinese punctuation or compatibility letters pasted from elsewhere are caught here).
The one other exception is the ellipsis U+2026, ordinary typography in Cyrillic text: NFKC
writes it as three full stops, which changes no word.

Every case suffix and particle that belongs to the word before it (``SUFFIXES``) must follow
that word with U+202F, never with a plain space: anywhere in a traditional Mongolian text,
after a word, a number, a closing quote or a placeable alike.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from fluent.syntax import FluentSerializer, ast
from ftl_tools import load

MONGOLIAN = ("mn-Mong-CN", "mn-Cyrl-MN")
NNBSP = "\u202f"
ELLIPSIS = "\u2026"
MONGOLIAN_LETTER = re.compile("[\u1820-\u18af]")

#: Case suffixes, reflexive-possessive suffixes and question particles written apart from
#: their word but joined to it with U+202F (the Unicode model of traditional Mongolian).
#: Free particles written with an ordinary space (ᠨᠢ ᠴᠤ ᠴᠦ ᠯᠡ ᠪᠣᠯ) are not in the list.
SUFFIXES = frozenset(
    (
        "ᠶᠢᠨ ᠦᠨ ᠤᠨ ᠤ ᠦ "  # genitive
        "ᠢ ᠶᠢ "  # accusative
        "ᠳᠤ ᠲᠤ ᠳᠦ ᠲᠦ ᠳᠠᠬᠢ ᠲᠠᠬᠢ ᠳᠡᠬᠢ ᠲᠡᠬᠢ "  # dative-locative
        "ᠠᠴᠠ ᠡᠴᠡ "  # ablative
        "ᠪᠠᠷ ᠪᠡᠷ ᠢᠶᠠᠷ ᠢᠶᠡᠷ "  # instrumental
        "ᠲᠠᠢ ᠲᠡᠢ ᠲᠠᠶᠢ ᠲᠡᠶᠢ "  # comitative
        "ᠪᠠᠨ ᠪᠡᠨ ᠢᠶᠠᠨ ᠢᠶᠡᠨ ᠳᠠᠭᠠᠨ ᠳᠡᠭᠡᠨ ᠲᠠᠭᠠᠨ ᠲᠡᠭᠡᠨ ᠠᠴᠠᠭᠠᠨ ᠡᠴᠡᠭᠡᠨ ᠲᠠᠶᠢᠭᠠᠨ ᠲᠡᠶᠢᠭᠡᠨ "  # reflexive
        "ᠤᠤ ᠦᠦ ᠶᠤ ᠶᠦ"  # question particles
    ).split()
)
#: A suffix after a plain space: something that is not a space before it, and no letter
#: (nor a variation selector or vowel separator) right after it.
SPACED_SUFFIX = re.compile(
    "(?<=[^\\s])[ ](?P<suffix>" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + ")(?![\\w\u180b-\u180f])"
)


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


def spaced_suffixes(line: str) -> list[str]:
    """The suffixes of a source line cut off by a plain space (a comment line has none)."""
    if line.lstrip().startswith("#"):
        return []
    return [match.group("suffix") for match in SPACED_SUFFIX.finditer(line)]


def test_no_case_suffix_or_particle_follows_a_plain_space_anywhere_in_traditional_mongolian() -> None:
    assert lines_with("mn-Mong-CN", spaced_suffixes) == []


def test_the_suffix_lint_catches_a_plain_space_and_accepts_the_joined_suffix_and_free_words() -> None:
    assert spaced_suffixes("a = ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ") == ["ᠤ"]
    assert spaced_suffixes("a = 12338 ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ᠃") == ["ᠳᠤ"]
    assert spaced_suffixes("a = «ᠮᠢᠨᠤ ᠬᠡᠷᠡᠭ» ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ") == ["ᠢ"]
    assert spaced_suffixes("a = { $reference } ᠳᠤ") == ["ᠳᠤ"]
    assert spaced_suffixes(f"a = ᠲᠠᠨ{NNBSP}ᠤ ᠬᠡᠷᠡᠭ{NNBSP}ᠢ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ") == []
    assert spaced_suffixes("a = ᠲᠠᠨ ᠤᠲᠠᠰᠤ ᠢᠯᠡᠭᠡᠬᠦ") == []  # words that merely begin like a suffix
    assert spaced_suffixes("# ᠲᠠᠨ ᠤ, a comment") == []


#: Misspellings found in review (issue 10), each with its correct form: a word that starts
#: with the left side fails. ᠺᠣᠳ᠋ (code), a loanword ending in d, needs FVS1 (U+180B).
MISSPELLINGS = {
    "ᠱᠦᠭᠦᠬᠦ": "ᠱᠢᠭᠦᠬᠦ",  # court
    "ᠱᠦᠭᠦᠨ": "ᠱᠢᠭᠦᠨ",  # judicial
    "ᠣᠷᠤᠢ": "ᠣᠷᠣᠢ",  # latest, evening
    "ᠵᠢᠵᠦᠷ": "ᠵᠢᠵᠦᠭᠦᠷ",  # on duty
    "ᠲᠤᠪᠴᠢ": "ᠲᠣᠪᠴᠢ",  # button
    "ᠬᠦᠢᠴᠡᠳᠬᠡ": "ᠭᠦᠢᠴᠡᠳᠬᠡ",  # carry out
    "ᠳᠠᠨᠰᠠᠯ": "ᠳᠠᠩᠰᠠᠯ",  # register
    "ᠵᠦᠪᠰᠢᠶᠡᠷᠡ": "ᠵᠥᠪᠰᠢᠶᠡᠷᠡ",  # agree, consent
}
CODE_WITHOUT_FVS1 = re.compile("(?<![\\w])ᠺᠣᠳ(?!\u180b)")


def misspelled(line: str) -> list[str]:
    if line.lstrip().startswith("#"):
        return []
    found = [wrong for wrong in MISSPELLINGS if re.search(f"(?<![\\w]){wrong}", line)]
    return found + (["ᠺᠣᠳ without FVS1"] if CODE_WITHOUT_FVS1.search(line) else [])


def test_no_known_misspelling_and_code_keeps_its_free_variation_selector() -> None:
    assert lines_with("mn-Mong-CN", misspelled) == []


def test_the_spelling_check_itself_catches_the_wrong_forms() -> None:
    assert misspelled("a = ᠱᠦᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ") == ["ᠱᠦᠭᠦᠬᠦ"]
    assert misspelled("a = ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ ᠪᠤᠷᠤᠭᠤ") == ["ᠺᠣᠳ without FVS1"]
    assert misspelled("a = ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠪᠤᠷᠤᠭᠤ᠂ ᠵᠢᠵᠦᠭᠦᠷ ᠠᠵᠢᠯᠲᠠᠨ") == []


def text_of(message_id: str) -> str:
    """A traditional Mongolian message's whole source, U+202F read as a space."""
    message = load("mn-Mong-CN").messages[message_id]
    return FluentSerializer().serialize_entry(message).replace(NNBSP, " ")


#: The safety question and every answer or prompt about a good time say "convenient" with
#: ᠲᠣᠬᠢᠷᠠᠮᠵᠢ (as call-me-ask-phone always did); ᠲᠤᠬᠠᠢ means "about", not "convenient".
CONVENIENT = (
    "safety-check",
    "safety-yes",
    "safety-no",
    "minimal-mode",
    "minimal-ask-callback",
    "intake-ask-phone",
    "call-me-ask-phone",
)


@pytest.mark.parametrize("message_id", CONVENIENT)
def test_the_safety_question_and_its_answers_say_convenient_not_about(message_id: str) -> None:
    text = text_of(message_id)
    assert "ᠲᠣᠬᠢᠷᠠᠮᠵᠢ" in text and "ᠲᠤᠬᠠᠢ" not in text


def test_a_closed_case_says_if_the_problem_comes_back_not_if_news_comes_up() -> None:
    text = text_of("case-closed-words-kept")
    assert "ᠠᠰᠠᠭᠤᠳᠠᠯ ᠳᠠᠬᠢᠨ ᠭᠠᠷᠪᠠᠯ" in text and "ᠰᠣᠨᠢᠨ" not in text
