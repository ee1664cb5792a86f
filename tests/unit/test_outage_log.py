"""The outage log: one line when failures begin, a summary with a count every interval, one at the end."""

from __future__ import annotations

import logging

import pytest

from bot.outage import OutageLog


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_long_outage_writes_a_begin_line_a_summary_a_minute_and_an_end_line(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    log = OutageLog(logging.getLogger("test.outage"), "updates not recorded", every=60, clock=clock)
    with caplog.at_level(logging.WARNING, logger="test.outage"):
        for tenth in range(1500):  # ten failures a second for 150 s, as a busy bot in an outage
            clock.now = 1000 + tenth / 10
            log.failed("NotCommitted", first="update 7 not recorded")
        clock.now = 1150
        log.recovered()
        log.recovered()  # more successes after the end: nothing more
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 4, lines
    assert lines[0] == "update 7 not recorded (NotCommitted): outage begins; a summary every 60 s"
    assert lines[1] == ("updates not recorded: still failing after 60 s, 600 more in the last 60 s (NotCommitted ×600)")
    assert lines[2].startswith("updates not recorded: still failing after 120 s, 600 more in the last 60 s")
    assert lines[3] == "updates not recorded: outage over after 150 s, 1500 failure(s) in all"


def test_a_second_outage_after_a_quiet_minute_begins_with_its_own_line(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    log = OutageLog(logging.getLogger("test.outage"), "turns not committed", every=60, clock=clock)
    with caplog.at_level(logging.WARNING, logger="test.outage"):
        log.recovered()  # no outage: nothing to say
        log.failed("TimeoutError")
        log.failed("OperationalError")
        log.recovered()
        clock.now += 61
        log.failed("OperationalError")
    lines = [record.getMessage() for record in caplog.records]
    assert lines == [
        "turns not committed (TimeoutError): outage begins; a summary every 60 s",
        "turns not committed: outage over after 0 s, 2 failure(s) in all",
        "turns not committed (OperationalError): outage begins; a summary every 60 s",
    ]


def test_failures_on_and_off_under_load_write_a_summary_a_minute_not_two_lines_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A database answering late now and then (a full connection pool under load): every other
    update fails for 150 s. Before: an "outage begins" and an "outage over" line for each failure."""
    clock = Clock()
    log = OutageLog(logging.getLogger("test.outage"), "updates not recorded", every=60, clock=clock)
    with caplog.at_level(logging.WARNING, logger="test.outage"):
        for second in range(150):
            clock.now = 1000 + second
            log.failed("TimeoutError")
            log.recovered()
    lines = [record.getMessage() for record in caplog.records]
    assert lines == [
        "updates not recorded (TimeoutError): outage begins; a summary every 60 s",
        "updates not recorded: outage over after 0 s, 1 failure(s) in all",
        "updates not recorded: failing on and off, 60 failure(s) in 60 short outage(s) in the last 60 s"
        " (TimeoutError ×60)",
        "updates not recorded: failing on and off, 60 failure(s) in 60 short outage(s) in the last 60 s"
        " (TimeoutError ×60)",
    ]
