"""A PostgreSQL server that refuses connections, or answers no more, fails a unit of work as not committed.

Real servers: a port where nothing listens (the server is down), a listening socket that never answers
(a paused server, as the startup handshake sees it), and the session's PostgreSQL paused with SIGSTOP.
The unit of work raises `NotCommitted` (the channel then does not acknowledge) within the bounds of
`storage.engine.DatabaseTimeouts`; before, the refusal was taken for a failure of the turn and a
paused server held the unit of work for ever.
"""

from __future__ import annotations

import asyncio
import socket
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from storage.engine import DatabaseTimeouts, create_engine, session_factory
from storage.uow import SqlUnitOfWork
from tests.databases import PostgresCluster, free_port
from tests.pg_pause import paused
from workflows.errors import NotCommitted

BOUNDS = DatabaseTimeouts(connect=1.0, command=1.0, pool=1.0)


async def try_a_write(url: str, timeouts: DatabaseTimeouts | None = BOUNDS) -> float:
    """Seconds until a unit of work that writes raised `NotCommitted` (it must)."""
    engine = create_engine(url, timeouts=timeouts)
    began = time.monotonic()
    try:
        with pytest.raises(NotCommitted):
            async with SqlUnitOfWork(session_factory(engine), lambda: datetime.now(UTC)) as uow:
                await uow.session.execute(text("SELECT 1"))
                await uow.commit()
        return time.monotonic() - began
    finally:
        await engine.dispose()


async def test_a_server_that_refuses_connections_is_not_committed() -> None:
    took = await try_a_write(f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nothing")
    assert took < 1.0


async def test_a_server_that_accepts_but_never_answers_is_not_committed_within_the_connect_bound() -> None:
    with socket.socket() as listener:  # the kernel completes the handshake; nobody ever reads or answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        took = await try_a_write(f"postgresql+asyncpg://postgres@127.0.0.1:{listener.getsockname()[1]}/x")
    assert 0.9 <= took < 3.0, took


@pytest.mark.postgres
async def test_a_paused_server_fails_a_pooled_unit_of_work_within_the_command_bound_and_it_recovers(
    postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    engine = create_engine(postgres_url, timeouts=BOUNDS)
    sessions = session_factory(engine)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions, lambda: datetime.now(UTC))

    try:
        async with uow() as warm:  # a pooled connection, checked with a pre-ping next time
            await warm.session.execute(text("SELECT 1"))
        with paused(postgres_cluster):
            began = time.monotonic()
            with pytest.raises(NotCommitted):
                async with uow() as stopped:
                    await stopped.session.execute(text("SELECT 1"))
                    await stopped.commit()
            took = time.monotonic() - began
        # The pre-ping's bound, then the invalidated connection is closed (at most 2 s, SQLAlchemy's).
        assert took < 1.0 + 2.0 + 1.0, took
        async with asyncio.timeout(10):
            async with uow() as after:
                assert (await after.session.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await engine.dispose()
