"""The reporter's journey: language, safety check, intake, receipt, her cases, quick exit.

Every step has a prompt (`ask`) and a handler (`on_<step>`). Safety actions
("danger now", quick exit) and commands are handled before the step, at every step.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.dialogs import choices
from bot.dialogs.cases import PENDING, CaseDesk, credentials_in
from bot.dialogs.intake import build_intake, channel_of
from bot.dialogs.turn import DANGER, EXIT, Turn
from bot.web_housekeeping import discard_unregistered_files
from storage import callbacks
from storage.outbox_store import cancel_pending
from workflows.case import Intake
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, ContactPreference, Risk, Service

logger = logging.getLogger(__name__)

CONSENT_VERSION = "2026-11-v1"
#: A call-back number has at least this many digits (5: short local numbers; mobiles have 11).
MIN_PHONE_DIGITS = 5
PUA = range(0xE000, 0xF900)
INTAKE_STEPS = (
    "service",
    "region",
    "describe",
    "involved",
    "contact",
    "contact_phone",
    "identity",
    "name",
    "consent",
    "review",
)
FREE_TEXT_STEPS = (
    "describe",
    "contact_phone",
    "name",
    "callback",
    "call_me",
    "pin",
    "lookup",
    "add_info",
    "reopen_reason",
)
#: Steps before she has a language: the picker and its "call me in my language" choice.
PICKER_STEPS = ("language", "spoken")
#: Steps outside any question, where a reference and PIN she types open that case.
LOOKUP_STEPS = ("menu", "cases", "case")
#: Steps at which words she typed for a case wait (for her PIN, or her choice of case).
PENDING_STEPS = ("pin", "reply_case")
COMMANDS = ("/start", "/help", "/language", "/cases", "/new", "/exit", "/again")


def has_private_use(text: str) -> bool:
    """Old Mongolian keyboards send Private Use Area code points instead of Unicode letters."""
    return any(ord(ch) in PUA for ch in text)


class ReporterDialog:
    """The reporter's side of the conversation, step by step."""

    def __init__(self) -> None:
        self.cases = CaseDesk(on_menu=self.on_menu)

    # --- entry ---------------------------------------------------------------

    async def handle(self, turn: Turn) -> None:
        inbound = turn.inbound
        if inbound.locale_hint:  # only pre-selects in the language picker
            turn.data["hint"] = inbound.locale_hint[:20]
        if turn.step not in PENDING_STEPS or inbound.action == DANGER:
            turn.data.pop(PENDING, None)
        if inbound.action == DANGER:
            await self.cases.danger(turn, self._intake(turn) if turn.step in INTAKE_STEPS else None)
            turn.data.pop("intake", None)
            return
        if inbound.action == EXIT or inbound.text.strip().lower() == "/exit":
            await self.quick_exit(turn)
            return
        if inbound.action.startswith("reply:"):
            await self.cases.reply_to_mediator(turn, inbound.action.partition(":")[2])
            return
        if has_private_use(inbound.text):
            turn.say("warning-private-use-keyboard")
        command = inbound.text.strip().split(maxsplit=1)[0].lower() if inbound.text.startswith("/") else ""
        if command and (command in COMMANDS or turn.step not in FREE_TEXT_STEPS):
            turn.data.pop(PENDING, None)
            await self.command(turn, command)
            return
        if not turn.data.get("locale") and turn.step not in PICKER_STEPS:
            self.ask(turn, "language")  # nothing she wrote is held for a request she has not started
            return
        if turn.step not in ("pin", "lookup") and credentials_in(inbound.text):
            await self.credentials(turn)
            return
        if inbound.unsupported:
            turn.say("error-unsupported-content")
            self.ask(turn, turn.step or "menu")
            return
        handler = getattr(self, f"on_{turn.step}", None) or getattr(self.cases, f"on_{turn.step}", None)
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
    def keep_after_failure(step: str, data: dict[str, Any], text: str) -> bool:
        """What she sent in a turn that failed: joins the description of the request under way.

        Anywhere else it is dropped (she is asked to send it again): nothing is held for a
        request she has not started, and a reference with its PIN is never kept.
        """
        if step not in INTAKE_STEPS or step in ("contact_phone", "name") or not text.strip():
            return False
        if credentials_in(text):
            return False
        data.setdefault("intake", {}).setdefault("description", []).append(text)
        return True

    async def command(self, turn: Turn, command: str) -> None:
        if command == "/language" or not turn.data.get("locale"):
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
        intake = turn.data.get("intake", {})
        if step == "language":
            first = choices.hinted_first(turn.data.get("hint", ""))
            turn.say("language-picker", buttons=choices.language_rows(turn.context.locales, first))
        elif step == "spoken":
            turn.say("call-me-choose-language", buttons=choices.spoken_rows())
        elif step == "call_me":
            turn.say("call-me-ask-phone")
        elif step == "safety":
            turn.say("safety-check", buttons=choices.yes_no_rows("safe", "safety-yes", "safety-no"))
        elif step == "menu":
            turn.say("menu-prompt", buttons=choices.menu_rows())
        elif step == "service":
            turn.say("intake-ask-service", buttons=choices.service_rows())
        elif step == "region":
            turn.say("intake-ask-region", buttons=choices.region_rows())
        elif step == "describe":
            given = bool(intake.get("description") or intake.get("attachments"))
            buttons = [[("button-continue", "continue")]] if given else []
            turn.say("intake-ask-description", buttons=buttons, kept=len(intake.get("description", [])))
        elif step == "involved":
            turn.say("intake-ask-involved", buttons=choices.involved_rows())
        elif step == "contact":
            turn.say("intake-ask-contact", buttons=choices.contact_rows())
        elif step == "contact_phone":
            turn.say("intake-ask-phone")
        elif step == "identity":
            turn.say("intake-ask-identity", buttons=choices.identity_rows())
        elif step == "name":
            turn.say("intake-ask-name")
        elif step == "consent":
            turn.say("consent-text", buttons=choices.yes_no_rows("consent", "consent-agree", "consent-decline"))
        elif step == "review":
            turn.say("intake-review", buttons=choices.review_rows(), **self._review_args(intake))
        elif step == "minimal":
            turn.say("minimal-mode", buttons=[[("minimal-request-callback", "cb:request")]])
        elif step == "callback":
            turn.say("minimal-ask-callback")
        else:
            self.cases.ask(turn, step)

    def _review_args(self, intake: dict[str, Any]) -> dict[str, Any]:
        words = "\n".join(intake.get("description", []))
        return {
            "service": {"$msg": f"service-{intake.get('service', 'other')}"},
            "region": {"$msg": f"region-{intake.get('region', UNKNOWN_REGION)}"},
            "description": {"$text": words[:600] + ("…" if len(words) > 600 else "")},
            "attachments": len(intake.get("attachments", [])),
            "involved": {"$msg": f"involved-{intake.get('involved', 'none')}"},
            "contact": {"$msg": f"contact-{intake.get('contact', 'this_chat')}"},
            "identity": {"$msg": "identity-named" if intake.get("name") else "identity-anonymous"},
        }

    def reask(self, turn: Turn) -> None:
        """Text where a button was expected: ask again; in a request, what she typed joins her description.

        Before a request (the safety question) nothing is held for one she has not started.
        """
        if turn.text.strip() and turn.step in INTAKE_STEPS:
            turn.data.setdefault("intake", {}).setdefault("description", []).append(turn.text)
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
        first_time = not turn.data.get("locale")
        turn.data["locale"] = tag
        await turn.set_locale(tag)
        if first_time or turn.data.get("safe") is None:
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
            turn.data["safe"] = True
            self.ask(turn, "menu")
        else:
            turn.data["safe"] = False
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
        turn.data.update(locale=tag, spoken_language=code)
        await turn.set_locale(tag)
        self.ask(turn, "call_me")

    async def on_call_me(self, turn: Turn) -> None:
        if not turn.text.strip():
            self.ask(turn, "call_me")
            return
        spoken = turn.data.get("spoken_language")
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
        case = await self.cases.open(turn, intake, receipt=False)
        await callbacks.add(
            turn.session,
            case_id=case.id,
            message_id="callback-requested",
            args={"text": {"$text": words}},
            now=turn.now,
        )

    async def on_menu(self, turn: Turn) -> None:
        choice = choices.parse(turn.inbound.action, "menu", ("new", "cases", "language", "help"))
        if choice == "new":
            self.start_intake(turn)
        elif choice == "cases":
            await self.cases.open_my_cases(turn)
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

    # --- intake --------------------------------------------------------------

    def start_intake(self, turn: Turn) -> None:
        turn.data["intake"] = {}
        turn.data.pop("review", None)
        self.ask(turn, "service")

    def _next(self, turn: Turn, step: str) -> None:
        """After a change from the review screen, go back to it; else on to ``step``."""
        self.ask(turn, "review" if turn.data.get("review") else step)

    def _intake(self, turn: Turn) -> dict[str, Any]:
        return turn.data.setdefault("intake", {})

    async def on_service(self, turn: Turn) -> None:
        value = choices.parse(turn.inbound.action, "svc", tuple(s.value for s in Service))
        if value is None:
            self.reask(turn)
            return
        self._intake(turn)["service"] = value
        self._next(turn, "region")

    async def on_region(self, turn: Turn) -> None:
        value = choices.parse(turn.inbound.action, "reg", (*REGIONS, UNKNOWN_REGION))
        if value is None:
            self.reask(turn)
            return
        self._intake(turn)["region"] = value
        self._next(turn, "describe")

    async def on_describe(self, turn: Turn) -> None:
        intake = self._intake(turn)
        if turn.inbound.action == "continue" and (intake.get("description") or intake.get("attachments")):
            self._next(turn, "involved")
            return
        stored = await self.cases.take_attachments(turn, intake.setdefault("attachments", []))
        if turn.text.strip():
            intake.setdefault("description", []).append(turn.text)
        if turn.text.strip() or stored:
            turn.say("intake-description-received", buttons=[[("button-continue", "continue")]])
        else:
            self.ask(turn, "describe")

    async def on_involved(self, turn: Turn) -> None:
        value = choices.parse(turn.inbound.action, "inv", choices.INVOLVED)
        if value is None:
            self.reask(turn)
            return
        self._intake(turn)["involved"] = value
        self._next(turn, "contact")

    async def on_contact(self, turn: Turn) -> None:
        value = choices.parse(turn.inbound.action, "contact", choices.CONTACTS)
        if value is None:
            self.reask(turn)
            return
        intake = self._intake(turn)
        intake["contact"] = value
        if value == "phone_callback":
            self.ask(turn, "contact_phone")
        else:
            intake.pop("phone", None)
            self._next(turn, "identity")

    async def on_contact_phone(self, turn: Turn) -> None:
        if not turn.text.strip():
            self.ask(turn, "contact_phone")
            return
        if sum(ch.isdigit() for ch in turn.text) < MIN_PHONE_DIGITS:
            # No number to call: keep what she wrote (it goes into her account) and ask again.
            self._intake(turn).setdefault("description", []).append(turn.text)
            turn.say("intake-phone-needs-number")
            self.ask(turn, "contact_phone")
            return
        self._intake(turn)["phone"] = turn.text[:300]  # as she wrote it
        self._next(turn, "identity")

    async def on_identity(self, turn: Turn) -> None:
        value = choices.parse(turn.inbound.action, "id", ("anonymous", "named"))
        if value is None:
            self.reask(turn)
            return
        if value == "named":
            self.ask(turn, "name")
            return
        self._intake(turn).pop("name", None)
        self._next(turn, "consent")

    async def on_name(self, turn: Turn) -> None:
        if not turn.text.strip():
            self.ask(turn, "name")
            return
        self._intake(turn)["name"] = turn.text[:200]
        self._next(turn, "consent")

    async def on_consent(self, turn: Turn) -> None:
        value = choices.parse(turn.inbound.action, "consent", ("yes", "no"))
        if value is None:
            self.reask(turn)
        elif value == "yes":
            self._intake(turn)["consent"] = {"version": CONSENT_VERSION, "locale": turn.locale}
            turn.data["review"] = True
            self.ask(turn, "review")
        else:
            self._intake(turn).pop("consent", None)
            turn.say("consent-declined")
            self.ask(turn, "menu")

    async def on_review(self, turn: Turn) -> None:
        action = turn.inbound.action
        field = choices.parse(action, "chg", choices.REVIEW_FIELDS)
        if field is not None:
            self.ask(turn, {"describe": "describe", "identity": "identity"}.get(field, field))
            return
        if action != "confirm":
            self.reask(turn)
            return
        intake = self._intake(turn)
        if "consent" not in intake:
            self.ask(turn, "consent")
            return
        if not intake.get("service") or not intake.get("region"):
            self.ask(turn, "service" if not intake.get("service") else "region")
            return
        await self.cases.open(turn, build_intake(turn, intake))
        turn.data.pop("intake", None)
        turn.data.pop("review", None)
        turn.go("menu")

    # --- quick exit ----------------------------------------------------------

    async def quick_exit(self, turn: Turn) -> None:
        """Forget the conversation, clear what the channel allows, leave one neutral line.

        What still waits to be sent to this address is dropped, so nothing arrives after
        the neutral line; the PIN gate and whether the phone is safe are kept.
        """
        kept = {k: turn.data[k] for k in ("pin_failures", "pin_paused_until", "safe") if k in turn.data}
        locale = turn.locale
        # The files of the intake she leaves go too, unless a registered case holds the same file.
        abandoned = list(turn.data.get("intake", {}).get("attachments", []))
        if abandoned:
            await discard_unregistered_files(turn.uow, turn.context.evidence_store, abandoned)
        turn.data.clear()
        turn.data.update(kept, locale=locale)
        await cancel_pending(turn.session, turn.inbound.address, reason="quick exit")
        turn.go("menu" if kept.get("safe") else "minimal")
        turn.replies.clear()
        reply = turn.say("exit-neutral", safety=False)
        reply.flags.update(clear_history=True, remove_buttons=True)
