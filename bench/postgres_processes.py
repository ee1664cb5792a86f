"""Throughput of 1, 2 and 4 bot processes on one PostgreSQL: ``python -m bench.postgres_processes``.

Each process is `bench.telegram_throughput` in its child mode: the real Telegram channel's durable
path (``TelegramChannel.process``), dialogs, workflow and its own outbox sender (claims with
``FOR UPDATE SKIP LOCKED``), with the Bot API faked in-process. For each count a fresh database is
migrated and seeded; the processes start warm and are told ``go`` together; the figure is every
update of every process over the time from ``go`` until the last reply left the outbox (no row
pending), and the inbound figure the same up to the moment the last update was durable.

Without ``--database-url`` a throwaway cluster is started (the approach of the test suite's
``tests/databases.py``: initdb into a temporary folder, as the ``postgres`` system user when run
as root, on a free port) with PostgreSQL's defaults for durability (fsync on, synchronous_commit
on), and removed afterwards. Without PostgreSQL's server programs it says so and exits 0, so
``make bench`` still reports SQLite.

The last line is one JSON object: for each process count, updates/s end to end and inbound.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import asyncpg

from bench.telegram_throughput import build_bot

PG_BIN_ENV = "WALKING_HOME_PG_BIN"


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: $WALKING_HOME_PG_BIN, Debian's layout, then PATH."""
    if os.environ.get(PG_BIN_ENV):
        folder = Path(os.environ[PG_BIN_ENV])
        return folder if (folder / "initdb").exists() else None
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb")).parent))
    return next((Path(c) for c in candidates if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists()), None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def throwaway_cluster(bin_dir: Path) -> Iterator[str]:
    """A new PostgreSQL cluster on a free port; yields the URL of its ``postgres`` database."""
    prefix: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="walking-home-bench-pg-"))
    if os.geteuid() == 0:  # initdb refuses root
        pwd.getpwnam("postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    data, log, port = root / "data", root / "server.log", free_port()

    def run(*args: str, check: bool = True) -> None:
        subprocess.run([*prefix, *args], check=check, capture_output=True, text=True, timeout=120)

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C")
        options = f"-h 127.0.0.1 -p {port} -k {root} -c max_connections=200"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop", check=False)
        shutil.rmtree(root, ignore_errors=True)


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def fresh_database(server_url: str, name: str) -> str:
    connection = await asyncpg.connect(_plain(server_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    url = server_url.rsplit("/", 1)[0] + "/" + name
    with tempfile.TemporaryDirectory() as tmp:  # migrate and seed once, as a deployment's first process does
        app, channel, _ = await build_bot(Path(tmp), url)
        await channel.stop()
        await app.close()
    return url


async def pending(url: str) -> int:
    connection = await asyncpg.connect(_plain(url))
    try:
        return await connection.fetchval("SELECT count(*) FROM outbox WHERE status = 'pending'")
    finally:
        await connection.close()


def backend_cpu(database: str) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend serving ``database`` (Linux ``/proc``; empty elsewhere)."""
    seen: dict[int, float] = {}
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if title.startswith("postgres: ") and f" {database} " in title:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                seen[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    return seen


async def run_processes(url: str, count: int, journeys: int) -> dict:
    children = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.telegram_throughput",
            "--database-url",
            url,
            "--process-index",
            str(index),
            "--journeys",
            str(journeys),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for index in range(count)
    ]
    try:
        for child in children:
            line = (await asyncio.wait_for(child.stdout.readline(), 120)).decode().strip()
            if line != "ready":
                raise RuntimeError(f"a bench process did not start: {line!r}")
        while await pending(url):  # noqa: ASYNC110 (the warm-up's replies; a bench polls)
            await asyncio.sleep(0.05)
        database = url.rsplit("/", 1)[1]
        backends_before = backend_cpu(database)
        go = time.time()
        for child in children:
            child.stdin.write(b"go\n")
            await child.stdin.drain()
        reports = []
        for child in children:
            line = (await asyncio.wait_for(child.stdout.readline(), 900)).decode().strip()
            if not line.startswith("{"):
                raise RuntimeError(f"a bench process failed (its error is above): {line!r}")
            reports.append(json.loads(line))
        while await pending(url):  # noqa: ASYNC110 (a bench polls the database)
            await asyncio.sleep(0.01)
        done = time.time()
        backends_after = backend_cpu(database)
        postgres_s = sum(cpu - backends_before.get(pid, 0.0) for pid, cpu in backends_after.items())
        cpu_s = 0.0
        for child in children:
            child.stdin.write(b"drained\n")
            await child.stdin.drain()
            cpu_s += json.loads(await asyncio.wait_for(child.stdout.readline(), 60))["cpu_s"]
        for child in children:
            child.stdin.write(b"stop\n")
            await child.stdin.drain()
        for child in children:
            await asyncio.wait_for(child.wait(), 60)
    finally:
        for child in children:
            if child.returncode is None:
                child.kill()
                await child.wait()
    updates = sum(report["updates"] for report in reports)
    fed = max(report["fed"] for report in reports)
    return {
        "processes": count,
        "updates": updates,
        "updates_per_s": round(updates / (done - go), 1),
        "inbound_per_s": round(updates / (fed - go), 1),
        "resent": sum(report["resent"] for report in reports),
        # The bot processes' CPU per update, and their share of the machine's cores over the run:
        # near 1, the bots are the bottleneck; well below, they wait (for PostgreSQL, or for the CPU).
        "bot_cpu_ms_per_update": round(cpu_s * 1000 / updates, 2),
        "bot_share_of_cores": round(cpu_s / ((done - go) * (os.cpu_count() or 1)), 2),
        # PostgreSQL's backends for this database, the same way (0 where /proc cannot tell).
        "postgres_cpu_ms_per_update": round(postgres_s * 1000 / updates, 2),
        "postgres_share_of_cores": round(postgres_s / ((done - go) * (os.cpu_count() or 1)), 2),
    }


def postgres_server(database_url: str | None, what: str) -> contextlib.AbstractContextManager[str] | None:
    """The server a bench runs on: ``database_url`` as given, else a throwaway cluster; None (and a
    line saying why ``what`` is skipped) when PostgreSQL's server programs are not installed."""
    if database_url:
        return contextlib.nullcontext(database_url)
    bin_dir = find_pg_bin()
    if bin_dir is None:
        print(f"{what} skipped: no initdb/pg_ctl found (set {PG_BIN_ENV} or install postgresql-NN)")
        return None
    return throwaway_cluster(bin_dir)


async def main_async(args: argparse.Namespace) -> dict | None:
    server = postgres_server(args.database_url, "PostgreSQL bench")
    if server is None:
        return None
    results = []
    with server as server_url:
        for count in args.processes:
            url = await fresh_database(server_url, f"walking_home_bench_{count}")
            result = await run_processes(url, count, args.journeys)
            results.append(result)
            print(
                f"PostgreSQL, {count} process(es), {args.journeys} journeys each ({result['updates']} updates): "
                f"{result['updates_per_s']} updates/s end to end, {result['inbound_per_s']} updates/s durable, "
                f"{result['resent']} not acknowledged at first (sent again); bot CPU "
                f"{result['bot_cpu_ms_per_update']} ms per update, {result['bot_share_of_cores']} of the cores; "
                f"PostgreSQL {result['postgres_cpu_ms_per_update']} ms, {result['postgres_share_of_cores']} of the cores"
            )
    print(json.dumps({"postgres": results}))
    return {"postgres": results}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--database-url", help="an existing PostgreSQL server (its postgres database); default: a throwaway one"
    )
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--journeys", type=int, default=100, help="journeys per process (13 updates each)")
    asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
