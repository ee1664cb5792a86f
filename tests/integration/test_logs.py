"""The safe log format: real database errors that quote her words are logged by class and code only."""

from __future__ import annotations

import asyncio
import functools
import io
import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.logs import WITHHELD, SafeFormatter, describe, setup_logging

WORDS = "Qx7 he said he would burn my papers"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The process's log set up as `walking-home` sets it up, written to a string."""
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    setup_logging("DEBUG", "DEBUG", stream=stream)
    try:
        yield stream
    finally:
        for handler in [h for h in root.handlers if getattr(h, "stream", None) is stream]:
            root.removeHandler(handler)
        root.setLevel(level)
        setup_levels = ("aiosqlite", "sqlalchemy", "asyncpg", "uvicorn", "websockets", "httpx", "asyncio")
        for name in setup_levels:
            logging.getLogger(name).setLevel(logging.NOTSET)


async def postgres_error_quoting(url: str, words: str) -> DBAPIError:
    """A real asyncpg ``DataError`` through SQLAlchemy, without ``hide_parameters``: its text quotes ``words``."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT CAST(:value AS integer)"), {"value": words})
    except DBAPIError as error:
        return error
    finally:
        await engine.dispose()
    raise AssertionError("PostgreSQL took text for an integer")


def log_it_every_way(error: BaseException) -> None:
    """Our logger with a traceback and as an argument; a library's with a formatted message."""
    try:
        raise error
    except BaseException:
        logging.getLogger("bot.dialogs.engine").exception("turn failed for a %s update", "web")
    logging.getLogger("bot.workers.outbox").info("outbox %s: attempt %d failed (%s)", 7, 1, error)
    logging.getLogger("bot.i18n").error("catalog %s message %s: %s", "en", "review", [error])
    logging.getLogger("asyncio").error(f"Task exception was never retrieved: {error!r}", exc_info=error)
    logging.getLogger("sqlalchemy.engine.Engine").info("[%s] %r", "generated", (WORDS,))
    logging.getLogger("aiosqlite").debug("executing %s", functools.partial(print, "INSERT", (WORDS,)))


@pytest.mark.postgres
def test_an_asyncpg_data_error_that_quotes_her_words_is_logged_by_class_and_sqlstate(
    captured: io.StringIO, postgres_url: str
) -> None:
    error = asyncio.run(postgres_error_quoting(postgres_url, WORDS))
    assert WORDS in str(error), "the driver's text quotes her words: the case the format must cover"
    plain = logging.Formatter("%(message)s").format(
        logging.LogRecord("bot", logging.ERROR, __file__, 1, "failed: %s", (error,), (type(error), error, None))
    )
    assert WORDS in plain, "logging's own format would have written them"

    log_it_every_way(error)

    log = captured.getvalue()
    assert "Qx7" not in log and "burn my papers" not in log, log
    assert "turn failed for a web update" in log and "line" in log and "in log_it_every_way" in log
    assert "sqlalchemy.exc.DBAPIError[driver=" in log and "asyncpg.exceptions.DataError[sqlstate=22000]" in log
    assert "outbox 7: attempt 1 failed (sqlalchemy.exc.DBAPIError[" in log
    assert f"asyncio: {WITHHELD}" in log and f"aiosqlite: executing {WITHHELD}" in log


def test_a_sqlite_error_names_its_code_and_a_unicode_error_its_reason_never_the_text(
    captured: io.StringIO, tmp_path: Path
) -> None:
    connection = sqlite3.connect(tmp_path / "x.db")
    connection.execute("CREATE TABLE t (words TEXT CHECK (length(words) < 5))")
    with pytest.raises(sqlite3.IntegrityError) as integrity:
        connection.execute("INSERT INTO t VALUES (?)", (WORDS,))
    with pytest.raises(UnicodeEncodeError) as unicode:
        (WORDS + "\ud800").encode("utf-8")
    with pytest.raises(KeyError) as key:
        {}[WORDS]

    for error in (integrity.value, unicode.value, key.value):
        log_it_every_way(error)

    log = captured.getvalue()
    assert "Qx7" not in log and "burn" not in log, log
    assert describe(integrity.value) == "sqlite3.IntegrityError[sqlite=SQLITE_CONSTRAINT_CHECK]"
    assert describe(unicode.value) == "UnicodeEncodeError[reason=surrogates not allowed, position=35]"
    assert "KeyError (text withheld)" in log and "catalog en message review: ['KeyError']" in log


def test_a_chained_error_keeps_every_frame_and_class_and_no_text() -> None:
    def inner() -> None:
        raise ValueError(WORDS)

    try:
        try:
            inner()
        except ValueError as cause:
            raise RuntimeError(f"while saving {WORDS}") from cause
    except RuntimeError:
        record = logging.LogRecord("bot.x", logging.ERROR, __file__, 1, "saving failed", (), sys.exc_info())
    line = SafeFormatter("%(levelname)s %(name)s: %(message)s").format(record)

    assert "Qx7" not in line
    assert line.startswith("ERROR bot.x: saving failed\n")
    assert "in inner" in line and "ValueError (text withheld)" in line and "RuntimeError (text withheld)" in line
    assert "direct cause" in line


def test_libraries_are_held_at_their_own_level_and_our_lines_keep_their_arguments() -> None:
    stream = io.StringIO()
    level = logging.getLogger().level
    try:
        setup_logging("DEBUG", "WARNING", stream=stream)
        logging.getLogger("aiosqlite").debug("executing %s", WORDS)
        logging.getLogger("sqlalchemy.engine.Engine").info("%s", WORDS)
        logging.getLogger("uvicorn.error").warning("%s", WORDS)
        logging.getLogger("bot.runner").debug("case %s opened in %s", "HLB-2026-000001", "new")
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "stream", None) is stream]:
            root.removeHandler(handler)
        root.setLevel(level)
        for name in ("aiosqlite", "sqlalchemy", "uvicorn", "nio"):
            logging.getLogger(name).setLevel(logging.NOTSET)

    log = stream.getvalue()
    assert "aiosqlite" not in log and "sqlalchemy" not in log
    assert f"WARNING uvicorn.error: {WITHHELD}" in log and "Qx7" not in log
    assert "DEBUG bot.runner: case HLB-2026-000001 opened in new" in log
