"""Migration 0018 on PostgreSQL builds its indexes outside a transaction (``CREATE INDEX CONCURRENTLY``):
when a build fails half-way, the database stays at 0017 with some of the indexes built and
``case_counts`` made, and running the upgrade again finishes it, with the schema as the code declares.
Migration 0019 replaces a mediator's two indexes with ones that hold the state, over cases written before it."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from alembic import command
from test_migration_figure_columns import _indexes
from test_migration_order_timers import _run
from test_migrations import ROWS, _read

from storage.migrate import alembic_config, upgrade
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
    assert report.current == report.head and report.differences == [], report


def test_0019_gives_a_mediator_indexes_with_the_state_and_is_undone(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0018")
    asyncio.run(_run(empty_db_url, *ROWS, "UPDATE cases SET assignee_id = 1"))
    upgrade(empty_db_url)
    indexes = asyncio.run(_indexes(empty_db_url, ("cases",)))
    assert indexes["ix_cases_assignee_id_state"] == ["assignee_id", "id", "state"]
    assert indexes["ix_cases_point_id_state"] == ["service_point_id", "id", "state", "confidential", "assignee_id"]
    assert not {"ix_cases_assignee_id_id", "ix_cases_service_point_id"} & set(indexes)
    assert indexes["ix_cases_open_assignee"] == ["assignee_id", "due_at", "id", "overdue"]
    assert indexes["ix_cases_open_point"] == [
        *("service_point_id", "due_at", "id", "overdue", "confidential", "assignee_id")
    ]
    report = asyncio.run(check_schema(empty_db_url))
    assert report.current == report.head and report.differences == [], report
    command.downgrade(alembic_config(empty_db_url), "0018")
    indexes = asyncio.run(_indexes(empty_db_url, ("cases",)))
    assert indexes["ix_cases_assignee_id_id"] == ["assignee_id", "id"]
    assert indexes["ix_cases_service_point_id"] == ["service_point_id"]
    assert not {"ix_cases_assignee_id_state", "ix_cases_point_id_state"} & set(indexes)
    assert indexes["ix_cases_open_point"] == ["service_point_id", "due_at", "id"]
    assert asyncio.run(_read(empty_db_url))[0][0] == "HLB-2026-000001"


@pytest.mark.postgres
def test_0019_runs_again_after_it_stopped_between_its_steps(empty_postgres_url: str) -> None:
    """Killed after the old ``ix_cases_open_point`` was dropped and before the new one took its name
    (left as ``ix_cases_open_point_new``, here half-built: wrong columns): run again, it finishes."""
    url = empty_postgres_url
    upgrade(url, "0018")
    asyncio.run(
        _run(
            url,
            *ROWS,
            "CREATE INDEX ix_cases_assignee_id_state ON cases (assignee_id)",
            "DROP INDEX ix_cases_open_point",
            "CREATE INDEX ix_cases_open_point_new ON cases (region)",
        )
    )
    upgrade(url)
    report = asyncio.run(check_schema(url))
    assert report.current == report.head and report.differences == [], report
    assert "ix_cases_open_point_new" not in asyncio.run(_indexes(url, ("cases",)))


@pytest.mark.postgres
def test_0019_runs_again_after_it_stopped_before_renaming(empty_postgres_url: str) -> None:
    """Killed after the old ``ix_cases_open_point`` was dropped, the new one built whole under
    ``ix_cases_open_point_new`` and not yet renamed: run again, it finishes under the right name."""
    url = empty_postgres_url
    upgrade(url, "0018")
    open_point = ("service_point_id", "due_at", "id", "overdue", "confidential", "assignee_id")
    asyncio.run(
        _run(
            url,
            *ROWS,
            "DROP INDEX ix_cases_open_point",
            f"CREATE INDEX ix_cases_open_point_new ON cases ({', '.join(open_point)}) "
            "WHERE state NOT IN ('closed', 'not_accepted', 'withdrawn')",
        )
    )
    upgrade(url)
    report = asyncio.run(check_schema(url))
    assert report.current == report.head and report.differences == [], report
    indexes = asyncio.run(_indexes(url, ("cases",)))
    assert indexes["ix_cases_open_point"] == list(open_point) and "ix_cases_open_point_new" not in indexes


@pytest.mark.postgres
def test_db_check_names_an_index_an_interrupted_build_left_invalid(empty_postgres_url: str) -> None:
    """At head, an index whose ``CONCURRENTLY`` build was cut short exists by name but is unusable (a
    tester's killed downgrade left ``ix_cases_open_assignee`` so): the check names it."""
    url = empty_postgres_url
    upgrade(url)
    second = ROWS[2].replace("(1, 'HLB-2026-000001'", "(2, 'HLB-2026-000002'")
    asyncio.run(_run(url, *ROWS, second))  # two cases in one state: a unique index on it fails to build
    with pytest.raises(asyncpg.exceptions.UniqueViolationError):
        asyncio.run(_sql(url, "CREATE UNIQUE INDEX CONCURRENTLY ix_cases_twice ON cases (state)"))
    report = asyncio.run(check_schema(url))
    assert "invalid_index cases.ix_cases_twice" in report.differences, report
