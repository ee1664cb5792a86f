"""Writing a figures report (`bot.stats_text` rows) as CSV, XLSX or Markdown.

Shared by the command line (`walking-home report`) and the chat export. Every text cell that a
spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) gets a leading apostrophe (`safe_cell`); numbers stay numbers (int / float cells in XLSX,
bare digits in CSV). The case list holds no names, phone numbers or words of hers: only what
`workflows.stats.CaseRow` carries.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import os
import queue
import tempfile
import threading
from collections.abc import AsyncIterable, Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.stats_text import FigureRow, Word

FORMATS = ("csv", "xlsx", "md")
#: First characters that make a spreadsheet evaluate a cell (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text cell that cannot start a formula; numbers and empty cells unchanged."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def figure_header(word: Word) -> list[str]:
    return [word(f"stats-col-{name}") for name in ("section", "figure", "value", "previous", "unit")]


def figure_cells(row: FigureRow, word: Word) -> list[Any]:
    """Section, label, this period, the previous one, and the unit in her language (``stats-unit-*``)."""
    return [word(row.section), row.label, row.value, row.previous, word(f"stats-unit-{row.unit}")]


async def write_csv(
    out: io.TextIOBase,
    title: str,
    figures: Sequence[FigureRow],
    header: list[str],
    cases: AsyncIterable[list[Any]],
    word: Word,
) -> int:
    """The title, the figures table, an empty line, then the case list; returns how many cases."""
    writer = csv.writer(out)
    writer.writerow([safe_cell(title)])
    writer.writerow([safe_cell(c) for c in figure_header(word)])
    for row in figures:
        writer.writerow([safe_cell(c) for c in figure_cells(row, word)])
    writer.writerow([])
    writer.writerow([safe_cell(c) for c in header])
    count = 0
    async for values in cases:
        writer.writerow([safe_cell(c) for c in values])
        count += 1
    return count


#: Cases handed to the XLSX writer's thread at a time, and how many batches may wait for it.
XLSX_BATCH = 500
XLSX_QUEUED = 4


class _Stopped(Exception):
    """The export was given up (cancelled, or the case list failed): the writer's thread stops."""


async def write_xlsx(
    path: Path,
    title: str,
    figures: Sequence[FigureRow],
    header: list[str],
    cases: AsyncIterable[list[Any]],
    word: Word,
    *,
    temp_dir: Path | None = None,
) -> int:
    """Two sheets (figures, cases), written row by row (openpyxl's write-only mode: memory stays flat).

    The whole workbook (every row's XML, then the zip) is written in a worker thread fed with batches
    of `XLSX_BATCH` cases through a queue of `XLSX_QUEUED` batches: the event loop only reads the case
    list, so a chat export does not hold up the other channels. ``temp_dir``: where openpyxl keeps
    each sheet's XML until the zip is written (default: the system's temporary directory)."""
    rows: queue.Queue[list[list[Any]] | None] = queue.Queue(maxsize=XLSX_QUEUED)
    stop = threading.Event()

    def write() -> None:
        from openpyxl import Workbook  # only this format needs it

        book = Workbook(write_only=True)
        sheets: list[Any] = []
        try:
            sheet = book.create_sheet(_sheet_title(word("stats-sheet-figures")))
            sheets.append(sheet)
            _private_writer(sheet, temp_dir)
            sheet.append([safe_cell(title)])
            sheet.append([safe_cell(c) for c in figure_header(word)])
            for row in figures:
                sheet.append([_xlsx(c) for c in figure_cells(row, word)])
            listing = book.create_sheet(_sheet_title(word("stats-sheet-cases")))
            sheets.append(listing)
            _private_writer(listing, temp_dir)
            listing.append([safe_cell(c) for c in header])
            while True:
                try:
                    batch = rows.get(timeout=0.05)
                except queue.Empty:
                    if stop.is_set():
                        raise _Stopped from None
                    continue
                if batch is None:
                    break
                for values in batch:
                    listing.append([_xlsx(c) for c in values])
            book.save(path)
        finally:
            for each in sheets:
                _drop_writer(each)

    writer = asyncio.ensure_future(asyncio.to_thread(write))
    count = 0
    try:
        batch: list[list[Any]] = []
        async for values in cases:
            batch.append(values)
            count += 1
            if len(batch) >= XLSX_BATCH:
                await _hand_over(rows, batch, writer)
                batch = []
        await _hand_over(rows, batch, writer)
        await _hand_over(rows, None, writer)
        await asyncio.shield(writer)
    finally:
        if not writer.done():
            stop.set()  # given up: the thread stops at its next batch, its files are removed
            with contextlib.suppress(BaseException):
                await asyncio.shield(writer)
    return count


async def _hand_over(rows: queue.Queue[Any], batch: Any, writer: asyncio.Future[None]) -> None:
    """Put a batch in the writer's queue, waiting (without holding the loop) while it is full."""
    if batch == []:
        return
    while True:
        try:
            rows.put_nowait(batch)
            return
        except queue.Full:
            if writer.done():
                await writer  # the thread failed: its error is raised here
                raise RuntimeError("the XLSX writer ended early") from None
            await asyncio.sleep(0.01)


def _private_writer(sheet: Any, temp_dir: Path | None) -> None:
    """Give a write-only sheet its XML file in ``temp_dir`` (openpyxl would make it in the system's
    temporary directory, `openpyxl.worksheet._writer.create_temporary_file`, where a killed process
    leaves it for ever). Named ``openpyxl.<pid>.*`` so a later start can tell whose it was."""
    if temp_dir is None:
        return
    from openpyxl.worksheet import _writer

    handle, name = tempfile.mkstemp(prefix=f"openpyxl.{os.getpid()}.", suffix=".xml", dir=temp_dir)
    os.close(handle)
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl's cleanup() removes it from this list
    sheet._writer = _writer.WorksheetWriter(sheet, out=name)
    sheet._writer.write_top()


def _drop_writer(sheet: Any) -> None:
    """Remove a sheet's XML file if the zip was not written (openpyxl removes it once zipped)."""
    writer = getattr(sheet, "_writer", None)
    out = getattr(writer, "out", None)
    if out is None or not os.path.exists(out):
        return
    with contextlib.suppress(Exception):
        writer.xf.close()  # the XML generator holds the file open
    with contextlib.suppress(OSError):
        os.remove(out)
    from openpyxl.worksheet import _writer

    with contextlib.suppress(ValueError):
        _writer.ALL_TEMP_FILES.remove(out)


def _xlsx(value: Any) -> Any:
    cell = safe_cell(value)
    return None if cell == "" else cell


def _sheet_title(text: str) -> str:
    """Sheet names: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in text).strip()
    return cleaned[:31] or "Sheet"


def _md(value: Any) -> str:
    text = str(safe_cell(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


async def write_md(
    out: io.TextIOBase,
    title: str,
    figures: Sequence[FigureRow],
    header: list[str],
    cases: AsyncIterable[list[Any]],
    word: Word,
) -> int:
    """A heading and two Markdown tables."""
    out.write(f"# {_md(title)}\n\n")
    _md_table(out, figure_header(word), ([_md(c) for c in figure_cells(r, word)] for r in figures))
    out.write(f"\n## {_md(word('stats-sheet-cases'))}\n\n")
    _md_head(out, header)
    count = 0
    async for values in cases:
        out.write("| " + " | ".join(_md(c) for c in values) + " |\n")
        count += 1
    return count


def _md_head(out: io.TextIOBase, header: list[str]) -> None:
    out.write("| " + " | ".join(_md(h) for h in header) + " |\n")
    out.write("|" + "---|" * len(header) + "\n")


def _md_table(out: io.TextIOBase, header: list[str], rows: Iterable[list[str]]) -> None:
    _md_head(out, header)
    for row in rows:
        out.write("| " + " | ".join(row) + " |\n")


__all__ = ["FORMATS", "FORMULA_STARTS", "safe_cell", "write_csv", "write_md", "write_xlsx"]
