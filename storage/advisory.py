"""A PostgreSQL session advisory lock on a connection of its own: who leads one bot account.

`AdvisoryLock.try_acquire` opens a dedicated asyncpg connection (outside the engine's pool) and
asks ``pg_try_advisory_lock(key)``; the lock lives as long as that connection. When the process
dies (even by SIGKILL) its socket closes, the server ends the session and the lock is free for
another process. `AdvisoryLock.alive` checks, with a timeout, that the connection (and so the
lock) still holds; the session asks the server for TCP keepalives so a silent network loss ends
it in seconds, not hours.

The key is a signed 64-bit number derived from a name (``telegram:<bot id>``), never from a secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging

import asyncpg
from sqlalchemy.engine import make_url

logger = logging.getLogger(__name__)

#: The server ends a leader's session this many seconds after its network went silent
#: (idle + interval × count): a standby can take over soon after.
KEEPALIVE = {"tcp_keepalives_idle": "5", "tcp_keepalives_interval": "2", "tcp_keepalives_count": "3"}


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory lock key for ``name`` (``walking-home:`` is prefixed)."""
    digest = hashlib.sha256(f"walking-home:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def asyncpg_dsn(database_url: str) -> str:
    """The libpq-style DSN asyncpg takes, from the bot's SQLAlchemy URL (``postgresql+asyncpg://``)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _never_idle_out(connection: asyncpg.Connection) -> None:
    """The lock's session sits idle by design: a server (or a managed service) that ends idle sessions
    (``idle_session_timeout``, PostgreSQL 14 and later) must not end this one, and with it the lock."""
    await connection.execute("SET idle_in_transaction_session_timeout = 0")
    try:
        await connection.execute("SET idle_session_timeout = 0")
    except asyncpg.UndefinedObjectError:  # before PostgreSQL 14: no such timeout
        pass


class AdvisoryLock:
    """One session advisory lock, held on a dedicated connection while `held`."""

    def __init__(self, database_url: str, name: str, *, timeout: float = 5.0) -> None:
        self.key = lock_key(name)
        self.timeout = timeout
        self._dsn = asyncpg_dsn(database_url)
        self._connection: asyncpg.Connection | None = None

    @property
    def held(self) -> bool:
        return self._connection is not None and not self._connection.is_closed()

    async def try_acquire(self, *, raise_errors: bool = False) -> bool:
        """Take the lock if no session holds it; False when another does, or when the database cannot
        be reached (logged; raised instead with ``raise_errors``)."""
        if self.held:
            return True
        try:
            connection = await asyncio.wait_for(asyncpg.connect(self._dsn, server_settings=KEEPALIVE), self.timeout)
        except (OSError, TimeoutError, asyncpg.PostgresError) as error:
            if raise_errors:
                raise
            logger.warning("leadership: cannot reach the database (%s)", type(error).__name__)
            return False
        try:
            await asyncio.wait_for(_never_idle_out(connection), self.timeout)
            got = await asyncio.wait_for(connection.fetchval("SELECT pg_try_advisory_lock($1)", self.key), self.timeout)
        except (OSError, TimeoutError, asyncpg.PostgresError) as error:
            await self._close(connection)
            if raise_errors:
                raise
            logger.warning("leadership: the lock query failed (%s)", type(error).__name__)
            return False
        if not got:
            await self._close(connection)
            return False
        self._connection = connection
        return True

    async def alive(self) -> bool:
        """Whether the lock still holds: its session answers and still owns the key."""
        connection = self._connection
        if connection is None or connection.is_closed():
            return False
        try:
            owned = await asyncio.wait_for(
                connection.fetchval(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    " AND pid = pg_backend_pid() AND objid = ($1::bigint & 4294967295)::oid"
                    " AND classid = (($1::bigint >> 32) & 4294967295)::oid",
                    self.key,
                ),
                self.timeout,
            )
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            logger.warning("leadership: the lock's connection failed (%s)", type(error).__name__)
            return False
        return bool(owned)

    async def release(self) -> None:
        """Give the lock up (closing its session ends it either way); safe to call when not held."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        with contextlib.suppress(Exception):
            await asyncio.wait_for(connection.execute("SELECT pg_advisory_unlock($1)", self.key), self.timeout)
        await self._close(connection)

    @staticmethod
    async def _close(connection: asyncpg.Connection) -> None:
        try:
            await asyncio.wait_for(connection.close(), 2.0)
        except Exception:  # a dead socket: drop it
            connection.terminate()


__all__ = ["AdvisoryLock", "asyncpg_dsn", "lock_key"]
