"""``walking-home report``: the supervisor figures and the pseudonymised case list as CSV, XLSX or Markdown.

Run by whoever holds the machine, so it sees every region (`workflows.services.stats.SYSTEM_ADMIN`);
each export is audited (``export_report`` in the audit log: format, period, row count, scope).
Standard output without ``--output``; an XLSX file needs ``--output``.
"""

from __future__ import annotations

import argparse
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
    period = Period.between(first, last)
    scope = Scope.everywhere() if args.region is None else Scope.region(args.region)
    word = partial(app.localizer.format, say.lang)
    tz, now = app.settings.zone, utc_now()
    figures = await report(app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, tz=tz, now=now, scope=scope)
    rows = figure_rows(figures, word)
    title = word("stats-title", period=period.label(), scope=scope_name(scope, word))
    header = case_header(word)

    async def cases() -> AsyncIterator[list[Any]]:
        async for row in case_rows(app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, tz=tz, scope=scope):
            yield case_values(row, word, tz)

    if args.format == "xlsx":
        count = await write_xlsx(args.output, title, rows, header, cases(), word)
    else:
        writer = write_csv if args.format == "csv" else write_md
        if args.output is None:
            count = await writer(sys.stdout, title, rows, header, cases(), word)
            sys.stdout.flush()
        else:
            with args.output.open("w", encoding="utf-8", newline="") as out:
                count = await writer(out, title, rows, header, cases(), word)
    await record_export(
        app.unit_of_work(), actor=SYSTEM_ADMIN, period=period, scope=scope, fmt=args.format, rows=count, now=now
    )
    if args.output is not None:
        say("stats-export-written", path=str(args.output), count=count)
    return 0


__all__ = ["report_command"]
