"""Working days as China counts them, and the deadline policy the settings configure.

The PRC's public holidays and make-up working days (调休: a Saturday or Sunday worked to
bridge a holiday) come from ``chinesecalendar``, which follows the State Council's yearly
notice; a year it does not know yet counts Monday to Friday. A local file
(``WALKING_HOME_HOLIDAYS_FILE``) adds or overrides days, one per line::

    # Hulunbuir: a local day off, and a Saturday worked in exchange
    2026-07-10 off
    2026-07-11 work

`deadline_policy` builds the `DeadlinePolicy` from the settings: each clock from its
``WALKING_HOME_DEADLINE_<FIELD>`` (`workflows.deadlines.parse_clock`), the calendar from both.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from workflows.deadlines import CLOCK_FIELDS, DEFAULT_POLICY, DeadlinePolicy, parse_clock

OFF, WORK = "off", "work"


def prc_days() -> tuple[frozenset[date], frozenset[date]]:
    """(days off, make-up working days) of the PRC calendar, every year the library knows."""
    from chinese_calendar.constants import holidays, workdays

    return frozenset(holidays), frozenset(workdays)


def read_local_days(path: Path) -> tuple[frozenset[date], frozenset[date]]:
    """(days off, working days) from a local file; ValueError naming the line for a bad one."""
    off, work = set(), set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        try:
            if len(words) != 2 or words[1] not in (OFF, WORK):
                raise ValueError
            day = date.fromisoformat(words[0])
        except ValueError:
            raise ValueError(f"line {number}: expected 'YYYY-MM-DD off' or 'YYYY-MM-DD work'") from None
        (off if words[1] == OFF else work).add(day)
    both = off & work
    if both:
        raise ValueError(f"{min(both).isoformat()} is both 'off' and 'work'")
    return frozenset(off), frozenset(work)


def work_calendar(local_file: Path | None = None) -> tuple[frozenset[date], frozenset[date]]:
    """(days off, make-up working days): the PRC calendar, with the local file's days winning."""
    off, work = prc_days()
    if local_file is not None:
        local_off, local_work = read_local_days(local_file)
        off = (off - local_work) | local_off
        work = (work - local_off) | local_work
    return off, work


def deadline_policy(settings: Any) -> DeadlinePolicy:
    """The policy the settings configure (clocks and calendar); the defaults for what they leave unset."""
    clocks = {}
    for name in CLOCK_FIELDS:
        value = getattr(settings, f"deadline_{name}", None)
        if value:
            clocks[name] = parse_clock(value)
    off, work = work_calendar(getattr(settings, "holidays_file", None))
    return replace(DEFAULT_POLICY, **clocks, holidays=off, workdays=work)


__all__ = ["deadline_policy", "prc_days", "read_local_days", "work_calendar"]
