"""Her side of service orders (点单): order a lecture, a team visit or a 十送 event for her place,
and follow her orders. docs/orders.md.

The questions are one table (`QUESTIONS`): kind, topic, region, place kind, place name, preferred
dates, audience, language, format, contact, then the review. A button is read only against the
options of the step she is at (a forged or stale button matches nothing); typed answers are
checked at their step (a date in the past, "many" people, a place name of thousands of
characters) and the step is asked again with what is wrong, in her language, and nothing of the
bad answer kept. Placing the order is `workflows.services.orders.place_order`; opening one is
`open_order` (the PIN gate's rules); her cancelling is `cancel_order`. The draft lives in the
conversation state (`ConversationState.order`), sealed at rest with the rest of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.dialogs import choices
from bot.dialogs.cases import credentials_in
from bot.dialogs.order_dates import DateProblem, parse_dates
from bot.dialogs.turn import Turn
from workflows.case import Actor
from workflows.errors import InvalidTransition, MissingData, NotPermitted, PinPaused, WrongPin
from workflows.orders import (
    DeliveryLanguage,
    Format,
    Order,
    OrderKind,
    OrderNotFound,
    PlaceKind,
    Topic,
    normalize_order_reference,
)
from workflows.orders_validation import (
    MAX_AUDIENCE,
    MAX_CONTACT,
    MAX_PLACE_NAME,
    InvalidOrder,
    OrderRequest,
    fold_spaces,
    parse_count,
)
from workflows.readmodels import NotErasable
from workflows.services.orders import OrderContext, cancel_order, erase_own_order, open_order, place_order
from workflows.services.pin_gate import EnterPin
from workflows.vocabulary import REGIONS

CHOICE, TEXT, REVIEW = "choice", "text", "review"
#: The most she may type at a text step before it is refused unread (a place name, her contact).
MAX_TYPED = 2 * MAX_PLACE_NAME + 2 * MAX_CONTACT


@dataclass(frozen=True)
class OrderQuestion:
    step: str
    prompt: str
    kind: str
    #: Where the answer is kept in the draft (`ConversationState.order`), and the order field it names.
    key: str = ""
    prefix: str = ""
    values: tuple[str, ...] = ()
    #: The catalog message of each value (its label on a button and on the review).
    label: str = ""
    per_row: int = 1
    #: A button beside the typed answer ("No preference", "No contact"): ``(label, action)``.
    skip: tuple[str, str] | None = None


QUESTIONS: tuple[OrderQuestion, ...] = (
    OrderQuestion(
        "order:kind", "order-ask-kind", CHOICE, "kind", "okind", tuple(k.value for k in OrderKind), "orders-kind-"
    ),
    OrderQuestion(
        "order:topic", "order-ask-topic", CHOICE, "topic", "otopic", tuple(t.value for t in Topic), "orders-topic-"
    ),
    OrderQuestion("order:region", "order-ask-region", CHOICE, "region", "oreg", tuple(REGIONS), "region-", per_row=2),
    OrderQuestion(
        "order:place_kind",
        "order-ask-place-kind",
        CHOICE,
        "place_kind",
        "oplace",
        tuple(p.value for p in PlaceKind),
        "orders-place-",
        per_row=2,
    ),
    OrderQuestion("order:place_name", "order-ask-place-name", TEXT, "place_name"),
    OrderQuestion(
        "order:dates", "order-ask-dates", TEXT, "preferred_dates", skip=("order-button-no-dates", "odates:none")
    ),
    OrderQuestion("order:audience", "order-ask-audience", TEXT, "audience"),
    OrderQuestion(
        "order:language",
        "order-ask-language",
        CHOICE,
        "language",
        "olang",
        tuple(v.value for v in DeliveryLanguage),
        "orders-language-",
        per_row=2,
    ),
    OrderQuestion(
        "order:format",
        "order-ask-format",
        CHOICE,
        "format",
        "ofmt",
        tuple(f.value for f in Format),
        "orders-format-",
        2,
    ),
    OrderQuestion(
        "order:contact", "order-ask-contact", TEXT, "contact", skip=("order-button-no-contact", "ocontact:none")
    ),
    OrderQuestion("order:review", "order-review", REVIEW),
)
BY_STEP = {q.step: q for q in QUESTIONS}
BY_KEY = {q.key: q for q in QUESTIONS if q.key}
#: The answers the review offers to change (the button label is the field's name, `orders-field-<key>`).
CHANGEABLE = tuple(q.key for q in QUESTIONS if q.key)
#: Where an `InvalidOrder` from the use case sends her back to.
FIELD_STEP = {
    **{q.key: q.step for q in QUESTIONS if q.key},
    "contact_name": "order:contact",
    "contact_phone": "order:contact",
}
#: Her steps besides the questions: her list, the PIN of one order, the reason she cancels.
OTHER_STEPS = ("order:mine", "order:pin", "order:cancel")
STEPS = (*BY_STEP, *OTHER_STEPS)
#: Steps where what she types is an answer (words, not a command or a case lookup).
TEXT_STEPS = (*(q.step for q in QUESTIONS if q.kind == TEXT), "order:pin", "order:cancel")

#: An order reference, then (after a few signs or words such as "PIN") six digits.
_ORDER_CREDENTIALS = re.compile(
    r"(HLO\s*[-\u2010-\u2015\u2212\u30fc]\s*[0-9]{4}\s*[-\u2010-\u2015\u2212\u30fc]\s*[0-9]{6})"
    r"[^0-9]{0,24}?(?<![0-9])([0-9](?:[ \t]?[0-9]){5})(?![0-9])",
    re.IGNORECASE | re.ASCII,
)
_PHONE = re.compile(r"\+?[0-9][0-9 ()\-]{4,}[0-9]")


def _folded(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)


def order_credentials(text: str) -> tuple[str, str] | None:
    """(reference, PIN) when the text carries an order reference followed by a PIN, else None."""
    match = _ORDER_CREDENTIALS.search(_folded(text))
    if match is None:
        return None
    return normalize_order_reference(match.group(1)), match.group(2).replace(" ", "").replace("\t", "")


def split_contact(text: str) -> tuple[str, str]:
    """(name, phone) from one line: the phone is the run of digits, the name the rest."""
    folded = " ".join(_folded(text).split())
    match = _PHONE.search(folded)
    if match is None:
        return folded, ""
    phone = match.group(0).strip()
    name = " ".join((folded[: match.start()] + " " + folded[match.end() :]).replace(",", " ").split())
    return name, phone


def order_context(turn: Turn) -> OrderContext:
    return OrderContext(tz=turn.context.zone, policy=turn.context.policy, publish=turn.context.publish)


def _value_label(question: OrderQuestion, value: str) -> dict[str, Any]:
    return {"$msg": f"{question.label}{value}"}


def describe(order: Order) -> dict[str, Any]:
    """The arguments of an order's card: what was ordered, where, for how many, and its date."""
    schedule: dict[str, Any] = {"$msg": "order-card-no-date"}
    if order.scheduled_at is not None:
        schedule = {
            "$msg": "order-card-when",
            "args": {"when": {"$date": order.scheduled_at.isoformat()}, "venue": {"$text": order.venue}},
        }
    return {
        "reference": {"$text": order.reference},
        "state": {"$msg": f"orders-state-{order.state.value}"},
        "kind": {"$msg": f"orders-kind-{order.kind.value}"},
        "topic": {"$msg": f"orders-topic-{order.topic.value}"},
        "place_kind": {"$msg": f"orders-place-{order.place_kind.value}"},
        "place": {"$text": order.place_name},
        "region": {"$msg": f"region-{order.region}"},
        "audience": order.audience,
        "language": {"$msg": f"orders-language-{order.language.value}"},
        "format": {"$msg": f"orders-format-{order.format.value}"},
        "schedule": schedule,
    }


class OrderDesk:
    """Her order questions and her orders; ``on_menu`` takes her back to the main menu."""

    def __init__(self, on_menu: Callable[[Turn], None], menu_choice: Callable[[Turn], Awaitable[None]]) -> None:
        self.to_menu = on_menu
        #: Her main menu's handler: a menu button pressed during an order or in her orders is that choice.
        self.menu_choice = menu_choice
        self.steps = {step: self.on_step for step in STEPS}

    # --- prompts -------------------------------------------------------------------

    def start(self, turn: Turn) -> None:
        turn.state.order = {}
        self.ask(turn, QUESTIONS[0].step)

    def draft(self, turn: Turn) -> dict[str, Any]:
        if turn.state.order is None:
            turn.state.order = {}
        return turn.state.order

    def ask(self, turn: Turn, step: str) -> None:
        turn.go(step)
        question = BY_STEP.get(step)
        if question is None:
            if step == "order:pin":
                turn.say("order-ask-pin", reference={"$text": self.draft(turn).get("open", "")})
            elif step == "order:cancel":
                turn.say("order-ask-cancel-reason")
            else:
                self.to_menu(turn)
            return
        if question.kind == CHOICE:
            buttons = [(_value_label(question, v)["$msg"], f"{question.prefix}:{v}") for v in question.values]
            turn.say(question.prompt, buttons=choices.in_rows(buttons, question.per_row))
        elif question.kind == TEXT:
            turn.say(question.prompt, buttons=[[question.skip]] if question.skip else [])
        else:
            turn.say(question.prompt, buttons=self.review_rows(), **self.review_args(self.draft(turn)))

    @staticmethod
    def review_rows() -> list[list[tuple[Any, str]]]:
        changes = [(f"orders-field-{'contact_name' if k == 'contact' else k}", f"ochg:{k}") for k in CHANGEABLE]
        return [*choices.in_rows(changes, 2), [("button-confirm", "oconfirm")]]

    @staticmethod
    def review_args(draft: dict[str, Any]) -> dict[str, Any]:
        def label(key: str) -> dict[str, Any]:
            question = BY_KEY[key]
            return _value_label(question, str(draft.get(key, "")))

        dates = draft.get("preferred_dates") or []
        return {
            "kind": label("kind"),
            "topic": label("topic"),
            "region": label("region"),
            "place_kind": label("place_kind"),
            "place": {"$text": draft.get("place_name", "")},
            "dates": {"$text": ", ".join(dates)} if dates else {"$msg": "order-review-no-dates"},
            "audience": draft.get("audience", ""),
            "language": label("language"),
            "format": label("format"),
            "contact": {"$text": draft["contact"]} if draft.get("contact") else {"$msg": "order-review-no-contact"},
        }

    # --- answers -------------------------------------------------------------------

    async def on_step(self, turn: Turn) -> None:
        if turn.inbound.action.startswith("menu:"):  # a menu button of an earlier message: her choice now
            turn.state.order = None
            await self.menu_choice(turn)
            return
        if turn.step in TEXT_STEPS and (credentials_in(turn.text) or order_credentials(turn.text)):
            turn.say("order-credentials-not-kept")  # a key to a case or an order: never kept as words
            self.ask(turn, turn.step)
            return
        if turn.step == "order:mine":
            await self.on_mine(turn)
        elif turn.step == "order:pin":
            await self.on_pin(turn)
        elif turn.step == "order:cancel":
            await self.on_cancel_reason(turn)
        else:
            question = BY_STEP[turn.step]
            handler = {CHOICE: self.on_choice, TEXT: self.on_text, REVIEW: self.on_review}[question.kind]
            await handler(turn, question)

    def _next(self, turn: Turn, question: OrderQuestion) -> None:
        draft = self.draft(turn)
        if draft.get("review"):
            self.ask(turn, "order:review")
            return
        index = QUESTIONS.index(question)
        self.ask(turn, QUESTIONS[index + 1].step)

    def _reask(self, turn: Turn) -> None:
        turn.say("reask-not-kept" if turn.text.strip() else "reask-use-buttons")
        self.ask(turn, turn.step)

    async def on_choice(self, turn: Turn, question: OrderQuestion) -> None:
        value = choices.parse(turn.inbound.action, question.prefix, question.values)
        if value is None:
            self._reask(turn)
            return
        self.draft(turn)[question.key] = value
        self._next(turn, question)

    def _invalid(self, turn: Turn, problem: str, field: str) -> None:
        turn.say(f"orders-invalid-{problem}", field={"$msg": f"orders-field-{field}"})
        self.ask(turn, turn.step)

    async def on_text(self, turn: Turn, question: OrderQuestion) -> None:
        action = turn.inbound.action
        if question.skip is not None and action == question.skip[1]:
            self.draft(turn)[question.key] = [] if question.key == "preferred_dates" else ""
            self._next(turn, question)
            return
        text = turn.text
        if not text.strip():
            if action:
                self._reask(turn)
            else:  # only spaces typed: say what is missing
                self._invalid(turn, "missing", "contact_name" if question.key == "contact" else question.key)
            return
        if len(text) > MAX_TYPED:  # thousands of characters: refused unread, nothing kept
            field = "contact_name" if question.key == "contact" else question.key
            self._invalid(turn, "too_long", field)
            return
        if question.key == "place_name":
            name = fold_spaces(text)
            if len(name) > MAX_PLACE_NAME:
                self._invalid(turn, "too_long", "place_name")
                return
            self.draft(turn)["place_name"] = name
        elif question.key == "preferred_dates":
            try:
                found = parse_dates(text, turn.now.astimezone(turn.context.zone).date())
            except DateProblem as problem:
                self._invalid(turn, problem.problem, "preferred_dates")
                return
            self.draft(turn)["preferred_dates"] = [d.isoformat() for d in found]
        elif question.key == "audience":
            try:
                number = parse_count(text, field="audience", minimum=1, maximum=MAX_AUDIENCE)
            except InvalidOrder as invalid:
                if invalid.problem == "not_a_number":
                    turn.say("order-audience-many")
                    self.ask(turn, question.step)
                else:
                    self._invalid(turn, invalid.problem, "audience")
                return
            self.draft(turn)["audience"] = number
        elif question.key == "contact":
            name, phone = split_contact(text)
            if len(name) > MAX_CONTACT or len(phone) > MAX_CONTACT:
                self._invalid(turn, "too_long", "contact_name" if len(name) > MAX_CONTACT else "contact_phone")
                return
            self.draft(turn)["contact"] = " ".join(part for part in (name, phone) if part)
        self._next(turn, question)

    async def on_review(self, turn: Turn, question: OrderQuestion) -> None:
        action = turn.inbound.action
        change = choices.parse(action, "ochg", CHANGEABLE)
        if change is not None:
            self.draft(turn)["review"] = True
            self.ask(turn, BY_KEY[change].step)
            return
        if action != "oconfirm":
            self._reask(turn)
            return
        draft = self.draft(turn)
        missing = next((q for q in QUESTIONS if q.key and q.key not in draft), None)
        if missing is not None:  # an answer lost (an old conversation): ask it, then back here
            draft["review"] = True
            self.ask(turn, missing.step)
            return
        await self.place(turn, draft)

    async def place(self, turn: Turn, draft: dict[str, Any]) -> None:
        name, phone = split_contact(draft.get("contact", ""))
        request = OrderRequest(
            kind=draft["kind"],
            topic=draft["topic"],
            region=draft["region"],
            place_kind=draft["place_kind"],
            place_name=draft["place_name"],
            language=draft["language"],
            format=draft["format"],
            audience=draft["audience"],
            preferred_dates=tuple(date.fromisoformat(d) for d in draft.get("preferred_dates") or ()),
            contact_name=name,
            contact_phone=phone,
            locale=turn.locale,
            channel=turn.inbound.channel,
        )
        try:
            placed = await place_order(
                turn.uow, request=request, actor=Actor.reporter(turn.person.id), now=turn.now, ctx=order_context(turn)
            )
        except InvalidOrder as invalid:
            draft["review"] = True
            turn.say(invalid.message_id, **invalid.args)
            self.ask(turn, FIELD_STEP.get(invalid.field, "order:review"))
            return
        turn.state.order = None
        turn.say("order-placed", reference={"$text": placed.order.reference})
        if placed.pin is not None:
            turn.say("order-placed-pin", pin={"$text": placed.pin})
        self.to_menu(turn)

    # --- her orders ------------------------------------------------------------------

    async def show_mine(self, turn: Turn) -> None:
        orders = await turn.uow.orders.of_orderer(turn.person.id)
        if not orders:
            turn.say("order-mine-none")
            self.to_menu(turn)
            return
        lines = [
            {
                "$msg": "order-mine-line",
                "args": {"reference": {"$text": o.reference}, "state": {"$msg": f"orders-state-{o.state.value}"}},
            }
            for o in orders
        ]
        buttons = [[({"$text": o.reference}, f"omine:{o.reference}")] for o in orders[:10]]
        turn.say("order-mine-list", lines={"$list": lines}, buttons=[*buttons, [("order-button-back", "omenu")]])
        turn.go("order:mine")

    async def on_mine(self, turn: Turn) -> None:
        action = turn.inbound.action
        if action == "omenu":
            turn.state.order = None
            self.to_menu(turn)
            return
        if action.startswith("ocancel:") and await self.on_cancel_button(turn):
            return
        if action.startswith(("oerase:", "oerased:")) and await self.on_erase_button(turn):
            return
        reference = action.partition(":")[2] if action.startswith("omine:") else ""
        mine = {o.reference: o for o in await turn.uow.orders.of_orderer(turn.person.id)}
        order = mine.get(reference)
        if order is None:  # a forged or stale button, or words: her list again
            turn.say("reask-not-kept" if turn.text.strip() else "reask-use-buttons")
            await self.show_mine(turn)
            return
        if order.pin_hash is None:
            self.present(turn, order)
            return
        turn.state.order = {"open": order.reference}
        self.ask(turn, "order:pin")

    async def on_pin(self, turn: Turn) -> None:
        reference = self.draft(turn).get("open", "")
        pin = _folded(turn.text).strip().replace(" ", "")
        if not (len(pin) == 6 and pin.isdigit()):
            self.ask(turn, "order:pin")
            return
        await self.lookup(turn, reference, pin)

    async def lookup(self, turn: Turn, reference: str, pin: str) -> None:
        """Her order by reference and PIN, behind the PIN gate's bounds (`open_order`)."""
        command = EnterPin(
            person_id=turn.person.id,
            conversation=turn.inbound.address,
            pin=pin,
            now=turn.now,
            reference=reference,
            network=turn.inbound.source,
        )
        try:
            order = await open_order(turn.uow, command, publish=turn.context.publish)
        except PinPaused as paused:
            turn.state.order = None
            turn.say("cases-pin-paused", until={"$date": paused.until.isoformat()})
            self.to_menu(turn)
            return
        except WrongPin as wrong:
            turn.say("cases-pin-wrong", left=wrong.left)
            if turn.step == "order:pin" and wrong.left > 0:  # asked for this order's PIN: ask it again
                turn.state.order = {"open": reference}
                self.ask(turn, "order:pin")
                return
            turn.state.order = None
            self.to_menu(turn)
            return
        self.present(turn, order)

    def present(self, turn: Turn, order: Order) -> None:
        """Her order's card; what she may do with it (cancel, while it is open)."""
        mine = order.orderer_id is not None and order.orderer_id == turn.person.id
        turn.state.order = {"opened": order.reference} if mine else {"read": order.reference}
        # Only the person who ordered may cancel (a reference and PIN typed elsewhere open it to read).
        buttons = [[("order-button-cancel", f"ocancel:{order.reference}")]] if order.is_open and mine else []
        if mine and not order.is_open:  # a done order: she may erase what names her in it at once
            buttons = [[("order-button-erase", f"oerase:{order.reference}")]]
        turn.say("order-card", buttons=[*buttons, [("order-button-back", "omenu")]], **describe(order))
        turn.go("order:mine")

    async def on_cancel_button(self, turn: Turn) -> bool:
        """``ocancel:<reference>`` of the order open on her screen; False when it is not that one."""
        reference = turn.inbound.action.partition(":")[2]
        if reference != (turn.state.order or {}).get("opened"):
            return False
        turn.state.order = {"opened": reference, "cancel": reference}
        self.ask(turn, "order:cancel")
        return True

    async def on_erase_button(self, turn: Turn) -> bool:
        """``oerase:<reference>`` asks to confirm, ``oerased:yes|no`` answers, for the done order open
        on her screen; False when the button is not about that order (a stale or forged one)."""
        opened = (turn.state.order or {}).get("opened")
        head, _, value = turn.inbound.action.partition(":")
        if head == "oerase" and value == opened:
            order = await turn.uow.orders.get(opened)
            if order is not None and order.is_open:  # a forged button: an open order is cancelled first
                turn.say(
                    "order-not-now", reference={"$text": opened}, state={"$msg": f"orders-state-{order.state.value}"}
                )
                return True
            turn.state.order = {"opened": opened, "erase": opened}
            turn.say("order-erase-confirm", reference={"$text": opened}, buttons=choices.yes_no_rows("oerased"))
            return True
        reference = (turn.state.order or {}).get("erase")
        if head != "oerased" or not reference:
            return False
        if value == "yes":
            try:
                await erase_own_order(turn.uow, reference=reference, actor=Actor.reporter(turn.person.id), now=turn.now)
            except (NotErasable, OrderNotFound):  # erased meanwhile (a second tap), or not hers
                turn.say("orders-error-not-found")
            else:
                turn.say("order-erased", reference={"$text": reference})
        turn.state.order = None
        self.to_menu(turn)
        return True

    async def on_cancel_reason(self, turn: Turn) -> None:
        reference = self.draft(turn).get("cancel", "")
        reason = fold_spaces(turn.text)[:500]
        if not reason or not reference:
            self.ask(turn, "order:cancel") if reference else self.to_menu(turn)
            return
        try:
            await cancel_order(
                turn.uow,
                reference=reference,
                reason=reason,
                actor=Actor.reporter(turn.person.id),
                now=turn.now,
                ctx=order_context(turn),
            )
        except InvalidTransition as refused:
            turn.say("order-not-now", reference={"$text": reference}, state={"$msg": f"orders-state-{refused.state}"})
        except (NotPermitted, MissingData, OrderNotFound):
            turn.say("orders-error-not-found")
        else:
            turn.say("order-cancelled", reference={"$text": reference})
        turn.state.order = None
        self.to_menu(turn)


__all__ = ["OrderDesk", "QUESTIONS", "STEPS", "TEXT_STEPS", "describe", "order_credentials", "split_contact"]
