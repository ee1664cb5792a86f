"""The export as a browser download: the figures and the pseudonymised case list of the dashboard's
filters, in her language (docs/statistics.md, "Export").

Used by the dashboard page (`bot.dashboard`: ``/dashboard/download``, reached from an ``/export`` link
or the page's download buttons). The files are written by `bot.report_export` (the command line's
writers) from the same rows (`bot.stats_text`), so a chat export and ``walking-home report`` hold the
same cells. Memory does not grow with the case list:

- CSV and Markdown are streamed: the writer runs in its own task and hands its text over in chunks of
  `CHUNK` characters through a queue of `QUEUED` chunks (it waits while the browser is slow);
- XLSX is written row by row in openpyxl's write-only mode into a temporary file (deleted once sent);
- every `YIELD_EVERY` cases the writer gives the event loop a turn, so the other channels are served
  while a long list is written (openpyxl's final zip runs in a thread: `bot.report_export.write_xlsx`).

Every download is audited with `workflows.services.stats.record_export` (the actor is the staff member):
once the file is written (XLSX), or once the last chunk is handed over (CSV, Markdown). A stream the
browser stops reading is audited as ``<format>-cut`` with the cases read until then, as the command
line does for a closed pipe.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
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

    async def _audit(self, fmt: str, rows: int) -> None:
        await record_export(
            self.app.unit_of_work(),
            actor=self.actor,
            period=self.period,
            scope=self.scope,
            fmt=fmt,
            rows=rows,
            now=self.app.now(),
        )

    async def _xlsx(self, name: str) -> Response:
        handle, temporary = tempfile.mkstemp(prefix="walking-home-export-", suffix=".xlsx")
        os.close(handle)
        path = Path(temporary)
        try:
            count = await write_xlsx(path, self.title, self.rows, self.header, self._cases(), self.word)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(temporary)  # a small unlink, also when the export was cancelled
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
            except Exception:
                await queue.put(None)  # the answer ends; the error is raised where it is awaited
                raise
            await self._audit(self.fmt, count)

        task = asyncio.create_task(produce())
        _RUNNING.add(task)
        task.add_done_callback(_RUNNING.discard)
        try:
            if self.fmt == "csv":
                yield BOM.encode()
            while (chunk := await queue.get()) is not None:
                yield chunk.encode()
            await asyncio.shield(task)  # the audit line written before the answer ends
        finally:
            if not task.done():
                task.cancel()


async def wait_for_writers() -> None:
    """Let the writers still running end (their audit lines written): for shutdown and tests."""
    while _RUNNING:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.gather(*list(_RUNNING))


__all__ = ["BOM", "CONTENT_TYPES", "Export", "filename", "wait_for_writers"]
