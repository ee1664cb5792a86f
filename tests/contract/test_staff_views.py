"""What staff see: always within their scope (`storage.staff_queries.visible_to`), in a fixed order."""

from __future__ import annotations

from datetime import timedelta

from uow_backends import NOW, a_case, add_cases

from workflows.case import Actor
from workflows.dispatch import Candidate
from workflows.readmodels import CaseFilter
from workflows.vocabulary import Role, Service, State

HOUR = timedelta(hours=1)


def actor(person_id: int, *roles: Role, regions: tuple[str, ...] = (), point: int | None = None) -> Actor:
    return Actor(id=person_id, roles=frozenset(roles), regions=frozenset(regions), service_point_id=point)


async def people(backend, count: int) -> list[int]:
    return [await backend.person(f"web:p{i}") for i in range(count)]


async def test_visibility_follows_regions_confidentiality_and_assignment(backend):
    op, sup, med, other_med = await people(backend, 4)
    point = await backend.point("Home")
    cases = await add_cases(
        backend,
        a_case(region="hailar"),  # 0
        a_case(region="unknown"),  # 1
        a_case(region="manzhouli"),  # 2
        a_case(region="hailar", confidential=True),  # 3
        a_case(region="hailar", confidential=True, owner_id=op),  # 4
        a_case(State.IN_PROGRESS, region="manzhouli", assignee_id=med),  # 5
        a_case(State.DISPATCHED, region="ergun", service_point_id=point),  # 6
        a_case(State.DISPATCHED, region="ergun", service_point_id=point, confidential=True),  # 7
        a_case(State.IN_PROGRESS, region="ergun", assignee_id=other_med),  # 8
    )
    viewers = {
        "operator": actor(op, Role.OPERATOR, regions=("hailar",)),
        "supervisor": actor(sup, Role.SUPERVISOR, regions=("hailar",)),
        "everywhere": actor(sup, Role.ADMIN, regions=("all",)),
        "mediator": actor(med, Role.MEDIATOR, point=point),
        "reporter": Actor.reporter(op),
        "system": Actor.system(),
    }
    async with backend.uow() as uow:
        seen = {
            name: [i for i, case in enumerate(cases) if await uow.staff_views.is_visible(viewer, case.id)]
            for name, viewer in viewers.items()
        }
        assert not await uow.staff_views.is_visible(viewers["everywhere"], cases[-1].id + 1000)
    assert seen == {
        "operator": [0, 1, 4],
        "supervisor": [0, 1, 3, 4],
        "everywhere": list(range(9)),
        "mediator": [5, 6],
        "reporter": [],
        "system": [],
    }


async def test_the_queue_is_emergencies_first_then_by_due_time_without_a_due_time_last(backend):
    (op, mediator) = await people(backend, 2)
    cases = await add_cases(
        backend,
        a_case(State.NEW, due_at=NOW + 3 * HOUR),  # 0
        a_case(State.ACCEPTED, due_at=NOW + HOUR),  # 1
        a_case(State.NEW),  # 2: no due time
        a_case(State.EMERGENCY, due_at=NOW + 5 * HOUR),  # 3
        a_case(State.EMERGENCY, due_at=NOW + 4 * HOUR),  # 4
        a_case(State.DISPATCHED, due_at=NOW),  # 5: at a service point, not at the window
        a_case(State.IN_PROGRESS, due_at=NOW, assignee_id=mediator),  # 6: handled
        a_case(State.IN_PROGRESS, due_at=NOW + 2 * HOUR),  # 7: handler left, back at the window
        a_case(State.CLOSED, due_at=NOW),  # 8
        a_case(State.NEW, due_at=NOW, region="ergun"),  # 9: out of her regions
        a_case(State.ACCEPTED, due_at=NOW + HOUR),  # 10: same due time as 1, later id
    )
    viewer = actor(op, Role.OPERATOR, regions=("hailar",))
    async with backend.uow() as uow:
        queue = await uow.staff_views.queue(viewer)
        first_three = await uow.staff_views.queue(viewer, limit=3)
    order = [cases.index(next(c for c in cases if c.id == q.id)) for q in queue]
    assert order == [4, 3, 1, 10, 7, 0, 2]
    assert [c.id for c in first_three] == [c.id for c in queue[:3]]


async def test_mine_is_her_cases_and_what_is_offered_to_her_point_by_due_time(backend):
    med, other = await people(backend, 2)
    point = await backend.point("Home")
    elsewhere = await backend.point("Elsewhere")
    cases = await add_cases(
        backend,
        a_case(State.IN_PROGRESS, assignee_id=med, due_at=NOW + 2 * HOUR),  # 0
        a_case(State.DISPATCHED, service_point_id=point, due_at=NOW + HOUR),  # 1: offered
        a_case(State.DISPATCHED, service_point_id=point, assignee_id=other),  # 2: someone took it
        a_case(State.DISPATCHED, service_point_id=elsewhere),  # 3
        a_case(State.MEDIATING, assignee_id=med),  # 4: no due time
        a_case(State.CLOSED, assignee_id=med, due_at=NOW),  # 5
        a_case(State.ACCEPTED, service_point_id=point, due_at=NOW),  # 6: not offered yet
    )
    async with backend.uow() as uow:
        mine = await uow.staff_views.mine(actor(med, Role.MEDIATOR, point=point))
        pointless = await uow.staff_views.mine(actor(med, Role.MEDIATOR))
        one = await uow.staff_views.mine(actor(med, Role.MEDIATOR, point=point), limit=1)
    index = {c.id: i for i, c in enumerate(cases)}
    assert [index[c.id] for c in mine] == [0, 4, 1]  # hers first, then what her point is offered
    assert [index[c.id] for c in pointless] == [0, 4]
    assert [index[c.id] for c in one] == [0]


async def test_mine_shows_her_cases_before_her_point_s_many_old_offers(backend):
    """Taking a case clears its due time: ordered by due time alone, 30 old offers hid every case she holds."""
    (med,) = await people(backend, 1)
    point = await backend.point("Home")
    offers = [a_case(State.DISPATCHED, service_point_id=point, due_at=NOW - i * HOUR) for i in range(31)]
    cases = await add_cases(
        backend,
        *offers,
        a_case(State.IN_PROGRESS, assignee_id=med),  # 31: she took it, no due time
        a_case(State.MEDIATING, assignee_id=med, due_at=NOW + HOUR),  # 32
    )
    async with backend.uow() as uow:
        mine = await uow.staff_views.mine(actor(med, Role.MEDIATOR, point=point))
    index = {c.id: i for i, c in enumerate(cases)}
    assert [index[c.id] for c in mine] == [32, 31, *range(30, 2, -1)]


async def test_find_narrows_by_each_filter_newest_first(backend):
    op, med = await people(backend, 2)
    cases = await add_cases(
        backend,
        a_case(State.NEW, service=Service.LEGAL, due_at=NOW - HOUR),  # 0: overdue by time
        a_case(State.EMERGENCY, region="unknown"),  # 1
        a_case(State.IN_PROGRESS, assignee_id=med, overdue=True),  # 2: flagged overdue
        a_case(State.CLOSED, due_at=NOW - HOUR, overdue=True),  # 3: closed, never overdue
        a_case(State.NEW, region="ergun"),  # 4: out of scope
        a_case(State.NEW, due_at=NOW + HOUR),  # 5
    )
    viewer = actor(op, Role.OPERATOR, regions=("hailar",))
    index = {c.id: i for i, c in enumerate(cases)}

    async def found(**filters) -> list[int]:
        async with backend.uow() as uow:
            return [index[c.id] for c in await uow.staff_views.find(viewer, CaseFilter(**filters), NOW)]

    assert await found() == [5, 3, 2, 1, 0]
    assert await found(state="new") == [5, 0]
    assert await found(service="legal") == [0]
    assert await found(region="unknown") == [1]
    assert await found(region="ergun") == []
    assert await found(assignee=med) == [2]
    assert await found(emergency=True) == [1]
    assert await found(overdue=True) == [2, 0]
    assert await found(state="new", overdue=True) == [0]
    async with backend.uow() as uow:
        assert await uow.staff_views.overdue_count(viewer, NOW) == 2  # what /cases overdue lists, for /counts
        assert await uow.staff_views.overdue_count(viewer, NOW - 2 * HOUR) == 1  # before case 0 was due
    async with backend.uow() as uow:
        two = await uow.staff_views.find(viewer, CaseFilter(), NOW, limit=2)
    assert [index[c.id] for c in two] == [5, 3]


async def test_counts_by_state_count_only_what_she_may_see(backend):
    (op,) = await people(backend, 1)
    await add_cases(
        backend,
        a_case(State.NEW),
        a_case(State.NEW, region="unknown"),
        a_case(State.EMERGENCY),
        a_case(State.NEW, region="ergun"),
        a_case(State.CLOSED, confidential=True),
    )
    async with backend.uow() as uow:
        counts = await uow.staff_views.counts_by_state(actor(op, Role.OPERATOR, regions=("hailar",)))
        nothing = await uow.staff_views.counts_by_state(Actor.system())
    assert (counts, nothing) == ({"new": 2, "emergency": 1}, {})


async def test_a_mediator_s_counts_are_her_cases_and_her_point_s_others_each_once(backend):
    """Counted in two parts (hers, then her point's others): a case of hers at her point is counted once."""
    med, other = await people(backend, 2)
    point = await backend.point("Home")
    elsewhere = await backend.point("Elsewhere")
    await add_cases(
        backend,
        a_case(State.IN_PROGRESS, assignee_id=med, service_point_id=point, overdue=True),  # hers, at her point
        a_case(State.MEDIATING, assignee_id=med, confidential=True, due_at=NOW - HOUR),  # hers, confidential
        a_case(State.CLOSED, assignee_id=med, service_point_id=elsewhere, overdue=True),  # closed: not overdue
        a_case(State.DISPATCHED, service_point_id=point, due_at=NOW - HOUR),  # offered to her point
        a_case(State.IN_PROGRESS, assignee_id=other, service_point_id=point),  # a colleague's, at her point
        a_case(State.DISPATCHED, service_point_id=point, confidential=True),  # confidential: not hers to see
        a_case(State.DISPATCHED, service_point_id=elsewhere, overdue=True),  # another point
    )
    mediator = actor(med, Role.MEDIATOR, point=point)
    async with backend.uow() as uow:
        counts = await uow.staff_views.counts_by_state(mediator)
        overdue = await uow.staff_views.overdue_count(mediator, NOW)
        listed = await uow.staff_views.find(mediator, CaseFilter(), NOW)
    assert counts == {"in_progress": 2, "mediating": 1, "closed": 1, "dispatched": 1}
    assert sum(counts.values()) == len(listed)
    assert overdue == 3


async def test_supervisors_counts_and_overdue_cover_her_regions_confidential_cases_too(backend):
    """A supervisor's /counts (`case_counts`, kept by triggers on the databases) and overdue count,
    of her regions and city-wide, flagged overdue or only past due."""
    (sup,) = await people(backend, 1)
    await add_cases(
        backend,
        a_case(State.NEW, due_at=NOW - HOUR),  # past due, not flagged yet
        a_case(State.IN_PROGRESS, overdue=True),  # flagged
        a_case(State.CLOSED, confidential=True, overdue=True),  # closed: never overdue
        a_case(State.NEW, region="unknown", confidential=True),
        a_case(State.ACCEPTED, region="ergun", overdue=True),
        a_case(State.NEW, region="ergun", due_at=NOW + HOUR),
    )
    regional = actor(sup, Role.SUPERVISOR, regions=("hailar",))
    city = actor(sup, Role.SUPERVISOR, regions=("all",))
    async with backend.uow() as uow:
        counts = {
            "hailar": await uow.staff_views.counts_by_state(regional),
            "city": await uow.staff_views.counts_by_state(city),
        }
        overdue = [await uow.staff_views.overdue_count(v, NOW) for v in (regional, city)]
    assert counts == {
        "hailar": {"new": 2, "in_progress": 1, "closed": 1},
        "city": {"new": 3, "in_progress": 1, "closed": 1, "accepted": 1},
    }
    assert overdue == [2, 3]


async def test_open_cases_naming_a_person_as_owner_or_handler(backend):
    her, other = await people(backend, 2)
    cases = await add_cases(
        backend,
        a_case(State.ACCEPTED, owner_id=her),
        a_case(State.IN_PROGRESS, assignee_id=her),
        a_case(State.CLOSED, assignee_id=her),
        a_case(State.ACCEPTED, owner_id=other),
    )
    async with backend.uow() as uow:
        named = await uow.staff_views.open_cases_naming(her)
    assert [c.id for c in named] == [cases[0].id, cases[1].id]


async def test_staff_names_and_point_names(backend):
    named, unnamed, reporter = await people(backend, 3)
    await backend.staff(named, name="Oyuna")
    await backend.staff(unnamed, active=False)
    point = await backend.point("Jianshe Street Home")
    async with backend.uow() as uow:
        names = await uow.staff_views.staff_names([named, unnamed, reporter, None, named])
        assert await uow.staff_views.staff_names([None]) == {}
        assert await uow.staff_views.point_name(point) == "Jianshe Street Home"
        assert await uow.staff_views.point_name(None) == ""
        assert await uow.staff_views.point_name(point + 1000) == ""
    assert names == {named: "Oyuna", unnamed: f"#{unnamed}"}


async def test_dispatch_candidates_are_active_points_and_mediators_with_their_open_load(backend):
    med, med_at_point, gone, op = await people(backend, 4)
    async with backend.uow() as uow:
        await uow.people.set_locale(med, "ru")
        await uow.commit()
    home = await backend.point("Home", region="ergun", services=["rights"], languages=["ru"], capacity=9)
    await backend.point("Closed home", active=False)
    await backend.staff(med, roles=("mediator",), regions=("manzhouli", "ergun"), name="Dulma", languages=["mn"])
    await backend.staff(med_at_point, roles=("mediator",), regions=(), point=home)
    await backend.staff(gone, roles=("mediator",), active=False)
    await backend.staff(op, roles=("operator",))
    await add_cases(
        backend,
        a_case(State.IN_PROGRESS, assignee_id=med),
        a_case(State.MEDIATING, assignee_id=med, service_point_id=home),
        a_case(State.CLOSED, assignee_id=med, service_point_id=home),
        a_case(State.DISPATCHED, service_point_id=home),
    )
    async with backend.uow() as uow:
        candidates = await uow.staff_views.dispatch_candidates()
    assert sorted(candidates, key=lambda c: (c.kind, c.id)) == [
        Candidate("mediator", med, "Dulma", "manzhouli", frozenset(), frozenset({"mn", "ru"}), 2, 5),
        Candidate(
            "mediator", med_at_point, f"#{med_at_point}", "ergun", frozenset({"rights"}), frozenset({"ru"}), 0, 4
        ),
        Candidate("point", home, "Home", "ergun", frozenset({"rights"}), frozenset({"ru"}), 2, 9),
    ]


async def test_staff_of_a_point_and_supervisors_of_a_region_are_active_ones(backend):
    a, b, c, sup_all, sup_ergun, sup_gone = await people(backend, 6)
    point = await backend.point("Home")
    await backend.staff(a, roles=("mediator",), point=point)
    await backend.staff(b, roles=("mediator",), point=point, active=False)
    await backend.staff(c, roles=("mediator",))
    await backend.staff(sup_all, roles=("supervisor",), regions=("all",))
    await backend.staff(sup_ergun, roles=("operator", "supervisor"), regions=("ergun",))
    await backend.staff(sup_gone, roles=("supervisor",), regions=("all",), active=False)
    async with backend.uow() as uow:
        assert await uow.staff_views.staff_of_point(point) == [a]
        assert sorted(await uow.staff_views.supervisors_for("ergun")) == sorted([sup_all, sup_ergun])
        assert await uow.staff_views.supervisors_for("hailar") == [sup_all]
        assert sorted(await uow.staff_views.supervisors_for("unknown")) == sorted([sup_all, sup_ergun])


async def test_open_callbacks_are_the_visible_undone_ones_oldest_first(backend):
    op, caller = await people(backend, 2)
    mine, unsure, elsewhere = await add_cases(
        backend, a_case(State.ACCEPTED), a_case(State.NEW, region="unknown"), a_case(State.NEW, region="ergun")
    )
    async with backend.uow() as uow:
        first = await uow.callbacks.add(case_id=mine.id, message_id="call-a", args={"x": 1}, now=NOW)
        await uow.callbacks.add(case_id=elsewhere.id, message_id="call-b", args={}, now=NOW)
        done = await uow.callbacks.add(case_id=mine.id, message_id="call-c", args={}, now=NOW)
        last = await uow.callbacks.add(case_id=unsure.id, message_id="call-d", args={}, now=NOW)
        await uow.callbacks.mark_done(done, by=op, now=NOW)
        await uow.commit()
    viewer = actor(op, Role.OPERATOR, regions=("hailar",))
    async with backend.uow() as uow:
        tasks = await uow.staff_views.open_callbacks(viewer)
        one = await uow.staff_views.open_callbacks(viewer, limit=1)
    assert [(t["id"], t["reference"], t["message_id"], t["args"]) for t in tasks] == [
        (first, mine.reference, "call-a", {"x": 1}),
        (last, unsure.reference, "call-d", {}),
    ]
    assert {"case_id", "created_at", "done_at", "done_by"} <= set(tasks[0])
    assert [t["id"] for t in one] == [first]
