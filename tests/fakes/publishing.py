"""A publisher that keeps what the use cases handed it, in order."""

from __future__ import annotations


class Published(list):
    """Implements `workflows.ports.Publisher` by keeping every event; ``of`` picks one type."""

    async def __call__(self, uow: object, event: object) -> None:
        self.append(event)

    @property
    def events(self) -> list:
        return list(self)

    def of(self, kind: type) -> list:
        return [e for e in self if isinstance(e, kind)]
