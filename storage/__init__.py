"""Persistence: SQLModel records, repositories, the unit of work, engine and migrations."""
