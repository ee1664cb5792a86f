"""A reporter's cases: opening one, "danger now", the PIN gate, viewing, adding, withdrawing, reopening."""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.dialogs import choices
from bot.dialogs.intake import build_intake
from bot.dialogs.turn import Turn
from bot.notifications import reachable_in_chat
from bot.pin_guard import PinGuard, check_pin, raise_alarm, set_duress_pin, typed_pin
from storage import phone_matches, queries
from workflows.case import Actor, Case, Intake
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted, StaleCase
from workflows.events import AuditEntry, CaseEntry
from workflows.references import normalize_reference
from workflows.services import apply_trigger, open_case
from workflows.vocabulary import UNKNOWN_REGION, Role, Service, State, Trigger

logger = logging.getLogger(__name__)

#: How long her cases stay open to this conversation after the PIN (or after filing).
UNLOCKED_FOR = timedelta(minutes=15)
#: When set, the references the unlock covers (a case she just filed or proved); unset: all hers.
UNLOCKED_ONLY = "unlocked_only"
# UNLOCKED_ONLY is [] after the duress PIN: unlocked to no case, the view of a conversation without any.
# (Wrong PINs are bounded per conversation, network address and service by `bot.pin_guard`.)
EMERGENCY_CONSENT = "emergency-legal-basis"
#: Conversation data: words she typed for a case, waiting only for her PIN or her choice of case.
PENDING = "pending_reply"


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


def looks_like_pin(text: str) -> bool:
    """Six digits, as typed (spaces and full-width digits allowed): anything else is not a guess."""
    digits = [ch for ch in text if not ch.isspace()]
    return len(digits) == 6 and all(ch.isdigit() for ch in digits)


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

    # --- opening -------------------------------------------------------------

    async def open(self, turn: Turn, intake: Intake, *, receipt: bool = True) -> Case:
        ctx = turn.context
        opened = await open_case(
            turn.uow,
            intake=intake,
            actor=Actor.reporter(turn.person.id),
            now=turn.now,
            tz=ctx.zone,
            reporter_id=turn.person.id,
            policy=ctx.policy,
            publish=ctx.publish,
        )
        case = opened.case
        for meta in turn.data.get("intake", {}).get("attachments", []):
            await turn.uow.entries.add(
                CaseEntry(case.id, "evidence", turn.now, Role.REPORTER, turn.person.id, attachment=meta)
            )
        phone = turn.data.get("intake", {}).get("phone")
        name = turn.data.get("intake", {}).get("name")
        if phone or name:
            text = "\n".join(part for part in (name, phone) if part)
            await turn.uow.entries.add(
                CaseEntry(case.id, "contact", turn.now, Role.REPORTER, turn.person.id, text=text)
            )
        if phone:  # a blind index, so the hotline sees earlier cases from this number (never the number)
            await phone_matches.remember_phone(turn.session, case.id, phone)
        if receipt:  # without a receipt (minimal mode, a call-back) nothing is opened to this phone
            self.unlock(turn, only=case.reference)
            due = {"$date": case.due_at.isoformat()} if case.due_at else {"$msg": "due-soon"}
            turn.say(
                "case-receipt",
                reference={"$text": case.reference},
                pin={"$text": opened.pin},
                due=due,
                buttons=choices.menu_rows(),
            )
        return case

    async def danger(self, turn: Turn, intake: dict[str, Any] | None) -> None:
        """Emergency numbers at once; then a new emergency case, or her open case raised."""
        turn.say("emergency-numbers")
        existing = None if intake else await queries.latest_open_case(turn.session, turn.person.id)
        if existing is not None and existing.state is State.EMERGENCY:
            turn.say("emergency-already-raised", reference={"$text": existing.reference})
            return
        if existing is not None:
            try:
                await apply_trigger(
                    turn.uow,
                    reference=existing.reference,
                    trigger=Trigger.RAISE_EMERGENCY,
                    actor=Actor.reporter(turn.person.id),
                    now=turn.now,
                    tz=turn.context.zone,
                    data={"reason": "reporter_danger_button"},
                    policy=turn.context.policy,
                    publish=turn.context.publish,
                )
                turn.say("emergency-raised", reference={"$text": existing.reference})
                return
            except (InvalidTransition, NotPermitted) as error:  # a lost race (StaleCase) retries the turn
                logger.warning("raising %s failed (%s); opening a new emergency case", existing.reference, error)
        words = dict(intake or {})
        words.setdefault("service", Service.OTHER.value)
        words.setdefault("region", UNKNOWN_REGION)
        words.setdefault("consent", {"version": EMERGENCY_CONSENT, "locale": turn.locale})
        turn.data["intake"] = words
        built = build_intake(turn, words, emergency_reason="reporter_danger_button")
        # The receipt too: with its PIN she can answer the staff who contact her, now or later.
        case = await self.open(turn, built, receipt=True)
        turn.say("emergency-case-opened", reference={"$text": case.reference})
        # Without a language yet, her next tap is the language picker's.
        turn.go("menu" if turn.data.get("locale") else "language")

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
        """Open her cases to this conversation for a while: all of them after her PIN, or
        ``only`` one (the case she just filed, or proved with its reference and PIN), so that
        filing a new request never opens the cases a PIN lock is keeping shut."""
        scope = turn.data.get(UNLOCKED_ONLY) if self.is_unlocked(turn) else []
        if only is None:
            turn.data.pop(UNLOCKED_ONLY, None)
        elif scope is not None:  # not already open to all of them
            turn.data[UNLOCKED_ONLY] = [*scope, only] if only not in scope else scope
        turn.data["unlocked_until"] = (turn.now + UNLOCKED_FOR).isoformat()
        if only is None:
            turn.data["pin_failures"] = 0

    def in_scope(self, turn: Turn, reference: str) -> bool:
        """Whether this conversation's unlock covers the case (an unlock by PIN covers all)."""
        scope = turn.data.get(UNLOCKED_ONLY)
        return scope is None or reference in scope

    def is_unlocked(self, turn: Turn) -> bool:
        until = turn.data.get("unlocked_until")
        return bool(until) and datetime.fromisoformat(until) > turn.now

    def _paused_until(self, turn: Turn) -> datetime | None:
        until = turn.data.get("pin_paused_until")
        if until and datetime.fromisoformat(until) > turn.now:
            return datetime.fromisoformat(until)
        return None

    async def open_my_cases(self, turn: Turn) -> None:
        paused = self._paused_until(turn)
        if paused is not None:
            turn.say("cases-pin-paused", until={"$date": paused.isoformat()}, buttons=choices.menu_rows())
            turn.go("menu")
            return
        mine = await queries.cases_of_reporter(turn.session, turn.person.id)
        if self.is_unlocked(turn) and all(self.in_scope(turn, case.reference) for case in mine):
            await self.show_list(turn)
            return
        if self.is_unlocked(turn) and turn.data.get(UNLOCKED_ONLY) == []:  # after the duress PIN: none
            await self.show_list(turn)
            return
        self.ask(turn, "pin" if mine else "lookup")

    async def _failed_pin(self, turn: Turn, *, own: bool, case_id: int | None, outcome: str) -> None:
        """A wrong guess, counted for every source it came from: wrong again, or paused (`bot.pin_guard`)."""
        until = await self.guard.wrong(turn, own=own, case_id=case_id, outcome=outcome)
        if until is not None:
            self._pause_now(turn, until, whole=await self._whole(turn, own=own, case_id=case_id))
        else:
            turn.say("cases-pin-wrong", left=await self.guard.left(turn, own=own))

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
        mine = await queries.cases_of_reporter(turn.session, turn.person.id)
        # Her own conversation: only its own wrong guesses count, never a stranger's from elsewhere.
        if (until := await self.guard.paused_until(turn, own=True)) is not None:
            self._pause_now(turn, until)
            return
        opened, forced = await check_pin(turn, pin, mine)
        if opened:
            self.unlock(turn)
            await self._after_unlock(turn)
            return
        if forced:
            await self._duress(turn, forced)
            return
        for case in mine:  # on the case's audit too, for the staff who read it
            await turn.uow.audit.record(AuditEntry(case.id, turn.person.id, "pin", "wrong", turn.now))
        await self._failed_pin(turn, own=True, case_id=mine[0].id if len(mine) == 1 else None, outcome="mine_wrong")

    async def _whole(self, turn: Turn, *, own: bool, case_id: int | None) -> bool:
        """Whether a pause shuts the whole gate, not only one case to this source."""
        return own or case_id is None or await self.guard.paused_until(turn, own=own) is not None

    def _pause_now(self, turn: Turn, until: datetime, *, whole: bool = True) -> None:
        if whole:  # the gate is shut to this conversation; one case shut is told, not kept
            turn.data["pin_paused_until"] = until.isoformat()
        self._drop_pending(turn)
        turn.say("cases-pin-paused", until={"$date": until.isoformat()}, buttons=choices.menu_rows())
        turn.go("menu")

    async def _duress(self, turn: Turn, cases: list[Case]) -> None:
        """Her duress PIN: what an accepted PIN shows when there is no case (the words waiting for
        it dropped, the empty list), while her cases are raised and staff alerted, unseen here."""
        await self.guard.note(turn, case_id=cases[0].id if len(cases) == 1 else None, outcome="duress")
        await raise_alarm(turn, cases)
        turn.data[UNLOCKED_ONLY] = []
        turn.data["unlocked_until"] = (turn.now + UNLOCKED_FOR).isoformat()
        await self._after_unlock(turn)

    # --- her duress PIN ------------------------------------------------------------

    def _may_set_duress(self, turn: Turn, visible: list[Case]) -> bool:
        """Only after her PIN opened all her cases to her own conversation."""
        return (
            self.is_unlocked(turn)
            and UNLOCKED_ONLY not in turn.data
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
        opened, _ = await check_pin(turn, turn.text, mine)
        if opened:
            turn.say("duress-same-as-pin", buttons=[[("button-back", "back")]])
            return
        await set_duress_pin(turn, mine, typed_pin(turn.text))
        turn.say("duress-set")
        await self.show_list(turn)

    async def on_lookup(self, turn: Turn) -> None:
        if await self._left_the_gate(turn):
            return
        reference, pin = credentials_in(turn.text) or (None, "")
        if reference is None:
            turn.say("cases-reference-format")
            return
        case = await turn.uow.cases.get(reference)
        # The conversation that filed it is on her own path; anyone else is bounded per source × case,
        # per source, and over the service (`bot.pin_guard`).
        own = case is not None and case.reporter_id == turn.person.id
        case_id = case.id if case is not None else None
        if (until := await self.guard.paused_until(turn, own=own, case_id=case_id)) is not None:
            self._pause_now(turn, until, whole=await self._whole(turn, own=own, case_id=case_id))
            return
        opened, forced = await check_pin(turn, pin, [case] if case is not None else [])
        if forced:
            await self._duress(turn, forced)
            return
        if not opened:
            if case is not None:
                await turn.uow.audit.record(AuditEntry(case.id, turn.person.id, "pin", "wrong", turn.now))
            outcome = "unknown" if case is None else "mine_wrong" if own else "wrong"
            await self._failed_pin(turn, own=own, case_id=case_id, outcome=outcome)
            return
        # She proved this one case: open it to this conversation, and nothing else of hers
        # (her identity is not merged: whoever read her receipt gets no more than that case).
        proven = turn.data.setdefault("proven_cases", [])
        if case.reference not in proven:
            proven.append(case.reference)
        self.unlock(turn, only=case.reference)
        await self._after_unlock(turn)

    async def _visible_cases(self, turn: Turn) -> list[Case]:
        """Her own cases, and those proven with reference and PIN in this conversation."""
        mine = await queries.cases_of_reporter(turn.session, turn.person.id)
        known = {c.reference for c in mine}
        for reference in turn.data.get("proven_cases", []):
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
        if case.reporter_id != turn.person.id and case.reference not in turn.data.get("proven_cases", []):
            return None
        return case

    async def show_case(self, turn: Turn, case: Case) -> None:
        turn.data["case"] = case.reference
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
        case = await self._own_case(turn, turn.data.get("case", ""))
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
        turn.data["case"] = case.reference
        self.ask(turn, "add_info")

    async def on_add_info(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.data.get("case", ""))
        if case is None or turn.inbound.action == "done":
            await self.show_case(turn, case) if case else self.ask(turn, "menu")
            return
        metas: list[dict[str, Any]] = []
        await self.take_attachments(turn, metas, case_id=case.id)
        words = turn.text.strip()
        if not words and not metas:
            self.ask(turn, "add_info")
            return
        if not case.is_open:  # closed meanwhile: keep her words, and tell her nobody is handling it now
            if words:
                await turn.uow.entries.add(
                    CaseEntry(case.id, "message_in", turn.now, Role.REPORTER, case.reporter_id, text=turn.text)
                )
            turn.say("case-closed-words-kept", reference={"$text": case.reference})
            await self.show_case(turn, case)
            return
        await self._pass_on(turn, case, turn.text if words else "", metas)
        turn.say("case-info-added", buttons=[[("button-done", "done")]])

    async def _pass_on(self, turn: Turn, case: Case, text: str, metas: Sequence[dict[str, Any]] = ()) -> None:
        """Her words (and files) onto the case, and to the staff handling it."""
        if text:
            await turn.uow.entries.add(
                CaseEntry(case.id, "message_in", turn.now, Role.REPORTER, case.reporter_id, text=text)
            )
        for meta in metas:
            await turn.uow.entries.add(
                CaseEntry(case.id, "evidence", turn.now, Role.REPORTER, case.reporter_id, attachment=meta)
            )
        await turn.context.notifier.reporter_wrote(turn.uow, case, text)

    # --- words typed outside any question --------------------------------------

    async def words_for_a_case(self, turn: Turn) -> None:
        """Words typed at the menu or her cases: they go to the case she is talking about with staff.

        Nothing is held for a request she has not started: with no such case she is told that
        the words were not saved. A locked conversation asks for the PIN first (the words wait
        for it, and for nothing else); with several such cases she chooses one with buttons.
        """
        viewed = await self._own_case(turn, turn.data.get("case", "")) if turn.step == "case" else None
        if viewed is not None and viewed.is_open and reachable_in_chat(viewed):
            turn.data[PENDING] = turn.text  # the case she is looking at
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
        turn.data[PENDING] = turn.text
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
            cases = await queries.cases_of_reporter(turn.session, turn.person.id)
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
        if turn.data.get(PENDING):
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
        if reference in talking and self.is_unlocked(turn) and turn.data.get(PENDING):
            await self._send_words(turn, talking[reference])
            return
        self._drop_pending(turn)
        self.ask(turn, "menu")

    @staticmethod
    def _drop_pending(turn: Turn) -> None:
        """Words waiting for her PIN or her choice of case are dropped, and she is told so."""
        if turn.data.pop(PENDING, None):
            turn.say("reply-not-sent")

    async def _send_words(self, turn: Turn, case: Case) -> None:
        """The waiting words onto ``case`` and to its staff, with one line saying where they went."""
        await self._pass_on(turn, case, turn.data.pop(PENDING))
        turn.say("reply-sent", reference={"$text": case.reference}, buttons=choices.menu_rows())
        turn.go("menu")

    async def _fire(self, turn: Turn, case: Case, trigger: Trigger, data: dict[str, Any]) -> bool:
        try:
            await apply_trigger(
                turn.uow,
                reference=case.reference,
                trigger=trigger,
                actor=Actor.reporter(case.reporter_id),
                now=turn.now,
                tz=turn.context.zone,
                data=data,
                policy=turn.context.policy,
                publish=turn.context.publish,
            )
            return True
        except (InvalidTransition, NotPermitted, MissingData, CaseNotFound) as error:
            message, args = refusal_message(error)
            turn.say(message, **args)
            return False

    async def on_withdraw_confirm(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.data.get("case", ""))
        answer = choices.parse(turn.inbound.action, "wd", ("yes", "no"))
        if case is None or answer is None:
            turn.say("error-stale-button")
            self.ask(turn, "menu")
            return
        if answer == "yes" and await self._fire(turn, case, Trigger.WITHDRAW, {"reason": "reporter"}):
            turn.say("case-withdrawn", reference={"$text": case.reference})
        case = await turn.uow.cases.get(case.reference)
        await self.show_case(turn, case)

    async def on_reopen_reason(self, turn: Turn) -> None:
        case = await self._own_case(turn, turn.data.get("case", ""))
        words = turn.text.strip()
        if case is None:
            self.ask(turn, "menu")
            return
        if not words:
            self.ask(turn, "reopen_reason")
            return
        if await self._fire(turn, case, Trigger.REOPEN, {"reason": turn.text[:2000]}):
            # Her reason is her words on the case, where staff read them.
            await turn.uow.entries.add(
                CaseEntry(case.id, "message_in", turn.now, Role.REPORTER, case.reporter_id, text=turn.text)
            )
            turn.say("case-reopened", reference={"$text": case.reference})
        case = await turn.uow.cases.get(case.reference)
        await self.show_case(turn, case)
