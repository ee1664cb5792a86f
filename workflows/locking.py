"""Moved to `bot.locking` (an asyncio utility, not domain logic).

Kept here only until the Telegram channel stops importing it; a re-export from `bot` would
break the layers contract (workflows may not import bot), so this is a copy. Delete it then.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from weakref import WeakValueDictionary


class KeyedLocks:
    """One `asyncio.Lock` per key, dropped once nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: WeakValueDictionary[Hashable, asyncio.Lock] = WeakValueDictionary()

    def __call__(self, key: Hashable) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    def __len__(self) -> int:
        return len(self._locks)
