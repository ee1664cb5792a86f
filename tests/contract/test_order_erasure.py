"""Erasing a done service order's personal fields, and her chat addresses while an order of hers is
linked to her: the same behaviour on the fake, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from test_orders import a_record, an_order
from uow_backends import NOW, a_case, add_cases

from workflows.orders import OrderAudit, OrderEvent, OrderRole, OrderState, OrderTrigger
from workflows.readmodels import NotErasable
from workflows.vocabulary import State


async def her_recorded_order(backend, *, with_case: bool = True):
    """Her recorded order with her contact, her words in the events, a record with notes; her
    conversation has it open; with an open case of hers that keeps her chat."""
    her = await backend.person("web:her")
    staff = await backend.person("web:team")
    team = await backend.point("Evenki team", region="evenki", kind="mobile_team")
    await backend.staff(staff, point=team)
    if with_case:
        await add_cases(backend, a_case(State.ACCEPTED, reporter_id=her))
    async with backend.uow() as uow:
        order = await uow.orders.add(
            an_order(7, orderer_id=her, state=OrderState.RECORDED, team_id=team, venue="her aunt's yard", pin_hash="h")
        )
        events = [
            (her, OrderRole.ORDERER, OrderTrigger.PLACE, OrderState.DRAFT, OrderState.REQUESTED, {}),
            (staff, OrderRole.TEAM, OrderTrigger.ACCEPT, OrderState.DISPATCHED, OrderState.SCHEDULED,
             {"team_id": team, "venue": "her aunt's yard", "reasons": ["region"]}),
            (staff, OrderRole.TEAM, OrderTrigger.RECORD, OrderState.DELIVERED, OrderState.RECORDED,
             {"record_id": 1, "attendees": 80, "reason": "words"}),
        ]  # fmt: skip
        for seq, (actor, role, trigger, before, after, data) in enumerate(events, start=1):
            await uow.orders.append_event(OrderEvent(order.id, seq, NOW, actor, role, trigger, before, after, data))
        await uow.orders.add_record(a_record(team, date(2026, 3, 1), order_id=order.id, recorded_by=staff))
        await uow.orders.record_audit(OrderAudit(order.id, her, "order:cancel", "refused:not_now", NOW))
        await uow.orders.record_audit(OrderAudit(order.id, staff, "order:accept", "refused:x", NOW))
        await uow.conversations.save("web:her", "orders", {"order": {"opened": order.reference}, "locale": "en"}, NOW)
        await uow.commit()
    return her, staff, team, order


async def test_erasing_a_done_order_keeps_only_the_anonymous_facts(backend):
    her, staff, team, order = await her_recorded_order(backend)
    async with backend.uow() as uow:
        assert await uow.erasure.done_orders_of(her) == [order.id]
        await uow.erasure.erase_order(order.id, now=NOW, reason="her_request")
        await uow.commit()
    async with backend.uow() as uow:
        erased = await uow.orders.get_by_id(order.id)
        events = await uow.orders.events_of(order.id)
        record = await uow.orders.record_of(order.id)
        audit = await uow.orders.audit_of(order.id)
        mine = await uow.orders.of_orderer(her)
        left = await uow.erasure.done_orders_of(her)
        addresses = await uow.people.addresses_of(her)
        conversation = await uow.conversations.load("web:her")
    assert (erased.contact, erased.place_name, erased.venue, erased.pin_hash, erased.orderer_id) == (
        {},
        "",
        "",
        None,
        None,
    )
    assert (erased.reference, erased.state, erased.team_id, erased.audience, erased.region) == (
        order.reference, OrderState.RECORDED, team, 45, "evenki"
    )  # fmt: skip
    assert [(e.actor_id, e.data) for e in events] == [
        (None, {}),
        (staff, {"team_id": team, "reasons": ["region"]}),
        (staff, {"record_id": 1, "attendees": 80}),
    ]
    assert (record.notes, record.place_name, record.attendees, record.women_helped) == ("", "", 80, 6)
    assert record.evidence == ("ev-1.jpg",)
    assert [(a.actor_id, a.action, a.outcome) for a in audit] == [
        (None, "order:cancel", "refused:not_now"),
        (staff, "order:accept", "refused:x"),
        (None, "erase", "her_request"),
    ]
    assert (mine, left, addresses) == ([], [], ["web:her"])  # her open case keeps her chat
    assert conversation == ("orders", {"locale": "en"})
    with pytest.raises(NotErasable) as again:
        async with backend.uow() as uow:
            await uow.erasure.erase_order(order.id, now=NOW, reason="retention")
    assert again.value.reason == "erased"


async def test_an_open_order_is_not_erased_and_a_missing_one_is_missing(backend):
    her = await backend.person("web:her")
    async with backend.uow() as uow:
        open_ones = [
            await uow.orders.add(an_order(n, orderer_id=her, state=state))
            for n, state in enumerate(
                (OrderState.REQUESTED, OrderState.DISPATCHED, OrderState.SCHEDULED, OrderState.DELIVERED), start=1
            )
        ]
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.erasure.done_orders_of(her) == []
        reasons = []
        for order_id in [o.id for o in open_ones] + [open_ones[-1].id + 100]:
            with pytest.raises(NotErasable) as refused:
                await uow.erasure.erase_order(order_id, now=NOW, reason="retention")
            reasons.append(refused.value.reason)
    assert reasons == ["open", "open", "open", "open", "missing"]


async def test_erasing_her_last_case_keeps_her_chat_while_an_order_of_hers_is_linked(backend):
    her = await backend.person("web:her")
    (case,) = await add_cases(backend, a_case(State.CLOSED, reporter_id=her))
    async with backend.uow() as uow:
        order = await uow.orders.add(an_order(1, orderer_id=her, state=OrderState.SCHEDULED))
        await uow.conversations.save("web:her", "menu", {"case": case.reference, "locale": "en"}, NOW)
        await uow.commit()
    async with backend.uow() as uow:
        await uow.erasure.erase_case(case.id, now=NOW, reason="her_request")
        await uow.commit()
    async with backend.uow() as uow:
        # The scheduled order's notice must still reach her, and "My service orders" still lists it.
        assert await uow.people.addresses_of(her) == ["web:her"]
        assert await uow.conversations.load("web:her") == ("menu", {"locale": "en"})
        assert [o.reference for o in await uow.orders.of_orderer(her)] == [order.reference]


async def test_erasing_her_last_order_with_no_case_left_forgets_her_chat(backend):
    her, _, _, order = await her_recorded_order(backend, with_case=False)
    async with backend.uow() as uow:
        await uow.erasure.erase_order(order.id, now=NOW, reason="retention")
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.people.addresses_of(her) == []
        assert await uow.conversations.load("web:her") is None
