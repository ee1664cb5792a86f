"""Logging that never carries what a person typed.

Every log line of a ``walking-home`` process goes through one handler with `SafeFormatter`:

* Our own packages (``bot``, ``storage``, ``workflows``) log fixed templates with ids, references
  and class names as arguments; an exception passed as an argument is rendered by `describe`.
* Every other logger (aiosqlite, SQLAlchemy, asyncpg, httpx, python-telegram-bot, nio, uvicorn,
  websockets, asyncio, ...) keeps only its message template: the arguments, which is where those
  libraries put statement parameters, websocket frames, update bodies and Bot API URLs with the
  token, are withheld, and a message that arrives already formatted (no arguments) is withheld
  whole. Those loggers are also held at ``WALKING_HOME_LIBRARY_LOG_LEVEL`` (``WARNING`` by default)
  whatever ``WALKING_HOME_LOG_LEVEL`` says.
* A traceback keeps its frames (file, line, function, source line) and names each exception by
  class, with its SQLSTATE, SQLite error name or errno: never its text. A database error's text
  quotes the statement's bound values (asyncpg's ``DataError`` quotes her description); other
  exceptions may quote a value too, so no exception text is ever written.

``WALKING_HOME_LOG_FORMAT=json`` writes the same records as one JSON object per line (`JsonFormatter`):
time, level, logger, event (the message's template), message, the ids a call of our own packages
passes as ``extra`` (`LOG_FIELDS`: a case or order reference, an outbox row id, a channel) and the
traceback, all made safe the same way. Plain text is the default.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import traceback
from typing import IO, Any

#: Loggers whose templates and arguments are our own (fixed text; ids, references, class names).
OWN_PACKAGES = ("bot", "storage", "workflows")
#: Third-party loggers held at the library level. Their text is withheld at any level regardless.
LIBRARY_LOGGERS = (
    "aiosqlite",
    "sqlalchemy",
    "asyncpg",
    "httpx",
    "httpcore",
    "hpack",
    "telegram",
    "apscheduler",
    "nio",
    "matrix",
    "aiohttp",
    "uvicorn",
    "websockets",
    "starlette",
    "multipart",
    "python_multipart",
    "asyncio",
    "alembic",
    "transitions",
)
#: Floors at the default library level: these repeat themselves even at WARNING.
FLOORS = {"nio": logging.ERROR, "alembic": logging.WARNING, "transitions": logging.WARNING}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
WITHHELD = "‹withheld›"
#: A %-style placeholder (``%s``, ``%(name)s``, ``%5.2f``, ...) but not ``%%``.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa]")
#: What a log call of our own packages may pass as ``extra`` and a JSON line then carries as a field of
#: its own: ids and references, never words. Any other ``extra`` key is left out.
LOG_FIELDS = ("case", "order", "outbox_id", "update_id", "channel")
#: A field's value: a number, or a short id made of these characters (a reference, ``web``, ``tg:42``).
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.:@-]{1,80}$")
FORMATS = ("text", "json")
#: How deep a chain of causes or a group of exceptions is followed.
MAX_DEPTH = 8


def is_own(name: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in OWN_PACKAGES)


def error_codes(error: BaseException) -> list[str]:
    """What identifies an error without its text: SQLSTATE, SQLite error name, errno, codec reason."""
    codes: list[str] = []
    sqlstate = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(sqlstate, str) and re.fullmatch(r"[0-9A-Z]{5}", sqlstate):
        codes.append(f"sqlstate={sqlstate}")
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str) and re.fullmatch(r"SQLITE_[A-Z_]+", name):
        codes.append(f"sqlite={name}")
    if isinstance(error, OSError) and isinstance(error.errno, int):
        codes.append(f"errno={error.errno}")
    if isinstance(error, UnicodeError):
        reason = getattr(error, "reason", None)
        if isinstance(reason, str) and re.fullmatch(r"[a-z ()-]{1,60}", reason):
            codes.append(f"reason={reason}")
        start = getattr(error, "start", None)
        if isinstance(start, int):
            codes.append(f"position={start}")
    return codes


def describe(error: BaseException) -> str:
    """One exception by class and codes, e.g. ``DataError[sqlstate=22021]``; its text never."""
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    codes = error_codes(error)
    orig = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(orig, BaseException) and orig is not error:
        codes.append(f"driver={describe(orig)}")
    return f"{name}[{', '.join(codes)}]" if codes else name


def safe_traceback(error: BaseException, depth: int = 0, seen: set[int] | None = None) -> str:
    """A traceback with every frame and every exception's class and codes, without any exception's text."""
    seen = set() if seen is None else seen
    seen.add(id(error))
    parts: list[str] = []
    if depth < MAX_DEPTH:
        if error.__cause__ is not None and id(error.__cause__) not in seen:
            parts.append(safe_traceback(error.__cause__, depth + 1, seen))
            parts.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif error.__context__ is not None and not error.__suppress_context__ and id(error.__context__) not in seen:
            parts.append(safe_traceback(error.__context__, depth + 1, seen))
            parts.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    parts.append("Traceback (most recent call last):\n")
    parts.extend(traceback.StackSummary.extract(traceback.walk_tb(error.__traceback__), capture_locals=False).format())
    parts.append(f"{describe(error)} (text withheld)\n")
    if isinstance(error, BaseExceptionGroup) and depth < MAX_DEPTH:
        for number, inner in enumerate(error.exceptions[:MAX_DEPTH], start=1):
            parts.append(f"  +-- {number}: {safe_traceback(inner, depth + 1, seen)}")
    return "".join(parts)


def _safe_argument(value: Any) -> Any:
    """An exception, or a list of them (a catalog's formatting errors), by class and codes."""
    if isinstance(value, BaseException):
        return describe(value)
    if isinstance(value, list | tuple) and any(isinstance(v, BaseException) for v in value):
        return [describe(v) if isinstance(v, BaseException) else v for v in value]
    return value


def _withhold_template(template: str) -> str:
    return PLACEHOLDER.sub(WITHHELD, template).replace("%%", "%")


def safe_message(record: logging.LogRecord) -> str:
    """The record's message with nothing in it that a person may have typed."""
    if is_own(record.name):
        args: Any = record.args
        if isinstance(args, tuple):
            args = tuple(_safe_argument(a) for a in args)
        elif isinstance(args, dict):
            args = {k: _safe_argument(v) for k, v in args.items()}
        elif isinstance(args, BaseException):
            args = describe(args)
        message = str(record.msg)
        try:
            return message % args if args else message
        except (TypeError, ValueError, KeyError):
            return f"{_withhold_template(message)} (arguments did not fit the template)"
    if isinstance(record.msg, str) and record.args:
        return _withhold_template(record.msg)
    return WITHHELD  # formatted before it reached us: it may quote anything


class SafeFormatter(logging.Formatter):
    """Formats a record without its unsafe parts; never caches anything on the record."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = safe_message(record)
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        line = self.formatMessage(record)
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, BaseException):
            line = f"{line}\n{safe_traceback(error).rstrip()}"
        if record.stack_info:
            line = f"{line}\n{self.formatStack(record.stack_info)}"
        return line

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        error = ei[1] if ei else None
        return safe_traceback(error).rstrip() if isinstance(error, BaseException) else ""


def log_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The `LOG_FIELDS` a call of our own packages passed as ``extra`` (ids only; anything else withheld)."""
    if not is_own(record.name):
        return {}
    fields: dict[str, Any] = {}
    for name in LOG_FIELDS:
        value = record.__dict__.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | str):
            fields[name] = WITHHELD
        elif isinstance(value, int) or _SAFE_ID.match(value):
            fields[name] = value
        else:
            fields[name] = WITHHELD
    return fields


def event_of(record: logging.LogRecord) -> str:
    """The message's template: the same for every line of one kind (ids and values not filled in)."""
    if not isinstance(record.msg, str):
        return WITHHELD
    if is_own(record.name):
        return record.msg
    return _withhold_template(record.msg) if record.args else WITHHELD


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line, made of the same safe parts as `SafeFormatter`'s text."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": json_time(record.created),
            "level": record.levelname,
            "logger": record.name,
            "event": event_of(record),
            "message": safe_message(record),
            **log_fields(record),
        }
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, BaseException):
            line["error"] = describe(error)
            line["traceback"] = safe_traceback(error).rstrip()
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False)


def json_time(created: float) -> str:
    """UTC, ISO 8601 with milliseconds and a ``Z``: ``2026-12-03T15:04:05.123Z``."""
    seconds = int(created)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{int((created - seconds) * 1000):03d}Z"


def json_line(level: str, logger: str, message: str) -> str:
    """A line of the command's own (not a log record) in the JSON log's shape, for stderr in JSON mode."""
    return json.dumps(
        {"time": json_time(time.time()), "level": level, "logger": logger, "event": message, "message": message},
        ensure_ascii=False,
    )


class _OurHandler(logging.StreamHandler):
    """Marks the handler `setup_logging` installed, so that a second call replaces it."""


def level_number(level: str | int) -> int:
    if isinstance(level, int):
        return level
    number = logging.getLevelName(level.strip().upper())
    if not isinstance(number, int):
        raise ValueError(f"unknown log level {level!r}")
    return number


def setup_logging(
    level: str | int = "INFO",
    library_level: str | int = "WARNING",
    stream: IO[str] | None = None,
    log_format: str = "text",
) -> None:
    """One safe handler on the root logger (plain text, or JSON lines); the libraries held at ``library_level``."""
    if log_format not in FORMATS:
        raise ValueError(f"unknown log format {log_format!r}")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _OurHandler):
            root.removeHandler(handler)
    handler = _OurHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else SafeFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level_number(level))
    library = level_number(library_level)
    for name in LIBRARY_LOGGERS:
        floor = FLOORS.get(name, logging.NOTSET)
        logging.getLogger(name).setLevel(library if library < logging.WARNING else max(library, floor))
