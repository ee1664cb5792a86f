"""The PIN guard's rows on each engine: counted per source, per case, over the service; purged by age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import async_sessionmaker

from storage import pin_guesses
from storage.engine import session_factory

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


async def test_guesses_are_counted_per_source_case_and_service_and_old_ones_purged(engine) -> None:
    sessions: async_sessionmaker = session_factory(engine)
    async with sessions() as session:
        for minutes, source, kind, case_id, outcome in (
            (90, "a", "conversation", 1, "wrong"),
            (50, "a", "conversation", 1, "wrong"),
            (40, "a", "conversation", 2, "mine_wrong"),
            (30, "b", "conversation", None, "unknown"),
            (30, "n", "network", None, "unknown"),
            (20, "b", "conversation", 1, "duress"),
            (10, "s", "service", None, "alert"),
            (60 * 30, "a", "conversation", 3, "wrong"),
        ):
            await pin_guesses.record(
                session, source=source, kind=kind, case_id=case_id, at=NOW - timedelta(minutes=minutes), outcome=outcome
            )
        await session.commit()

        hour = NOW - timedelta(hours=1)
        times = await pin_guesses.wrong_times(session, "a", NOW - timedelta(days=1))
        assert times == [NOW - timedelta(minutes=m) for m in (90, 50, 40)]
        assert all(t.tzinfo is not None for t in times)
        assert await pin_guesses.wrong_on_case(session, "a", 1, hour) == [NOW - timedelta(minutes=50)]
        service, targets = await pin_guesses.service_wrong(session, hour)
        assert service == [NOW - timedelta(minutes=50), NOW - timedelta(minutes=30)], "strangers' guesses, once each"
        assert targets == 2, "case 1 and one unknown reference"
        assert await pin_guesses.last_alert(session, hour) == NOW - timedelta(minutes=10)
        assert await pin_guesses.last_alert(session, NOW - timedelta(minutes=5)) is None

        assert await pin_guesses.purge(session, NOW - timedelta(days=1)) == 1
        await session.commit()
        assert await pin_guesses.wrong_times(session, "a", NOW - timedelta(days=2)) == times
