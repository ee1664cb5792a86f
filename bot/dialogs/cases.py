"""A reporter's cases: opening one, "danger now", the PIN gate, viewing, adding, withdrawing, reopening."""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from collections.abc import Awaitable
from datetime import datetime
from typing import Any

from bot.dialogs import choices
from bot.dialogs.intake import build_intake
from bot.dialogs.turn import Turn
from bot.notifications import reachable_in_chat
from workflows.case import Case, Intake
from workflows.errors import (
    CaseNotFound,
    DuressSameAsPin,
    InvalidTransition,
    MissingData,
    NotPermitted,
    PinPaused,
    StaleCase,
    WrongPin,
)
from workflows.references import normalize_reference
from workflows.services import her_cases, pin_gate
from workflows.services.her_cases import (
    AddInformation,
    DangerNow,
    FileReport,
    ReopenCase,
    RequestCallBack,
    WithdrawCase,
)
from workflows.services.pin_gate import EnterPin, PinGuard, SetDuressPin, looks_like_pin
from workflows.services.triggers import OpenedCase
from workflows.vocabulary import UNKNOWN_REGION, Service, State

logger = logging.getLogger(__name__)

# Which of her cases are open to this conversation, until when, and whether PIN checks are paused
# for it is the conversation's `workflows.services.pin_gate.Gate` (``state.gate()``); wrong PINs are
# bounded per conversation, network address and service by `workflows.services.pin_gate.enter_pin`.
EMERGENCY_CONSENT = "emergency-legal-basis"


def refusal_message(error: Exception) -> tuple[str, dict[str, Any]]:
    """The catalog message (and its arguments) that explains a refused action to a reporter."""
    if isinstance(error, NotPermitted):
        return f"refusal-{error.reason.replace('_', '-')}", {}
    if isinstance(error, InvalidTransition):
        return "refusal-not-now", {"state": {"$msg": f"status-{error.state}"}}
    if isinstance(error, MissingData):
        return "refusal-missing", {"field": {"$text": error.field}}
    if isinstance(error, StaleCase):
        return "error-stale-case", {}
    return "error-case-not-found", {}


#: A case reference, then (after a few signs or words such as "PIN") six digits: her credentials.
_CREDENTIALS = re.compile(
    r"(HLB\s*[-\u2010-\u2015\u2212\u30fc]\s*[0-9]{4}\s*[-\u2010-\u2015\u2212\u30fc]\s*[0-9]{6})"
    r"[^0-9]{0,24}?(?<![0-9])([0-9](?:[ \t]?[0-9]){5})(?![0-9])",
    re.IGNORECASE | re.ASCII,
)


def credentials_in(text: str) -> tuple[str, str] | None:
    """(reference, PIN) when the text carries a case reference followed by a PIN, else None.

    Such text is a key to her case: it is used for a lookup or refused, and never kept as
    case text, relayed or logged. Full-width and other decimal digits count as digits.
    """
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)
    match = _CREDENTIALS.search(folded)
    if match is None:
        return None
    reference = normalize_reference(match.group(1))
    return (reference, match.group(2)) if reference else None


class CaseDesk:
    """Her cases in the conversation: opening one, danger, the PIN gate, and what she may do with each."""

    def __init__(self, on_menu=None) -> None:
        #: The reporter dialog's menu handler, for menu buttons pressed while a PIN is asked.
        self.on_menu = on_menu
        self.guard = PinGuard()
        #: Her cases' steps and their handlers.
        self.steps = {
            "pin": self.on_pin,
            "lookup": self.on_lookup,
            "cases": self.on_cases,
            "case": self.on_case,
            "add_info": self.on_add_info,
            "withdraw_confirm": self.on_withdraw_confirm,
            "reopen_reason": self.on_reopen_reason,
            "duress_pin": self.on_duress_pin,
            "reply_case": self.on_reply_case,
        }

    # --- opening -------------------------------------------------------------

    @staticmethod
    def report(turn: Turn, intake: Intake) -> FileReport:
        """Her report: the `Intake`, and her files, name and number from the answers so far."""
        answers = turn.state.intake or {}
        return FileReport(
            intake=intake,
            reporter_id=turn.person.id,
            now=turn.now,
            attachments=tuple(answers.get("attachments", [])),
            name=answers.get("name") or "",
            phone=answers.get("phone") or "",
        )

    async def open(self, turn: Turn, intake: Intake) -> Case:
        """File her report; the receipt (reference, PIN, when to expect an answer) opens it to her."""
        opened = await her_cases.file_report(turn.uow, self.report(turn, intake), turn.trigger_context())
        self.receipt(turn, opened)
        return opened.case

    async def request_call(self, turn: Turn, intake: Intake, words: str) -> Case:
        """A case asking to be called back, and the call as a task: nothing is opened to this phone."""
        command = RequestCallBack(report=self.report(turn, intake), words=words)
        return (await her_cases.request_call_back(turn.uow, command, turn.trigger_context())).case

    def receipt(self, turn: Turn, opened: OpenedCase) -> None:
        case = opened.case
        self.unlock(turn, only=case.reference)
        due = {"$date": case.due_at.isoformat()} if case.due_at else {"$msg": "due-soon"}
        turn.say(
            "case-receipt",
            reference={"$text": case.reference},
            pin={"$text": opened.pin},
            due=due,
            buttons=choices.menu_rows(),
        )

    async def danger(self, turn: Turn, intake: dict[str, Any] | None) -> None:
        """Emergency numbers at once; then a new emergency case, or her open case raised."""
        turn.say("emergency-numbers")
        words = dict(intake or {})
        words.setdefault("service", Service.OTHER.value)
        words.setdefault("region", UNKNOWN_REGION)
        words.setdefault("consent", {"version": EMERGENCY_CONSENT, "locale": turn.locale})
        turn.state.intake = words
        built = build_intake(turn, words, emergency_reason="reporter_danger_button")
        command = DangerNow(reporter_id=turn.person.id, report=self.report(turn, built), under_way=bool(intake))
        outcome = await her_cases.danger_now(turn.uow, command, turn.trigger_context())
        if outcome.already:
            turn.say("emergency-already-raised", reference={"$text": outcome.case.reference})
            return
        if outcome.raised:
            turn.say("emergency-raised", reference={"$text": outcome.case.reference})
            return
        # The receipt too: with its PIN she can answer the staff who contact her, now or later.
        self.receipt(turn, outcome.opened)
        turn.say("emergency-case-opened", reference={"$text": outcome.case.reference})
        # Without a language yet, her next tap is the language picker's.
        turn.go("menu" if turn.state.locale else "language")

    async def take_attachments(self, turn: Turn, into: list[dict[str, Any]], case_id: int | None = None) -> int:
        """Store her files as evidence (size and SHA-256); refuse oversized ones clearly.

        A case holds at most ``case_max_files`` files and ``case_max_bytes`` bytes: what ``into``
        already holds (an intake's files) and, for a registered case, the evidence it has.
        """
        stored = 0
        limit = turn.context.max_upload_bytes
        held_files = len(into)
        held_bytes = sum(int(m.get("size", 0)) for m in into if isinstance(m, dict))
        if case_id is not None and turn.inbound.attachments:
            for entry in await turn.uow.entries.for_case(case_id):
                if entry.kind == "evidence":
                    held_files += 1
                    held_bytes += int((entry.attachment or {}).get("size", 0))
        for attachment in turn.inbound.attachments:
            if attachment.too_large or attachment.size > limit or len(attachment.data) > limit:
                turn.say("error-file-too-large", limit_mb=round(limit / 1024 / 1024, 1))
                continue
            if (
                held_files + 1 > turn.context.case_max_files
                or held_bytes + len(attachment.data) > turn.context.case_max_bytes
            ):
                turn.say("error-case-files-full")
                continue
            held_files += 1
            held_bytes += len(attachment.data)
            meta = await asyncio.to_thread(turn.context.evidence_store.put, attachment)
            into.append(meta)
            stored += 1
        return stored

    # --- her cases -----------------------------------------------------------

    def ask(self, turn: Turn, step: str) -> None:
        turn.go(step)
        if step == "pin":
            turn.say("cases-ask-pin", buttons=choices.menu_rows())  # a way out that costs no attempt
        elif step == "lookup":
            turn.say("cases-ask-reference")
        elif step == "add_info":
            turn.say("case-ask-info", buttons=[[("button-done", "done")]])
        elif step == "reopen_reason":
            turn.say("case-ask-reopen-reason")
        else:
            turn.go("menu")
            turn.say("menu-prompt", buttons=choices.menu_rows())

    def unlock(self, turn: Turn, *, only: str | None = None) -> None:
        """Open her cases to this conversation for a while (`Gate.unlock`): all after her PIN, or ``only`` one."""
        turn.state.set_gate(turn.state.gate().unlock(turn.now, only))
        if only is None:
            turn.state.pin_failures = 0

    def in_scope(self, turn: Turn, reference: str) -> bool:
        """Whether this conversation's unlock covers the case (an unlock by PIN covers all)."""
        return turn.state.gate().covers(reference)

    def is_unlocked(self, turn: Turn) -> bool:
        return turn.state.gate().is_open(turn.now)

    def _paused_until(self, turn: Turn) -> datetime | None:
        return turn.state.gate().paused(turn.now)

    async def open_my_cases(self, turn: Turn) -> None:
        paused = self._paused_until(turn)
        if paused is not None:
            turn.say("cases-pin-paused", until={"$date": paused.isoformat()}, buttons=choices.menu_rows())
            turn.go("menu")
            return
        mine = await turn.uow.reporter_views.cases_of_reporter(turn.person.id)
        if self.is_unlocked(turn) and all(self.in_scope(turn, case.reference) for case in mine):
            await self.show_list(turn)
            return
        if self.is_unlocked(turn) and turn.state.gate().only == ():  # after the duress PIN: none
            await self.show_list(turn)
            return
        self.ask(turn, "pin" if mine else "lookup")

    async def _left_the_gate(self, turn: Turn) -> bool:
        """A menu button, or a pause in force: handled here, not as a PIN guess."""
        if turn.inbound.action:
            self._drop_pending(turn)
        if turn.inbound.action.startswith("menu:"):
            await self.on_menu(turn)
            return True
        if self._paused_until(turn) is not None:
            await self.open_my_cases(turn)
            return True
        return False

    async def _enter(self, turn: Turn, pin: str, reference: str | None = None) -> None:
        """The PIN through the gate (`workflows.services.pin_gate.enter_pin`), and what it opens."""
        command = EnterPin(
            person_id=turn.person.id,
            conversation=turn.inbound.address,
            pin=pin,
            now=turn.now,
            reference=reference,
            network=turn.inbound.source,
        )
        try:
            accepted = await pin_gate.enter_pin(turn.uow, command, guard=self.guard, publish=turn.context.publish)
        except PinPaused as paused:
            self._pause_now(turn, paused.until, whole=paused.whole)
            return
        except WrongPin as wrong:
            turn.say("cases-pin-wrong", left=wrong.left)
            return
        if accepted.duress:
            # What an accepted PIN shows when there is no case (the words waiting for it dropped,
            # the empty list), while her cases are raised and staff alerted, unseen here.
            turn.state.set_gate(turn.state.gate().open_to_none(turn.now))
        elif reference is None:
            self.unlock(turn)
        else:
            # She proved this one case: open it to this conversation, and nothing else of hers
            # (her identity is not merged: whoever read her receipt gets no more than that case).
            proven = turn.state.proven_cases or []
            turn.state.proven_cases = proven if reference in proven else [*proven, reference]
            self.unlock(turn, only=reference)
        await self._after_unlock(turn)

    async def on_pin(self, turn: Turn) -> None:
        if await self._left_the_gate(turn):
            return
        if credentials_in(turn.text):  # her reference and PIN together: a lookup of that case
            await self.on_lookup(turn)
            return
        pin = turn.text.strip()
        if not looks_like_pin(pin):  # a button, or words that are no PIN: not an attempt, and not kept
            self.ask(turn, "pin")
            return
        await self._enter(turn, pin)

    def _pause_now(self, turn: Turn, until: datetime, *, whole: bool = True) -> None:
        if whole:  # the gate is shut to this conversation; one case shut is told, not kept
            turn.state.set_gate(turn.state.gate().pause(until))
        self._drop_pending(turn)
        turn.say("cases-pin-paused", until={"$date": until.isoformat()}, buttons=choices.menu_rows())
        turn.go("menu")

    # --- her duress PIN ------------------------------------------------------------

    def _may_set_duress(self, turn: Turn, visible: list[Case]) -> bool:
        """Only after her PIN opened all her cases to her own conversation."""
        return (
            self.is_unlocked(turn)
            and turn.state.gate().only is None
            and any(c.reporter_id == turn.person.id for c in visible)
        )

    async def ask_duress_pin(self, turn: Turn) -> None:
        if not self._may_set_duress(turn, await self._visible_cases(turn)):
            await self.open_my_cases(turn)
            return
        turn.say("duress-explain", buttons=[[("button-back", "back")]])
        turn.go("duress_pin")

    async def on_duress_pin(self, turn: Turn) -> None:
        """Six digits that are not her PIN: her duress PIN, on every case she filed here."""
        mine = [c for c in await self._visible_cases(turn) if c.reporter_id == turn.person.id]
        if not self._may_set_duress(turn, mine):
            await self.open_my_cases(turn)
            return
        if turn.inbound.action.startswith("menu:"):
            await self.on_menu(turn)
            return
        if turn.inbound.action:
            await self.show_list(turn)
            return
        if not looks_like_pin(turn.text):  # not kept, not repeated
            turn.say("duress-explain", buttons=[[("button-back", "back")]])
            return
        try:
            await pin_gate.set_duress_pin(turn.uow, SetDuressPin(turn.person.id, turn.text, turn.now))
        except DuressSameAsPin:
            turn.say("duress-same-as-pin", buttons=[[("button-back", "back")]])
            return
        turn.say("duress-set")
        await self.show_list(turn)

    async def on_lookup(self, turn: Turn) -> None:
        if await self._left_the_gate(turn):
            return
        reference, pin = credentials_in(turn.text) or (None, "")
        if reference is None:
            turn.say("cases-reference-format")
            return
        # The conversation that filed it is on her own path; anyone else is bounded per source × case,
        # per source, and over the service (`workflows.services.pin_gate`).
        await self._enter(turn, pin, reference)

    async def _visible_cases(self, turn: Turn) -> list[Case]:
        """Her own cases, and those proven with reference and PIN in this conversation."""
        mine = await turn.uow.reporter_views.cases_of_reporter(turn.person.id)
        known = {c.reference for c in mine}
        for reference in turn.state.proven_cases or []:
            if reference not in known and (case := await turn.uow.cases.get(reference)) is not None:
                mine.append(case)
        return [case for case in mine if self.in_scope(turn, case.reference)]

    async def show_list(self, turn: Turn) -> None:
        mine = await self._visible_cases(turn)
        if not mine:
            turn.say("cases-none", buttons=choices.menu_rows())
            turn.go("menu")
            return
        rows = [[({"$msg": "cases-item", "args": self._item_args(c)}, f"case:{c.reference}")] for c in mine]
        if self._may_set_duress(turn, mine):
            rows.append([("cases-button-duress", "duress:set")])
        rows.append([("button-back", "back")])
        turn.say("cases-list", buttons=rows, count=len(mine))
        turn.go("cases")

    @staticmethod
    def _item_args(case: Case) -> dict[str, Any]:
        return {"reference": {"$text": case.reference}, "status": {"$msg": f"status-short-{case.state.value}"}}

    async def on_cases(self, turn: Turn) -> None:
        action = turn.inbound.action
        if action == "back":
            self.ask(turn, "menu")
            return
        if action == "duress:set":
            await self.ask_duress_pin(turn)
            return
        head, _, reference = action.partition(":")
        case = await self._own_case(turn, reference) if head == "case" else None
        if case is None and not self.is_unlocked(turn):  # her time ran out while the list was shown
            await self.open_my_cases(turn)
            return
        if case is None and not action and turn.text.strip():
            await self.words_for_a_case(turn)  # she typed instead of choosing a case
            return
        if case is None and not action:
            turn.say("reask-use-buttons")
            await self.show_list(turn)
            return
        if case is None:
            turn.say("error-stale-button")
            await self.show_list(turn)
            return
        await self.show_case(turn, case)

    async def _own_case(self, turn: Turn, reference: str) -> Case | None:
        """Her case by reference — authorized again on every use, whatever the button said."""
        normalized = normalize_reference(reference or "")
        case = await turn.uow.cases.get(normalized) if normalized else None
        if case is None or not self.is_unlocked(turn) or not self.in_scope(turn, case.reference):
            return None
        if case.reporter_id != turn.person.id and case.reference not in (turn.state.proven_cases or []):
            return None
        return case

    async def show_case(self, turn: Turn, case: Case) -> None:
        turn.state.case = case.reference
        rows: list[list[tuple[Any, str]]] = []
        if case.is_open:
            rows.append([("case-add-info", "add"), ("case-withdraw", "withdraw")])
        if case.state is State.CLOSED:
            rows.append([("case-reopen", "reopen")])
        rows.append([("case-my-data", "data:menu")])  # her data rights: bot.dialogs.data_rights
        rows.append([("button-back", "back")])
        await self._recent_messages(turn, case)
        turn.say(
            "case-view",
            reference={"$text": case.reference},
            service={"$msg": f"service-{case.service.value}"},
            status={"$msg": f"status-{case.state.value}"},
            opened={"$date": case.created_at.isoformat()},
            buttons=rows,
        )
        turn.go("case")

    async def _recent_messages(self, turn: Turn, case: Case, count: int = 5) -> None:
        """The last words between her and her mediator, so nothing said while she was away is lost."""
        said = [e for e in await turn.uow.entries.for_case(case.id) if e.kind in ("message_out", "message_in")]
        if not any(e.kind == "message_out" for e in said):
            return
        lines = [
            {
                "$msg": "case-message-from-mediator" if e.kind == "message_out" else "case-message-from-you",
                "args": {"at": {"$date": e.at.isoformat()}, "text": {"$text": e.text}},
            }
            for e in said[-count:]
        ]
        turn.say("case-messages", lines={"$list": lines})

    async def on_case(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.state.case or "")
        action = turn.inbound.action
        if case is None or action == "back":
            await self.show_list(turn) if self.is_unlocked(turn) else await self.open_my_cases(turn)
            return
        if not action and turn.text.strip():
            await self.words_for_a_case(turn)
            return
        if action.startswith(("data:", "der:")):  # her data rights: see, copy, erase
            from bot.dialogs import data_rights

            handle = data_rights.on_action if action.startswith("data:") else data_rights.on_confirm
            await handle(self, turn, case)
            return
        if action == "add" and case.is_open:
            self.ask(turn, "add_info")
        elif action == "withdraw" and case.is_open and case.minor_involved:
            turn.say("refusal-minor-involved")
            await self.show_case(turn, case)
        elif action == "withdraw" and case.is_open:
            turn.say("case-withdraw-confirm", reference={"$text": case.reference}, buttons=choices.yes_no_rows("wd"))
            turn.go("withdraw_confirm")
        elif action == "reopen" and case.state is State.CLOSED:
            self.ask(turn, "reopen_reason")
        else:
            turn.say("error-stale-button")
            await self.show_case(turn, case)

    async def reply_to_mediator(self, turn: Turn, reference: str) -> None:
        """ "Reply" under a message from her mediator: her next words go to the case (PIN first if needed)."""
        case = await self._own_case(turn, reference)
        if case is None:
            await self.open_my_cases(turn)
            return
        turn.state.case = case.reference
        self.ask(turn, "add_info")

    async def on_add_info(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.state.case or "")
        if case is None or turn.inbound.action == "done":
            await self.show_case(turn, case) if case else self.ask(turn, "menu")
            return
        metas: list[dict[str, Any]] = []
        await self.take_attachments(turn, metas, case_id=case.id)
        words = turn.text.strip()
        if not words and not metas:
            self.ask(turn, "add_info")
            return
        if looks_like_pin(words) and not metas:
            turn.say("case-words-look-like-pin", buttons=[[("button-done", "done")]])
            return
        command = AddInformation(case.reference, turn.now, turn.text if words else "", tuple(metas))
        added = await her_cases.add_information(turn.uow, command, turn.trigger_context())
        if not added.relayed:  # closed meanwhile: her words kept, and she is told nobody is handling it now
            turn.say("case-closed-words-kept", reference={"$text": case.reference})
            await self.show_case(turn, added.case)
            return
        turn.say("case-info-added", buttons=[[("button-done", "done")]])

    async def _pass_on(self, turn: Turn, case: Case, text: str) -> None:
        """Her words onto the case, and to the staff handling it."""
        await her_cases.add_information(
            turn.uow, AddInformation(case.reference, turn.now, text), turn.trigger_context()
        )

    # --- words typed outside any question --------------------------------------

    async def words_for_a_case(self, turn: Turn) -> None:
        """Words typed at the menu or her cases: they go to the case she is talking about with staff.

        Nothing is held for a request she has not started: with no such case she is told that
        the words were not saved. A locked conversation asks for the PIN first (the words wait
        for it, and for nothing else); with several such cases she chooses one with buttons.
        """
        viewed = await self._own_case(turn, turn.state.case or "") if turn.step == "case" else None
        if viewed is not None and viewed.is_open and reachable_in_chat(viewed):
            turn.state.pending_reply = turn.text  # the case she is looking at
            await self._send_words(turn, viewed)
            return
        talking = await self._talking_cases(turn)
        if not talking:
            turn.say("menu-words-not-kept", buttons=choices.menu_rows())
            turn.go("menu")
            return
        if self._paused_until(turn) is not None:
            turn.say("reply-not-sent")
            await self.open_my_cases(turn)
            return
        turn.state.pending_reply = turn.text
        if not self.is_unlocked(turn):
            turn.say("reply-pin-first")
            self.ask(turn, "pin")
            return
        await self._send_pending(turn, talking)

    async def _talking_cases(self, turn: Turn) -> list[Case]:
        """Her open cases that staff handle or have written to, and that may be written about in chat.

        Call-back and "do not contact" cases are left out: they never get chat messages.
        """
        if self.is_unlocked(turn):
            cases = await self._visible_cases(turn)
        else:
            cases = await turn.uow.reporter_views.cases_of_reporter(turn.person.id)
        talking = []
        for case in cases:
            if not case.is_open or not reachable_in_chat(case):
                continue
            if case.assignee_id is not None or await self._staff_wrote(turn, case):
                talking.append(case)
        return talking

    async def _staff_wrote(self, turn: Turn, case: Case) -> bool:
        return any(e.kind == "message_out" for e in await turn.uow.entries.for_case(case.id))

    async def _after_unlock(self, turn: Turn) -> None:
        """After a right PIN: the words waiting for it go to their case; else the list of her cases."""
        if turn.state.pending_reply:
            await self._send_pending(turn, await self._talking_cases(turn))
        else:
            await self.show_list(turn)

    async def _send_pending(self, turn: Turn, talking: list[Case]) -> None:
        if len(talking) == 1:
            await self._send_words(turn, talking[0])
            return
        if not talking:
            self._drop_pending(turn)
            await self.show_list(turn)
            return
        rows = [[({"$msg": "cases-item", "args": self._item_args(c)}, f"to:{c.reference}")] for c in talking]
        rows.append([("button-back", "back")])
        turn.say("reply-which-case", buttons=rows)
        turn.go("reply_case")

    async def on_reply_case(self, turn: Turn) -> None:
        head, _, reference = turn.inbound.action.partition(":")
        talking = {c.reference: c for c in await self._talking_cases(turn)} if head == "to" else {}
        if reference in talking and self.is_unlocked(turn) and turn.state.pending_reply:
            await self._send_words(turn, talking[reference])
            return
        self._drop_pending(turn)
        self.ask(turn, "menu")

    @staticmethod
    def _drop_pending(turn: Turn) -> None:
        """Words waiting for her PIN or her choice of case are dropped, and she is told so."""
        pending, turn.state.pending_reply = turn.state.pending_reply, None
        if pending:
            turn.say("reply-not-sent")

    async def _send_words(self, turn: Turn, case: Case) -> None:
        """The waiting words onto ``case`` and to its staff, with one line saying where they went."""
        words, turn.state.pending_reply = turn.state.pending_reply, None
        if looks_like_pin(words or ""):  # her PIN typed to "open" the chat: never passed on to staff
            turn.say("case-words-look-like-pin", buttons=choices.menu_rows())
            turn.go("menu")
            return
        await self._pass_on(turn, case, words)
        turn.say("reply-sent", reference={"$text": case.reference}, buttons=choices.menu_rows())
        turn.go("menu")

    async def _done(self, turn: Turn, action: Awaitable[object]) -> bool:
        """Run a change of her case; True when done, else the refusal is told to her (`refusal_message`)."""
        try:
            await action
            return True
        except (InvalidTransition, NotPermitted, MissingData, CaseNotFound) as error:
            message, args = refusal_message(error)
            turn.say(message, **args)
            return False

    async def on_withdraw_confirm(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.state.case or "")
        answer = choices.parse(turn.inbound.action, "wd", ("yes", "no"))
        if case is None or answer is None:
            turn.say("error-stale-button")
            self.ask(turn, "menu")
            return
        if answer == "yes" and await self._done(
            turn, her_cases.withdraw(turn.uow, WithdrawCase(case.reference, turn.now), turn.trigger_context())
        ):
            turn.say("case-withdrawn", reference={"$text": case.reference})
        case = await turn.uow.cases.get(case.reference)
        await self.show_case(turn, case)

    async def on_reopen_reason(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.state.case or "")
        words = turn.text.strip()
        if case is None:
            self.ask(turn, "menu")
            return
        if not words:
            self.ask(turn, "reopen_reason")
            return
        # Her reason is her words on the case, where staff read them.
        reopen = her_cases.reopen(turn.uow, ReopenCase(case.reference, turn.text, turn.now), turn.trigger_context())
        if await self._done(turn, reopen):
            turn.say("case-reopened", reference={"$text": case.reference})
        case = await turn.uow.cases.get(case.reference)
        await self.show_case(turn, case)
