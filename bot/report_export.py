"""Writing a figures report (`bot.stats_text` rows) as CSV, XLSX or Markdown.

Shared by the command line (`walking-home report`) and the chat export. Every text cell that a
spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) gets a leading apostrophe (`safe_cell`); numbers stay numbers (int / float cells in XLSX,
bare digits in CSV). The case list holds no names, phone numbers or words of hers: only what
`workflows.stats.CaseRow` carries.
"""

from __future__ import annotations

import asyncio
import csv
import io
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


async def write_xlsx(
    path: Path, title: str, figures: Sequence[FigureRow], header: list[str], cases: AsyncIterable[list[Any]], word: Word
) -> int:
    """Two sheets (figures, cases), written row by row (openpyxl's write-only mode: memory stays flat);
    the workbook is zipped in a thread, so a chat export does not hold up the other channels."""
    from openpyxl import Workbook  # only this format needs it

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(word("stats-sheet-figures")))
    sheet.append([safe_cell(title)])
    sheet.append([safe_cell(c) for c in figure_header(word)])
    for row in figures:
        sheet.append([_xlsx(c) for c in figure_cells(row, word)])
    listing = book.create_sheet(_sheet_title(word("stats-sheet-cases")))
    listing.append([safe_cell(c) for c in header])
    count = 0
    async for values in cases:
        listing.append([_xlsx(c) for c in values])
        count += 1
    await asyncio.to_thread(book.save, path)  # the zip of a long list: off the event loop (the chat export)
    return count


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
