"""Can the configured database be reached at all, within a bound? (the command line asks first).

A PostgreSQL server that is down refuses at once; one that is paused (a frozen VM, a stalled disk)
completes the TCP handshake and then never answers, so an unbounded connect waits for asyncpg's own
60 s. `reach` opens one connection and runs ``SELECT 1`` within ``seconds``
(``WALKING_HOME_DATABASE_CONNECT_TIMEOUT``), or raises `DatabaseUnreachable`, which names the
host and port (never the user or password) and the exception by class only (`bot.logs.describe`
style: a driver's text may quote what it was given).

SQLite is a file: there is nothing to reach, and a missing file is each command's own business.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.engine import DatabaseTimeouts, create_engine


class DatabaseUnreachable(Exception):
    """The database at ``address`` did not answer within ``seconds`` (``cause``: an exception's class)."""

    def __init__(self, address: str, seconds: float, cause: str) -> None:
        super().__init__(f"the database at {address} could not be reached within {seconds:g} s ({cause})")
        self.address = address
        self.seconds = seconds
        self.cause = cause


def database_address(database_url: str) -> str:
    """``host:port`` of a server URL (IPv6 in brackets), never its user or password."""
    url = make_url(database_url)
    host = url.host or "localhost"
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{url.port or 5432}"


def is_server(database_url: str) -> bool:
    return make_url(database_url).get_backend_name() != "sqlite"


async def reach(database_url: str, seconds: float) -> None:
    """Open one connection and run ``SELECT 1`` within ``seconds`` (about), or raise `DatabaseUnreachable`."""
    if not is_server(database_url):
        return
    engine = create_engine(database_url, timeouts=DatabaseTimeouts(connect=seconds, command=seconds, pool=seconds))

    async def ask() -> None:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    try:
        # The driver's own bounds hold the connect and the statement; the outer one is the backstop.
        await asyncio.wait_for(ask(), timeout=seconds + 1)
    except Exception as error:  # noqa: BLE001 - refused, timed out, no such host, auth: all "not reached"
        raise DatabaseUnreachable(database_address(database_url), seconds, _cause(error)) from None
    finally:
        try:
            await asyncio.wait_for(engine.dispose(), timeout=1)
        except Exception:  # noqa: BLE001, S110 - a connection to a paused server is left to the exit
            pass


def _cause(error: BaseException) -> str:
    orig = getattr(error, "orig", None)
    inner = orig if isinstance(orig, BaseException) else error
    if isinstance(inner, OSError) and inner.errno is not None:
        import os

        return f"{type(inner).__name__}: {os.strerror(inner.errno)}"
    return type(inner).__name__
