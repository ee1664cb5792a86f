"""The message ids of each chat a quick exit deletes: bounded, in memory only."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: A private chat's messages can be deleted by the bot for 48 hours.
DELETABLE_SECONDS = 48 * 3600


@dataclass
class _Remembered:
    message_id: int
    at: float  # wall clock (time.time) when sent or received
    keyboard: bool  # a bot message that still shows buttons


class MessageMemory:
    """Message ids per chat, for quick exit: at most ``per_chat`` a chat, ``max_chats`` chats (LRU).

    In memory only. A restart forgets them (the quick exit then clears what came after);
    entries older than 48 hours can no longer be deleted and are dropped when seen.
    """

    def __init__(self, *, per_chat: int = 100, max_chats: int = 10_000, clock: Callable[[], float] = time.time) -> None:
        self.per_chat = per_chat
        self.max_chats = max_chats
        self.clock = clock
        self._chats: OrderedDict[int, deque[_Remembered]] = OrderedDict()

    def remember(self, chat_id: int, message_id: int, *, keyboard: bool = False) -> None:
        entries = self._chats.get(chat_id)
        if entries is None:
            entries = self._chats[chat_id] = deque(maxlen=self.per_chat)
            while len(self._chats) > self.max_chats:
                self._chats.popitem(last=False)
        else:
            self._chats.move_to_end(chat_id)
        entries.append(_Remembered(message_id, self.clock(), keyboard))

    def with_keyboards(self, chat_id: int) -> list[int]:
        return [e.message_id for e in self._chats.get(chat_id, ()) if e.keyboard]

    def keyboards_removed(self, chat_id: int, message_ids: Sequence[int]) -> None:
        gone = set(message_ids)
        for entry in self._chats.get(chat_id, ()):
            if entry.message_id in gone:
                entry.keyboard = False

    def take(self, chat_id: int) -> tuple[list[int], list[int]]:
        """Forget the chat; return (ids still deletable, older ids that show a keyboard)."""
        entries = self._chats.pop(chat_id, ())
        cutoff = self.clock() - DELETABLE_SECONDS + 60  # a minute's margin for clock skew
        deletable = [e.message_id for e in entries if e.at >= cutoff]
        old_keyboards = [e.message_id for e in entries if e.at < cutoff and e.keyboard]
        return deletable, old_keyboards

    def __len__(self) -> int:
        return len(self._chats)
