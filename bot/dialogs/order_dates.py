"""Dates and times as people type them, in the five languages (pure; used by the order dialogs).

``2026-12-20``, ``2026/12/20``, ``20.12.2026``, ``20/12``, ``12月20日``, ``2026年12月20日``,
``20 December``, ``Dec 20``, ``20 декабря``, ``2026 оны 12 сарын 20``, ``12 ᠰᠠᠷ᠎ᠠ ᠢᠨ 20``, ``tomorrow``,
``明天``, ``завтра``, ``маргааш``; several dates separated by commas, semicolons, ``、``, "and", ``и``,
``和`` … Digits of any script are read (full-width, Mongolian). A date without a year is this year's,
unless it passed more than two months ago (then next year's: "5 January" typed in December).
Nothing typed is ever put in an error: `DateProblem` names only the problem (the catalog's
``orders-invalid-<problem>``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time, timedelta

#: How long ago a date without a year may have passed and still be read as this year's (then refused as past).
RECENT = timedelta(days=60)
MAX_DATES = 3

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    (
        ("jan", "january", "янв", "январ", "января"),
        ("feb", "february", "фев", "феврал", "февраля"),
        ("mar", "march", "мар", "март", "марта"),
        ("apr", "april", "апр", "апрел", "апреля"),
        ("may", "мая", "май"),
        ("jun", "june", "июн", "июня", "июнь"),
        ("jul", "july", "июл", "июля", "июль"),
        ("aug", "august", "авг", "август", "августа"),
        ("sep", "sept", "september", "сен", "сент", "сентябр", "сентября"),
        ("oct", "october", "окт", "октябр", "октября"),
        ("nov", "november", "ноя", "нояб", "ноябр", "ноября"),
        ("dec", "december", "дек", "декабр", "декабря"),
    ),
    start=1,
):
    for name in names:
        MONTHS[name] = number

#: Words for today, tomorrow and the day after, in the five languages.
RELATIVE: dict[str, int] = {
    "today": 0,
    "tomorrow": 1,
    "day after tomorrow": 2,
    "今天": 0,
    "今日": 0,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
    "өнөөдөр": 0,
    "маргааш": 1,
    "нөгөөдөр": 2,
    "ᠥᠨᠥᠳᠦᠷ": 0,
    "ᠮᠠᠷᠭᠠᠰᠢ": 1,
    "ᠨᠥᠭᠦᠭᠡᠳᠦᠷ": 2,
}

#: Words that say the first of two numbers is the month (Chinese 月, Mongolian сар / ᠰᠠᠷ).
MONTH_FIRST = re.compile(r"月|сар|ᠰᠠᠷ", re.IGNORECASE)
SEPARATORS = re.compile(
    r"\s*(?:[,;，；、\n᠂᠈]|\band\b|\bor\b|\bи\b|\bили\b|\bба\b|\bболон\b|和|或|及)\s*", re.IGNORECASE
)
NUMBER = re.compile(r"[0-9]+")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class DateProblem(ValueError):
    """What is wrong with the dates typed: ``not_a_date``, ``in_past``, ``too_far``, ``too_many``."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def fold(text: str) -> str:
    """Full-width forms folded, every decimal digit (any script) as an ASCII digit, lower case."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded).lower()


def _month_word(piece: str) -> int | None:
    for word in WORD.findall(piece):
        if word in MONTHS:
            return MONTHS[word]
        for length in (7, 6, 5, 4, 3):  # "декабре", "septembre": the longest known stem
            if len(word) > length and word[:length] in MONTHS:
                return MONTHS[word[:length]]
    return None


def _yearless(month: int, day: int, today: date) -> date:
    found = date(today.year, month, day)
    if found < today - RECENT:
        found = date(today.year + 1, month, day)
    return found


def parse_one(piece: str, today: date) -> date:
    """One date as typed; `DateProblem("not_a_date")` when it is none."""
    text = fold(piece).strip().strip(".")
    if not text:
        raise DateProblem("not_a_date")
    compact = " ".join(text.split())
    if compact in RELATIVE:
        return today + timedelta(days=RELATIVE[compact])
    numbers = [int(n) for n in NUMBER.findall(text)]
    wide = [n for n in NUMBER.findall(text) if len(n) == 4]
    try:
        month = _month_word(text)
        if month is not None:
            year = int(wide[0]) if wide else None
            days = [n for n in numbers if n != year and 1 <= n <= 31]
            if len(days) != 1:
                raise DateProblem("not_a_date")
            return date(year, month, days[0]) if year else _yearless(month, days[0], today)
        if len(numbers) == 3:
            first, second, third = NUMBER.findall(text)
            if len(first) == 4:
                return date(int(first), int(second), int(third))
            if len(third) == 4:
                day, mon = int(first), int(second)
                if mon > 12 >= day:  # 12/20/2026: month first
                    day, mon = mon, day
                return date(int(third), mon, day)
            raise DateProblem("not_a_date")
        if len(numbers) == 2:
            a, b = numbers
            if MONTH_FIRST.search(text) or (b > 12 >= a and not re.search(r"\d\s*\.\s*\d", text)):
                return _yearless(a, b, today)
            return _yearless(b, a, today)  # 20.12, 20/12: day first
    except ValueError as error:  # a day or month out of range (31 February)
        if isinstance(error, DateProblem):
            raise
        raise DateProblem("not_a_date") from None
    raise DateProblem("not_a_date")


def parse_dates(text: str, today: date, *, max_ahead: int = 366, allow_past: bool = False) -> list[date]:
    """The dates typed (at most three, sorted, no repeats); `DateProblem` names what is wrong.

    Unless ``allow_past``, a date before ``today`` is refused (``in_past``); one more than
    ``max_ahead`` days away too (``too_far``). With ``allow_past`` a date after today is
    refused (``in_future``): what is recorded has happened.
    """
    pieces: list[str] = []
    for piece in (p for p in SEPARATORS.split(fold(text)) if p.strip()):
        if pieces and re.fullmatch(r"\s*[0-9]{4}\s*(?:年|оны|г\.?|year)?\s*", piece):
            pieces[-1] += " " + piece  # "Dec 20, 2026": the year belongs to the date before it
        else:
            pieces.append(piece)
    if not pieces:
        raise DateProblem("not_a_date")
    if len(pieces) > MAX_DATES:
        raise DateProblem("too_many")
    found = sorted({parse_one(piece, today) for piece in pieces})
    for day in found:
        if allow_past:
            if day > today:
                raise DateProblem("in_future")
            if day < today - timedelta(days=max_ahead):
                raise DateProblem("too_far")
        else:
            if day < today:
                raise DateProblem("in_past")
            if day > today + timedelta(days=max_ahead):
                raise DateProblem("too_far")
    return found


TIME = re.compile(
    r"^\s*(\d{1,2})\s*(?:[:.：时點点h]\s*(\d{2})?\s*(?:分)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE
)


def parse_time(text: str) -> time:
    """A time of day: ``14:30``, ``14.30``, ``2:30 pm``, ``14点30分``, ``9``; `DateProblem("not_a_time")`."""
    match = TIME.match(fold(text).replace("半", "30"))
    if match is None:
        raise DateProblem("not_a_time")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise DateProblem("not_a_time")
    return time(hour, minute)


__all__ = ["DateProblem", "fold", "parse_dates", "parse_one", "parse_time"]
