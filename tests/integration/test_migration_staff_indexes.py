"""Migration 0018 on PostgreSQL builds its indexes outside a transaction (``CREATE INDEX CONCURRENTLY``):
when a build fails half-way, the database stays at 0017 with some of the indexes built and
``case_counts`` made, and running the upgrade again finishes it, with the schema as the code declares."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from storage.migrate import upgrade
from storage.schema_check import check_schema


async def _sql(url: str, statement: str) -> list:
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return await connection.fetch(statement)
    finally:
        await connection.close()


@pytest.mark.postgres
def test_0018_runs_again_after_an_index_build_failed(empty_postgres_url: str) -> None:
    url = empty_postgres_url
    upgrade(url, "0017")
    # A table holding a name 0018 gives an index: the build of that index fails, after the others before it.
    asyncio.run(_sql(url, "CREATE TABLE ix_orders_due (x integer)"))
    with pytest.raises(Exception, match="ix_orders_due"):
        upgrade(url)
    version = asyncio.run(_sql(url, "SELECT version_num FROM alembic_version"))
    built = asyncio.run(_sql(url, "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_cases_region_id'"))
    assert [r["version_num"] for r in version] == ["0017"] and len(built) == 1
    asyncio.run(_sql(url, "DROP TABLE ix_orders_due"))
    upgrade(url)
    report = asyncio.run(check_schema(url))
    assert (report.current, report.differences) == ("0018", [])
