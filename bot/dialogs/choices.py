"""The menus a reporter chooses from, as button rows with short action data.

Action data is parsed only against the options of the step she is at, so a
button from an earlier step, another conversation or a forged one matches nothing.
"""

from __future__ import annotations

from typing import Any

from bot.i18n import PICKER_ORDER, hint_to_locale
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Service

Rows = list[list[tuple[Any, str]]]


def in_rows(buttons: list[tuple[Any, str]], per_row: int) -> Rows:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def hinted_first(hint: str) -> tuple[str, ...]:
    """What a channel's language hint pre-selects; plain ``mn`` could be either script."""
    if hint.strip().lower() == "mn":
        return ("mn-Mong-CN", "mn-Cyrl-MN")
    tag = hint_to_locale(hint)
    return (tag,) if tag else ()


def language_rows(locales: tuple[str, ...], first: tuple[str, ...] = ()) -> Rows:
    """Each language in its own name and script (message ``language-self`` of its own catalog).

    A hinted language comes first but all are shown: the hint is only a guess. The last
    row leads to "call me in my language", for languages with no written standard in use.
    """
    ordered = [tag for tag in (*first, *PICKER_ORDER) if tag in locales]
    ordered = list(dict.fromkeys(ordered))
    rows = in_rows([({"$msg": "language-self", "locale": tag}, f"lang:{tag}") for tag in ordered], 2)
    return [*rows, [("call-me-in-my-language", "call:spoken")]]


#: Spoken languages with no written standard in use (Daur, Evenki, Oroqen), and China Buryat,
#: which reads traditional Mongolian: the text locale each is offered (locales.md).
SPOKEN_LANGUAGES = {"dta": "zh-Hans-CN", "evn": "zh-Hans-CN", "orh": "zh-Hans-CN", "bxu": "mn-Mong-CN"}


def spoken_rows() -> Rows:
    """Each spoken language named in Chinese and in traditional Mongolian."""
    labels = [
        (
            {
                "$msg": "spoken-language-label",
                "args": {
                    "zh": {"$msg": f"spoken-language-{code}", "locale": "zh-Hans-CN"},
                    "mn": {"$msg": f"spoken-language-{code}", "locale": "mn-Mong-CN"},
                },
            },
            f"spoken:{code}",
        )
        for code in SPOKEN_LANGUAGES
    ]
    return [[label] for label in labels]


def service_rows() -> Rows:
    return in_rows([(f"service-{s.value}", f"svc:{s.value}") for s in Service], 2)


def region_rows() -> Rows:
    buttons = [(f"region-{code}", f"reg:{code}") for code in REGIONS]
    return [*in_rows(buttons, 2), [(f"region-{UNKNOWN_REGION}", f"reg:{UNKNOWN_REGION}")]]


INVOLVED = ("child", "elder", "both", "none")
CONTACTS = ("this_chat", "phone_callback", "no_contact")


def involved_rows() -> Rows:
    return in_rows([(f"involved-{v}", f"inv:{v}") for v in INVOLVED], 2)


def contact_rows() -> Rows:
    return [[(f"contact-{v}", f"contact:{v}")] for v in CONTACTS]


def identity_rows() -> Rows:
    return [[("identity-anonymous", "id:anonymous"), ("identity-named", "id:named")]]


def yes_no_rows(prefix: str, yes: str = "button-yes", no: str = "button-no") -> Rows:
    return [[(yes, f"{prefix}:yes"), (no, f"{prefix}:no")]]


def review_rows(fields: tuple[str, ...]) -> Rows:
    """A button to change each answer named in ``fields`` (``review-change-<field>``), then Confirm."""
    changes = [(f"review-change-{f}", f"chg:{f}") for f in fields]
    return [*in_rows(changes, 2), [("button-confirm", "confirm")]]


def menu_rows() -> Rows:
    return [
        [("menu-new", "menu:new")],
        [("menu-cases", "menu:cases")],
        [("menu-order", "menu:order")],
        [("menu-my-orders", "menu:orders")],
        [("menu-language", "menu:language"), ("menu-help", "menu:help")],
    ]


def parse(action: str, prefix: str, allowed: tuple[str, ...] | frozenset[str]) -> str | None:
    """The value of ``prefix:value`` when the value is one of ``allowed``; else None."""
    head, _, value = action.partition(":")
    return value if head == prefix and value in allowed else None
