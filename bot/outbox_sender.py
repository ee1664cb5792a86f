"""Moved to `bot.workers.outbox`; this re-export stays until every importer uses the new path."""

from bot.workers.outbox import (
    DEAD_LETTERED,
    DELIVERED,
    HOLDS_PIN,
    PIN_NOT_KEPT,
    OutboxSender,
    Render,
    SessionChannel,
    by_address,
    holds_a_pin,
)

__all__ = [
    "DEAD_LETTERED",
    "DELIVERED",
    "HOLDS_PIN",
    "PIN_NOT_KEPT",
    "OutboxSender",
    "Render",
    "SessionChannel",
    "by_address",
    "holds_a_pin",
]
