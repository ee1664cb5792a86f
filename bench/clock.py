"""The case clock at scale: ``python -m bench.clock`` (or ``make bench-clock``; ``--postgres`` for PostgreSQL).

100,000 open cases (default ``--cases``), each with its four pending marks (400,000 timer rows),
inserted in bulk (not through the dialogs). The real clock worker (`bot.workers.clock.ClockWorker`:
`fire_due` with the bot's event table, so each fired mark writes its audit entry and its outbox
notice) runs against them. Figures, each beside a floor taken in the same run:

1. idle poll: one worker round with nothing due, against the floor of a bare indexed SELECT on
   the same table (``SELECT id FROM case_timers WHERE status = 'pending' AND due_at <= now
   ORDER BY due_at LIMIT 1`` on a fresh connection from the same pool). The SQL statements the
   round sends are counted, and the one that reads ``case_timers`` is EXPLAINed as it was sent:
   it must be one statement, searching ``ix_case_timers_pending_due``;
2. due timer: ``--due`` overdue marks (default 2,000, spread over the cases) made due at once and
   fired round after round (5 a round on SQLite, 20 on PostgreSQL) until none is left: the cost per
   fired mark (read the case, flag it overdue, audit, the owner's notice in the outbox, settle,
   a savepoint each) against the floor of one single-row UPDATE of ``case_timers`` committed on
   its own (the least a durable mark can cost);
3. memory: Python's traced peak (tracemalloc) over 50 idle polls and 500 fired marks with 10,000
   cases and again with the full number, and the process's resident size after each; the worker
   holds one batch, never the cases, so the two peaks should match;
4. the start-up check for cases from before the clock (a new worker's `backfill` with nothing to
   do: a read outside the write batch).

SQLite by default (a file in a temporary folder, WAL, as the bot uses it); ``--postgres`` starts a
throwaway cluster (as `bench.postgres_processes` does) or uses ``--database-url``. The last line is
one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from sqlalchemy import event, func, insert, select, text, update

from bench.postgres_processes import _plain, postgres_server
from bot.bootstrap import App, build_app
from bot.settings import load_settings
from bot.workers.clock import ClockWorker
from storage import seed
from storage.migrate import upgrade_async
from storage.records import CaseRecord, CaseTimerRecord, IdentityRecord, PersonRecord, StaffRecord
from workflows.timers import FRACTIONS, OVERDUE, PENDING

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # a Monday, 10:00 in Shanghai
CASES, TIMERS = CaseRecord.__table__, CaseTimerRecord.__table__
INDEX = "ix_case_timers_pending_due"
CHUNK = 5_000
REGION = "hailar"


class Clock:
    """The app's clock: the bench moves it."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def rss_mb() -> float:
    """The process's resident size now (Linux; 0 elsewhere)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    return 0.0


# -- the database --------------------------------------------------------------------------------


async def prepare(app: App) -> int:
    """Reference rows and one operator of the region (the owner of every case); returns her id."""
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await uow.commit()
    async with app.engine.begin() as connection:
        person = await connection.execute(
            insert(PersonRecord.__table__).values(locale="zh-Hans-CN", created_at=T0).returning(PersonRecord.id)
        )
        person_id = person.scalar_one()
        await connection.execute(
            insert(StaffRecord.__table__).values(
                person_id=person_id, roles=["operator"], regions=[REGION], display_name="owner", joined_at=T0
            )
        )
        await connection.execute(
            insert(IdentityRecord.__table__).values(address="web:owner", person_id=person_id, created_at=T0)
        )
    return person_id


async def add_cases(app: App, first: int, last: int, owner_id: int) -> None:
    """Cases ``first``..``last`` (ids), state ``new``, each with its four pending marks of a
    30-day clock entered within the day before T0: nothing is due at T0."""
    span = timedelta(days=30)
    for start in range(first, last + 1, CHUNK):
        ids = range(start, min(start + CHUNK, last + 1))
        cases, timers = [], []
        for case_id in ids:
            entered = T0 - timedelta(seconds=(case_id * 7919) % 86_400)
            cases.append(
                {
                    "id": case_id, "reference": f"HLB-2026-{case_id:06d}", "state": "new", "service": "rights",
                    "region": REGION, "language": "zh-Hans-CN", "channel": "web", "risk": "low",
                    "minor_involved": False, "elder_involved": False, "anonymous": True, "no_contact": False,
                    "confidential": False, "contact": "this_chat", "escalation_level": 0, "overdue": False,
                    "version": 1, "owner_id": owner_id, "created_at": entered, "state_entered_at": entered,
                    "due_at": entered + span, "updated_at": entered,
                }
            )  # fmt: skip
            timers += [
                {
                    "case_id": case_id, "kind": kind, "state": "new", "due_at": entered + span * fraction,
                    "status": PENDING, "created_at": entered,
                }
                for kind, fraction in FRACTIONS
            ]  # fmt: skip
        async with app.engine.begin() as connection:
            await connection.execute(insert(CASES), cases)
            await connection.execute(insert(TIMERS), timers)
    if app.engine.dialect.name == "postgresql":
        async with app.engine.begin() as connection:
            await connection.execute(text("ANALYZE cases"))
            await connection.execute(text("ANALYZE case_timers"))


async def make_due(app: App, first: int, count: int, stride: int, now: datetime) -> None:
    """The overdue marks of ``count`` cases, ``first`` and every ``stride``-th after it, due a minute before ``now``."""
    ids = [first + stride * i for i in range(count)]
    async with app.engine.begin() as connection:
        for start in range(0, len(ids), 1_000):
            await connection.execute(
                update(TIMERS)
                .where(TIMERS.c.case_id.in_(ids[start : start + 1_000]), TIMERS.c.kind == OVERDUE)
                .values(due_at=now - timedelta(minutes=1))
            )


# -- what is measured ----------------------------------------------------------------------------


class Statements:
    """The SQL statements the engine sends while counting (BEGIN/COMMIT are not statements here)."""

    def __init__(self, app: App) -> None:
        self.engine = app.engine.sync_engine
        self.seen: list[tuple[str, object]] = []
        self.on = False
        event.listen(self.engine, "before_cursor_execute", self._heard)

    def _heard(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.on:
            self.seen.append((statement, parameters))

    @contextlib.contextmanager
    def counting(self):
        self.seen, self.on = [], True
        try:
            yield self.seen
        finally:
            self.on = False


async def plan_of(app: App, statement: str, parameters: object) -> str:
    """The query plan of ``statement`` exactly as the worker sent it."""
    postgres = app.engine.dialect.name == "postgresql"
    prefix = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
    async with app.engine.connect() as connection:
        result = await connection.exec_driver_sql(prefix + statement, parameters)
        rows = result.all()
    return "\n".join(str(row[0]) if postgres else str(row[-1]) for row in rows)


async def idle_polls(app: App, worker: ClockWorker, rounds: int) -> tuple[list[float], list[float]]:
    """``rounds`` idle worker rounds and as many bare indexed SELECTs, interleaved (seconds each)."""
    floor_query = (
        select(TIMERS.c.id)
        .where(TIMERS.c.status == PENDING, TIMERS.c.due_at <= app.now())
        .order_by(TIMERS.c.due_at)
        .limit(1)
    )
    polls, floors = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        async with app.engine.connect() as connection:
            (await connection.execute(floor_query)).all()
        floors.append(time.perf_counter() - started)
        started = time.perf_counter()
        await worker.run_round()
        polls.append(time.perf_counter() - started)
        assert worker.last_round.fired == 0, "an idle poll fired something"
    return polls, floors


async def fire_all(worker: ClockWorker) -> tuple[int, int, float]:
    """Rounds until nothing is due: (marks fired, rounds, seconds)."""
    fired = rounds = 0
    started = time.perf_counter()
    while True:
        await worker.run_round()
        rounds += 1
        fired += worker.last_round.fired
        if not worker.last_round.more:
            break
    return fired, rounds, time.perf_counter() - started


async def write_floor(app: App, count: int) -> list[float]:
    """One single-row UPDATE of ``case_timers`` committed on its own, ``count`` times (seconds each)."""
    times = []
    async with app.engine.connect() as connection:
        ids = (await connection.execute(select(TIMERS.c.id).order_by(TIMERS.c.id.desc()).limit(count))).scalars().all()
    for timer_id in ids:
        started = time.perf_counter()
        async with app.engine.begin() as connection:
            await connection.execute(update(TIMERS).where(TIMERS.c.id == timer_id).values(created_at=T0))
        times.append(time.perf_counter() - started)
    return times


async def memory_run(app: App, worker: ClockWorker, first_due: int, cases: int, clock: Clock) -> dict:
    """Traced peak over 50 idle polls and 500 fired marks; resident size after."""
    clock.now += timedelta(minutes=10)
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    for _ in range(25):
        await worker.run_round()
    await make_due(app, first_due, 500, max(cases // 500, 1), clock.now)
    fired, _, _ = await fire_all(worker)
    for _ in range(25):
        await worker.run_round()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert fired == 500, fired
    return {"traced_peak_kb": round(peak / 1024), "rss_mb": rss_mb()}


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


async def run(url: str, cases: int, due: int, polls: int, folder: Path) -> dict:
    await upgrade_async(url)
    clock = Clock()
    settings = load_settings(
        database_url=url, data_dir=folder, web_enabled=False, retention_enabled=False, clock_poll="5"
    )
    app = build_app(settings, now=clock)
    statements = Statements(app)
    try:
        owner_id = await prepare(app)
        worker = ClockWorker(app)
        small = min(10_000, cases)
        started = time.perf_counter()
        await add_cases(app, 1, small, owner_id)
        await worker.run_round()  # the first round: the check for cases from before the clock
        clock.now += timedelta(minutes=10)  # warm up (statement caches, catalogs) before measuring memory
        await make_due(app, 4, 50, 20, clock.now)  # cases 4, 24, 44, …
        await fire_all(worker)
        memory_small = await memory_run(app, worker, 1, small, clock)  # cases 1, 21, 41, …
        await add_cases(app, small + 1, cases, owner_id)
        inserted_s = time.perf_counter() - started
        memory_full = await memory_run(app, worker, 2, cases, clock)  # 2, 202, 402, … (another residue)

        started = time.perf_counter()
        await ClockWorker(app).backfill()  # a fresh process's first round: nothing to give marks to
        startup_check_s = time.perf_counter() - started

        await idle_polls(app, worker, 20)  # warm
        poll_times, floor_times = await idle_polls(app, worker, polls)
        with statements.counting() as seen:
            await worker.run_round()
        reads = [(s, p) for s, p in seen if "case_timers" in s]
        plan = await plan_of(app, *reads[0]) if reads else ""

        clock.now += timedelta(minutes=10)
        await make_due(app, 3, due, max(cases // due, 1), clock.now)  # 3, 53, 103, … spread over all
        fired, rounds, fire_s = await fire_all(worker)
        floor_writes = await write_floor(app, max(200, due // 10))
        async with app.engine.connect() as connection:
            timer_rows = (await connection.execute(select(func.count()).select_from(TIMERS))).scalar_one()
            pending = (
                await connection.execute(select(func.count()).select_from(TIMERS).where(TIMERS.c.status == PENDING))
            ).scalar_one()
    finally:
        await app.close()

    idle_ms, floor_ms = statistics.median(poll_times), statistics.median(floor_times)
    per_due, write_ms = fire_s / max(fired, 1), statistics.median(floor_writes)
    return {
        "database": "postgresql" if url.startswith("postgresql") else "sqlite",
        "cases": cases,
        "timer_rows": timer_rows,
        "pending_timers": pending,
        "insert_s": round(inserted_s, 1),
        "idle_poll_ms": ms(idle_ms),
        "idle_poll_p90_ms": ms(statistics.quantiles(poll_times, n=10)[-1]),
        "idle_floor_ms": ms(floor_ms),
        "idle_ratio": round(idle_ms / floor_ms, 2),
        "idle_statements": len(seen),
        "idle_statement": reads[0][0] if reads else "",
        "idle_plan": plan,
        "idle_uses_index": INDEX in plan,
        "due_fired": fired,
        "due_rounds": rounds,
        "due_ms_per_timer": ms(per_due),
        "write_floor_ms": ms(write_ms),
        "due_ratio": round(per_due / write_ms, 2),
        "startup_check_ms": ms(startup_check_s),
        "memory_small": {"cases": small, **memory_small},
        "memory_full": {"cases": cases, **memory_full},
        "memory_ratio": round(memory_full["traced_peak_kb"] / max(memory_small["traced_peak_kb"], 1), 2),
    }


async def postgres_database(server_url: str, name: str) -> str:
    connection = await asyncpg.connect(_plain(server_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return server_url.rsplit("/", 1)[0] + "/" + name


async def main_async(args: argparse.Namespace) -> dict | None:
    with tempfile.TemporaryDirectory(prefix="walking-home-bench-clock-") as tmp:
        folder = Path(tmp)
        if not args.postgres:
            return await run(f"sqlite+aiosqlite:///{folder / 'clock.db'}", args.cases, args.due, args.polls, folder)
        server = postgres_server(args.database_url, "PostgreSQL clock bench")
        if server is None:
            return None
        with server as server_url:
            url = await postgres_database(server_url, "walking_home_bench_clock")
            return await run(url, args.cases, args.due, args.polls, folder)


def report(result: dict) -> None:
    db = result["database"]
    print(
        f"Clock, {db}: {result['cases']:,} open cases, {result['timer_rows']:,} timer rows "
        f"({result['pending_timers']:,} pending), inserted in {result['insert_s']} s"
    )
    print(
        f"  idle poll: {result['idle_poll_ms']} ms (p90 {result['idle_poll_p90_ms']} ms), "
        f"{result['idle_statements']} statement(s); floor (bare indexed SELECT) {result['idle_floor_ms']} ms; "
        f"ratio {result['idle_ratio']}"
    )
    print(f"  the poll's query: {result['idle_statement']}")
    for line in result["idle_plan"].splitlines():
        print(f"    plan: {line}")
    print(f"  plan searches {INDEX}: {'yes' if result['idle_uses_index'] else 'NO'}")
    print(
        f"  due timers: {result['due_fired']} fired in {result['due_rounds']} rounds, "
        f"{result['due_ms_per_timer']} ms each; floor (one single-row UPDATE committed) "
        f"{result['write_floor_ms']} ms; ratio {result['due_ratio']}"
    )
    small, full = result["memory_small"], result["memory_full"]
    print(
        f"  memory: traced peak {small['traced_peak_kb']} KB with {small['cases']:,} cases, "
        f"{full['traced_peak_kb']} KB with {full['cases']:,} (ratio {result['memory_ratio']}); "
        f"RSS {small['rss_mb']} MB, {full['rss_mb']} MB"
    )
    print(f"  start-up check for cases without marks: {result['startup_check_ms']} ms")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=2_000, help="overdue marks made due and fired")
    parser.add_argument("--polls", type=int, default=300, help="idle polls timed")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL (a throwaway cluster by default)")
    parser.add_argument("--database-url", help="with --postgres: an existing server (its postgres database)")
    args = parser.parse_args(argv)
    result = asyncio.run(main_async(args))
    if result is None:
        return
    report(result)
    print(json.dumps(result, ensure_ascii=False))
    if not result["idle_uses_index"] or result["idle_statements"] != 1:
        sys.exit("clock bench: an idle poll must be one statement on the partial index")


if __name__ == "__main__":
    main()
