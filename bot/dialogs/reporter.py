"""The reporter's journey: language, safety check, intake, receipt, her cases, quick exit.

Every step has a prompt (`ask`) and a handler. The intake's steps are the rows of
`bot.dialogs.intake.QUESTIONS` (prompt, buttons, how the answer is read and where it goes);
the others are listed in `PROMPTS` and ``ReporterDialog.steps`` (her cases': `CaseDesk.steps`).
Safety actions ("danger now", quick exit) and commands are handled before the step, at every step.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.dialogs import choices, follow_up
from bot.dialogs import intake as questions
from bot.dialogs.cases import CaseDesk, credentials_in
from bot.dialogs.intake import (
    BY_STEP,
    CHOICE,
    CONSENT,
    CONSENT_VERSION,
    INTAKE_STEPS,
    REVIEW,
    REVIEW_FIELDS,
    TEXT,
    WORD_STEPS,
    WORDS,
    Question,
    build_intake,
    channel_of,
    next_step,
)
from bot.dialogs.orders import OrderDesk, order_credentials
from bot.dialogs.state import ConversationState
from bot.dialogs.turn import DANGER, EXIT, Turn
from workflows.case import Intake
from workflows.services.her_cases import leave_quickly
from workflows.vocabulary import UNKNOWN_REGION, ContactPreference, Risk, Service

logger = logging.getLogger(__name__)

PUA = range(0xE000, 0xF900)
#: Steps that read typed words (a command-like "/word" there is her words, not a command).
FREE_TEXT_STEPS = (
    *WORD_STEPS,
    "callback",
    "call_me",
    "pin",
    "lookup",
    "add_info",
    "reopen_reason",
    "follow_up_comment",
)
#: Steps before she has a language: the picker and its "call me in my language" choice.
PICKER_STEPS = ("language", "spoken")
#: Steps outside any question, where a reference and PIN she types open that case.
LOOKUP_STEPS = ("menu", "cases", "case")
#: Steps at which words she typed for a case wait (for her PIN, or her choice of case).
PENDING_STEPS = ("pin", "reply_case")
COMMANDS = ("/start", "/help", "/language", "/cases", "/new", "/exit", "/again")


def _language_picker(turn: Turn) -> None:
    first = choices.hinted_first(turn.state.hint or "")
    turn.say("language-picker", buttons=choices.language_rows(turn.context.locales, first))


#: The prompts of the steps before and beside the intake (the intake's are its table's rows).
PROMPTS = {
    "language": _language_picker,
    "spoken": lambda turn: turn.say("call-me-choose-language", buttons=choices.spoken_rows()),
    "call_me": lambda turn: turn.say("call-me-ask-phone"),
    "safety": lambda turn: turn.say("safety-check", buttons=choices.yes_no_rows("safe", "safety-yes", "safety-no")),
    "menu": lambda turn: turn.say("menu-prompt", buttons=choices.menu_rows()),
    "minimal": lambda turn: turn.say("minimal-mode", buttons=[[("minimal-request-callback", "cb:request")]]),
    "callback": lambda turn: turn.say("minimal-ask-callback"),
    follow_up.COMMENT_STEP: follow_up.prompt_comment,
}


def has_private_use(text: str) -> bool:
    """Old Mongolian keyboards send Private Use Area code points instead of Unicode letters."""
    return any(ord(ch) in PUA for ch in text)


class ReporterDialog:
    """The reporter's side of the conversation, step by step."""

    def __init__(self) -> None:
        self.cases = CaseDesk(on_menu=self.on_menu)
        #: Her service orders (点单): the questions and her orders (`bot.dialogs.orders`).
        self.orders = OrderDesk(on_menu=self._to_menu, menu_choice=self.on_menu)
        #: The steps outside the intake (whose questions `on_question` reads) and her cases' (`CaseDesk.steps`).
        self.steps = {
            "language": self.on_language,
            "spoken": self.on_spoken,
            "call_me": self.on_call_me,
            "safety": self.on_safety,
            "menu": self.on_menu,
            "minimal": self.on_minimal,
            "callback": self.on_callback,
            follow_up.COMMENT_STEP: lambda turn: follow_up.on_comment(turn, self._to_menu),
        }

    # --- entry ---------------------------------------------------------------

    async def handle(self, turn: Turn) -> None:
        inbound = turn.inbound
        if inbound.locale_hint:  # only pre-selects in the language picker
            turn.state.hint = inbound.locale_hint[:20]
        if turn.step not in PENDING_STEPS or inbound.action == DANGER:
            turn.state.pending_reply = None
        if inbound.action == DANGER:
            await self.cases.danger(turn, self._intake(turn) if turn.step in INTAKE_STEPS else None)
            turn.state.intake = None
            return
        if inbound.action == EXIT or inbound.text.strip().lower() == "/exit":
            await self.quick_exit(turn)
            return
        if inbound.action.startswith("reply:"):
            await self.cases.reply_to_mediator(turn, inbound.action.partition(":")[2])
            return
        if inbound.action.startswith("fu:"):  # her answers to a follow-up visit (回访), at any step
            await follow_up.on_button(turn, self._to_menu)
            return
        if has_private_use(inbound.text):
            turn.say("warning-private-use-keyboard")
        command = inbound.text.strip().split(maxsplit=1)[0].lower() if inbound.text.startswith("/") else ""
        if command and (command in COMMANDS or turn.step not in FREE_TEXT_STEPS):
            turn.state.pending_reply = None
            await self.command(turn, command)
            return
        if not turn.state.locale and turn.step not in PICKER_STEPS:
            self.ask(turn, "language")  # nothing she wrote is held for a request she has not started
            return
        if turn.step not in ("pin", "lookup") and credentials_in(inbound.text):
            await self.credentials(turn)
            return
        if inbound.unsupported:
            turn.say("error-unsupported-content")
            self.ask(turn, turn.step or "menu")
            return
        question = BY_STEP.get(turn.step)
        if question is not None:
            await self.on_question(turn, question)
            return
        handler = self.steps.get(turn.step) or self.cases.steps.get(turn.step) or self.orders.steps.get(turn.step)
        if handler is None:
            self.ask(turn, "menu")
            return
        await handler(turn)

    async def credentials(self, turn: Turn) -> None:
        """Her reference and PIN typed outside the PIN questions: a lookup where she could ask
        for her cases, else refused; never kept as her words or passed on to anyone."""
        if turn.step in LOOKUP_STEPS:
            await self.cases.on_lookup(turn)
            return
        turn.say("credentials-not-kept")
        self.ask(turn, turn.step or "menu")

    @staticmethod
    def keep_after_failure(step: str, state: ConversationState, text: str) -> bool:
        """What she sent in a turn that failed: joins the description of the request under way.

        Anywhere else it is dropped (she is asked to send it again): nothing is held for a
        request she has not started, and a reference with its PIN is never kept.
        """
        if step not in INTAKE_STEPS or BY_STEP[step].kind == TEXT or not text.strip():
            return False
        if credentials_in(text):
            return False
        if state.intake is None:
            state.intake = {}
        state.intake.setdefault("description", []).append(text)
        return True

    async def command(self, turn: Turn, command: str) -> None:
        if command == "/language" or not turn.state.locale:
            self.ask(turn, "language")
        elif command == "/again":  # a page reloaded: the current question again, nothing kept
            self.ask(turn, turn.step or "menu")
        elif command == "/start":
            self.ask(turn, "menu")
        elif command == "/help":
            turn.say("help-text")
            self.ask(turn, turn.step if turn.step in INTAKE_STEPS else "menu")
        elif command == "/cases":
            await self.cases.open_my_cases(turn)
        elif command == "/new":
            self.start_intake(turn)
        else:
            turn.say("error-unknown-command", command={"$text": command[:40]})
            self.ask(turn, turn.step or "menu")

    # --- prompts -------------------------------------------------------------

    def ask(self, turn: Turn, step: str) -> None:
        """Go to ``step`` and ask its question with its buttons."""
        turn.go(step)
        question = BY_STEP.get(step)
        if question is not None:
            answers = turn.state.intake or {}
            args = questions.review_args(answers) if question.kind == REVIEW else question.prompt_args(answers)
            buttons = choices.review_rows(REVIEW_FIELDS) if question.kind == REVIEW else question.buttons(answers)
            turn.say(question.prompt, buttons=buttons, **args)
        elif step in PROMPTS:
            PROMPTS[step](turn)
        elif step in self.orders.steps:
            self.orders.ask(turn, step)
        else:
            self.cases.ask(turn, step)

    def reask(self, turn: Turn) -> None:
        """Text where a button was expected: ask again; in a request, what she typed joins her description.

        Before a request (the safety question) nothing is held for one she has not started.
        """
        if turn.text.strip() and turn.step in INTAKE_STEPS:
            self._intake(turn).setdefault("description", []).append(turn.text)
            turn.say("reask-kept-text")
        elif turn.text.strip():
            turn.say("reask-not-kept")
        else:
            turn.say("reask-use-buttons")
        self.ask(turn, turn.step)

    # --- first contact -------------------------------------------------------

    async def on_language(self, turn: Turn) -> None:
        if turn.inbound.action == "call:spoken":
            self.ask(turn, "spoken")
            return
        tag = choices.parse(turn.inbound.action, "lang", turn.context.locales)
        if tag is None:
            turn.say("reask-use-buttons")
            self.ask(turn, "language")
            return
        first_time = not turn.state.locale
        turn.state.locale = tag
        await turn.set_locale(tag)
        if first_time or turn.state.safe is None:
            turn.say("welcome")
            self.ask(turn, "safety")
        else:
            turn.say("language-changed")
            self.ask(turn, "menu")

    async def on_safety(self, turn: Turn) -> None:
        answer = choices.parse(turn.inbound.action, "safe", ("yes", "no"))
        if answer is None:
            self.reask(turn)
        elif answer == "yes":
            turn.state.safe = True
            self.ask(turn, "menu")
        else:
            turn.state.safe = False
            self.ask(turn, "minimal")

    async def on_minimal(self, turn: Turn) -> None:
        if turn.inbound.action == "cb:request":
            self.ask(turn, "callback")
        else:
            self.ask(turn, "minimal")

    async def on_callback(self, turn: Turn) -> None:
        if not turn.text.strip():
            self.ask(turn, "callback")
            return
        # Not safe to talk, or not her phone: at least medium risk until someone has spoken to her.
        await self._request_call(turn, turn.text, risk=Risk.MEDIUM, minimal_mode=True)
        turn.say("minimal-callback-registered")
        turn.go("minimal")

    async def on_spoken(self, turn: Turn) -> None:
        """Daur, Evenki, Oroqen, Buryat: text in Chinese (Buryat: traditional Mongolian), a call in hers."""
        code = choices.parse(turn.inbound.action, "spoken", tuple(choices.SPOKEN_LANGUAGES))
        if code is None:  # a written language after all, or something else: back to the picker
            await self.on_language(turn)
            return
        tag = choices.SPOKEN_LANGUAGES[code]
        tag = tag if tag in turn.context.locales else turn.context.default_locale
        turn.state.locale, turn.state.spoken_language = tag, code
        await turn.set_locale(tag)
        self.ask(turn, "call_me")

    async def on_call_me(self, turn: Turn) -> None:
        if not turn.text.strip():
            self.ask(turn, "call_me")
            return
        spoken = turn.state.spoken_language
        await self._request_call(turn, turn.text, spoken_language=spoken)
        turn.say("call-me-registered", language={"$msg": f"spoken-language-{spoken}"})
        turn.go("menu")

    async def _request_call(self, turn: Turn, words: str, *, risk: Risk = Risk.UNASSESSED, **extra: Any) -> None:
        """A case asking to be called back, and the call itself as a task in the operators' queue.

        Her number and safe time are kept exactly as she wrote them; nothing is opened to this
        phone (no receipt, no PIN) and nothing will be written to it.
        """
        intake = Intake(
            service=Service.OTHER,
            region=UNKNOWN_REGION,
            language=turn.locale,
            channel=channel_of(turn),
            description=words,
            consent_version=f"callback-{CONSENT_VERSION}",
            contact=ContactPreference.PHONE_CALLBACK,
            risk=risk,
            extra={**extra, "consent_locale": turn.locale},
        )
        await self.cases.request_call(turn, intake, words)

    async def on_menu(self, turn: Turn) -> None:
        choice = choices.parse(turn.inbound.action, "menu", ("new", "cases", "order", "orders", "language", "help"))
        if choice == "new":
            self.start_intake(turn)
        elif choice == "cases":
            await self.cases.open_my_cases(turn)
        elif choice == "order":
            self.orders.start(turn)
        elif choice == "orders":
            await self.orders.show_mine(turn)
        elif (found := order_credentials(turn.text)) is not None:  # an order's reference and PIN typed
            await self.orders.lookup(turn, *found)
        elif choice == "language":
            self.ask(turn, "language")
        elif choice == "help":
            turn.say("help-text")
            self.ask(turn, "menu")
        elif turn.text.strip():
            await self.cases.words_for_a_case(turn)
        else:
            turn.say("reask-use-buttons")
            self.ask(turn, "menu")

    def _to_menu(self, turn: Turn) -> None:
        self.ask(turn, "menu")

    # --- intake --------------------------------------------------------------

    def start_intake(self, turn: Turn) -> None:
        turn.state.intake, turn.state.review = {}, None
        self.ask(turn, "service")

    def _next(self, turn: Turn, step: str) -> None:
        """After a change from the review screen, go back to it; else on to ``step``."""
        self.ask(turn, "review" if turn.state.review else step)

    def _intake(self, turn: Turn) -> dict[str, Any]:
        if turn.state.intake is None:
            turn.state.intake = {}
        return turn.state.intake

    async def on_question(self, turn: Turn, question: Question) -> None:
        """Her answer to an intake question, read the way its row says (`bot.dialogs.intake`)."""
        await {
            CHOICE: self._on_choice,
            TEXT: self._on_text,
            WORDS: self._on_words,
            CONSENT: self._on_consent,
            REVIEW: self._on_review,
        }[question.kind](turn, question)

    async def _on_choice(self, turn: Turn, question: Question) -> None:
        value = choices.parse(turn.inbound.action, question.prefix, question.values)
        if value is None:
            self.reask(turn)
            return
        answers = self._intake(turn)
        if question.key:
            answers[question.key] = value
        if question.follow is not None and value == question.follow[0]:
            self.ask(turn, question.follow[1])
            return
        if question.clears:
            answers.pop(question.clears, None)
        self._next(turn, next_step(question))

    async def _on_text(self, turn: Turn, question: Question) -> None:
        if not turn.text.strip():
            self.ask(turn, question.step)
            return
        problem = question.check(turn.text) if question.check is not None else None
        if problem is not None:
            if question.keep_unusable:  # what she wrote goes into her account all the same
                self._intake(turn).setdefault("description", []).append(turn.text)
            turn.say(problem)
            self.ask(turn, question.step)
            return
        self._intake(turn)[question.key] = turn.text[: question.limit]
        self._next(turn, next_step(question))

    async def _on_words(self, turn: Turn, question: Question) -> None:
        answers = self._intake(turn)
        if turn.inbound.action == "continue" and (answers.get(question.key) or answers.get("attachments")):
            self._next(turn, next_step(question))
            return
        stored = await self.cases.take_attachments(turn, answers.setdefault("attachments", []))
        if turn.text.strip():
            answers.setdefault(question.key, []).append(turn.text)
        if turn.text.strip() or stored:
            turn.say("intake-description-received", buttons=[[("button-continue", "continue")]])
        else:
            self.ask(turn, question.step)

    async def _on_consent(self, turn: Turn, question: Question) -> None:
        value = choices.parse(turn.inbound.action, question.prefix, question.values)
        if value is None:
            self.reask(turn)
        elif value == "yes":
            self._intake(turn)[question.key] = {"version": CONSENT_VERSION, "locale": turn.locale}
            turn.state.review = True
            self.ask(turn, next_step(question))
        else:
            self._intake(turn).pop(question.key, None)
            turn.say("consent-declined")
            self.ask(turn, "menu")

    async def _on_review(self, turn: Turn, question: Question) -> None:
        action = turn.inbound.action
        change = choices.parse(action, "chg", REVIEW_FIELDS)
        if change is not None:
            self.ask(turn, change)
            return
        if action != "confirm":
            self.reask(turn)
            return
        answers = self._intake(turn)
        if "consent" not in answers:
            self.ask(turn, "consent")
            return
        if not answers.get("service") or not answers.get("region"):
            self.ask(turn, "service" if not answers.get("service") else "region")
            return
        await self.cases.open(turn, build_intake(turn, answers))
        turn.state.intake, turn.state.review = None, None
        turn.go("menu")

    # --- quick exit ----------------------------------------------------------

    async def quick_exit(self, turn: Turn) -> None:
        """Forget the conversation, clear what the channel allows, leave one neutral line.

        What still waits to be sent to this address is dropped, so nothing arrives after
        the neutral line; the PIN gate and whether the phone is safe are kept.
        """
        locale = turn.locale
        # The files of the intake she leaves go too, unless a registered case holds the same file.
        abandoned = tuple((turn.state.intake or {}).get("attachments", []))
        left = await leave_quickly(turn.uow, turn.inbound.address, abandoned)
        if left.files:
            await asyncio.to_thread(turn.context.evidence_store.delete, left.files)
        turn.state = turn.state.after_quick_exit()
        turn.state.locale = locale
        turn.go("menu" if turn.state.safe else "minimal")
        turn.replies.clear()
        reply = turn.say("exit-neutral", safety=False)
        reply.flags.update(clear_history=True, remove_buttons=True)
