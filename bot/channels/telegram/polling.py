"""Our own ``getUpdates`` loop: the offset passes an update only once it is durable.

Telegram forgets every update below the ``offset`` of the next ``getUpdates`` call, so the
offset is the acknowledgement. `UpdatePoller` fetches a batch (at most 100), hands each update
to ``process`` grouped by chat (one chat's updates in order, the chats concurrently) and moves
the offset past an update only when it and every earlier update of the batch are durable
(``process`` answered True: the turn or its failure is committed, a repeat, or a poison update
that was dead-lettered). When one is not (the database is down), a chat's later updates wait,
the loop backs off (capped, doubling) and fetches again from the first update that is not
durable; the ones committed meanwhile come back and are skipped (here, then by the dialog
engine's update id).

A clean start/stop unit: `start` begins the loop, `stop` ends it (a long poll in flight is
cancelled; a batch being processed finishes within ``grace`` seconds or is left unconfirmed,
never confirmed half way) and then confirms the offset reached, so nothing durable is fetched again.
Logs name the error type, never a URL (it holds the token) or an update's content.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any

from telegram import Bot, Update

from bot.channels.base import RecentIds

logger = logging.getLogger("bot.channels.telegram")

#: The most updates one ``getUpdates`` answers.
BATCH_LIMIT = 100

Process = Callable[[Update], Awaitable[bool]]
DeadLetter = Callable[[int, BaseException | None], None]


class UpdatePoller:
    """Long-polls ``getUpdates`` for ``bot`` and hands updates to ``process`` (True: durable)."""

    def __init__(
        self,
        bot: Bot,
        process: Process,
        *,
        dead_letter: DeadLetter,
        timeout: float = 10.0,
        allowed_updates: Sequence[str] = (),
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        read_margin: float = 10.0,
    ) -> None:
        self.bot = bot
        self.process = process
        self.dead_letter = dead_letter
        self.timeout = timeout
        self.allowed_updates = list(allowed_updates)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.read_margin = read_margin
        #: The next update id to ask for: every update below it is durable.
        self.offset = 0
        #: The offset Telegram was last told (updates below it are gone from Telegram).
        self.confirmed = 0
        self._done = RecentIds(limit=10 * BATCH_LIMIT)  # durable, though the offset could not pass them yet
        self._task: asyncio.Task | None = None
        self._stopping = asyncio.Event()
        self._interruptible = False  # in a long poll or a backoff sleep: stop may cancel at once

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.running:
            return
        self._stopping.clear()
        self._task = asyncio.create_task(self._run(), name="telegram-polling")

    async def stop(self, *, grace: float = 10.0) -> None:
        """End the loop; never raises. A batch under way may finish within ``grace`` seconds."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping.set()
        if self._interruptible:
            task.cancel()
        done, _ = await asyncio.wait({task}, timeout=grace)
        if not done:
            task.cancel()  # the batch took too long: what it did not finish stays unconfirmed
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait({task})
        if task.done() and not task.cancelled() and task.exception() is not None:
            logger.error("telegram polling ended with %s", type(task.exception()).__name__)
        if self.offset > self.confirmed:
            with contextlib.suppress(Exception):  # best effort: what is not confirmed comes again, harmlessly
                await asyncio.wait_for(self._fetch(wait=0, limit=1), 3)

    # -- the loop ------------------------------------------------------------------------------

    async def _run(self) -> None:
        network_delay = self.backoff_base
        failed_delay = self.backoff_base
        while not self._stopping.is_set():
            self._interruptible = True
            try:
                raw = await self._fetch(wait=self.timeout, limit=BATCH_LIMIT)
            except Exception as error:  # TelegramError mostly (network, 5xx, 409): the same backoff
                logger.warning("telegram polling failed (%s); retrying", type(error).__name__)
                await self._pause(network_delay)
                network_delay = min(network_delay * 2, self.backoff_cap)
                continue
            finally:
                self._interruptible = False
            network_delay = self.backoff_base
            if self._stopping.is_set():
                return  # fetched after stop was asked: left unconfirmed, they come again
            if not await self._batch(raw):
                logger.warning("telegram updates not recorded; fetching them again in %.1f s", failed_delay)
                await self._pause(failed_delay)
                failed_delay = min(failed_delay * 2, self.backoff_cap)
            else:
                failed_delay = self.backoff_base

    async def _pause(self, seconds: float) -> None:
        self._interruptible = True
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), seconds)
        finally:
            self._interruptible = False

    async def _fetch(self, *, wait: float, limit: int) -> list[Any]:
        """One ``getUpdates`` with the current offset; the raw JSON list (each update parsed apart,
        so one that cannot be read does not sink the batch)."""
        data: dict[str, Any] = {"offset": self.offset or None, "timeout": wait, "limit": limit}
        if self.allowed_updates:
            data["allowed_updates"] = self.allowed_updates
        offset = self.offset
        # Bot._post, not get_updates: get_updates parses the whole batch at once.
        result = await self.bot._post("getUpdates", data, read_timeout=wait + self.read_margin)
        self.confirmed = max(self.confirmed, offset)
        return result if isinstance(result, list) else []

    async def _batch(self, raw: list[Any]) -> bool:
        """Process one batch; move the offset past its durable prefix. True when all of it is durable."""
        entries: list[tuple[int, Update | None]] = []
        for item in raw:
            update_id = _update_id(item)
            if update_id is None:
                self.dead_letter(-1, ValueError("update without an update_id"))
                continue
            if update_id < self.offset or update_id in self._done:
                entries.append((update_id, None))  # durable already
                continue
            try:
                update = Update.de_json(item, self.bot)
            except Exception as error:  # poison: dead-lettered, and the offset may pass it
                self.dead_letter(update_id, error)
                update = None
            entries.append((update_id, update))
        groups: dict[Hashable, list[int]] = {}
        for position, (update_id, update) in enumerate(entries):
            if update is not None:
                groups.setdefault(_chat_key(update, update_id), []).append(position)
        pending = {position for positions in groups.values() for position in positions}

        async def run(positions: list[int]) -> None:
            for position in positions:  # in order; a chat's later updates wait for an earlier failure
                update_id, update = entries[position]
                try:
                    durable = await self.process(update)
                except Exception as error:  # process answers for itself; anything else is a bug here
                    logger.error("telegram update %s: %s", update_id, type(error).__name__)
                    durable = False
                if not durable:
                    return
                pending.discard(position)
                self._done.add(update_id)

        await asyncio.gather(*(run(positions) for positions in groups.values()))
        prefix = min(pending) if pending else len(entries)
        if prefix:
            self.offset = max(self.offset, entries[prefix - 1][0] + 1)
        return not pending


def _update_id(item: Any) -> int | None:
    value = item.get("update_id") if isinstance(item, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _chat_key(update: Update, update_id: int) -> Hashable:
    chat = update.effective_chat
    return chat.id if chat is not None else ("update", update_id)
