"""Moved to `bot.workers.retention`; this re-export stays until every importer uses the new path."""

from bot.workers.retention import RetentionWorker, retention_for

__all__ = ["RetentionWorker", "retention_for"]
