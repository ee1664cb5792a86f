"""The supervisor figures at scale: ``python -m bench.reports`` (``make bench-reports``).

Generates cases over two years (2025-2026) across the 14 regions, ten events each (registration or an
emergency, accept, dispatch, take, mediation started, consent, a session, an agreement / a terminated
mediation / a referral, resolve, close), an acknowledgement for every 20th case, a fired overdue mark
for every 7th and a follow-up round for every 3rd — in the database itself (``generate_series`` on
PostgreSQL, a recursive CTE on SQLite; ``INSERT ... SELECT`` in chunks, never a row through Python).
Then times every figure's query (`storage.stats.FIGURES`) for a month in one region (March 2026,
Hailar) and a year across every region (2026), each several times, with the p95; the whole report
(both periods, the service orders' figures) through the use case; and the floor, a bare
``SELECT count(*)`` on ``cases`` and on ``case_events`` in the same run. Memory: Python's traced
peak (tracemalloc) for the month, the year and the streamed case list of the year.

Defaults: 1,000,000 cases on a throwaway PostgreSQL (as `bench.postgres_processes` starts one) and
100,000 on SQLite; ``--cases`` / ``--sqlite-cases`` change them, ``--only sqlite|postgres`` runs one.
The last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text

from bench.postgres_processes import _plain, postgres_server
from storage import seed
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade_async
from storage.stats import FIGURES, Window, case_rows
from storage.uow import SqlUnitOfWork
from workflows.services.stats import SYSTEM_ADMIN, report
from workflows.stats import Period, Scope
from workflows.vocabulary import REGIONS, Agency, Channel, Service

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 31, 12, tzinfo=UTC)
SPAN_S = 2 * 365 * 86400  # 2025-01-01 .. 2026-12-31
CHUNK = 50_000
EVENTS_PER_CASE = 10
TARGETS_MS = {"month_one_region": 100, "year_all_regions": 1000}


def _case(expression: str, values: list[str]) -> str:
    """``CASE (expression) % n WHEN 0 THEN 'a' ... END`` (both engines; SQLite has no arrays)."""
    whens = " ".join(f"WHEN {i} THEN '{v}'" for i, v in enumerate(values))
    return f"CASE ({expression}) % {len(values)} {whens} END"


STATES = ["closed"] * 6 + ["referred", "in_progress", "new", "not_accepted"]
#: The case columns of its first accept, dispatch and close, by the seq of that event below.
FIRST_TIMES = {"accepted_at": 2, "dispatched_at": 3, "mediation_started_at": 5, "closed_at": 10}
SEQ = {
    1: ("submit", "intake", "new"),
    2: ("accept", "new", "accepted"),
    3: ("dispatch", "accepted", "dispatched"),
    4: ("take", "dispatched", "in_progress"),
    5: ("start_mediation", "in_progress", "mediation_pending"),
    6: ("parties_consent", "mediation_pending", "mediating"),
    7: ("record_session", "mediating", "mediating"),
    9: ("resolve", "in_progress", "follow_up"),
    10: ("close", "follow_up", "closed"),
}


class Dialect:
    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres

    def since_start(self, seconds: str) -> str:
        if self.postgres:
            return f"(TIMESTAMPTZ '2025-01-01 00:00:00+00' + ({seconds})::float8 * INTERVAL '1 second')"
        return f"(strftime('%Y-%m-%d %H:%M:%S', '2025-01-01 00:00:00', '+' || CAST({seconds} AS INTEGER) || ' seconds') || '.000000')"

    def later(self, column: str, seconds: str) -> str:
        if self.postgres:
            return f"({column} + ({seconds})::float8 * INTERVAL '1 second')"
        return (
            f"(strftime('%Y-%m-%d %H:%M:%S', {column}, '+' || CAST({seconds} AS INTEGER) || ' seconds') || '.000000')"
        )

    def series(self, first: int, last: int) -> str:
        """A one-column (g) table of the integers first..last."""
        if self.postgres:
            return f"generate_series({first}, {last}) AS t(g)"
        return f"(WITH RECURSIVE s(g) AS (SELECT {first} UNION ALL SELECT g + 1 FROM s WHERE g < {last}) SELECT g FROM s) AS t"


def statements(d: Dialect, first: int, last: int, cases: int) -> list[str]:
    """The INSERT ... SELECT statements for cases first..last (ids) and everything that hangs on them."""
    step = SPAN_S / cases
    people = max(cases // 2, 1)
    created = d.since_start(f"g * {step:.6f} + ((g % 3600) * 7919) % 3600")
    region = _case("g", list(REGIONS))
    service = _case("g / 14", [s.value for s in Service])
    channel = _case("g / 3", [c.value for c in Channel])
    state = _case("g / 5", STATES)
    reporter = f"CASE WHEN (g / 3) % 4 = 3 THEN NULL ELSE (g % {people}) + 1 END"
    hours = "(g % 5 + 1) * 3600"  # the gap between a case's events (as ``hours`` below, by case id)
    first_at = {column: d.later("created", f"{seq} * {hours}") for column, seq in FIRST_TIMES.items()}
    due = f"CASE WHEN {state} IN ('new', 'in_progress', 'referred') THEN {d.later('created', '2 * 86400')} END"
    case_rows = (
        "INSERT INTO cases (id, reference, state, service, region, language, channel, risk, minor_involved, "
        "elder_involved, anonymous, no_contact, confidential, contact, escalation_level, overdue, reporter_id, "
        "version, created_at, state_entered_at, due_at, updated_at, legal_hold, accepted_at, dispatched_at, mediation_started_at, closed_at) "
        f"SELECT g, 'B-' || g, {state}, {service}, {region}, 'zh-Hans-CN', {channel}, 'low', FALSE, FALSE, TRUE, "
        f"FALSE, (g % 50 = 0), 'this_chat', 0, FALSE, {reporter}, 1, created, created, "
        f"{due}, created, FALSE, {', '.join(first_at.values())} "
        f"FROM (SELECT g, {created} AS created FROM {d.series(first, last)}) AS c"
    )
    # Events: ten per case; the first is an emergency for every 20th case; the eighth ends the mediation
    # with an agreement, a termination or a referral (its agency kept as the event's code).
    hours = "(c.id % 5 + 1) * 3600"
    seq = "e.s"
    trigger = (
        f"CASE {seq} WHEN 1 THEN (CASE WHEN c.id % 20 = 0 THEN 'raise_emergency' ELSE 'submit' END) "
        f"WHEN 8 THEN {_case('c.id', ['reach_agreement', 'terminate_mediation', 'refer'])} "
        + " ".join(f"WHEN {s} THEN '{t}'" for s, (t, _, _) in SEQ.items() if s != 1)
        + " END"
    )
    from_state = (
        "CASE e.s " + " ".join(f"WHEN {s} THEN '{f}'" for s, (_, f, _) in SEQ.items()) + " ELSE 'mediating' END"
    )
    to_state = (
        "CASE e.s " + " ".join(f"WHEN {s} THEN '{t}'" for s, (_, _, t) in SEQ.items()) + " ELSE 'in_progress' END"
    )
    code = (
        f"CASE WHEN e.s = 8 AND c.id % 3 = 2 THEN {_case('c.id / 3', [a.value for a in Agency])} "
        "WHEN e.s = 10 THEN 'resolved' END"
    )
    numbers = " UNION ALL ".join(f"SELECT {i} AS s" for i in range(1, EVENTS_PER_CASE + 1))
    event_rows = (
        "INSERT INTO case_events (case_id, seq, at, actor_id, role, trigger, from_state, to_state, data, code, region) "
        f"SELECT c.id, e.s, {d.later('c.created_at', f'e.s * {hours}')}, NULL, 'operator', {trigger}, "
        f"{from_state}, {to_state}, '{{}}', {code}, c.region "
        f"FROM cases c CROSS JOIN ({numbers}) AS e WHERE c.id BETWEEN {first} AND {last}"
    )
    acks = (
        "INSERT INTO audit_log (case_id, actor_id, action, outcome, at) "
        f"SELECT id, NULL, 'acknowledge', 'ok', {d.later('created_at', '(id % 30 + 1) * 60')} "
        f"FROM cases WHERE id BETWEEN {first} AND {last} AND id % 20 = 0"
    )
    timers = (
        "INSERT INTO case_timers (case_id, kind, state, due_at, status, created_at, fired_at) "
        f"SELECT id, 'overdue', 'new', {d.later('created_at', '86400')}, 'fired', created_at, "
        f"{d.later('created_at', '86400')} FROM cases WHERE id BETWEEN {first} AND {last} AND id % 7 = 0"
    )
    follow = (
        "INSERT INTO follow_ups (case_id, round, status, solved, satisfaction, asked_at, answered_at, region) "
        f"SELECT id, 1, CASE WHEN id % 2 = 0 THEN 'answered' ELSE 'no_response' END, "
        f"CASE WHEN id % 2 = 0 THEN {_case('id / 2', ['yes', 'partly', 'no'])} END, "
        "CASE WHEN id % 2 = 0 THEN id % 5 + 1 END, "
        f"{d.later('created_at', '5 * 86400')}, CASE WHEN id % 2 = 0 THEN {d.later('created_at', '6 * 86400')} END, region "
        f"FROM cases WHERE id BETWEEN {first} AND {last} AND id % 3 = 0"
    )
    return [case_rows, event_rows, acks, timers, follow]


async def generate(url: str, cases: int) -> dict[str, Any]:
    """Migrate, seed, and fill the database; return the row counts and the seconds it took."""
    await upgrade_async(url)
    engine = create_engine(url)
    d = Dialect(engine.dialect.name == "postgresql")
    started = time.perf_counter()
    try:
        async with session_factory(engine)() as session:
            await seed.seed_reference_data(session)
            await session.commit()
        async with engine.begin() as connection:
            people = max(cases // 2, 1)
            await connection.execute(
                text(
                    f"INSERT INTO people (id, locale, created_at) SELECT g, 'zh-Hans-CN', "
                    f"{d.since_start('0')} FROM {d.series(1, people)}"
                )
            )
        for first in range(1, cases + 1, CHUNK):
            last = min(first + CHUNK - 1, cases)
            async with engine.begin() as connection:
                for statement in statements(d, first, last, cases):
                    await connection.execute(text(statement))
        async with engine.begin() as connection:
            if d.postgres:
                await connection.execute(text("SELECT setval('cases_id_seq', (SELECT max(id) FROM cases))"))
                await connection.execute(text("SELECT setval('people_id_seq', (SELECT max(id) FROM people))"))
        async with engine.connect() as connection:  # as after any bulk load: visibility map and statistics
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text("VACUUM ANALYZE" if d.postgres else "ANALYZE"))
        counts = {}
        async with engine.connect() as connection:
            for table in ("cases", "case_events", "audit_log", "case_timers", "follow_ups"):
                counts[table] = (await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
    finally:
        await engine.dispose()
    return {"rows": counts, "generate_s": round(time.perf_counter() - started, 1)}


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


async def timed(sessions: Any, runs: int, work) -> list[float]:
    """``runs`` timings in ms, after one untimed run (the first reads pages from disk into the cache)."""
    async with sessions() as session:
        await work(session)
    samples = []
    for _ in range(runs):
        async with sessions() as session:
            started = time.perf_counter()
            await work(session)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


async def measure(url: str, runs: int) -> dict[str, Any]:
    engine = create_engine(url)
    sessions = session_factory(engine)
    cases = [
        ("month_one_region", Period.month(2026, 3), Scope.region("hailar"), runs),
        ("year_all_regions", Period.year(2026), Scope.everywhere(), max(runs // 2, 3)),
    ]
    out: dict[str, Any] = {}
    try:
        floors = {}
        for table in ("cases", "case_events"):

            async def count(session, table=table):
                return (await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()

            floors[table] = round(p95(await timed(sessions, runs, count)), 2)
        out["floor_ms"] = floors
        for name, period, scope, n in cases:
            since, until = period.bounds(TZ)
            window = Window(since, until, scope, NOW)
            figures = {}
            for figure_name, figure in FIGURES.items():

                async def one(session, figure=figure, window=window):
                    return await figure(session, window)

                samples = await timed(sessions, n, one)
                figures[figure_name] = round(p95(samples), 2)

            async def whole(_session, period=period, scope=scope):
                uow = SqlUnitOfWork(sessions, lambda: NOW)
                return await report(uow, actor=SYSTEM_ADMIN, period=period, tz=TZ, now=NOW, scope=scope)

            report_samples = await timed(sessions, n, whole)
            tracemalloc.start()
            await whole(None)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"  {name}: measured ({n} runs a figure)", flush=True)
            out[name] = {
                "runs": n,
                "figures_p95_ms": figures,
                "slowest_figure_p95_ms": max(figures.values()),
                "report_p95_ms": round(p95(report_samples), 1),
                "report_traced_peak_kb": round(peak / 1024),
                "ratio_to_floor_cases": {k: round(v / max(floors["cases"], 0.01), 1) for k, v in figures.items()},
                "target_ms": TARGETS_MS[name],
            }
        # The case list of the year, streamed: its traced peak should not depend on how many rows.
        since, until = Period.year(2026).bounds(TZ)
        tracemalloc.start()
        listed = 0
        started = time.perf_counter()
        async with sessions() as session, session.begin():
            async for _ in case_rows(session, since, until, Scope.everywhere()):
                listed += 1
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["case_list_year"] = {"rows": listed, "s": round(seconds, 1), "traced_peak_kb": round(peak / 1024)}
    finally:
        await engine.dispose()
    return out


async def run_one(url: str, cases: int, runs: int, database: str) -> dict[str, Any]:
    made = await generate(url, cases)
    print(f"{database}: {cases:,} cases generated in {made['generate_s']} s: {made['rows']}", flush=True)
    result = {"database": database, "cases": cases, **made, **await measure(url, runs)}
    print_result(result)
    return result


def print_result(r: dict[str, Any]) -> None:
    print(f"  floor: SELECT count(*) cases {r['floor_ms']['cases']} ms, case_events {r['floor_ms']['case_events']} ms")
    for name in ("month_one_region", "year_all_regions"):
        m = r[name]
        verdict = "within" if m["slowest_figure_p95_ms"] < m["target_ms"] else "OVER"
        print(
            f"  {name}: slowest figure p95 {m['slowest_figure_p95_ms']} ms ({verdict} the {m['target_ms']} ms target); "
            f"whole report (two periods, orders) p95 {m['report_p95_ms']} ms; traced peak {m['report_traced_peak_kb']} KB"
        )
        for figure, ms in m["figures_p95_ms"].items():
            print(f"    {figure}: p95 {ms} ms, {m['ratio_to_floor_cases'][figure]} x the count(*) floor")
    c = r["case_list_year"]
    print(f"  case list of the year streamed: {c['rows']:,} rows in {c['s']} s, traced peak {c['traced_peak_kb']} KB")


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory(prefix="walking-home-bench-reports-") as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'reports.db'}"
            results["sqlite"] = await run_one(url, args.sqlite_cases, args.runs, "SQLite")
    if args.only in (None, "postgres"):
        server = postgres_server(args.database_url, "PostgreSQL reports bench")
        if server is not None:
            with server as server_url:
                import asyncpg

                connection = await asyncpg.connect(_plain(server_url))
                try:
                    await connection.execute('DROP DATABASE IF EXISTS "walking_home_bench_reports"')
                    await connection.execute('CREATE DATABASE "walking_home_bench_reports"')
                finally:
                    await connection.close()
                url = server_url.rsplit("/", 1)[0] + "/walking_home_bench_reports"
                results["postgres"] = await run_one(url, args.cases, args.runs, "PostgreSQL")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=1_000_000, help="PostgreSQL cases (ten events each)")
    parser.add_argument("--sqlite-cases", type=int, default=100_000, help="SQLite cases (ten events each)")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per figure (the year: half, at least 3)")
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    parser.add_argument("--database-url", help="an existing PostgreSQL server (its postgres database)")
    results = asyncio.run(main_async(parser.parse_args(argv)))
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
