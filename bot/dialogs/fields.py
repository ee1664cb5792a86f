"""A question of a staff form: free text, a choice among buttons, or a date (see `bot.dialogs.staff_forms`).

Pure data, shared by the per-trigger registry (`bot.triggers`) and the hotline form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Field:
    name: str
    prompt: str  # catalog message id
    choices: tuple[str, ...] = ()  # empty: free text
    label_prefix: str = ""  # catalog id prefix of the choice labels
    min_digits: int = 0  # a phone number: at least this many digits in the answer
    #: A date field: ``past`` (not after today, not before the case) or ``next`` (after the
    #: session, not before today). Its choices are quick picks; anything typed is parsed.
    date: str = ""

    @property
    def is_choice(self) -> bool:
        return bool(self.choices) and not self.date

    @property
    def is_date(self) -> bool:
        return bool(self.date)

    def rows(self, form_key: str) -> list[list[tuple[Any, str]]]:
        buttons = [(f"{self.label_prefix}{value}", f"sf:{form_key}:{value}") for value in self.choices]
        return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


REJECT_REASONS = ("out_of_scope", "duplicate", "other_agency", "no_response", "other")
CLOSURE_CODES = ("resolved", "agreement_honoured", "referred_out", "no_response", "duplicate", "other")
SHARE_BASES = ("consent", "emergency", "child_protection")
YES = ("yes",)
#: Quick picks of a date field; ``other`` asks for a typed date, ``none`` leaves it empty.
DATE_PICKS = ("today", "yesterday", "other")
NEXT_DATE_PICKS = ("none", "other")
