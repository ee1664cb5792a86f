"""Configurable clocks and China's working days: the settings, the PRC calendar, a local holidays file."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.settings import PROJECT_DIR, SettingsError, load_settings
from bot.work_calendar import deadline_policy, read_local_days, work_calendar
from workflows.deadlines import CLOCK_FIELDS, DEFAULT_POLICY, Clock, due_at, is_working_day, parse_clock
from workflows.vocabulary import Risk, State

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def no_outside_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [k for k in os.environ if k.startswith("WALKING_HOME_")]:
        monkeypatch.delenv(name)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("30s", Clock(minutes=0.5)),
        ("15m", Clock(minutes=15)),
        ("2h", Clock(minutes=120)),
        ("7d", Clock(days=7)),
        ("1wd", Clock(working_days=1)),
        (" 1.5d ", Clock(days=1.5)),
    ],
)
def test_a_clock_is_written_as_a_number_and_a_unit(text, clock):
    assert parse_clock(text) == clock


def test_every_clock_of_the_policy_has_its_setting_and_reaches_the_policy():
    values = {f"deadline_{name}": f"{i + 1}m" for i, name in enumerate(CLOCK_FIELDS)}
    policy = deadline_policy(load_settings(**values))
    assert len(CLOCK_FIELDS) == 14 and {"follow_up_answer", "order_dispatch", "order_record"} <= set(CLOCK_FIELDS)
    assert [getattr(policy, name) for name in CLOCK_FIELDS] == [Clock(minutes=i + 1) for i in range(14)]
    assert deadline_policy(load_settings()).new == DEFAULT_POLICY.new  # unset: the default


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("deadline_new", "tomorrow"),
        ("deadline_hold_review", "1.5wd"),
        ("deadline_consent", "0d"),
        ("clock_poll", "2d"),
        ("deadline_new", "99999999d"),  # before: accepted, then every report failed (OverflowError)
        ("deadline_mediation", "3000wd"),
    ],
)
def test_a_bad_clock_stops_loading_with_one_line_naming_the_setting(setting, value):
    with pytest.raises(SettingsError) as refused:
        load_settings(**{setting: value})
    message = str(refused.value)
    assert message.startswith(f"WALKING_HOME_{setting.upper()}: ") and "\n" not in message


def test_a_bad_poll_interval_is_answered_with_poll_intervals_as_examples():
    with pytest.raises(
        SettingsError, match=r"^WALKING_HOME_CLOCK_POLL: .*'10x' is not a poll interval like 5, 5s or 1m"
    ):
        load_settings(clock_poll="10x")


def test_a_clock_of_ten_years_is_the_longest():
    assert parse_clock("3650d") == Clock(days=3650)
    with pytest.raises(ValueError, match="at most 3650d"):
        parse_clock("3651d")


def test_a_mistyped_clock_name_stops_loading_instead_of_keeping_the_default(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WALKING_HOME_DEADLINE_NEWW", "5m")
    with pytest.raises(SettingsError) as refused:
        load_settings()
    message = str(refused.value)
    assert message.startswith("WALKING_HOME_DEADLINE_NEWW: no such clock (the clocks: EMERGENCY_ACK, ")
    assert "FOLLOW_UP_ANSWER" in message and "\n" not in message


def test_the_poll_interval_takes_seconds_or_a_short_duration():
    assert load_settings().clock_poll == 5.0
    assert load_settings(clock_poll="2s").clock_poll == 2.0
    assert load_settings(clock_poll="1m").clock_poll == 60.0
    assert load_settings(clock_poll="0.5").clock_poll == 0.5


def test_the_bot_does_not_start_with_a_bad_clock_and_says_so_in_one_line(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env |= {"WALKING_HOME_DATA_DIR": str(tmp_path), "WALKING_HOME_DEADLINE_MEDIATION": "a month", "PYTHONPATH": "."}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode != 0
    assert len(lines) == 1 and lines[0].startswith("walking-home: WALKING_HOME_DEADLINE_MEDIATION: "), done.stderr
    assert not (tmp_path / "var").exists(), "nothing was created before the settings were read"


# -- working days as China counts them -----------------------------------------------------------


def test_the_2026_spring_festival_is_off_and_its_two_make_up_saturdays_are_worked():
    policy = deadline_policy(load_settings())
    assert is_working_day(date(2026, 2, 13), policy)  # Friday before
    assert is_working_day(date(2026, 2, 14), policy)  # Saturday, worked (调休)
    assert not any(is_working_day(date(2026, 2, d), policy) for d in range(15, 24))  # 15th–23rd off
    assert is_working_day(date(2026, 2, 24), policy)
    assert is_working_day(date(2026, 2, 28), policy)  # Saturday, worked (调休)
    assert not is_working_day(date(2026, 3, 1), policy)  # an ordinary Sunday


def test_a_working_day_clock_runs_over_the_spring_festival_as_an_office_would():
    policy = deadline_policy(load_settings())
    friday = datetime(2026, 2, 13, 16, 0, tzinfo=SHANGHAI)
    saturday_worked = datetime(2026, 2, 14, 16, 0, tzinfo=SHANGHAI)
    assert due_at(State.NEW, Risk.LOW, friday, SHANGHAI, policy) == saturday_worked
    assert due_at(State.NEW, Risk.LOW, saturday_worked, SHANGHAI, policy) == datetime(2026, 2, 24, 16, tzinfo=SHANGHAI)
    # A report on the holiday's first Monday: the clock starts on the first working morning after it.
    holiday = datetime(2026, 2, 16, 11, 0, tzinfo=SHANGHAI)
    assert due_at(State.DISPATCHED, Risk.LOW, holiday, SHANGHAI, policy) == datetime(2026, 2, 25, 9, tzinfo=SHANGHAI)
    # Without the calendar the same report would be due during the holiday.
    assert due_at(State.DISPATCHED, Risk.LOW, holiday, SHANGHAI, DEFAULT_POLICY) == holiday + timedelta(days=1)


def test_a_local_file_adds_days_off_and_working_days_and_wins_over_the_national_calendar(tmp_path: Path):
    local = tmp_path / "holidays.txt"
    local.write_text(
        "# Hulunbuir\n2026-07-10 off\n2026-07-11 work   # a Saturday worked\n\n2026-02-28 off\n", encoding="utf-8"
    )
    settings = load_settings(holidays_file=local)
    policy = deadline_policy(settings)
    assert not is_working_day(date(2026, 7, 10), policy)
    assert is_working_day(date(2026, 7, 11), policy)
    assert not is_working_day(date(2026, 2, 28), policy)  # the national make-up day, given back locally
    off, work = work_calendar(local)
    assert date(2026, 2, 14) in work and date(2026, 2, 28) not in work


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-07-10 holiday\n", "line 1"),
        ("# x\n2026-13-01 off\n", "line 2"),
        ("2026-07-10 off\n2026-07-10 work\n", "both"),
    ],
)
def test_a_bad_local_holidays_file_stops_loading_with_one_line(tmp_path: Path, text, reason):
    local = tmp_path / "holidays.txt"
    local.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=reason):
        read_local_days(local)
    with pytest.raises(SettingsError) as refused:
        load_settings(holidays_file=local)
    assert str(refused.value).startswith("WALKING_HOME_HOLIDAYS_FILE: ") and "\n" not in str(refused.value)
    with pytest.raises(SettingsError, match="WALKING_HOME_HOLIDAYS_FILE: "):
        load_settings(holidays_file=tmp_path / "missing.txt")
