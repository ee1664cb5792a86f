"""``WALKING_HOME_LOG_FORMAT=json``: one JSON object per line, with the ids a call passes, never her words.

The formatter on records (our own lines with ``extra`` ids, a library's line, a traceback whose
exception quotes her words), then a real ``walking-home run`` whose every stderr line must parse.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from bot.logs import WITHHELD, JsonFormatter, setup_logging
from bot.settings import SettingsError, load_settings
from tests.databases import free_port

WORDS = "Qx7 he said he would burn my papers"
WALKING_HOME = str(Path(sys.executable).with_name("walking-home"))
KEYS = {"time", "level", "logger", "event", "message"}


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    setup_logging("DEBUG", "DEBUG", stream=stream, log_format="json")
    try:
        yield stream
    finally:
        for handler in [h for h in root.handlers if getattr(h, "stream", None) is stream]:
            root.removeHandler(handler)
        root.setLevel(level)
        for name in ("aiosqlite", "sqlalchemy", "uvicorn", "asyncio"):
            logging.getLogger(name).setLevel(logging.NOTSET)


def lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_each_record_is_one_json_line_with_its_ids_and_nothing_she_typed(json_log: io.StringIO) -> None:
    logging.getLogger("bot.workers.outbox").error(
        "outbox %s to %s dead-lettered after %d attempt(s): %s", 42, "tg", 8, "TimedOut", extra={"outbox_id": 42}
    )
    logging.getLogger("workflows.services.triggers").info(
        "case %s opened in %s", "HLB-2026-000001", "new", extra={"case": "HLB-2026-000001"}
    )
    logging.getLogger("bot.x").info("a line", extra={"case": WORDS, "channel": ["web"], "colour": "blue"})
    logging.getLogger("sqlalchemy.engine.Engine").info("[%s] %r", "generated", (WORDS,))
    logging.getLogger("uvicorn.error").warning(f"already formatted: {WORDS}")
    try:
        raise ValueError(WORDS)
    except ValueError:
        logging.getLogger("bot.dialogs.engine").exception("turn failed for a %s update", "web")

    text = json_log.getvalue()
    assert "Qx7" not in text and "burn" not in text, text
    assert len(text.splitlines()) == 6
    outbox, case, odd, library, formatted, failed = lines(json_log)
    for line in (outbox, case, odd, library, formatted, failed):
        assert KEYS <= line.keys(), line
        assert line["time"].endswith("Z") and line["time"][10] == "T"
    assert outbox["level"] == "ERROR" and outbox["logger"] == "bot.workers.outbox" and outbox["outbox_id"] == 42
    assert outbox["event"] == "outbox %s to %s dead-lettered after %d attempt(s): %s"
    assert outbox["message"] == "outbox 42 to tg dead-lettered after 8 attempt(s): TimedOut"
    assert case["case"] == "HLB-2026-000001" and case["message"] == "case HLB-2026-000001 opened in new"
    assert odd["case"] == WITHHELD and odd["channel"] == WITHHELD and "colour" not in odd  # ids only, known keys only
    assert library["event"] == f"[{WITHHELD}] {WITHHELD}" and library["message"] == library["event"]
    assert formatted["message"] == WITHHELD
    assert failed["error"] == "ValueError" and "in test_each_record" in failed["traceback"]
    assert "ValueError (text withheld)" in failed["traceback"]


def test_a_library_cannot_put_fields_in_the_line() -> None:
    record = logging.LogRecord("uvicorn.error", logging.INFO, __file__, 1, "x %s", ("y",), None)
    record.case = "HLB-2026-000009"
    assert "case" not in json.loads(JsonFormatter().format(record))


def test_the_setting_takes_text_or_json_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALKING_HOME_LOG_FORMAT", "JSON")
    assert load_settings().log_format == "json"
    monkeypatch.setenv("WALKING_HOME_LOG_FORMAT", "logfmt")
    with pytest.raises(SettingsError, match="WALKING_HOME_LOG_FORMAT"):
        load_settings()
    monkeypatch.delenv("WALKING_HOME_LOG_FORMAT")
    assert load_settings().log_format == "text"


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=1) as answer:
            return answer.status == 200
    except OSError:
        return False


async def test_a_real_run_writes_only_json_lines_to_stderr(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(
        WALKING_HOME_DATA_DIR=str(tmp_path),
        WALKING_HOME_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",  # new: the CLI says so on stderr
        WALKING_HOME_DEFAULT_LOCALE="en",
        WALKING_HOME_WEB_PORT=str(port),
        WALKING_HOME_LOG_LEVEL="DEBUG",
        WALKING_HOME_LIBRARY_LOG_LEVEL="DEBUG",
        WALKING_HOME_LOG_FORMAT="json",
        WALKING_HOME_CLOCK_POLL="0.2",
        PYTHONWARNINGS="ignore",
    )
    url = f"http://127.0.0.1:{port}"
    stderr = tmp_path / "stderr.log"

    def spawn() -> subprocess.Popen:
        with stderr.open("wb") as errors:
            return subprocess.Popen(
                [WALKING_HOME, "run"], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=errors
            )

    process = await asyncio.to_thread(spawn)
    try:
        deadline = time.monotonic() + 60
        while not await asyncio.to_thread(_answers, url):
            assert process.poll() is None, stderr.read_text()[-3000:]
            assert time.monotonic() < deadline, stderr.read_text()[-3000:]
            await asyncio.sleep(0.1)
        async with connect(url.replace("http://", "ws://") + "/ws", origin=url) as socket:
            await socket.send(json.dumps({"type": "hello", "token": "", "language": "en"}))
            await socket.send(json.dumps({"type": "text", "id": "c1", "text": WORDS}))
            async with asyncio.timeout(30):
                while json.loads(await socket.recv()).get("type") != "ack":
                    pass
        await asyncio.sleep(0.5)  # a few clock rounds
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    text = stderr.read_text()
    assert "Qx7" not in text and "burn" not in text
    parsed = [json.loads(line) for line in text.splitlines()]  # every line, or the test fails here
    assert len(parsed) > 20, text[-2000:]
    assert all(KEYS <= line.keys() for line in parsed)
    loggers = {line["logger"] for line in parsed}
    assert "walking-home" in loggers, "the CLI's own 'new database' line is JSON too"
    assert any(name.startswith("bot.") for name in loggers) and any(name.startswith("aiosqlite") for name in loggers)
    assert {line["level"] for line in parsed} >= {"DEBUG", "INFO"}
