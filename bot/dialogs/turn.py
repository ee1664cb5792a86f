"""One inbound message being handled: who sent it, where her dialog stands, what we answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from bot.dialogs.state import ConversationState
from bot.messages import Inbound
from bot.notifications import Notifications
from workflows.case import Actor
from workflows.deadlines import DeadlinePolicy
from workflows.ports import Publisher, UnitOfWork
from workflows.readmodels import Person
from workflows.services.triggers import TriggerContext

DANGER = "danger"
EXIT = "exit"


@dataclass
class Reply:
    """A catalog message to send; rendered later, in the recipient's locale, by the outbox."""

    message_id: str
    args: dict[str, Any] = field(default_factory=dict)
    buttons: list[list[tuple[Any, str]]] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)
    address: str | None = None
    locale: str | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class DialogContext:
    """What every turn may use; built once by the composition root."""

    zone: tzinfo
    policy: DeadlinePolicy
    notifier: Notifications
    #: Hands domain events to their handlers (`workflows.publishing.EventTable`).
    publish: Publisher
    default_locale: str
    locales: tuple[str, ...]
    evidence_store: Any
    max_upload_bytes: int
    #: Evidence one case may hold (files, bytes), whatever the channel (settings case_max_*).
    case_max_files: int = 30
    case_max_bytes: int = 200 * 1024 * 1024
    #: Where `/dashboard` links point (`bot.dashboard.dashboard_base`), and for how many minutes they open.
    dashboard_url: str = ""
    dashboard_link_minutes: float = 15.0


class Turn:
    def __init__(
        self,
        *,
        inbound: Inbound,
        person: Person,
        step: str,
        state: ConversationState,
        uow: UnitOfWork,
        now: datetime,
        context: DialogContext,
    ) -> None:
        self.inbound = inbound
        self.person = person
        self.step = step
        self.state = state
        self.uow = uow
        self.now = now
        self.context = context
        self.replies: list[Reply] = []
        #: The sender as an active staff member, read with the rest of the turn (None for reporters).
        self.staff: Actor | None = None

    def trigger_context(self) -> TriggerContext:
        """The zone, deadlines and event table the use cases that fire triggers are given."""
        return TriggerContext(tz=self.context.zone, policy=self.context.policy, publish=self.context.publish)

    @property
    def locale(self) -> str:
        return self.state.locale or self.person.locale or self.context.default_locale

    @property
    def text(self) -> str:
        return self.inbound.text

    def say(
        self,
        message_id: str,
        *,
        buttons: list[list[tuple[Any, str]]] | None = None,
        safety: bool | None = None,
        **args: Any,
    ) -> Reply:
        """Answer; ``safety`` adds the "danger now" and "quick exit" buttons.

        By default every message a reporter receives carries them (README "Safety"), and no
        staff message does; only the quick exit's neutral line goes without.
        """
        if safety is None:
            safety = self.staff is None
        flags = {"safety": True} if safety else {}
        reply = Reply(message_id, args, list(buttons or []), flags)
        self.replies.append(reply)
        return reply

    def go(self, step: str) -> None:
        self.step = step

    async def set_locale(self, tag: str) -> None:
        await self.uow.people.set_locale(self.person.id, tag)
