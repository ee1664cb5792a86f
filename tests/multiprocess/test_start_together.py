"""Three ``walking-home run`` processes started at once on an empty PostgreSQL database (a compose
file's ``up``): each migrates and seeds on start, and all of them must come up, once each."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.multiprocess.processes import Fleet, Process, fetch, shared_settings

pytestmark = pytest.mark.postgres


async def test_three_processes_started_together_on_an_empty_database_all_come_up(
    tmp_path: Path, empty_postgres_url: str
) -> None:
    settings = shared_settings(tmp_path, empty_postgres_url)
    fleet = Fleet([Process.configure(tmp_path / f"p{n}", settings) for n in range(3)])
    try:
        await asyncio.gather(*(process.start() for process in fleet))
        assert all(process.alive for process in fleet)
        [version] = await fetch(empty_postgres_url, "SELECT version_num FROM alembic_version")
        regions = await fetch(empty_postgres_url, "SELECT code, count(*) AS n FROM regions GROUP BY code")
        assert regions and all(row["n"] == 1 for row in regions)
        assert version["version_num"]
    finally:
        fleet.stop()
