"""Background workers: loops that run beside the channels, each on the one loop base (`Worker`).

`WORKERS` lists them in start order; each entry builds its worker from the app, or returns
None when the settings leave it off. Adding a worker is a module with a `Worker` subclass
and its factory, plus one line here. The runner starts what `start_workers` builds; the app
stops them (in reverse) with the other services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.workers.base import Worker
from bot.workers.clock import clock_worker
from bot.workers.digest import digest_worker
from bot.workers.outbox import outbox_worker
from bot.workers.retention import retention_worker

#: Every background worker's factory, in start order.
WORKERS: tuple[Callable[[Any], Worker | None], ...] = (
    outbox_worker,
    retention_worker,
    clock_worker,
    digest_worker,
)


async def start_workers(app: Any) -> list[Worker]:
    """Build and start every enabled worker; each joins ``app.services`` (stopped with them)."""
    started = []
    for build in WORKERS:
        worker = build(app)
        if worker is None:
            continue
        await worker.start()
        app.services.append(worker)
        started.append(worker)
    return started


__all__ = ["WORKERS", "Worker", "start_workers"]
