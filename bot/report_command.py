"""``walking-home report``: the supervisor figures and the pseudonymised case list as CSV, XLSX or Markdown.

Run by whoever holds the machine, so it sees every region (`workflows.services.stats.SYSTEM_ADMIN`);
each export is audited (``export_report`` in the audit log: format, period, row count, scope).
Standard output without ``--output``; an XLSX file needs ``--output``, and an ``--output`` whose folder
does not exist (or cannot be written) is one line naming the path, exit 1. An export to standard output
cut short by its reader (``| head``: a broken pipe) ends quietly with one line on standard error, exit 1,
and is audited with the cases yielded until then under the format ``<format>-cut`` (``csv-cut``): the
rows written before the pipe closed have left the program.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import AsyncIterator
from functools import partial
from typing import Any

from bot.bootstrap import utc_now
from bot.report_export import write_csv, write_md, write_xlsx
from bot.stats_text import case_header, case_values, figure_rows, scope_name
from workflows.services.stats import SYSTEM_ADMIN, case_rows, record_export, report
from workflows.stats import Period, Scope
from workflows.vocabulary import REGIONS, UNKNOWN_REGION


async def report_command(app: Any, args: argparse.Namespace, say: Any) -> int:
    first, last = args.date_from, args.date_to
    if last < first:
        say("stats-export-bad-dates", err=True, first=first.isoformat(), last=last.isoformat())
        return 2
    if args.format == "xlsx" and args.output is None:
        say("stats-export-xlsx-needs-output", err=True)
        return 2
    if args.region is not None and args.region not in (*REGIONS, UNKNOWN_REGION):
        say("stats-export-bad-region", err=True, region=args.region)
        return 2
    if args.output is not None and not args.output.parent.is_dir():
        say("stats-export-no-folder", err=True, path=str(args.output))
        return 1
    period = Period.between(first, last)
    scope = Scope.everywhere() if args.region is None else Scope.region(args.region)
    word = partial(app.localizer.format, say.lang)
    tz, now = app.settings.zone, utc_now()
    figures = await report(app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, tz=tz, now=now, scope=scope)
    rows = figure_rows(figures, word)
    title = word("stats-title", period=period.label(), scope=scope_name(scope, word))
    header = case_header(word)

    yielded = 0

    async def cases() -> AsyncIterator[list[Any]]:
        nonlocal yielded
        async for row in case_rows(app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, tz=tz, scope=scope):
            yielded += 1
            yield case_values(row, word, tz)

    fmt, stream = args.format, cases()
    try:
        if args.format == "xlsx":
            count = await write_xlsx(args.output, title, rows, header, stream, word)
        else:
            writer = write_csv if args.format == "csv" else write_md
            if args.output is None:
                count = await writer(sys.stdout, title, rows, header, stream, word)
                sys.stdout.flush()
            else:
                with args.output.open("w", encoding="utf-8", newline="") as out:
                    count = await writer(out, title, rows, header, stream, word)
    except BrokenPipeError:
        await stream.aclose()  # ends the case list's read before the audit line is written
        _quiet_stdout()
        fmt, count = f"{args.format}-cut", yielded
        await record_export(
            app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, scope=scope, fmt=fmt, rows=count, now=now
        )
        say("stats-export-cut", err=True, count=count)
        return 1
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError):
        if args.output is None:
            raise
        await stream.aclose()
        say("stats-export-no-folder", err=True, path=str(args.output))
        return 1
    await record_export(
        app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, scope=scope, fmt=fmt, rows=count, now=now
    )
    if args.output is not None:
        say("stats-export-written", path=str(args.output), count=count)
    return 0


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush at exit does not
    fail again on the closed pipe (the Python documentation's advice for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


__all__ = ["report_command"]
