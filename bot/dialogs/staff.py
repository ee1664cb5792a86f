"""The staff side: joining, the one window, lists and case cards, guided forms, queries.

Claims a turn when it is ``/join`` or comes from an active staff member. Every
action is authorized again from the database, whatever the button said.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.dialogs import case_card, dashboard_link, data_rights, export_link, order_staff, staff_stats
from bot.dialogs.staff_actions import CaseActions
from bot.dialogs.staff_contact import StaffContact
from bot.dialogs.staff_forms import FORMS, HOTLINE_FORM, FormRunner
from bot.dialogs.state import ConversationState
from bot.dialogs.turn import Turn
from bot.i18n import PICKER_ORDER, hint_to_locale
from bot.triggers import VERB_TRIGGER
from workflows.case import Actor, Case
from workflows.events import AuditEntry
from workflows.follow_ups import Solved
from workflows.readmodels import CaseFilter, InviteError
from workflows.references import normalize_reference
from workflows.services.follow_up import FollowUpAnswer, answer_follow_up
from workflows.services.staff_access import JoinStaff, end_staff_access, join_staff
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Role, Service, State, Trigger

logger = logging.getLogger(__name__)

#: The values ``/cases`` understands per key (``assignee`` takes a staff id, the rest no value).
FILTER_VALUES: dict[str, tuple[str, ...]] = {
    "state": tuple(s.value for s in State if s is not State.INTAKE),
    "service": tuple(s.value for s in Service),
    "region": (*REGIONS, UNKNOWN_REGION),
}


#: Cases a page of ``/cases`` shows; a full page offers the next (older) one.
PAGE = 30
#: In a "More" button's data, each filter as a letter and a value's place in `FILTER_VALUES` (short:
#: Telegram takes 64 bytes of callback data).
FILTER_LETTERS = {"state": "s", "service": "v", "region": "r"}
#: The largest id a button may carry (the id columns are 32-bit integers on PostgreSQL).
MAX_ID = 2**31 - 1


def _an_id(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 10 and 0 < int(text) <= MAX_ID else None


def encode_filters(values: dict[str, Any]) -> str:
    tokens = [f"{FILTER_LETTERS[k]}{FILTER_VALUES[k].index(values[k])}" for k in FILTER_LETTERS if k in values]
    if "assignee" in values:
        tokens.append(f"a{values['assignee']}")
    tokens += [k[0] for k in ("emergency", "overdue") if values.get(k)]
    return ".".join(tokens)


def decode_filters(text: str) -> dict[str, Any] | None:
    """`encode_filters` read back; None when anything in it is not what a button of ours holds."""
    values: dict[str, Any] = {}
    by_letter = {letter: key for key, letter in FILTER_LETTERS.items()}
    for token in text.split(".") if text else []:
        letter, number = token[:1], token[1:]
        if letter in ("e", "o") and not number:
            key, value = ("emergency" if letter == "e" else "overdue"), True
        elif letter in by_letter and number.isdigit() and len(number) < 3:
            key = by_letter[letter]
            if int(number) >= len(FILTER_VALUES[key]):
                return None
            value = FILTER_VALUES[key][int(number)]
        elif letter == "a" and _an_id(number) is not None:
            key, value = "assignee", _an_id(number)
        else:
            return None
        if key in values:
            return None
        values[key] = value
    return values


def _command(text: str) -> tuple[str, str]:
    head, _, rest = text.strip().partition(" ")
    return head.lower().split("@", 1)[0], rest.strip()


class StaffDialog(CaseActions, StaffContact, FormRunner):
    """The staff desk: commands, lists, cards; actions, contact and forms come from the mixins."""

    @staticmethod
    async def _was_staff(turn: Turn) -> bool:
        """Whether she has a staff record, active or ended (her access ended: tell her so)."""
        return bool(await turn.uow.staff_views.staff_names([turn.person.id]))

    async def handle(self, turn: Turn) -> bool:
        command, rest = _command(turn.text) if turn.text.strip().startswith("/") else ("", "")
        if command == "/join":
            await self.join(turn, rest)
            return True
        actor = turn.staff
        if actor is None:
            staff_button = turn.inbound.action.startswith(("st:", "sf:", "slang:", "so:"))
            if staff_button and not turn.step.startswith("staff") and not await self._was_staff(turn):
                return False  # a woman who never was staff: a forged button, answered where she is
            if staff_button or turn.step.startswith("staff"):
                turn.state.staff_form = turn.state.order_form = None
                turn.say("staff-no-access", safety=False)
                turn.go("menu")
                return True
            return False
        turn.state.safe = True
        if turn.step == order_staff.STEP and turn.inbound.action and not turn.inbound.action.startswith("so:"):
            turn.state.order_form = None  # another button: the order form is left, nothing saved
            turn.go("staff")
        if command:
            await self.command(turn, actor, command, rest)
        elif turn.inbound.action.startswith("slang:"):
            await self.set_language(turn, actor)
        elif turn.inbound.action.startswith("so:") or (turn.step == order_staff.STEP and not turn.inbound.action):
            await order_staff.on_action(turn, actor)
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
        turn.state.staff_form = turn.state.order_form = None
        turn.go("staff")
        if command in order_staff.COMMANDS:  # service orders (bot.dialogs.order_staff)
            await order_staff.command(turn, actor, command, rest)
        elif command == "/queue" and actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            await self.show_queue(turn, actor)
        elif command == "/mine" and Role.MEDIATOR in actor.roles:
            await self.show_list(turn, "staff-mine-title", await turn.uow.staff_views.mine(actor))
        elif command == "/case":
            await self.show_case(turn, actor, rest)
        elif command == "/cases":
            await self.show_filtered(turn, actor, rest)
        elif command == "/counts":
            await self.show_counts(turn, actor)
        elif command == staff_stats.COMMAND:  # the supervisor figures with charts (bot.dialogs.staff_stats)
            await staff_stats.show(turn, actor, rest)
        elif command == dashboard_link.COMMAND:  # the figures page's one-time link (bot.dialogs.dashboard_link)
            await dashboard_link.command(turn, actor)
        elif command == export_link.COMMAND:  # a one-time link to her export's download (bot.dialogs.export_link)
            await export_link.command(turn, actor, rest)
        elif command == "/data":  # her data rights, on her behalf (bot.dialogs.data_rights)
            await data_rights.staff_show(self, turn, actor, rest)
        elif command == "/reply":
            reference, _, words = rest.partition(" ")
            case = await self.visible_case(turn, actor, reference)
            if case is not None:
                await self.relay(turn, actor, case, words)
        elif command == "/hotline" and actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            self.start_form(turn, "hotline", "", HOTLINE_FORM)
        elif command == "/leave":
            await end_staff_access(turn.uow, actor.id, by=actor.id, now=turn.now, clock=turn.trigger_context())
            turn.say("staff-left", safety=False)
            turn.go("menu")
        elif command == "/duty":
            await self.duty(turn, actor, rest.strip().lower())
        elif command == "/followup" and actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            await self.record_follow_up(turn, actor, rest)
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

    async def record_follow_up(self, turn: Turn, actor: Actor, rest: str) -> None:
        """`/followup <reference> <round> <yes|partly|no> <1-5|-> [comment]`: the answers she gave
        on the follow-up call (回访), recorded by the operator who called her."""
        parts = rest.split(maxsplit=4)
        solved = {s.value: s for s in Solved}.get(parts[2].lower()) if len(parts) >= 4 else None
        if (
            solved is None
            or parts[1] not in ("1", "2")
            or not (parts[3] == "-" or parts[3] in ("1", "2", "3", "4", "5"))
        ):
            turn.say("follow-up-staff-usage", safety=False)
            return
        case = await self.visible_case(turn, actor, parts[0])
        if case is None:
            return
        round, score = int(parts[1]), None if parts[3] == "-" else int(parts[3])
        comment = parts[4] if len(parts) == 5 else ""
        steps = [
            {"solved": solved},
            *([{"satisfaction": score}] if score else []),
            *([{"comment": comment}] if comment else []),
        ]
        for answer in steps:
            if (
                await answer_follow_up(
                    turn.uow,
                    FollowUpAnswer(case.id, round, turn.now, recorded_by=actor.id, **answer),
                    turn.context.publish,
                )
                is None
            ):
                turn.say("follow-up-staff-closed", reference={"$text": case.reference}, round=round, safety=False)
                return
        turn.say("follow-up-staff-recorded", reference={"$text": case.reference}, round=round, safety=False)

    def menu(self, turn: Turn, actor: Actor, help_text: bool = False) -> None:
        rows: list[list[tuple[Any, str]]] = []
        if actor.roles & {Role.OPERATOR, Role.SUPERVISOR}:
            rows.append([("staff-menu-queue", "st:queue"), ("staff-menu-hotline", "st:hotline")])
        if Role.MEDIATOR in actor.roles:
            rows.append([("staff-menu-mine", "st:mine")])
        rows.append([("staff-menu-counts", "st:counts"), ("staff-menu-orders", "so:list")])
        turn.say("staff-help" if help_text else "staff-menu", buttons=rows, safety=False)
        turn.go("staff")

    async def join(self, turn: Turn, rest: str) -> None:
        if turn.inbound.channel == "wechat":  # staff never work through the WeChat account (docs/wechat.md)
            turn.say("wechat-staff-refused", safety=False)
            return
        code, _, name = rest.partition(" ")
        # Her language: the one she chose, else what her device says, else the default.
        # Stored on her person too (when she has none), so notices sent to her (offers, approvals) use it.
        hinted = hint_to_locale(turn.inbound.locale_hint)
        locale = turn.state.locale or turn.person.locale
        locale = locale or (hinted if hinted in turn.context.locales else turn.context.default_locale)
        command = JoinStaff(code, turn.person.id, turn.now, name=name, locale=None if turn.person.locale else locale)
        try:
            joined = await join_staff(turn.uow, command)
        except InviteError as error:
            turn.say(error.code, safety=False)
            return
        turn.state = ConversationState(locale=locale, safe=True)
        roles, regions = joined.joined.roles, joined.joined.regions
        turn.say(
            "staff-joined",
            roles={"$list": [{"$msg": f"role-{r}"} for r in roles]},
            regions={"$list": [{"$msg": f"region-{r}"} for r in regions]} if regions else {"$text": "—"},
            safety=False,
        )
        self.menu(turn, joined.actor)

    async def set_language(self, turn: Turn, actor: Actor) -> None:
        tag = turn.inbound.action.partition(":")[2]
        if tag in turn.context.locales:
            turn.state.locale = tag
            await turn.set_locale(tag)
            turn.say("language-changed", safety=False)
        self.menu(turn, actor)

    # --- lists and cards -----------------------------------------------------

    async def duty(self, turn: Turn, actor: Actor, word: str) -> None:
        """`/duty on|off` sets whether emergencies page her; `/duty` alone says where she stands."""
        if word in ("on", "off"):
            await turn.uow.staff.set_on_duty(actor.id, word == "on")
            await turn.uow.audit.record(AuditEntry(None, actor.id, "duty", word, turn.now))
        elif word:
            turn.say("staff-duty-usage", safety=False)
        await self.say_duty(turn, actor)

    async def say_duty(self, turn: Turn, actor: Actor) -> None:
        on_duty = await turn.uow.staff.is_on_duty(actor.id)
        turn.say("staff-duty-on" if on_duty else "staff-duty-off", safety=False)

    async def show_queue(self, turn: Turn, actor: Actor) -> None:
        cases = await turn.uow.staff_views.queue(actor)
        await self.show_list(turn, "staff-queue-title", cases)
        await order_staff.show_in_queue(turn, actor)  # service orders, apart from the cases
        # Cases whose follow-up (回访) answer was "no" or "partly" come back here until they move on.
        concerns = [
            case
            for case_id in await turn.uow.follow_ups.concerns()
            if await turn.uow.staff_views.is_visible(actor, case_id)
            and (case := await turn.uow.cases.get_by_id(case_id)) is not None
        ]
        if concerns:
            await self.show_list(turn, "follow-up-queue-title", concerns)
        await self.say_duty(turn, actor)
        for task in await turn.uow.staff_views.open_callbacks(actor):
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
        return await turn.uow.staff_views.is_visible(actor, case.id)

    async def show_case(self, turn: Turn, actor: Actor, reference: str) -> None:
        if not reference.strip():
            turn.say("staff-case-usage", safety=False)
            return
        case = await self.visible_case(turn, actor, reference)
        if case is not None:
            await self.present(turn, actor, case)

    async def present(self, turn: Turn, actor: Actor, case: Case) -> None:
        """The card with the actions she may take now; every opening is logged."""
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "view", "ok", turn.now))
        args, rows = await case_card.card(turn.uow, case, actor, turn.now)
        turn.say("staff-case-card", buttons=rows, safety=False, **args)

    async def show_card_after(self, turn: Turn, actor: Actor, reference: str) -> None:
        """After an action: the fresh card and its next actions, so nobody retypes ``/case REF``.

        Silent when the action took the case out of her sight (a declined offer, say).
        """
        case = await turn.uow.cases.get(reference)
        if case is not None and await self._visible(turn, actor, case):
            await self.present(turn, actor, case)

    async def show_filtered(self, turn: Turn, actor: Actor, rest: str) -> None:
        """``/cases key=value …``: a filter that means nothing is answered with the valid ones."""
        values: dict[str, Any] = {}
        for part in rest.split():
            key, _, value = part.partition("=")
            if not self._valid_filter(key, value):
                turn.say("staff-filter-not-valid", filter={"$text": part[:60]}, safety=False)
                self.filter_help(turn)
                return
            values[key] = True if key in ("emergency", "overdue") else value
        if "assignee" in values:
            values["assignee"] = int(values["assignee"])
        await self.show_page(turn, actor, values, None)

    async def show_page(self, turn: Turn, actor: Actor, values: dict[str, Any], before: int | None) -> None:
        """A page of ``/cases``, newest first: ``PAGE`` cases below ``before`` (the last id of the page
        shown), and when the page is full a "More" button for the next. No total is claimed."""
        cases = await turn.uow.staff_views.find(actor, CaseFilter(**values, before=before), turn.now, limit=PAGE)
        if not cases:
            turn.say("staff-list-empty", title={"$msg": "staff-cases-title"}, safety=False)
            return
        rows = [[({"$text": c.reference}, f"st:card:{c.reference}")] for c in cases]
        if len(cases) == PAGE:
            rows.append([("staff-button-more", f"st:more:{cases[-1].id}:{encode_filters(values)}")])
        turn.say(
            "staff-case-page",
            title={"$msg": "staff-cases-title"},
            count=len(cases),
            lines={"$list": [case_card.case_line(c) for c in cases]},
            buttons=rows,
            safety=False,
        )

    async def more_cases(self, turn: Turn, actor: Actor, parts: list[str]) -> None:
        """``st:more:<last id shown>:<filters>``: anything else (forged, or from another version) is stale."""
        values = decode_filters(parts[3]) if len(parts) == 4 else None
        last = _an_id(parts[2]) if len(parts) == 4 else None
        if values is None or last is None:
            turn.say("error-stale-button", safety=False)
            return
        await self.show_page(turn, actor, values, last)

    @staticmethod
    def _valid_filter(key: str, value: str) -> bool:
        if key in ("emergency", "overdue"):
            return not value
        allowed = FILTER_VALUES.get(key)
        if allowed is not None:
            return value in allowed
        return key == "assignee" and _an_id(value) is not None

    @staticmethod
    def filter_help(turn: Turn) -> None:
        """Every filter with the values it takes, each value as typed and by its name."""

        def choices(family: str, codes: tuple[str, ...]) -> dict[str, Any]:
            items = [
                {"$msg": "staff-filter-value", "args": {"code": {"$text": c}, "name": {"$msg": family + c}}}
                for c in codes
            ]
            return {"$list": items, "inline": True}

        turn.say(
            "staff-filter-values",
            states=choices("state-", FILTER_VALUES["state"]),
            services=choices("service-", FILTER_VALUES["service"]),
            regions=choices("region-", FILTER_VALUES["region"]),
            safety=False,
        )

    async def show_counts(self, turn: Turn, actor: Actor) -> None:
        counts = await turn.uow.staff_views.counts_by_state(actor)
        lines = [
            {
                "$msg": "staff-count-line",
                "args": {"state": {"$msg": f"state-{s.value}"}, "count": counts.get(s.value, 0)},
            }
            for s in State
            if s is not State.INTAKE
        ]
        lines.append(
            {
                "$msg": "staff-count-overdue",
                "args": {"count": await turn.uow.staff_views.overdue_count(actor, turn.now)},
            }
        )
        turn.say("staff-counts-total", total=sum(counts.values()), lines={"$list": lines}, safety=False)

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
        if verb == "more":
            await self.more_cases(turn, actor, parts)
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
        elif verb in ("dcopy", "derase"):
            await data_rights.staff_action(self, turn, actor, verb, case)
        elif verb == "conf":
            await self.toggle_confidential(turn, actor, case)
        elif verb == "msg":
            if case_card.may_relay(case, actor):
                turn.state.staff_relay = case.reference
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
        elif verb in ("dsp", "dspall"):
            await self.suggest(turn, actor, case, elsewhere=verb == "dspall")
        elif verb == "to" and len(parts) == 4:
            await self.dispatch_to(turn, actor, case, parts[3])
        elif verb == "take":
            await self.fire(turn, actor, case, Trigger.TAKE, {})
        elif verb == "resume":
            await self.fire(turn, actor, case, Trigger.RESUME, {})
        elif verb in VERB_TRIGGER:
            trigger = VERB_TRIGGER[verb]
            if not case_card.may_fire(case, actor, trigger):
                await self.fire(turn, actor, case, trigger, {})  # refused with the reason, and audited
                return
            self.start_form(turn, trigger.value, case.reference, FORMS.get(trigger, ()))
            if not FORMS.get(trigger):
                await self.fire(turn, actor, case, trigger, {})
        else:
            turn.say("error-stale-button", safety=False)
