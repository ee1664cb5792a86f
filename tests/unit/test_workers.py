"""The one loop base of the background workers: rounds, wake, backoff with a cap, health, clean stop."""

from __future__ import annotations

import asyncio

import pytest

from bot.lifecycle import Component
from bot.workers import Worker


class Rounds(Worker):
    """Counts its rounds; fails the first ``failing`` of them; a round takes ``takes`` seconds."""

    name = "rounds"

    def __init__(self, *, failing: int = 0, takes: float = 0.0, **options) -> None:
        super().__init__(**options)
        self.failing = failing
        self.takes = takes
        self.rounds = 0
        self.finished_rounds = 0
        self.finished = False
        self.round_started = asyncio.Event()
        self.round_done = asyncio.Event()

    async def run_round(self) -> None:
        self.rounds += 1
        self.round_started.set()
        await asyncio.sleep(self.takes)
        if self.rounds <= self.failing:
            raise ConnectionError("the database is away")
        self.finished_rounds += 1
        self.round_done.set()

    async def finish(self) -> None:
        self.finished = True


async def test_a_worker_runs_a_round_at_start_and_notify_brings_the_next_before_the_interval() -> None:
    worker = Rounds(interval=60)
    await worker.start()
    try:
        await asyncio.wait_for(worker.round_done.wait(), 2)
        worker.round_done.clear()
        worker.notify()
        await asyncio.wait_for(worker.round_done.wait(), 2)
    finally:
        await worker.stop()

    assert worker.rounds == 2
    assert isinstance(worker, Component)


async def test_failed_rounds_back_off_doubling_up_to_the_cap_and_health_names_the_error_class() -> None:
    worker = Rounds(interval=60, failing=3, error_backoff=0.05, error_backoff_cap=0.1)
    assert [worker.backoff(n) for n in (1, 2, 3, 4)] == [0.05, 0.1, 0.1, 0.1]
    loop = asyncio.get_running_loop()
    began = loop.time()
    await worker.start()
    try:
        await asyncio.wait_for(worker.round_done.wait(), 2)
        elapsed = loop.time() - began
    finally:
        await worker.stop()

    assert worker.rounds == 4 and worker.finished_rounds == 1
    assert 0.05 + 0.1 + 0.1 <= elapsed < 1.5
    health = worker.health()
    assert health.detail.startswith("stopped last-ok=") and health.detail.endswith("last-error=ConnectionError")
    assert not health.ok


async def test_health_is_not_ok_while_rounds_fail() -> None:
    worker = Rounds(interval=60, failing=100, error_backoff=0.01, error_backoff_cap=0.01)
    await worker.start()
    try:
        while worker.rounds < 2:  # noqa: ASYNC110 - the rounds have no event of their own
            await asyncio.sleep(0.01)
        health = worker.health()
    finally:
        await worker.stop()

    assert (health.name, health.ok, health.detail) == ("rounds", False, "last-error=ConnectionError")


async def test_stop_lets_the_round_in_hand_finish_within_the_grace() -> None:
    worker = Rounds(interval=60, takes=0.2)
    await worker.start()
    await asyncio.wait_for(worker.round_started.wait(), 2)

    await worker.stop(grace=5)

    assert (worker.rounds, worker.finished_rounds, worker.finished) == (1, 1, True)
    assert not worker.running
    await worker.stop()  # safe to repeat


async def test_stop_cancels_a_round_that_outlives_the_grace() -> None:
    worker = Rounds(interval=60, takes=30)
    await worker.start()
    await asyncio.wait_for(worker.round_started.wait(), 2)
    loop = asyncio.get_running_loop()
    began = loop.time()

    await worker.stop(grace=0.1)

    assert loop.time() - began < 1
    assert (worker.finished_rounds, worker.running) == (0, False)


def test_a_worker_needs_a_positive_interval_and_a_cap_at_least_its_backoff() -> None:
    with pytest.raises(ValueError):
        Rounds(interval=0)
    with pytest.raises(ValueError):
        Rounds(interval=1, error_backoff=2, error_backoff_cap=1)
