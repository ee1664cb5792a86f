"""What she is told about deadlines, her rights and the law reads right in every language (issue 10)."""

from __future__ import annotations

import re
from functools import cache

import pytest
from fluent.syntax import ast
from ftl_tools import LOCALES, REFERENCE, load
from test_catalog_formatting import bundle_of, format_label

NNBSP = "\u202f"
cached_bundle = cache(bundle_of)


def formatted(locale: str, message_id: str, **args: object) -> str:
    text, errors = format_label(cached_bundle(locale), message_id, args)
    assert errors == []
    return text.replace(NNBSP, " ")


def source_lines(locale: str) -> list[str]:
    """Every line of a catalog's messages (comments left out)."""
    return [
        line
        for source in load(locale).files.values()
        for line in source.splitlines()
        if not line.lstrip().startswith("#")
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_reply_deadline_stands_after_a_label_so_as_soon_as_possible_reads_right(locale: str) -> None:
    """ "最晚会在 尽快 前回应您" came from putting a phrase where a date was expected."""
    elements = load(locale).messages["case-receipt"].value.elements
    (index,) = [
        i
        for i, element in enumerate(elements)
        if isinstance(element, ast.Placeable)
        and isinstance(element.expression, ast.VariableReference)
        and element.expression.id.name == "due"
    ]
    before = elements[index - 1].value
    assert re.search(r"[:：]\s?$", before), before[-30:]
    soon = formatted(locale, "due-soon")
    receipt = formatted(locale, "case-receipt", reference="HLB-2026-000123", pin="123456", due=soon)
    assert re.search(rf"[:：] ?{re.escape(soon)}\.?$", receipt, re.MULTILINE)


def test_the_chinese_receipt_with_no_date_says_reply_time_limit_as_soon_as_possible() -> None:
    receipt = formatted(REFERENCE, "case-receipt", reference="HLB-2026-000123", pin="123456", due="尽快")
    assert "回应时限：尽快" in receipt and "最晚" not in receipt


#: People's Mediation Law art. 33: both parties apply jointly, within 30 days of the agreement
#: taking effect. Per locale: (judicial confirmation, jointly, from the day it takes effect).
JUDICIAL_CONFIRMATION = {
    "zh-Hans-CN": ("司法确认", "共同", "自协议生效之日起 30 天内"),
    "en": ("judicial confirmation", "jointly", "within 30 days of the agreement taking effect"),
    "ru": ("судебное подтверждение", "совместно", "в течение 30 дней со дня вступления соглашения в силу"),
    "mn-Cyrl-MN": ("шүүхээр баталгаажуулах", "хамтран", "хүчин төгөлдөр болсон өдрөөс хойш 30 хоногийн дотор"),
    "mn-Mong-CN": (
        "ᠱᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠬᠤ ᠪᠠᠲᠤᠯᠠᠯᠲᠠ",
        "ᠬᠠᠮᠲᠤ",
        "ᠬᠦᠴᠦᠨ ᠲᠡᠭᠦᠯᠳᠡᠷ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ 30 ᠡᠳᠦᠷ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ",
    ),
}
AGREEMENT_MESSAGES = {
    "status-agreement": {},
    "notice-reach_agreement": {"reference": "HLB-2026-000123"},
    "staff-agreement-window": {"due": "2026-04-05"},
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("message_id", sorted(AGREEMENT_MESSAGES))
def test_judicial_confirmation_is_applied_for_jointly_within_30_days_of_the_agreement_taking_effect(
    locale: str, message_id: str
) -> None:
    text = formatted(locale, message_id, **AGREEMENT_MESSAGES[message_id]).casefold()
    missing = [phrase for phrase in JUDICIAL_CONFIRMATION[locale] if phrase.casefold() not in text]
    assert missing == [], text


#: The Anti-Domestic Violence Law gives her two tools to name: the police's written warning
#: to the abuser (告诫书, art. 16) and the court's personal safety protection order (人身安全保护令,
#: art. 23). The foreign-language texts keep the Chinese names, so she can ask for them here.
PROTECTION = {
    "zh-Hans-CN": ("告诫书", "人身安全保护令"),
    "en": ("written warning (告诫书)", "personal safety protection order (人身安全保护令)"),
    "ru": ("письменное предупреждение (告诫书)", "приказ о защите личной безопасности (人身安全保护令)"),
    "mn-Cyrl-MN": ("бичгээр сануулга (告诫书)", "хувь хүний аюулгүй байдлыг хамгаалах шийдвэр (人身安全保护令)"),
    "mn-Mong-CN": ("ᠰᠡᠷᠡᠮᠵᠢᠯᠡᠭᠦᠯᠬᠦ ᠪᠢᠴᠢᠭ", "ᠬᠦᠮᠦᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠲᠤᠰᠢᠶᠠᠯ"),
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("message_id", ["emergency-numbers", "help-text"])
def test_the_danger_and_rights_guidance_names_the_protection_order_and_the_police_warning(
    locale: str, message_id: str
) -> None:
    text = formatted(locale, message_id)
    assert [name for name in PROTECTION[locale] if name not in text] == [], text


@pytest.mark.parametrize("locale", LOCALES)
def test_quick_exit_has_one_name_on_every_button_and_menu(locale: str) -> None:
    name = formatted(locale, "button-exit")
    assert formatted(locale, "web-quick-exit") == name
    assert formatted(locale, "telegram-command-exit").startswith(name)


def test_the_chinese_catalog_always_says_nin_never_ni() -> None:
    assert [line for line in source_lines(REFERENCE) if "你" in line] == []


#: Russians know 112 (and 102, 103), Mongolian citizens 102 and 103: the numbers she is given
#: are said to be China's, and the ones she would dial at home are named as not these.
IN_CHINA = {"ru": ("Китая", ("112", "102", "103")), "mn-Cyrl-MN": ("Хятадын", ("102", "103"))}
EMERGENCY_TEXTS = {
    "emergency-numbers": {},
    "case-receipt": {"reference": "HLB-2026-000123", "pin": "123456", "due": "2026-03-10"},
    "web-danger-local": {},
    "help-text": {},
}


@pytest.mark.parametrize("locale", sorted(IN_CHINA))
@pytest.mark.parametrize("message_id", sorted(EMERGENCY_TEXTS))
def test_emergency_numbers_are_said_to_be_chinas_and_the_home_numbers_are_ruled_out(
    locale: str, message_id: str
) -> None:
    country, home_numbers = IN_CHINA[locale]
    text = formatted(locale, message_id, **EMERGENCY_TEXTS[message_id])
    assert country in text and all(number in text for number in home_numbers), text


@pytest.mark.parametrize(
    ("count", "noun"),
    [(1, "обращение"), (2, "обращения"), (5, "обращений"), (21, "обращение"), (22, "обращения"), (25, "обращений")],
)
def test_the_russian_case_list_agrees_with_its_number_and_never_says_it_for_twenty_one(count: int, noun: str) -> None:
    """CLDR's "one" covers 1, 21, 31…: that variant must not speak of a single case ("него")."""
    text = formatted("ru", "cases-list", count=count)
    assert f"{count} {noun}." in text and "него" not in text


@pytest.mark.parametrize("message_id", ["menu-cases", "telegram-command-cases"])
def test_cyrillic_mongolian_calls_her_cases_requests_not_criminal_cases(message_id: str) -> None:
    assert formatted("mn-Cyrl-MN", message_id) == "Миний хүсэлтүүд"
