"""The weekly digest worker on real databases (SQLite and PostgreSQL): once per supervisor and week.

Cases are opened through the use case at known times; the worker runs at the configured local day and
hour. Each active supervisor gets exactly one digest of last week, in her language and of her regions,
whether the worker runs twice, two workers (two engines: two processes) run at once, or the process
restarts after the hour; operators, deactivated supervisors and weeks past the late window get none.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, update

from bot.bootstrap import build_app
from bot.settings import SettingsError, load_settings
from bot.workers import WORKERS
from bot.workers.digest import DIGEST_MESSAGE, DigestWorker, digest_week, digest_worker, due_moment
from storage import outbox_store
from storage.records import DigestRecord, IdentityRecord, OutboxRecord, PersonRecord, StaffRecord
from tests.integration.conftest import seed_reference_rows
from workflows.case import Actor, Intake
from workflows.services import open_case
from workflows.stats import Period
from workflows.vocabulary import Channel, Service

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Monday 2026-03-09, 09:00 in Shanghai: an hour after the default digest hour (Monday 08:00).
MONDAY_9 = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
LAST_WEEK = Period.week(date(2026, 3, 2))  # 2026-03-02 .. 2026-03-08
OUTBOX, DIGESTS, STAFF, PEOPLE = (
    OutboxRecord.__table__,
    DigestRecord.__table__,
    StaffRecord.__table__,
    PersonRecord.__table__,
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def digest_app(tmp_path: Path, db_url: str, clock: Clock, **settings):
    values = {"web_enabled": False, "retention_enabled": False, "clock_enabled": False} | settings
    return build_app(load_settings(database_url=db_url, data_dir=tmp_path, **values), now=clock)


async def add_staff(engine, person_id: int, address: str, roles: list[str], regions: list[str], locale: str) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            insert(STAFF).values(
                person_id=person_id, roles=roles, regions=regions, display_name=f"Staff {person_id}", joined_at=MONDAY_9
            )
        )
        await connection.execute(
            insert(IdentityRecord.__table__).values(address=address, person_id=person_id, created_at=MONDAY_9)
        )
        await connection.execute(update(PEOPLE).where(PEOPLE.c.id == person_id).values(locale=locale))


async def open_cases(app, reporter_id: int, region: str, at: datetime, count: int) -> None:
    intake = Intake(Service.RIGHTS, region, "en", Channel.WEB, description="her words", consent_version="2026-01")
    for n in range(count):
        await open_case(
            app.unit_of_work(), intake=intake, actor=Actor.reporter(reporter_id), now=at + timedelta(minutes=n),
            tz=app.settings.zone, reporter_id=reporter_id, policy=app.dialogs.context.policy,
        )  # fmt: skip


async def digests_sent(engine) -> list[tuple[str, str]]:
    """(address, locale) of every digest in the outbox, in order."""
    async with engine.connect() as connection:
        rows = await connection.execute(
            select(OUTBOX.c.address, OUTBOX.c.locale, OUTBOX.c.priority)
            .where(OUTBOX.c.message_id == DIGEST_MESSAGE)
            .order_by(OUTBOX.c.id)
        )
        found = rows.all()
    # Background rows: her replies and the cases' messages go before the digest in her chat.
    assert all(priority == outbox_store.BACKGROUND for _, _, priority in found)
    return [(address, locale) for address, locale, _ in found]


async def digest_texts(app, engine) -> dict[str, str]:
    """Each digest as she reads it (rendered as the outbox sender renders it), by address."""
    async with app.sessions() as session:
        rows = (await session.execute(select(OUTBOX).where(OUTBOX.c.message_id == DIGEST_MESSAGE))).all()
    return {row.address: app.renderer.outbox_row(row).text for row in rows}


@pytest.fixture
async def staffed(engine, seeded):
    """Two supervisors (Hailar in English, Ergun in Chinese), an operator, a deactivated supervisor."""
    hailar, ergun, operator = seeded.staff_ids
    gone = seeded.reporter_ids[2]
    await add_staff(engine, hailar, "web:sup-hailar", ["supervisor"], ["hailar"], "en")
    await add_staff(engine, ergun, "web:sup-ergun", ["supervisor"], ["ergun"], "zh-Hans-CN")
    await add_staff(engine, operator, "web:operator", ["operator"], ["hailar"], "en")
    await add_staff(engine, gone, "web:sup-gone", ["supervisor"], ["hailar"], "en")
    async with engine.begin() as connection:
        await connection.execute(update(STAFF).where(STAFF.c.person_id == gone).values(active=False))
    return seeded


@pytest.fixture
async def seeded(engine):
    """Three reporters and three staff people (the conftest's has two staff)."""
    return await seed_reference_rows(engine, reporters=3, staff=3)


# -- pure: when a digest is due and which week it covers -----------------------------------------


def test_the_digest_is_due_at_the_latest_weekday_and_hour_and_covers_the_last_full_week() -> None:
    assert due_moment(MONDAY_9, 1, 8, SHANGHAI) == datetime(2026, 3, 9, 8, 0, tzinfo=SHANGHAI)
    seven_59 = datetime(2026, 3, 8, 23, 59, tzinfo=UTC)  # Monday 07:59 in Shanghai: still last week's hour
    assert due_moment(seven_59, 1, 8, SHANGHAI) == datetime(2026, 3, 2, 8, 0, tzinfo=SHANGHAI)
    assert digest_week(due_moment(MONDAY_9, 1, 8, SHANGHAI), SHANGHAI) == LAST_WEEK
    # Friday 17:00: the Monday-to-Sunday week that ended before that Friday.
    friday = due_moment(MONDAY_9, 5, 17, SHANGHAI)
    assert friday == datetime(2026, 3, 6, 17, 0, tzinfo=SHANGHAI)
    assert digest_week(friday, SHANGHAI) == Period.week(date(2026, 2, 23))
    # Sunday 20:00: the week before (the current one is not over).
    sunday = due_moment(MONDAY_9, 7, 20, SHANGHAI)
    assert digest_week(sunday, SHANGHAI) == Period.week(date(2026, 3, 1))


# -- settings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "day"), [("1", 1), ("7", 7), ("friday", 5), ("Fri", 5), (" SUNDAY ", 7)])
def test_the_digest_day_is_a_number_from_1_to_7_or_a_day_name(given: str, day: int) -> None:
    assert load_settings(digest_weekday=given).digest_weekday == day


@pytest.mark.parametrize(
    ("name", "given", "says"),
    [
        ("digest_weekday", "0", "WALKING_HOME_DIGEST_WEEKDAY: Value error, 0 is not a day: 1-7 (Monday = 1)"),
        ("digest_weekday", "8", "WALKING_HOME_DIGEST_WEEKDAY: Value error, 8 is not a day"),
        ("digest_weekday", "funday", "WALKING_HOME_DIGEST_WEEKDAY: Value error, 'funday' is not a day"),
        ("digest_hour", "24", "WALKING_HOME_DIGEST_HOUR: Input should be less than or equal to 23"),
        ("digest_hour", "-1", "WALKING_HOME_DIGEST_HOUR: Input should be greater than or equal to 0"),
        ("digest_hour", "eight", "WALKING_HOME_DIGEST_HOUR: Input should be a valid integer"),
        ("digest_enabled", "perhaps", "WALKING_HOME_DIGEST_ENABLED: Input should be a valid boolean"),
    ],
)
def test_a_bad_digest_setting_stops_start_up_with_one_line_naming_it(name: str, given: str, says: str) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(**{name: given})
    assert str(raised.value).startswith(says)


async def test_the_digest_worker_is_listed_on_by_default_and_can_be_turned_off(tmp_path, sqlite_url) -> None:
    clock = Clock(MONDAY_9)
    assert digest_worker in WORKERS
    app = digest_app(tmp_path, sqlite_url, clock, digest_weekday="friday", digest_hour="17")
    off = digest_app(tmp_path, sqlite_url, clock, digest_enabled="false")
    try:
        worker = digest_worker(app)
        assert isinstance(worker, DigestWorker) and (worker.weekday, worker.hour) == (5, 17)
        assert digest_worker(off) is None
    finally:
        await app.engine.dispose()
        await off.engine.dispose()


# -- on the databases -----------------------------------------------------------------------------


async def test_each_supervisor_gets_last_weeks_digest_once_in_her_language_and_regions(
    tmp_path, db_url, engine, staffed
) -> None:
    clock = Clock(MONDAY_9)
    app = digest_app(tmp_path, db_url, clock)
    reporter = staffed.reporter_ids[0]
    try:
        await open_cases(app, reporter, "hailar", datetime(2026, 3, 3, 2, 0, tzinfo=UTC), 3)  # last week
        await open_cases(app, reporter, "hailar", datetime(2026, 2, 24, 2, 0, tzinfo=UTC), 1)  # the week before
        await open_cases(app, reporter, "ergun", datetime(2026, 3, 4, 2, 0, tzinfo=UTC), 2)
        await open_cases(app, reporter, "hailar", datetime(2026, 3, 9, 0, 30, tzinfo=UTC), 1)  # this week: not in it
        worker = DigestWorker(app)

        wait = await worker.run_round()
        assert (worker.last_round.week, worker.last_round.sent) == (LAST_WEEK, 2)
        assert wait == 3600  # at most an hour between rounds
        assert await digests_sent(engine) == [("web:sup-hailar", "en"), ("web:sup-ergun", "zh-Hans-CN")]

        texts = await digest_texts(app, engine)
        hailar = texts["web:sup-hailar"].splitlines()
        assert hailar[0] == "Weekly digest · 2026-W10"
        assert hailar[1] == "Figures 2026-W10 · Hailar District"
        assert "Cases registered: 3 (before: 1)" in hailar
        assert "her words" not in texts["web:sup-hailar"]
        zh = app.localizer.format("zh-Hans-CN", "stats-opened")
        ergun = texts["web:sup-ergun"].splitlines()
        assert ergun[0] == "每周统计摘要 · 2026-W10"
        assert f"{zh}：2（上期：0）" in ergun

        for _ in range(2):  # again, and again: nothing more this week
            await worker.run_round()
            assert (worker.last_round.sent, worker.last_round.skipped) == (0, 0)
        assert len(await digests_sent(engine)) == 2

        clock.now = MONDAY_9 + timedelta(days=7)  # the next Monday: the next week's digests
        await worker.run_round()
        assert (worker.last_round.week, worker.last_round.sent) == (Period.week(date(2026, 3, 9)), 2)
        async with engine.connect() as connection:
            weeks = [tuple(r) for r in await connection.execute(select(DIGESTS.c.week_start).order_by(DIGESTS.c.id))]
        assert weeks == [(date(2026, 3, 2),)] * 2 + [(date(2026, 3, 9),)] * 2
    finally:
        await app.engine.dispose()


async def test_two_workers_at_once_send_one_digest_per_supervisor(tmp_path, db_url, engine, staffed) -> None:
    """Two apps on two engines (what two bot processes have) run their rounds at the same time."""
    clock = Clock(MONDAY_9)
    first = digest_app(tmp_path, db_url, clock)
    second = digest_app(tmp_path, db_url, clock)
    try:
        for _ in range(3):
            await asyncio.gather(DigestWorker(first).run_round(), DigestWorker(second).run_round())
        assert sorted(await digests_sent(engine)) == [("web:sup-ergun", "zh-Hans-CN"), ("web:sup-hailar", "en")]
    finally:
        await first.engine.dispose()
        await second.engine.dispose()


async def test_a_restart_after_the_hour_sends_the_missed_digest_once(tmp_path, db_url, engine, staffed) -> None:
    clock = Clock(datetime(2026, 3, 8, 23, 59, tzinfo=UTC))  # Monday 07:59 in Shanghai
    app = digest_app(tmp_path, db_url, clock)
    try:
        worker = DigestWorker(app)
        await worker.run_round()
        assert worker.last_round.week == Period.week(date(2026, 2, 23))  # last week's hour: past the late window
        assert worker.last_round.sent == 0 and await digests_sent(engine) == []
        await worker.stop()
    finally:
        await app.engine.dispose()
    # The process was down at 08:00 and comes back at 15:00: a new app, a new worker.
    clock.now = datetime(2026, 3, 9, 7, 0, tzinfo=UTC)
    restarted = digest_app(tmp_path, db_url, clock)
    try:
        worker = DigestWorker(restarted)
        await worker.run_round()
        await DigestWorker(restarted).run_round()
        assert worker.last_round.sent == 2
        assert len(await digests_sent(engine)) == 2
    finally:
        await restarted.engine.dispose()


async def test_a_digest_more_than_a_day_late_is_not_sent(tmp_path, db_url, engine, staffed) -> None:
    clock = Clock(MONDAY_9 + timedelta(days=1, hours=1))  # Tuesday 10:00: the process was down since Sunday
    app = digest_app(tmp_path, db_url, clock)
    try:
        worker = DigestWorker(app)
        wait = await worker.run_round()
        assert worker.last_round.sent == 0 and await digests_sent(engine) == []
        assert wait == 3600
    finally:
        await app.engine.dispose()


async def test_the_running_worker_sends_at_the_hour_on_another_configured_day(tmp_path, db_url, engine, staffed):
    """Friday 17:00: the loop itself (start, its rounds, stop) sends the digests once."""
    clock = Clock(datetime(2026, 3, 13, 8, 59, 59, tzinfo=UTC))  # Friday 16:59:59 in Shanghai
    app = digest_app(tmp_path, db_url, clock, digest_weekday="fri", digest_hour="17")
    worker = DigestWorker(app, interval=0.1)
    try:
        await worker.start()
        await asyncio.sleep(0.3)
        assert await digests_sent(engine) == []
        clock.now = datetime(2026, 3, 13, 9, 0, 1, tzinfo=UTC)
        for _ in range(100):
            if len(await digests_sent(engine)) == 2:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # more rounds: nothing more
        assert len(await digests_sent(engine)) == 2
        assert worker.health().ok and worker.last_round.week == Period.week(date(2026, 3, 2))
    finally:
        await worker.stop()
        await app.engine.dispose()
