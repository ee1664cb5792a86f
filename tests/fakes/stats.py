"""The `StatsQueries` port in memory: the same definitions as `storage.stats`, in plain Python.

The fake's tables are small, so it walks them; the SQL adapter aggregates in the database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, tzinfo
from typing import Any

from workflows import follow_ups as fu
from workflows.case import Case
from workflows.stats import CaseFigures, CaseRow, FollowUpFigures, Period, Scope, durations, event_code
from workflows.timers import FIRED, FLAGS_OVERDUE
from workflows.vocabulary import CLOSED_STATES, Channel, Service, State, Trigger

MEDIATION_TRIGGERS = {Trigger.REACH_AGREEMENT: "agreement", Trigger.TERMINATE_MEDIATION: "terminated"}
OUTCOME_NAMES = {
    Trigger.REACH_AGREEMENT: "agreement",
    Trigger.TERMINATE_MEDIATION: "terminated",
    Trigger.REFER: "referred",
    Trigger.CLOSE: "closed",
    Trigger.REJECT: "not_accepted",
    Trigger.WITHDRAW: "withdrawn",
}


def _value(item: Any) -> Any:
    return getattr(item, "value", item)


class FakeStats:
    def __init__(self, db: Any) -> None:
        self._db = db

    @property
    def _data(self) -> Any:
        return self._db.data

    def _in_scope(self, case: Case, scope: Scope) -> bool:
        if scope.service_point_id is not None:
            return case.service_point_id == scope.service_point_id
        return scope.regions is None or case.region in scope.regions

    def _opened(self, since: datetime, until: datetime, scope: Scope) -> list[Case]:
        found = [c for c in self._data.cases.values() if since <= c.created_at < until and self._in_scope(c, scope)]
        return sorted(found, key=lambda c: (c.created_at, c.id))

    def _events(self, case_id: int) -> list[Any]:
        return sorted((e for e in self._data.events if e.case_id == case_id), key=lambda e: e.seq)

    def _first(self, case_id: int, trigger: Trigger) -> datetime | None:
        times = [e.at for e in self._events(case_id) if e.trigger is trigger]
        return min(times) if times else None

    async def case_figures(self, period: Period, scope: Scope, tz: tzinfo, now: datetime) -> CaseFigures:
        since, until = period.bounds(tz)
        opened = self._opened(since, until, scope)
        by_channel = {c.value: 0 for c in Channel}
        by_service = {s.value: 0 for s in Service}
        by_region: dict[str, int] = {}
        by_state: dict[str, int] = {}
        for case in opened:
            by_channel[_value(case.channel)] += 1
            by_service[_value(case.service)] += 1
            by_region[case.region] = by_region.get(case.region, 0) + 1
            by_state[_value(case.state)] = by_state.get(_value(case.state), 0) + 1
        helped = [c for c in opened if c.state is not State.NOT_ACCEPTED]
        timings = {}
        for trigger in (Trigger.ACCEPT, Trigger.DISPATCH, Trigger.CLOSE):
            values = []
            for case in opened:
                at = self._first(case.id, trigger)
                if at is not None:
                    values.append((at - case.created_at).total_seconds())
            timings[trigger] = durations(values)
        in_scope = {c.id for c in self._data.cases.values() if self._in_scope(c, scope)}
        overdue_now = sum(
            1
            for c in self._data.cases.values()
            if c.id in in_scope
            and c.state not in CLOSED_STATES
            and (c.overdue or (c.due_at is not None and c.due_at < now))
        )
        overdue_in_period = len(
            {
                t.case_id
                for t in self._data.timers.values()
                if t.case_id in in_scope
                and t.status == FIRED
                and t.kind in FLAGS_OVERDUE
                and t.fired_at is not None
                and since <= t.fired_at < until
            }
        )
        period_events = [e for e in self._data.events if e.case_id in in_scope and since <= e.at < until]
        raised: dict[int, datetime] = {}
        for event in period_events:
            if event.trigger is Trigger.RAISE_EMERGENCY:
                raised[event.case_id] = min(event.at, raised.get(event.case_id, event.at))
        waits = []
        for case_id, at in raised.items():
            acks = [
                a.at
                for a in self._data.audit
                if a.case_id == case_id and a.action == "acknowledge" and a.outcome == "ok" and a.at >= at
            ]
            if acks:
                waits.append((min(acks) - at).total_seconds())
        mediation = {"agreement": 0, "terminated": 0, "referred": 0}
        referrals: dict[str, int] = {}
        for event in period_events:
            if event.trigger in MEDIATION_TRIGGERS:
                mediation[MEDIATION_TRIGGERS[event.trigger]] += 1
            elif event.trigger is Trigger.REFER:
                agency = event_code(event.trigger, event.data) or "unknown"
                referrals[agency] = referrals.get(agency, 0) + 1
                if any(e.trigger is Trigger.START_MEDIATION and e.seq < event.seq for e in self._events(event.case_id)):
                    mediation["referred"] += 1
        return CaseFigures(
            period=period,
            scope=scope,
            opened=len(opened),
            by_channel=by_channel,
            by_service=by_service,
            by_region=dict(sorted(by_region.items())),
            by_state=dict(sorted(by_state.items())),
            confidential=sum(1 for c in opened if c.confidential),
            to_accept=timings[Trigger.ACCEPT],
            to_dispatch=timings[Trigger.DISPATCH],
            to_close=timings[Trigger.CLOSE],
            overdue_now=overdue_now,
            overdue_in_period=overdue_in_period,
            emergencies=len(raised),
            to_acknowledge=durations(waits),
            mediation=mediation,
            judicial_confirmations=None,
            referrals=dict(sorted(referrals.items())),
            follow_up=self._follow_ups(since, until, in_scope),
            person_times=len(helped),
            distinct_women=len({c.reporter_id for c in helped if c.reporter_id is not None}),
            unknown_women=sum(1 for c in helped if c.reporter_id is None),
        )

    def _follow_ups(self, since: datetime, until: datetime, in_scope: set[int]) -> FollowUpFigures:
        rounds = [
            f
            for f in self._data.follow_ups.values()
            if f.case_id in in_scope and since <= f.asked_at < until and f.status != fu.NO_CONTACT
        ]
        answered = [f for f in rounds if f.status == fu.ANSWERED]
        solved = {s.value: sum(1 for f in answered if f.solved == s.value) for s in fu.Solved}
        satisfaction = {k: sum(1 for f in answered if f.satisfaction == k) for k in fu.SATISFACTION}
        scored = sum(satisfaction.values())
        mean = sum(k * v for k, v in satisfaction.items()) / scored if scored else None
        return FollowUpFigures(len(rounds), len(answered), solved, satisfaction, mean)

    async def case_rows(self, since: datetime, until: datetime, scope: Scope) -> AsyncIterator[CaseRow]:
        for case in self._opened(since, until, scope):
            if case.confidential:
                continue
            outcomes = [e for e in self._events(case.id) if e.trigger in OUTCOME_NAMES]
            outcome = ""
            if outcomes:
                last = outcomes[-1]
                code = event_code(last.trigger, last.data)
                outcome = OUTCOME_NAMES[last.trigger] + (f":{code}" if code else "")
            yield CaseRow(
                reference=case.reference,
                opened_at=case.created_at,
                service=_value(case.service),
                region=case.region,
                channel=_value(case.channel),
                state=_value(case.state),
                outcome=outcome,
                accepted_at=self._first(case.id, Trigger.ACCEPT),
                dispatched_at=self._first(case.id, Trigger.DISPATCH),
                closed_at=self._first(case.id, Trigger.CLOSE),
            )

    async def point_region(self, point_id: int) -> str | None:
        point = self._data.points.get(point_id)
        return None if point is None else point["region"]
