"""The staff side of service orders (派单): ``/orders``, ``/order HLO-…``, ``/events``, the order card
with the suggested teams and their reasons, and the team's forms (accept with date, time and
place; decline or cancel with a reason; a new date; record what was delivered). docs/orders.md.

Every action is a use case of `workflows.services.orders`, which checks who may (the order's
team, the window of its region) and audits a refusal; the card offers only what the machine
allows her now (`workflows.orders.may_fire`), and a button pressed anyway is refused with the
reason, in her language. Buttons are ``so:<verb>:<reference>[:<value>]``; a form under way is
``ConversationState.order_form`` at the step ``staff:order``.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from typing import Any

from bot.dialogs.order_dates import DateProblem, parse_dates, parse_one, parse_time
from bot.dialogs.orders import describe, order_context
from bot.dialogs.staff_forms import HOTLINE_FORM, hotline_call
from bot.dialogs.turn import Turn
from workflows.case import Actor
from workflows.demo_points import demo_point_message
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.orders import (
    DeliveryLanguage,
    EventRecord,
    Format,
    Order,
    OrderFilter,
    OrderKind,
    OrderNotFound,
    OrderState,
    OrderTrigger,
    PlaceKind,
    Topic,
    acting_role,
    may_fire,
    normalize_order_reference,
)
from workflows.orders_figures import Figures, Period
from workflows.orders_validation import MAX_ATTENDEES, InvalidOrder, RecordRequest, fold_spaces, parse_count
from workflows.services.hotline import register_call
from workflows.services.orders import (
    accept_order,
    cancel_order,
    decline_order,
    dispatch_order,
    figures_for,
    find_events,
    find_orders,
    order_for,
    record_delivery,
    reschedule_order,
    suggest_teams,
    team_orders,
    waiting_orders,
)
from workflows.vocabulary import REGIONS, Role

STEP = "staff:order"
#: The values ``/orders`` filters take.
FILTERS: dict[str, tuple[str, ...]] = {
    "region": tuple(REGIONS),
    "kind": tuple(k.value for k in OrderKind),
    "topic": tuple(t.value for t in Topic),
    "state": tuple(s.value for s in OrderState if s is not OrderState.DRAFT),
}
#: Reasons a refusal names that have their own words (``orders-why-<reason>``).
WHY = (
    "not_team",
    "other_region",
    "role",
    "date_in_past",
    "team_unknown",
    "out_of_reach",
    "not_visible",
    "not_orderer",
)
#: Each form: its trigger and its fields (name, prompt); buttons for ``format``, ``topics``, ``notes``.
FORMS: dict[str, tuple[OrderTrigger, tuple[tuple[str, str], ...]]] = {
    "acc": (
        OrderTrigger.ACCEPT,
        (("date", "orders-staff-ask-date"), ("time", "orders-staff-ask-time"), ("venue", "orders-staff-ask-venue")),
    ),
    "res": (
        OrderTrigger.RESCHEDULE,
        (("date", "orders-staff-ask-date"), ("time", "orders-staff-ask-time"), ("venue", "orders-staff-ask-venue")),
    ),
    "dec": (OrderTrigger.DECLINE, (("reason", "orders-staff-ask-reason"),)),
    "cxl": (OrderTrigger.CANCEL, (("reason", "orders-staff-ask-reason"),)),
    "rec": (
        OrderTrigger.RECORD,
        (
            ("held_on", "orders-staff-ask-held-on"),
            ("place", "orders-staff-ask-place"),
            ("format", "orders-staff-ask-format"),
            ("attendees", "orders-staff-ask-attendees"),
            ("women_helped", "orders-staff-ask-women-helped"),
            ("topics", "orders-staff-ask-topics"),
            ("notes", "orders-staff-ask-notes"),
            ("photos", "orders-staff-ask-photos"),
            ("cases", "orders-staff-ask-cases"),
        ),
    ),
    # An event nobody ordered (随机), recorded by a member of the home or team that held it.
    "spot": (
        OrderTrigger.RECORD,
        (
            ("kind", "orders-staff-ask-spot-kind"),
            ("region", "order-ask-region"),
            ("place_kind", "order-ask-place-kind"),
            ("place", "orders-staff-ask-place"),
            ("held_on", "orders-staff-ask-held-on"),
            ("format", "orders-staff-ask-format"),
            ("language", "orders-staff-ask-spot-language"),
            ("attendees", "orders-staff-ask-attendees"),
            ("women_helped", "orders-staff-ask-women-helped"),
            ("topics", "orders-staff-ask-topics"),
            ("notes", "orders-staff-ask-notes"),
            ("photos", "orders-staff-ask-photos"),
            ("cases", "orders-staff-ask-cases"),
        ),
    ),
}
#: The fields answered with a button (``so:c:<value>``): their values and the catalog family of their labels.
CHOICES: dict[str, tuple[tuple[str, ...], str]] = {
    "kind": (FILTERS["kind"], "orders-kind-"),
    "region": (FILTERS["region"], "region-"),
    "place_kind": (tuple(p.value for p in PlaceKind), "orders-place-"),
    "format": (tuple(f.value for f in Format), "orders-format-"),
    "language": (tuple(v.value for v in DeliveryLanguage), "orders-language-"),
}
#: The form field an `InvalidOrder` of the record sends her back to.
RECORD_FIELD = {"held_on": "held_on", "place_name": "place", "format": "format", "attendees": "attendees"}
RECORD_FIELD |= {"women_helped": "women_helped", "topics": "topics", "notes": "notes"}
RECORD_FIELD |= {"kind": "kind", "region": "region", "place_kind": "place_kind", "language": "language"}


def _say(turn: Turn, message_id: str, **args: Any) -> None:
    turn.say(message_id, safety=False, **args)


def _ref(reference: str) -> dict[str, str]:
    return {"$text": reference}


def team_label(name: str) -> dict[str, str]:
    message = demo_point_message(name)
    return {"$msg": message} if message else {"$text": name}


def refusal(turn: Turn, reference: str, error: Exception) -> None:
    """A refused action in her language: why, never what anyone typed."""
    if isinstance(error, InvalidTransition):
        _say(turn, "order-not-now", reference=_ref(reference), state={"$msg": f"orders-state-{error.state}"})
    elif isinstance(error, NotPermitted):
        why = error.reason if error.reason in WHY else "role"
        _say(turn, "orders-staff-refused", reference=_ref(reference), why={"$msg": f"orders-why-{why}"})
    elif isinstance(error, MissingData):
        _say(turn, "orders-staff-refused", reference=_ref(reference), why={"$msg": "orders-why-missing"})
    elif isinstance(error, InvalidOrder):
        _say(turn, error.message_id, **error.args)
    else:
        _say(turn, "orders-staff-not-found", reference=_ref(reference[:40]))


def _line(order: Order) -> dict[str, Any]:
    args = describe(order)
    return {
        "$msg": "orders-staff-line",
        "args": {k: args[k] for k in ("reference", "state", "kind", "topic", "region", "audience")},
    }


def show_list(turn: Turn, title: str, orders: list[Order]) -> None:
    if not orders:
        _say(turn, "orders-staff-list-empty", title={"$msg": title})
        return
    buttons = [[({"$text": o.reference}, f"so:card:{o.reference}")] for o in orders[:10]]
    turn.say(
        "orders-staff-list",
        title={"$msg": title},
        count=len(orders),
        lines={"$list": [_line(o) for o in orders]},
        buttons=buttons,
        safety=False,
    )


def filters_help(turn: Turn) -> None:
    def values(family: str, codes: tuple[str, ...]) -> dict[str, Any]:
        items = [
            {"$msg": "staff-filter-value", "args": {"code": {"$text": c}, "name": {"$msg": family + c}}} for c in codes
        ]
        return {"$list": items, "inline": True}

    _say(
        turn,
        "orders-staff-filters-help",
        kinds=values("orders-kind-", FILTERS["kind"]),
        topics=values("orders-topic-", FILTERS["topic"]),
        states=values("orders-state-", FILTERS["state"]),
        regions=values("region-", FILTERS["region"]),
    )


def _window(actor: Actor) -> bool:
    return bool(actor.roles & {Role.OPERATOR, Role.SUPERVISOR})


async def show_orders(turn: Turn, actor: Actor, rest: str) -> None:
    """``/orders``: the window's waiting orders and her team's; supervisors filter (``key=value``)."""
    values: dict[str, str] = {}
    for part in rest.split():
        key, _, value = part.partition("=")
        if value not in FILTERS.get(key, ()):
            _say(turn, "staff-filter-not-valid", filter={"$text": part[:60]})
            filters_help(turn)
            return
        values[key] = value
    if values and Role.SUPERVISOR in actor.roles:
        found = await find_orders(
            turn.uow,
            actor=actor,
            filters=OrderFilter(
                regions=frozenset({values["region"]}) if "region" in values else None,
                states=frozenset({OrderState(values["state"])}) if "state" in values else None,
                kind=OrderKind(values["kind"]) if "kind" in values else None,
                topic=Topic(values["topic"]) if "topic" in values else None,
            ),
        )
        show_list(turn, "orders-staff-found-title", found)
        return
    if values:
        _say(turn, "orders-staff-filters-supervisors")
    shown = False
    if _window(actor):
        show_list(turn, "orders-staff-waiting-title", await waiting_orders(turn.uow, actor=actor))
        shown = True
    if actor.service_point_id is not None:
        show_list(turn, "orders-staff-team-title", await team_orders(turn.uow, actor=actor))
        shown = True
    if not shown:
        _say(turn, "orders-staff-refused", reference=_ref("—"), why={"$msg": "orders-why-not_visible"})


async def show_in_queue(turn: Turn, actor: Actor) -> None:
    """In ``/queue``, apart from the cases: the service orders waiting for a team (only when there are)."""
    waiting = await waiting_orders(turn.uow, actor=actor)
    if waiting:
        show_list(turn, "orders-staff-waiting-title", waiting)


async def visible_order(turn: Turn, actor: Actor, reference: str) -> Order | None:
    normalized = normalize_order_reference(reference or "")
    try:
        if not normalized:
            raise OrderNotFound(reference="")
        return await order_for(turn.uow, reference=normalized, actor=actor)
    except (OrderNotFound, NotPermitted):  # the same answer: whether it exists is not told
        _say(turn, "orders-staff-not-found", reference=_ref((normalized or reference or "")[:40]))
        return None


async def show_card(turn: Turn, actor: Actor, reference: str) -> None:
    """``/order HLO-…``: the order, the teams suggested with their reasons, the actions she may take."""
    if not reference.strip():
        _say(turn, "orders-staff-usage")
        return
    order = await visible_order(turn, actor, reference)
    if order is None:
        return
    team = await turn.uow.orders.team(order.team_id) if order.team_id is not None else None
    contact = " ".join(v for v in (order.contact.get("name", ""), order.contact.get("phone", "")) if v)
    dates = ", ".join(d.isoformat() for d in order.preferred_dates)
    args = describe(order) | {
        "dates": {"$text": dates} if dates else {"$msg": "order-review-no-dates"},
        "contact": {"$text": contact} if contact else {"$msg": "order-review-no-contact"},
        "team": team_label(team.name) if team else {"$msg": "orders-staff-no-team"},
    }
    rows: list[list[tuple[Any, str]]] = []
    ref = order.reference
    if may_fire(order, actor, OrderTrigger.ACCEPT):
        rows.append([("orders-staff-button-accept", f"so:acc:{ref}"), ("orders-staff-button-decline", f"so:dec:{ref}")])
    elif may_fire(order, actor, OrderTrigger.DECLINE):
        rows.append([("orders-staff-button-decline", f"so:dec:{ref}")])
    if may_fire(order, actor, OrderTrigger.RESCHEDULE):
        rows.append([("orders-staff-button-reschedule", f"so:res:{ref}")])
    if may_fire(order, actor, OrderTrigger.DELIVER) or may_fire(order, actor, OrderTrigger.RECORD):
        rows.append([("orders-staff-button-record", f"so:rec:{ref}")])
    if may_fire(order, actor, OrderTrigger.CANCEL):
        rows.append([("orders-staff-button-cancel", f"so:cxl:{ref}")])
    turn.say("orders-staff-card", buttons=rows, safety=False, **args)
    if may_fire(order, actor, OrderTrigger.DISPATCH):
        suggestions = await suggest_teams(turn.uow, reference=ref, actor=actor)
        if not suggestions:
            _say(turn, "orders-staff-no-suggestion")
            return
        lines = [
            {
                "$msg": "orders-staff-suggestion",
                "args": {
                    "team": team_label(s.candidate.name),
                    "reasons": {
                        "$list": [
                            {"$msg": f"{'orders-reason-' if r in ('travels', 'topic', 'online') else 'reason-'}{r}"}
                            for r in s.reasons
                        ],
                        "inline": True,
                    },
                },
            }
            for s in suggestions
        ]
        buttons = [
            [
                (
                    {"$msg": "orders-staff-button-dispatch", "args": {"team": team_label(s.candidate.name)}},
                    f"so:to:{ref}:{s.candidate.id}",
                )
            ]
            for s in suggestions[:3]
        ]
        turn.say("orders-staff-suggestions", lines={"$list": lines}, buttons=buttons, safety=False)


async def dispatch(turn: Turn, actor: Actor, reference: str, team: str) -> None:
    if not team.isdigit():
        _say(turn, "error-stale-button")
        return
    try:
        await dispatch_order(
            turn.uow, reference=reference, team_id=int(team), actor=actor, now=turn.now, ctx=order_context(turn)
        )
    except (InvalidTransition, NotPermitted, MissingData, OrderNotFound) as error:
        refusal(turn, reference, error)
        return
    found = await turn.uow.orders.team(int(team))
    _say(turn, "orders-staff-dispatched", reference=_ref(reference), team=team_label(found.name if found else ""))


# --- forms -------------------------------------------------------------------------------------


async def start_form(turn: Turn, actor: Actor, verb: str, reference: str) -> None:
    """A form for ``verb`` on the order; refused at once (with the reason) when she may not."""
    order = await visible_order(turn, actor, reference)
    if order is None:
        return
    trigger = FORMS[verb][0]
    if verb == "rec" and order.state is OrderState.SCHEDULED:  # held and recorded in one go
        trigger = OrderTrigger.DELIVER
    if not may_fire(order, actor, trigger):
        try:
            acting_role(order, actor, trigger)  # why she may not (role, team, region) ...
            raise InvalidTransition(trigger=trigger.value, state=order.state.value)  # ... or the state
        except (InvalidTransition, NotPermitted) as error:
            refusal(turn, order.reference, error)
            return
    answers: dict[str, Any] = {"place": order.place_name} if verb == "rec" else {}
    turn.state.order_form = {"verb": verb, "ref": order.reference, "i": 0, "a": answers}
    ask(turn)


def ask(turn: Turn) -> None:
    form = turn.state.order_form or {}
    fields = FORMS[form["verb"]][1]
    name, prompt = fields[form["i"]]
    cancel = [("staff-button-cancel", "so:fcancel")]
    if name in CHOICES:
        values, family = CHOICES[name]
        buttons = [(f"{family}{v}", f"so:c:{v}") for v in values]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        turn.say(prompt, buttons=[*rows, cancel], safety=False)
    elif name == "topics":
        chosen = form["a"].get("topics", [])
        rows = [[(f"orders-topic-{t.value}", f"so:t:{t.value}")] for t in Topic if t.value not in chosen]
        label = {"$list": [{"$msg": f"orders-topic-{t}"} for t in chosen], "inline": True} if chosen else "—"
        turn.say(
            prompt, buttons=[*rows, [("orders-staff-button-done", "so:t:done")], cancel], chosen=label, safety=False
        )
    elif name == "notes":
        turn.say(prompt, buttons=[[("orders-staff-button-skip", "so:skip")], cancel], safety=False)
    elif name == "cases" and "case" in form["a"]:  # a woman's case being opened: the hotline form's questions
        field = HOTLINE_FORM[form["a"]["case"]["i"]]
        rows = []
        if field.is_choice:
            buttons = [(f"{field.label_prefix}{v}", f"so:hc:{v}") for v in field.choices]
            rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        turn.say(field.prompt, buttons=[*rows, [("orders-staff-button-case-stop", "so:hcstop")]], safety=False)
    elif name == "cases":
        opened = form["a"].get("case_refs", [])
        rows = [[("orders-staff-button-open-case", "so:ncase")], [("orders-staff-button-cases-done", "so:cdone")]]
        refs = {"$text": ", ".join(opened)} if opened else "—"
        turn.say(prompt, buttons=[*rows, cancel], count=len(opened), references=refs, safety=False)
    elif name == "photos":
        done = [("orders-staff-button-photos-done", "so:pdone")]
        turn.say(prompt, buttons=[done, cancel], count=len(form["a"].get("photos", [])), safety=False)
    else:
        turn.say(prompt, buttons=[cancel], safety=False)
    turn.go(STEP)


def _today(turn: Turn) -> date:
    return turn.now.astimezone(turn.context.zone).date()


def _is_image(attachment: Any) -> bool:
    return attachment.kind == "photo" or str(attachment.content_type).startswith("image/")


async def read_photos(turn: Turn, answers: dict[str, Any]) -> bool:
    """The event's photos, kept in the evidence store as they come (names and sizes in the form);
    True on Done. Anything but images is refused; too large or too many are said and not kept."""
    if turn.inbound.action == "so:pdone":
        return True
    if not turn.inbound.attachments:
        _say(turn, "orders-staff-photos-only")
        return False
    kept = answers.setdefault("photos", [])
    limit, most = turn.context.max_upload_bytes, turn.context.case_max_files
    for attachment in turn.inbound.attachments:
        if not _is_image(attachment):
            _say(turn, "orders-staff-photos-only")
            continue
        if attachment.too_large or attachment.size > limit or len(attachment.data) > limit:
            _say(turn, "error-file-too-large", limit_mb=round(limit / 1024 / 1024, 1))
            continue
        if len(kept) >= most:
            _say(turn, "orders-staff-photos-full", limit=most)
            break
        meta = await asyncio.to_thread(turn.context.evidence_store.put, attachment)
        if all(m.get("name") != meta["name"] for m in kept):  # the same photo twice is kept once
            kept.append({"name": meta["name"], "size": meta["size"]})
    return False  # asked again, with how many are kept, until Done


def may_open_cases(actor: Actor) -> bool:
    """Who may open a woman's case from an event: who may register a 12338 call (operators, supervisors)."""
    return bool(actor.roles & {Role.OPERATOR, Role.SUPERVISOR})


async def read_cases(turn: Turn, actor: Actor, answers: dict[str, Any]) -> bool:
    """Women's cases opened on the spot from the event, each by the hotline form's questions and its
    use case (`register_call`), linked to the record by id; True on Done. A case is opened as soon as
    its questions are answered: cancelling the record later does not take her case away."""
    action = turn.inbound.action
    progress = answers.get("case")
    if progress is None:
        if action == "so:cdone":
            return True
        if action == "so:ncase" and not may_open_cases(actor):
            _say(turn, "refusal-role")
            return True
        if action == "so:ncase":
            answers["case"] = {"i": 0, "a": {}}
            _say(turn, "orders-staff-case-intro")
        else:
            _say(turn, "reask-use-buttons")
        return False
    if action == "so:hcstop":  # her case is not opened; back to the event's question
        answers.pop("case")
        _say(turn, "orders-staff-case-not-opened")
        return False
    field = HOTLINE_FORM[progress["i"]]
    if field.is_choice:
        value = action.partition("so:hc:")[2] if action.startswith("so:hc:") else ""
        if value not in field.choices:
            _say(turn, "reask-use-buttons")
            return False
    else:
        value = "" if action else turn.text.strip()
        if not value:
            _say(turn, "reask-use-buttons" if action else "orders-staff-case-needs-answer")
            return False
        if sum(ch.isdigit() for ch in value) < field.min_digits:
            _say(turn, "staff-form-needs-number")
            return False
    progress["a"][field.name] = value[:4000]
    progress["i"] += 1
    if progress["i"] < len(HOTLINE_FORM):
        return False
    given = answers.pop("case")["a"]
    call = hotline_call(actor, turn.now, given)
    try:
        registered = await register_call(turn.uow, call, turn.trigger_context())
    except NotPermitted as error:
        _say(turn, f"refusal-{error.reason.replace('_', '-')}")
        return False
    except MissingData as error:
        _say(turn, "staff-missing-field", field={"$msg": f"field-{error.field}"})
        return False
    case = registered.opened.case
    answers.setdefault("case_ids", []).append(case.id)
    answers.setdefault("case_refs", []).append(case.reference)
    _say(turn, "orders-staff-case-opened", reference={"$text": case.reference}, pin={"$text": registered.opened.pin})
    return False


def read_answer(turn: Turn, name: str, answers: dict[str, Any]) -> bool:
    """Her answer to the field ``name`` into ``answers``; False (and what is wrong said) when unusable."""
    action, text = turn.inbound.action, turn.text.strip()
    if name in CHOICES:
        value = action.partition("so:c:")[2] if action.startswith("so:c:") else ""
        if value not in CHOICES[name][0]:
            _say(turn, "reask-use-buttons")
            return False
        answers[name] = value
        return True
    if name == "topics":
        value = action.partition("so:t:")[2] if action.startswith("so:t:") else ""
        if value == "done" and answers.get("topics"):
            return True
        if value in {t.value for t in Topic} and value not in answers.get("topics", []):
            answers.setdefault("topics", []).append(value)
        elif value != "done":
            _say(turn, "reask-use-buttons")
        return False  # asked again, with what is chosen, until Done
    if name == "notes" and action == "so:skip":
        answers["notes"] = ""
        return True
    if not text:
        return False
    if name in ("date", "held_on"):
        try:
            if name == "date":
                days = parse_dates(text, _today(turn))
            else:
                days = parse_dates(text, _today(turn), allow_past=True)
        except DateProblem as problem:
            field = "held_on" if name == "held_on" else "scheduled_on"
            _say(turn, f"orders-invalid-{problem.problem}", field={"$msg": f"orders-field-{field}"})
            return False
        if len(days) != 1:
            field = "held_on" if name == "held_on" else "scheduled_on"
            _say(turn, "orders-invalid-too_many", field={"$msg": f"orders-field-{field}"})
            return False
        answers[name] = days[0].isoformat()
        return True
    if name == "time":
        try:
            at = parse_time(text)
        except DateProblem:
            _say(turn, "orders-staff-not-a-time")
            return False
        if answers.get("date") == _today(turn).isoformat() and at <= turn.now.astimezone(turn.context.zone).time():
            _say(turn, "orders-staff-time-passed")  # today, at a time gone: asked again now, not after the venue
            return False
        answers["time"] = at.isoformat(timespec="minutes")
        return True
    if name in ("attendees", "women_helped"):
        try:
            answers[name] = parse_count(text, field=name, minimum=0, maximum=MAX_ATTENDEES)
        except InvalidOrder as invalid:
            _say(turn, invalid.message_id, **invalid.args)
            return False
        if name == "women_helped" and answers[name] > answers.get("attendees", 0):
            _say(turn, "orders-invalid-more_than_attendees", field={"$msg": "orders-field-women_helped"})
            return False
        return True
    limit = {"venue": 200, "place": 200, "reason": 500, "notes": 4000}[name]
    words = fold_spaces(text) if name != "notes" else text
    if len(words) > limit:
        field = {"venue": "place_name", "place": "place_name", "reason": "notes", "notes": "notes"}[name]
        _say(turn, "orders-invalid-too_long", field={"$msg": f"orders-field-{field}"})
        return False
    answers[name] = words
    return True


async def on_form(turn: Turn, actor: Actor) -> None:
    form = turn.state.order_form
    if not form or form.get("verb") not in FORMS:
        turn.state.order_form = None
        _say(turn, "error-stale-button")
        return
    if turn.inbound.action == "so:fcancel":
        turn.state.order_form = None
        _say(turn, "orders-staff-form-cancelled")
        turn.go("staff")
        return
    fields = FORMS[form["verb"]][1]
    name = fields[form["i"]][0]
    if name == "photos":
        answered = await read_photos(turn, form["a"])
    elif name == "cases":
        answered = await read_cases(turn, actor, form["a"])
    else:
        answered = read_answer(turn, name, form["a"])
    if answered:
        form["i"] += 1
    if form["i"] < len(fields) and fields[form["i"]][0] == "cases" and not may_open_cases(actor):
        form["i"] += 1  # her case is opened by the window (the hotline form's rule): not asked
    if form["i"] < len(fields):
        ask(turn)
        return
    await finish(turn, actor, form)


async def finish(turn: Turn, actor: Actor, form: dict[str, Any]) -> None:
    verb, reference, answers = form["verb"], form["ref"], form["a"]
    ctx = order_context(turn)
    turn.state.order_form = None
    turn.go("staff")
    try:
        if verb in ("acc", "res"):
            when = datetime.combine(
                date.fromisoformat(answers["date"]),
                datetime.strptime(answers["time"], "%H:%M").time(),
                tzinfo=turn.context.zone,
            )
            use_case = accept_order if verb == "acc" else reschedule_order
            await use_case(
                turn.uow,
                reference=reference,
                scheduled_at=when,
                venue=answers["venue"],
                actor=actor,
                now=turn.now,
                ctx=ctx,
            )
            _say(turn, "orders-staff-accepted", reference=_ref(reference))
        elif verb in ("dec", "cxl"):
            use_case = decline_order if verb == "dec" else cancel_order
            await use_case(turn.uow, reference=reference, reason=answers["reason"], actor=actor, now=turn.now, ctx=ctx)
            _say(
                turn,
                "orders-staff-declined-done" if verb == "dec" else "orders-staff-cancelled-done",
                reference=_ref(reference),
            )
        elif verb == "spot":
            request = RecordRequest(
                team_id=actor.service_point_id or 0,
                region=answers["region"],
                kind=answers["kind"],
                topics=answers["topics"],
                held_on=date.fromisoformat(answers["held_on"]),
                place_kind=answers["place_kind"],
                place_name=answers["place"],
                format=answers["format"],
                language=answers["language"],
                attendees=answers["attendees"],
                women_helped=answers["women_helped"],
                notes=answers.get("notes", ""),
                evidence=[m["name"] for m in answers.get("photos", [])],
                case_ids=answers.get("case_ids", []),
            )
            record = await record_delivery(
                turn.uow, reference=None, request=request, actor=actor, now=turn.now, ctx=ctx
            )
            _say(turn, "orders-staff-spot-recorded", attendees=record.attendees, helped=record.women_helped)
        else:
            order = await order_for(turn.uow, reference=reference, actor=actor)
            request = RecordRequest(
                team_id=order.team_id or 0,
                region=order.region,
                kind=order.kind.value,
                topics=answers["topics"],
                held_on=date.fromisoformat(answers["held_on"]),
                place_kind=order.place_kind.value,
                place_name=answers["place"],
                format=answers["format"],
                language=order.language.value,
                attendees=answers["attendees"],
                women_helped=answers["women_helped"],
                notes=answers.get("notes", ""),
                evidence=[m["name"] for m in answers.get("photos", [])],
                case_ids=answers.get("case_ids", []),
            )
            record = await record_delivery(
                turn.uow, reference=reference, request=request, actor=actor, now=turn.now, ctx=ctx
            )
            _say(
                turn,
                "orders-staff-recorded",
                reference=_ref(reference),
                attendees=record.attendees,
                helped=record.women_helped,
            )
    except InvalidOrder as invalid:
        _say(turn, invalid.message_id, **invalid.args)
        back = RECORD_FIELD.get(invalid.field) if verb in ("rec", "spot") else None
        names = [n for n, _ in FORMS[verb][1]]
        if back in names:  # asked again from the field that was wrong, the other answers kept
            turn.state.order_form = {"verb": verb, "ref": reference, "i": names.index(back), "a": answers}
            ask(turn)
    except (InvalidTransition, NotPermitted, MissingData, OrderNotFound) as error:
        refusal(turn, reference or "—", error)
        if isinstance(error, NotPermitted) and error.reason == "date_in_past":
            turn.state.order_form = {"verb": verb, "ref": reference, "i": 0, "a": {}}
            ask(turn)


# --- events ------------------------------------------------------------------------------------


async def show_events(turn: Turn, actor: Actor, rest: str) -> None:
    """``/events [from=…] [to=…] [region=…] [kind=…] [topic=…]``: events held, for supervisors."""
    if Role.SUPERVISOR not in actor.roles and Role.ADMIN not in actor.roles:
        _say(turn, "orders-staff-events-supervisors")
        return
    today = _today(turn)
    first, last = today - timedelta(days=30), today
    region = kind = topic = None
    try:
        for part in rest.split():
            key, _, value = part.partition("=")
            if key in ("from", "to"):
                day = parse_one(value, today)
                first, last = (day, last) if key == "from" else (first, day)
            elif key == "region" and value in FILTERS["region"]:
                region = value
            elif key == "kind" and value in FILTERS["kind"]:
                kind = OrderKind(value)
            elif key == "topic" and value in FILTERS["topic"]:
                topic = Topic(value)
            else:
                raise DateProblem("filter")
        if first > last:
            raise DateProblem("period")
    except DateProblem as problem:
        if problem.problem == "period":
            _say(turn, "orders-staff-events-period-reversed")
        else:  # which part it could not read (staff's own words, cut short), then how to write it
            _say(turn, "orders-staff-events-unread", part={"$text": part[:40]})
        _say(turn, "orders-staff-events-usage")
        return
    try:
        figures = await figures_for(
            turn.uow, actor=actor, period=Period(first, last), region=region, tz=turn.context.zone
        )
    except NotPermitted:
        _say(turn, "orders-staff-figures-not-yours", region={"$msg": f"region-{region}"})
        return
    records = await find_events(
        turn.uow, actor=actor, period=Period(first, last), region=region, kind=kind, topic=topic
    )
    period = {"first": {"$text": first.isoformat()}, "last": {"$text": last.isoformat()}}
    if not records:
        _say(turn, "orders-staff-events-none", **period)
    else:
        _say_events(turn, records, period)
    _say(turn, "orders-staff-figures", **period, **figures_args(figures))


def figures_args(figures: Figures) -> dict[str, Any]:
    """The arguments of ``orders-staff-figures``: the seed's figures in its own terms."""
    by_kind = [
        {"$msg": "orders-staff-figures-kind", "args": {"kind": {"$msg": f"orders-kind-{kind}"}, "count": count}}
        for kind, count in figures.lectures.items()
    ]
    return {
        "scope": {"$msg": f"region-{figures.region}"} if figures.region else {"$msg": "orders-staff-figures-scope-all"},
        "homes": figures.fixed_homes,
        "teams": figures.mobile_teams,
        "lectures": figures.lectures_total,
        "by_kind": {"$list": by_kind, "inline": True},
        "events": figures.events_total,
        "online": figures.online_events,
        "ordered": figures.ordered,
        "spot": figures.on_the_spot,
        "person_times": figures.person_times_total,
        "helped": figures.women_helped,
        "cases": figures.cases,
        "at_events": figures.helped_at_events,
    }


def _say_events(turn: Turn, records: list[EventRecord], period: dict[str, Any]) -> None:
    lines = [
        {
            "$msg": "orders-staff-event-line",
            "args": {
                "date": {"$text": r.held_on.isoformat()},
                "kind": {"$msg": f"orders-kind-{r.kind.value}"},
                "region": {"$msg": f"region-{r.region}"},
                "attendees": r.attendees,
                "helped": r.women_helped,
                "format": {"$msg": f"orders-format-{r.format.value}"},
            },
        }
        for r in records[:50]
    ]
    _say(turn, "orders-staff-events", count=len(records), lines={"$list": lines}, **period)


# --- entry points from the staff desk ----------------------------------------------------------

COMMANDS = ("/orders", "/order", "/events", "/event")
#: The buttons of a form under way: a choice, a topic, Skip, Cancel.
FORM_ACTIONS = ("so:c:", "so:t:", "so:skip", "so:fcancel", "so:pdone", "so:ncase", "so:cdone", "so:hc")


def start_spot(turn: Turn, actor: Actor) -> None:
    """``/event``: record an event nobody ordered (随机) for her own home or team."""
    if actor.service_point_id is None:
        _say(turn, "orders-staff-spot-no-team")
        return
    turn.state.order_form = {"verb": "spot", "ref": "", "i": 0, "a": {}}
    ask(turn)


async def command(turn: Turn, actor: Actor, command: str, rest: str) -> None:
    turn.state.order_form = None
    if command == "/orders":
        await show_orders(turn, actor, rest)
    elif command == "/order":
        await show_card(turn, actor, rest.split(maxsplit=1)[0] if rest.split() else "")
    elif command == "/event":
        start_spot(turn, actor)
    else:
        await show_events(turn, actor, rest)


async def on_action(turn: Turn, actor: Actor) -> None:
    """A ``so:`` button, or her answer in an order form."""
    action = turn.inbound.action
    if turn.step == STEP and turn.state.order_form and (not action or action.startswith(FORM_ACTIONS)):
        await on_form(turn, actor)
        return
    parts = action.split(":")
    verb = parts[1] if len(parts) > 1 else ""
    turn.state.staff_form = turn.state.order_form = None  # a form under way is left, nothing saved
    turn.go("staff")
    if verb == "list":
        await show_orders(turn, actor, "")
    elif verb == "card" and len(parts) == 3:
        await show_card(turn, actor, parts[2])
    elif verb == "to" and len(parts) == 4:
        await dispatch(turn, actor, parts[2], parts[3])
    elif verb in FORMS and len(parts) == 3:
        await start_form(turn, actor, verb, parts[2])
    else:
        turn.state.order_form = None
        _say(turn, "error-stale-button")


__all__ = [
    "COMMANDS",
    "FORMS",
    "STEP",
    "command",
    "on_action",
    "show_card",
    "show_events",
    "show_in_queue",
    "show_orders",
]
