"""The staff side: joining, the one window, lists and case cards, guided forms, queries.

Claims a turn when it is ``/join`` or comes from an active staff member. Every
action is authorized again from the database, whatever the button said.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.dialogs import case_card
from bot.dialogs.staff_actions import CaseActions
from bot.dialogs.staff_contact import StaffContact
from bot.dialogs.staff_forms import FORMS, HOTLINE_FORM, Field, trigger_data
from bot.dialogs.turn import Turn
from bot.i18n import PICKER_ORDER, hint_to_locale
from storage import staff as staff_store
from storage import staff_queries
from storage.people import staff_actor
from workflows.case import Actor, Case
from workflows.events import AuditEntry
from workflows.references import normalize_reference
from workflows.vocabulary import Role, State, Trigger

logger = logging.getLogger(__name__)

STAFF_COMMANDS = (
    "/queue",
    "/mine",
    "/case",
    "/cases",
    "/counts",
    "/reply",
    "/hotline",
    "/leave",
    "/help",
    "/start",
    "/language",
    "/cancel",
)
FILTER_KEYS = ("state", "service", "region", "assignee", "emergency", "overdue")


def _command(text: str) -> tuple[str, str]:
    head, _, rest = text.strip().partition(" ")
    return head.lower().split("@", 1)[0], rest.strip()


class StaffDialog(CaseActions, StaffContact):
    """The staff desk: commands, lists, cards, forms; actions and contact come from the mixins."""

    async def handle(self, turn: Turn) -> bool:
        command, rest = _command(turn.text) if turn.text.strip().startswith("/") else ("", "")
        if command == "/join":
            await self.join(turn, rest)
            return True
        actor = turn.staff
        if actor is None:
            if turn.inbound.action.startswith(("st:", "sf:", "slang:")) or turn.step.startswith("staff"):
                turn.data.pop("staff_form", None)
                turn.say("staff-no-access", safety=False)
                turn.go("menu")
                return True
            return False
        turn.data["safe"] = True
        if command:
            await self.command(turn, actor, command, rest)
        elif turn.inbound.action.startswith("slang:"):
            await self.set_language(turn, actor)
        elif turn.inbound.action.startswith("sf:") or turn.step == "staff:form":
            await self.on_form(turn, actor)
        elif turn.inbound.action.startswith("st:"):
            await self.on_action(turn, actor)
        elif turn.step == "staff:relay":
            await self.on_relay_text(turn, actor)
        else:
            self.menu(turn, actor)
        return True

    # --- commands ------------------------------------------------------------

    async def command(self, turn: Turn, actor: Actor, command: str, rest: str) -> None:
        turn.data.pop("staff_form", None)
        turn.go("staff")
        if command == "/queue" and actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            await self.show_queue(turn, actor)
        elif command == "/mine" and Role.MEDIATOR in actor.roles:
            await self.show_list(turn, "staff-mine-title", await staff_queries.mine(turn.session, actor))
        elif command == "/case":
            await self.show_case(turn, actor, rest)
        elif command == "/cases":
            await self.show_filtered(turn, actor, rest)
        elif command == "/counts":
            await self.show_counts(turn, actor)
        elif command == "/reply":
            reference, _, words = rest.partition(" ")
            case = await self.visible_case(turn, actor, reference)
            if case is not None:
                await self.relay(turn, actor, case, words)
        elif command == "/hotline" and actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            self.start_form(turn, "hotline", "", HOTLINE_FORM)
        elif command == "/leave":
            await staff_store.deactivate(turn.session, actor.id)
            turn.say("staff-left", safety=False)
            turn.go("menu")
        elif command == "/language":
            rows = [
                [({"$msg": "language-self", "locale": tag}, f"slang:{tag}")]
                for tag in PICKER_ORDER
                if tag in turn.context.locales
            ]
            turn.say("language-picker", buttons=rows, safety=False)
        elif command in ("/help", "/start", "/cancel", "/again"):
            self.menu(turn, actor, help_text=command == "/help")
        else:
            turn.say("staff-unknown-command", command={"$text": command[:40]}, safety=False)
            self.menu(turn, actor)

    def menu(self, turn: Turn, actor: Actor, help_text: bool = False) -> None:
        rows: list[list[tuple[Any, str]]] = []
        if actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            rows.append([("staff-menu-queue", "st:queue"), ("staff-menu-hotline", "st:hotline")])
        if Role.MEDIATOR in actor.roles:
            rows.append([("staff-menu-mine", "st:mine")])
        rows.append([("staff-menu-counts", "st:counts")])
        turn.say("staff-help" if help_text else "staff-menu", buttons=rows, safety=False)
        turn.go("staff")

    async def join(self, turn: Turn, rest: str) -> None:
        code, _, name = rest.partition(" ")
        try:
            joined = await staff_store.redeem_invite(
                turn.session, code, person_id=turn.person.id, now=turn.now, name=name.strip()[:200]
            )
        except staff_store.InviteError as error:
            turn.say(error.code, safety=False)
            return
        # Her language: the one she chose, else what her device says, else the default.
        # Stored on her person too, so notices sent to her (offers, approvals) use it.
        hinted = hint_to_locale(turn.inbound.locale_hint)
        locale = turn.data.get("locale") or turn.person.locale
        locale = locale or (hinted if hinted in turn.context.locales else turn.context.default_locale)
        if not turn.person.locale:
            await turn.set_locale(locale)
        turn.data.clear()
        turn.data.update(locale=locale, safe=True)
        turn.say(
            "staff-joined",
            roles={"$list": [{"$msg": f"role-{r}"} for r in joined.roles]},
            regions={"$list": [{"$msg": f"region-{r}"} for r in joined.regions]} if joined.regions else {"$text": "—"},
            safety=False,
        )
        actor = await staff_actor(turn.session, turn.person.id)
        self.menu(turn, actor)

    async def set_language(self, turn: Turn, actor: Actor) -> None:
        tag = turn.inbound.action.partition(":")[2]
        if tag in turn.context.locales:
            turn.data["locale"] = tag
            await turn.set_locale(tag)
            turn.say("language-changed", safety=False)
        self.menu(turn, actor)

    # --- lists and cards -----------------------------------------------------

    async def show_queue(self, turn: Turn, actor: Actor) -> None:
        cases = await staff_queries.queue(turn.session, actor)
        await self.show_list(turn, "staff-queue-title", cases)
        for task in await staff_queries.open_callbacks(turn.session, actor):
            turn.say(
                "staff-callback-task",
                reference={"$text": task["reference"]},
                what={"$msg": task["message_id"], "args": task["args"]},
                buttons=[[("staff-button-callback-done", f"st:cbdone:{task['id']}")]],
                safety=False,
            )

    async def show_list(self, turn: Turn, title: str, cases: list[Case]) -> None:
        if not cases:
            turn.say("staff-list-empty", title={"$msg": title}, safety=False)
            return
        rows = [[({"$text": c.reference}, f"st:card:{c.reference}")] for c in cases]
        turn.say(
            "staff-case-list",
            title={"$msg": title},
            count=len(cases),
            lines={"$list": [case_card.case_line(c) for c in cases]},
            buttons=rows,
            safety=False,
        )

    async def visible_case(self, turn: Turn, actor: Actor, reference: str) -> Case | None:
        """The case if she may see it; otherwise one clear line (and the refused read is logged)."""
        normalized = normalize_reference(reference or "")
        case = await turn.uow.cases.get(normalized) if normalized else None
        if case is None:
            turn.say("staff-case-not-found", reference={"$text": (reference or "")[:40]}, safety=False)
            return None
        visible = await self._visible(turn, actor, case)
        if not visible:
            await turn.uow.audit.record(AuditEntry(case.id, actor.id, "view", "refused", turn.now))
            turn.say("staff-case-not-found", reference={"$text": case.reference}, safety=False)
            return None
        return case

    async def _visible(self, turn: Turn, actor: Actor, case: Case) -> bool:
        return await staff_queries.is_visible(turn.session, actor, case.id)

    async def show_case(self, turn: Turn, actor: Actor, reference: str) -> None:
        case = await self.visible_case(turn, actor, reference)
        if case is None:
            return
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "view", "ok", turn.now))
        args, rows = await case_card.card(turn.uow, case, actor)
        turn.say("staff-case-card", buttons=rows, safety=False, **args)

    async def show_filtered(self, turn: Turn, actor: Actor, rest: str) -> None:
        values: dict[str, Any] = {}
        for part in rest.split():
            key, _, value = part.partition("=")
            if key not in FILTER_KEYS or (key not in ("emergency", "overdue") and not value):
                turn.say("staff-filter-help", safety=False)
                return
            values[key] = True if key in ("emergency", "overdue") else value
        if "assignee" in values:
            if not str(values["assignee"]).isdigit():
                turn.say("staff-filter-help", safety=False)
                return
            values["assignee"] = int(values["assignee"])
        cases = await staff_queries.find(turn.session, actor, staff_queries.CaseFilter(**values), turn.now)
        await self.show_list(turn, "staff-cases-title", cases)

    async def show_counts(self, turn: Turn, actor: Actor) -> None:
        counts = await staff_queries.counts_by_state(turn.session, actor)
        lines = [
            {
                "$msg": "staff-count-line",
                "args": {"state": {"$msg": f"state-{s.value}"}, "count": counts.get(s.value, 0)},
            }
            for s in State
            if s is not State.INTAKE
        ]
        turn.say("staff-counts", total=sum(counts.values()), lines={"$list": lines}, safety=False)

    # --- actions -------------------------------------------------------------

    async def on_action(self, turn: Turn, actor: Actor) -> None:
        parts = turn.inbound.action.split(":")
        verb = parts[1] if len(parts) > 1 else ""
        if verb in ("queue", "mine", "counts", "hotline"):
            await self.command(turn, actor, f"/{verb}", "")
            return
        if verb in ("apv", "rfs") and len(parts) == 3 and parts[2].isdigit():
            await self.decide(turn, actor, int(parts[2]), approved=verb == "apv")
            return
        if verb == "cbdone" and len(parts) == 3 and parts[2].isdigit():
            await self.callback_done(turn, actor, int(parts[2]))
            return
        if len(parts) < 3:
            turn.say("error-stale-button", safety=False)
            return
        case = await self.visible_case(turn, actor, parts[2])
        if case is None:
            return
        if verb == "card":
            await self.show_case(turn, actor, case.reference)
        elif verb == "ack":
            await self.acknowledge(turn, actor, case)
        elif verb == "conf":
            await self.toggle_confidential(turn, actor, case)
        elif verb == "msg":
            if case_card.may_relay(case, actor):
                turn.data["staff_relay"] = case.reference
                turn.say(
                    "staff-ask-relay",
                    reference={"$text": case.reference},
                    buttons=[[("staff-button-cancel", "sf:cancel")]],
                    safety=False,
                )
                turn.go("staff:relay")
            else:
                await turn.uow.audit.record(AuditEntry(case.id, actor.id, "relay", "refused:not_assigned", turn.now))
                turn.say("refusal-not-assigned", safety=False)
        elif verb == "dsp":
            await self.suggest(turn, actor, case)
        elif verb == "to" and len(parts) == 4:
            await self.dispatch_to(turn, actor, case, parts[3])
        elif verb == "take":
            await self.fire(turn, actor, case, Trigger.TAKE, {})
        elif verb == "resume":
            await self.fire(turn, actor, case, Trigger.RESUME, {})
        elif verb in case_card.VERB_TRIGGER:
            trigger = case_card.VERB_TRIGGER[verb]
            if not case_card.may_fire(case, actor, trigger):
                await self.fire(turn, actor, case, trigger, {})  # refused with the reason, and audited
                return
            self.start_form(turn, trigger.value, case.reference, FORMS.get(trigger, ()))
            if not FORMS.get(trigger):
                await self.fire(turn, actor, case, trigger, {})
        else:
            turn.say("error-stale-button", safety=False)

    # --- forms ---------------------------------------------------------------

    def start_form(self, turn: Turn, name: str, reference: str, fields: tuple[Field, ...]) -> None:
        if not fields:
            return
        turn.data["staff_form"] = {"name": name, "ref": reference, "index": 0, "answers": {}}
        self.ask_field(turn)

    def _fields(self, form: dict[str, Any]) -> tuple[Field, ...]:
        return HOTLINE_FORM if form["name"] == "hotline" else FORMS[Trigger(form["name"])]

    def ask_field(self, turn: Turn) -> None:
        form = turn.data["staff_form"]
        field = self._fields(form)[form["index"]]
        key = f"{form['name']}.{form['index']}"
        rows = field.rows(key) if field.is_choice else []
        rows.append([("staff-button-cancel", "sf:cancel")])
        turn.say(field.prompt, buttons=rows, safety=False, reference={"$text": form["ref"]})
        turn.go("staff:form")

    async def on_form(self, turn: Turn, actor: Actor) -> None:
        form = turn.data.get("staff_form")
        if turn.inbound.action == "sf:cancel" or form is None:
            turn.data.pop("staff_form", None)
            turn.data.pop("staff_relay", None)
            turn.say("staff-cancelled", safety=False)
            self.menu(turn, actor)
            return
        field = self._fields(form)[form["index"]]
        if field.is_choice:
            prefix = f"sf:{form['name']}.{form['index']}:"
            value = turn.inbound.action[len(prefix) :] if turn.inbound.action.startswith(prefix) else None
            if value not in field.choices:
                turn.say("reask-use-buttons", safety=False)
                self.ask_field(turn)
                return
        else:
            value = turn.text.strip()
            if not value:
                self.ask_field(turn)
                return
            if sum(ch.isdigit() for ch in value) < field.min_digits:
                turn.say("staff-form-needs-number", safety=False)
                self.ask_field(turn)
                return
        form["answers"][field.name] = value[:4000]
        form["index"] += 1
        if form["index"] < len(self._fields(form)):
            self.ask_field(turn)
            return
        turn.data.pop("staff_form", None)
        turn.go("staff")
        if form["name"] == "hotline":
            await self.register_call(turn, actor, form["answers"])
            return
        case = await self.visible_case(turn, actor, form["ref"])
        if case is not None:
            trigger = Trigger(form["name"])
            await self.fire(turn, actor, case, trigger, trigger_data(trigger, form["answers"]))
