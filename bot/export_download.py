"""The export as a browser download: the figures and the pseudonymised case list of the dashboard's
filters, in her language (docs/statistics.md, "Export").

Used by the dashboard page (`bot.dashboard`: ``/dashboard/download``, reached from an ``/export`` link
or the page's download buttons). The files are written by `bot.report_export` (the command line's
writers) from the same rows (`bot.stats_text`), so a chat export and ``walking-home report`` hold the
same cells. Memory does not grow with the case list:

- CSV and Markdown are streamed: the writer runs in its own task and hands its text over in chunks of
  `CHUNK` characters through a queue of `QUEUED` chunks (it waits while the browser is slow);
- XLSX is written row by row in openpyxl's write-only mode into a file in `export_dir` (deleted once
  sent), the whole workbook in a worker thread fed with batches of cases (`bot.report_export.write_xlsx`);
- every `YIELD_EVERY` cases the reader gives the event loop a turn, so the other channels are served
  while a long list is read.

Every download is audited with `workflows.services.stats.record_export` (the actor is the staff member)
twice. First, before the first byte leaves: ``<format>-started`` (period and scope, no count), written
and committed once the figures are read; a download whose start cannot be audited is not sent. So a
disclosure is on record even if the process is killed or the database goes away half-way. Then at the
end: ``<format>`` with the count once the file is written (XLSX) or the last chunk handed over (CSV,
Markdown), or ``<format>-cut`` with the cases read until then when the browser stops reading or the
database stops answering mid-stream (then one log line, no cell of the list, and the stream ends; the
end row itself may not be written if the database is gone: the start row stands).

XLSX files (the download's and openpyxl's own sheet files, which hold the case list as XML) are
written in `export_dir` (``<data folder>/exports``, mode 0700), not in the system's temporary
directory; the files of a process that no longer runs are removed when the web app starts
(`clear_export_dir`: a process killed while writing left them).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import re
import tempfile
from collections.abc import AsyncIterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response, StreamingResponse

from bot.report_export import FORMATS, write_csv, write_md, write_xlsx
from bot.stats_text import case_header, case_values, figure_rows, scope_name
from storage.uow import SqlUnitOfWork
from workflows.case import Actor
from workflows.services.stats import case_rows, record_export, report
from workflows.stats import Period, Scope

#: Content types of the formats (`bot.report_export.FORMATS`).
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "md": "text/markdown; charset=utf-8",
}
#: Characters per streamed chunk, and how many chunks may wait for the browser.
CHUNK = 64 * 1024
QUEUED = 4
#: Cases written between two turns given to the event loop.
YIELD_EVERY = 200
#: A CSV opened by Excel is read as UTF-8 only with a byte order mark (Chinese, Cyrillic, Mongolian).
BOM = "\ufeff"

logger = logging.getLogger(__name__)

#: The private directory's name under the data folder, and the pid in its files' names.
EXPORT_DIR = "exports"
_PID_IN_NAME = re.compile(r"^(?:walking-home-export|openpyxl)\.(\d+)\.")

#: The writers' tasks still running (kept so they are not collected while they run).
_RUNNING: set[asyncio.Task[Any]] = set()


def filename(period: Period, scope: Scope, fmt: str) -> str:
    """``walking-home-2026-11-hailar.xlsx``: the period's label and the scope, ASCII only."""
    label = period.label().replace("..", "_")
    if scope.service_point_id is not None:
        where = f"p{scope.service_point_id}"  # as the audit line writes it (p:12)
    elif scope.regions is None:
        where = "all"
    else:
        where = "+".join(sorted(scope.regions)) or "none"
    return f"walking-home-{label}-{where}.{fmt}"


def export_dir(settings: Any) -> Path:
    """``<data folder>/exports``, made private (0700) if it is not."""
    path = Path(settings.data_dir) / EXPORT_DIR
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def clear_export_dir(settings: Any) -> int:
    """Remove the export files left by processes that no longer run (killed while writing an XLSX);
    a file of a process still running (several processes on one data folder) is left to it. This
    process writes none before it starts, so files named with its own pid are old ones. How many went."""
    removed = 0
    for entry in export_dir(settings).iterdir():
        match = _PID_IN_NAME.match(entry.name)
        pid = int(match.group(1)) if match else None
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Sink(io.TextIOBase):
    """What the text writers write into: kept until taken as a chunk."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def take(self) -> str:
        text, self.parts, self.size = "".join(self.parts), [], 0
        return text


class Export:
    """One download: her figures and case list for ``period`` in ``scope`` (already checked as hers)."""

    def __init__(
        self,
        app: Any,
        *,
        actor: Actor,
        period: Period,
        scope: Scope,
        fmt: str,
        locale: str,
        point_names: Mapping[int, str] | None = None,
    ) -> None:
        if fmt not in FORMATS:
            raise ValueError(fmt)
        self.app, self.actor, self.period, self.scope, self.fmt = app, actor, period, scope, fmt
        self.word = partial(app.localizer.format, locale)
        self.tz = app.settings.zone
        self.point_names = point_names
        self.read = 0  # cases read from the database so far

    async def response(self) -> Response:
        """The download's answer, once its start is audited (`NotCommitted` when the database does not
        answer: nothing is sent)."""
        now = self.app.now()
        figures = await report(
            self.app.unit_of_work(), actor=self.actor, period=self.period, tz=self.tz, now=now, scope=self.scope
        )
        self.rows = figure_rows(figures, self.word)
        self.title = self.word(
            "stats-title", period=self.period.label(), scope=scope_name(self.scope, self.word, self.point_names)
        )
        self.header = case_header(self.word)
        name = filename(self.period, self.scope, self.fmt)
        await self._audit(f"{self.fmt}-started", None)  # before any case is read or sent
        if self.fmt == "xlsx":
            return await self._xlsx(name)
        headers = {"content-disposition": f'attachment; filename="{name}"'}
        return StreamingResponse(self._stream(), media_type=CONTENT_TYPES[self.fmt], headers=headers)

    def _reader(self) -> Any:
        """The unit of work the case list is read in. On SQLite the app's units of work share one
        write batch (group commit, `storage.uow`): a read held open for as long as the browser takes
        to download would hold every other channel's commit. So the list is read on a connection of
        its own, outside the batch (WAL: a reader does not stop the writer). PostgreSQL: the app's."""
        if getattr(self.app, "write_lock", None) is None:
            return self.app.unit_of_work()
        return SqlUnitOfWork(self.app.sessions, self.app.now)

    async def _cases(self) -> AsyncIterator[list[Any]]:
        async for row in case_rows(self._reader(), actor=self.actor, period=self.period, tz=self.tz, scope=self.scope):
            self.read += 1
            yield case_values(row, self.word, self.tz)
            if self.read % YIELD_EVERY == 0:
                await asyncio.sleep(0)  # the other channels' turn

    async def _audit(self, fmt: str, rows: int | None) -> None:
        await record_export(
            self.app.unit_of_work(),
            actor=self.actor,
            period=self.period,
            scope=self.scope,
            fmt=fmt,
            rows=rows,
            now=self.app.now(),
        )

    async def _audit_cut(self, error: Exception) -> None:
        """A download the database (or anything but the browser) cut short: one log line (what failed,
        how many cases were read: no cell of the list), and ``<format>-cut`` if it can still be written."""
        logger.error("export: %s download cut short after %d cases (%s)", self.fmt, self.read, type(error).__name__)
        try:
            await self._audit(f"{self.fmt}-cut", self.read)
        except Exception as failed:  # the database is still gone: the start row stands
            logger.error("export: the cut %s download could not be audited (%s)", self.fmt, type(failed).__name__)

    async def _xlsx(self, name: str) -> Response:
        private = export_dir(self.app.settings)
        handle, temporary = tempfile.mkstemp(prefix=f"walking-home-export.{os.getpid()}.", suffix=".xlsx", dir=private)
        os.close(handle)
        path = Path(temporary)
        try:
            count = await write_xlsx(
                path, self.title, self.rows, self.header, self._cases(), self.word, temp_dir=private
            )
        except BaseException as error:
            with contextlib.suppress(OSError):
                os.remove(temporary)  # a small unlink, also when the export was cancelled
            if isinstance(error, Exception):
                await self._audit_cut(error)
            raise
        await self._audit(self.fmt, count)
        return FileResponse(
            path,
            media_type=CONTENT_TYPES["xlsx"],
            filename=name,
            background=BackgroundTask(path.unlink, missing_ok=True),
        )

    async def _stream(self) -> AsyncIterator[bytes]:
        """The text formats chunk by chunk; the writer runs in its own task (see the module's note)."""
        queue: asyncio.Queue[str | None] = asyncio.Queue(maxsize=QUEUED)
        sink = _Sink()
        writer = write_csv if self.fmt == "csv" else write_md
        failed: list[Exception] = []  # the writer's error, if the database failed it

        async def handing_over(cases: AsyncIterator[list[Any]]) -> AsyncIterator[list[Any]]:
            async for values in cases:
                yield values
                if sink.size >= CHUNK:
                    await queue.put(sink.take())

        async def produce() -> None:
            try:
                count = await writer(sink, self.title, self.rows, self.header, handing_over(self._cases()), self.word)
                await queue.put(sink.take())
                await queue.put(None)
            except asyncio.CancelledError:  # the browser stopped reading
                await self._audit(f"{self.fmt}-cut", self.read)
                raise
            except Exception as error:  # the database stopped answering mid-stream: the answer ends
                failed.append(error)
                await queue.put(None)
                await self._audit_cut(error)
                return
            await self._audit(self.fmt, count)

        task = asyncio.create_task(produce())
        _RUNNING.add(task)
        task.add_done_callback(_RUNNING.discard)
        try:
            if self.fmt == "csv":
                yield BOM.encode()
            while (chunk := await queue.get()) is not None:
                yield chunk.encode()
            if not failed:  # (a failed one is audited in the background: the database may not answer)
                await asyncio.shield(task)  # the audit line written before the answer ends
        finally:
            if not task.done() and not failed:
                task.cancel()


async def wait_for_writers() -> None:
    """Let the writers still running end (their audit lines written): for shutdown and tests."""
    while _RUNNING:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.gather(*list(_RUNNING))


__all__ = ["BOM", "CONTENT_TYPES", "Export", "clear_export_dir", "export_dir", "filename", "wait_for_writers"]
