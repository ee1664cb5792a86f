"""Short guided forms staff fill in before a trigger fires (one question per message).

A field is free text, a choice among buttons, or a date (quick buttons, or a typed date
that is parsed and checked); a form's answers become the trigger's data. Forms whose
record matters most are shown back for confirmation before anything is saved.
Validation of the data itself stays in `workflows.rules`.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from bot.dialogs.fields import Field
from bot.triggers import TRIGGERS
from workflows.case import Actor
from workflows.services.hotline import HotlineCall
from workflows.vocabulary import ASSESSED_RISKS, REGIONS, UNKNOWN_REGION, Risk, Service, Trigger

if TYPE_CHECKING:
    from bot.dialogs.turn import Turn
    from workflows.case import Actor


#: Each trigger's form, from the per-trigger registry (`bot.triggers`).
FORMS: dict[Trigger, tuple[Field, ...]] = {trigger: spec.form for trigger, spec in TRIGGERS.items() if spec.form}

HOTLINE_FORM: tuple[Field, ...] = (
    Field("service", "hotline-ask-service", tuple(s.value for s in Service), "service-"),
    Field("region", "hotline-ask-region", (*REGIONS, UNKNOWN_REGION), "region-"),
    Field(
        "language", "hotline-ask-language", ("zh-Hans-CN", "mn-Mong-CN", "mn-Cyrl-MN", "ru", "en"), "hotline-language-"
    ),
    Field("description", "hotline-ask-description"),
    Field("phone", "hotline-ask-phone", min_digits=5),
    Field("safe_times", "hotline-ask-safe-times"),
    Field("risk", "hotline-ask-risk", ASSESSED_RISKS, "risk-"),
    Field("minor", "hotline-ask-minor", ("yes", "no"), "button-"),
)


def trigger_data(trigger: Trigger, answers: dict[str, str]) -> dict[str, Any]:
    """Form answers → the data the trigger's guard expects (the registry row's ``to_data``)."""
    return TRIGGERS[trigger].to_data(answers)


#: Forms shown back in full, with Confirm and Cancel, before the trigger fires.
REVIEWS: dict[Trigger, str] = {trigger: spec.review for trigger, spec in TRIGGERS.items() if spec.review}

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str) -> date | None:
    """A typed date: year-month-day with ``-`` ``/`` ``.`` or 年月日, full-width digits too."""
    found = _DATE.match(unicodedata.normalize("NFKC", text).strip())
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def picked_date(pick: str, today: date) -> date | None:
    """The day a quick pick means (None for ``none`` and ``other``)."""
    return {"today": today, "yesterday": today - timedelta(days=1)}.get(pick)


def date_bounds(field: Field, today: date, opened: date, answers: dict[str, str]) -> tuple[date | None, date | None]:
    """(earliest, latest) a date field accepts.

    A session that took place lies between the case's registration and today; the next
    one lies after that session and not in the past.
    """
    if field.date == "past":
        return opened, today
    session = date.fromisoformat(answers["session_date"]) if answers.get("session_date") else today
    return max(today, session + timedelta(days=1)), None


def shown(field: Field, value: str | None) -> dict[str, Any]:
    """An answer as a catalog reference: a choice by its label, anything else as written."""
    if value and field.label_prefix and not field.is_date:
        return {"$msg": field.label_prefix + value}
    return {"$text": value or "—"}


def answer_args(fields: tuple[Field, ...], answers: dict[str, Any]) -> dict[str, Any]:
    """Every field's answer by field name: the arguments of a review, or of a card's record line."""
    return {field.name: shown(field, answers.get(field.name)) for field in fields}


CANCEL_ROW = [("staff-button-cancel", "sf:cancel")]


@dataclass
class FormProgress:
    """A staff form under way, kept between turns in `ConversationState.staff_form` (as `stored`)."""

    #: The trigger's value, or ``hotline``.
    name: str
    #: The case it is about ("" for a hotline call).
    ref: str
    #: The question being asked.
    index: int = 0
    answers: dict[str, str] = dataclasses.field(default_factory=dict)
    #: A date question: she chose to type the date.
    typing: bool = False
    #: Every question answered; shown back, waiting for Confirm.
    review: bool = False

    @classmethod
    def load(cls, stored: dict[str, Any] | None) -> FormProgress | None:
        if not stored:
            return None
        return cls(
            name=stored["name"],
            ref=stored.get("ref", ""),
            index=stored.get("index", 0),
            answers=dict(stored.get("answers") or {}),
            typing=bool(stored.get("typing")),
            review=bool(stored.get("review")),
        )

    def stored(self) -> dict[str, Any]:
        kept: dict[str, Any] = {"name": self.name, "ref": self.ref, "index": self.index, "answers": self.answers}
        if self.typing:
            kept["typing"] = True
        if self.review:
            kept["review"] = True
        return kept

    @property
    def fields(self) -> tuple[Field, ...]:
        return HOTLINE_FORM if self.name == "hotline" else FORMS[Trigger(self.name)]

    @property
    def button_prefix(self) -> str:
        """What the current question's buttons start with (``sf:<name>.<index>:``)."""
        return f"sf:{self.name}.{self.index}:"


class FormRunner:
    """The guided forms of `bot.dialogs.staff.StaffDialog`: one question per message, each with
    Cancel; dates checked; the important records shown back before they are saved.

    A mixin: it relies on the dialog's ``menu``, ``visible_case``, ``fire``, ``register_call``
    and ``show_card_after``.
    """

    def start_form(self, turn: Turn, name: str, reference: str, fields: tuple[Field, ...]) -> None:
        if not fields:
            return
        self.ask_field(turn, FormProgress(name, reference))

    def ask_field(self, turn: Turn, form: FormProgress) -> None:
        """Ask the form's current question (and keep where the form stands)."""
        turn.state.staff_form = form.stored()
        field = form.fields[form.index]
        reference = {"$text": form.ref}
        turn.go("staff:form")
        if form.typing:
            turn.say("staff-ask-date-typed", buttons=[CANCEL_ROW], safety=False, reference=reference)
            return
        rows = field.rows(f"{form.name}.{form.index}") if field.choices else []
        turn.say(field.prompt, buttons=[*rows, CANCEL_ROW], safety=False, reference=reference)

    async def on_form(self, turn: Turn, actor: Actor) -> None:
        form = FormProgress.load(turn.state.staff_form)
        if turn.inbound.action == "sf:cancel" or form is None:
            await self.cancel_form(turn, actor, form)
            return
        if form.review:
            if turn.inbound.action == "sf:confirm":
                await self.finish_form(turn, actor, form)
            else:
                turn.say("reask-use-buttons", safety=False)
                self.show_review(turn, form)
            return
        fields = form.fields
        field = fields[form.index]
        value = await self.read_answer(turn, form, field)
        if value is None:
            return  # asked again, with the reason
        if value:  # an optional date left empty is not stored at all, never as "none"
            form.answers[field.name] = value[:4000]
        form.index += 1
        form.typing = False
        if form.index < len(fields):
            self.ask_field(turn, form)
        elif form.name != "hotline" and Trigger(form.name) in REVIEWS:
            form.review = True
            self.show_review(turn, form)
        else:
            await self.finish_form(turn, actor, form)

    async def read_answer(self, turn: Turn, form: FormProgress, field: Field) -> str | None:
        """Her answer to ``field``, or None after asking again (with the reason)."""
        if field.is_date:
            return await self.read_date(turn, form, field)
        if field.is_choice:
            prefix = form.button_prefix
            value = turn.inbound.action[len(prefix) :] if turn.inbound.action.startswith(prefix) else None
            if value not in field.choices:
                turn.say("reask-use-buttons", safety=False)
                self.ask_field(turn, form)
                return None
            return value
        value = turn.text.strip()
        if not value:
            self.ask_field(turn, form)
            return None
        if sum(ch.isdigit() for ch in value) < field.min_digits:
            turn.say("staff-form-needs-number", safety=False)
            self.ask_field(turn, form)
            return None
        return value

    async def read_date(self, turn: Turn, form: FormProgress, field: Field) -> str | None:
        """A quick pick or a typed date, checked against the case (ISO ``YYYY-MM-DD``; "" for none)."""
        today = turn.now.astimezone(turn.context.zone).date()
        prefix = form.button_prefix
        action = turn.inbound.action
        if action.startswith(prefix) and action[len(prefix) :] in field.choices:
            pick = action[len(prefix) :]
            if pick == "none":
                return ""
            if pick == "other":
                form.typing = True
                self.ask_field(turn, form)
                return None
            day = picked_date(pick, today)
        elif action:
            turn.say("reask-use-buttons", safety=False)
            self.ask_field(turn, form)
            return None
        else:
            day = parse_date(turn.text)
        if day is None:
            turn.say("staff-date-not-understood", safety=False)
            self.ask_field(turn, form)
            return None
        case = await turn.uow.cases.get(form.ref)
        opened = case.created_at.astimezone(turn.context.zone).date() if case and case.created_at else today
        earliest, latest = date_bounds(field, today, opened, form.answers)
        if earliest is not None and day < earliest:
            turn.say("staff-date-too-early", earliest={"$text": earliest.isoformat()}, safety=False)
        elif latest is not None and day > latest:
            turn.say("staff-date-too-late", latest={"$text": latest.isoformat()}, safety=False)
        else:
            return day.isoformat()
        self.ask_field(turn, form)
        return None

    def show_review(self, turn: Turn, form: FormProgress) -> None:
        """Everything she answered, to confirm before it is saved (or cancel: nothing is saved)."""
        turn.state.staff_form = form.stored()
        trigger = Trigger(form.name)
        turn.say(
            REVIEWS[trigger],
            buttons=[[("button-confirm", "sf:confirm"), ("staff-button-cancel", "sf:cancel")]],
            safety=False,
            reference={"$text": form.ref},
            **answer_args(FORMS[trigger], form.answers),
        )
        turn.go("staff:form")

    async def cancel_form(self, turn: Turn, actor: Actor, form: FormProgress | None) -> None:
        """Nothing is saved; back to the case card the form was about (or the menu)."""
        turn.state.staff_form = None
        reference = (form.ref if form else "") or turn.state.staff_relay or ""
        turn.state.staff_relay = None
        turn.say("staff-cancelled", safety=False)
        turn.go("staff")
        if reference:
            await self.show_card_after(turn, actor, reference)
        else:
            self.menu(turn, actor)

    async def finish_form(self, turn: Turn, actor: Actor, form: FormProgress) -> None:
        turn.state.staff_form = None
        turn.go("staff")
        if form.name == "hotline":
            await self.register_call(turn, actor, form.answers)
            return
        case = await self.visible_case(turn, actor, form.ref)
        if case is not None:
            trigger = Trigger(form.name)
            await self.fire(turn, actor, case, trigger, trigger_data(trigger, form.answers))


def hotline_call(actor: Actor, now: Any, answers: dict[str, str]) -> HotlineCall:
    """The hotline form's answers (`HOTLINE_FORM`) as the call to register."""
    return HotlineCall(
        actor=actor,
        now=now,
        service=Service(answers["service"]),
        region=answers["region"],
        language=answers["language"],
        description=answers["description"],
        risk=Risk(answers["risk"]),
        phone=answers.get("phone", ""),
        safe_times=answers.get("safe_times", ""),
        minor=answers.get("minor") == "yes",
    )
