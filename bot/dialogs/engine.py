"""Runs one inbound message through the dialogs in one transaction.

Per conversation, work is ordered (an in-process lock per address); different
conversations run concurrently. The update is deduplicated, the dialog state, the
case changes and every reply (as outbox rows) commit together; an after-commit
hook wakes the sender, so only once they are committed. A lost race on a case is
retried once; an unexpected error rolls the turn back, keeps her words, records the
update as failed (its id and the error type, in the audit log) and apologises.

`handle` returns once the update is durable: its turn committed, it was a repeat, or
its failure was recorded. When nothing could be committed it raises `NotRecorded`, and
the channel must not acknowledge the update, so the platform sends it again.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime

from bot.dialogs.reporter import ReporterDialog
from bot.dialogs.staff import StaffDialog
from bot.dialogs.state import ConversationState
from bot.dialogs.turn import DANGER, DialogContext, Reply, Turn
from bot.i18n import hint_to_locale
from bot.locking import KeyedLocks
from bot.messages import Inbound, NotRecorded
from bot.outage import OutageLog
from workflows.errors import NotCommitted, StaleCase
from workflows.events import AuditEntry, OutgoingNotice
from workflows.ports import UnitOfWork

logger = logging.getLogger(__name__)


class DialogEngine:
    """The single entry point of every channel: `handle` one inbound message."""

    def __init__(
        self,
        *,
        unit_of_work: Callable[[], UnitOfWork],
        context: DialogContext,
        now: Callable[[], datetime],
        wake_sender: Callable[[], None] = lambda: None,
    ) -> None:
        self.unit_of_work = unit_of_work
        self.context = context
        self.now = now
        self.wake_sender = wake_sender
        self.reporter = ReporterDialog()
        self.staff = StaffDialog()
        self.locks = KeyedLocks()
        #: During a database outage every turn fails alike: one line when it begins, a summary a minute, one at its end.
        self.outage = OutageLog(logger, "turns not committed (the database failed)", level=logging.ERROR)
        #: (channel, kind) → turns that failed and were answered with an apology (``internal``, ``stale``);
        #: read by `bot.metrics`. Channel names and kinds only.
        self.failed_turns: Counter[tuple[str, str]] = Counter()

    async def handle(self, inbound: Inbound) -> None:
        """Run one update; raise `NotRecorded` when neither its turn nor its failure could be committed."""
        async with self.locks(inbound.address):
            for attempt in (1, 2):
                try:
                    await self._turn(inbound)
                    self.outage.recovered()
                    return
                except NotCommitted as error:  # the database failed, not the turn: the platform sends it again
                    self.outage.failed(str(error), first=f"a {inbound.channel} turn was not committed")
                    raise NotRecorded(str(error)) from None
                except StaleCase as error:
                    if attempt == 2:
                        self.failed_turns[(inbound.channel, "stale")] += 1
                        await self._apologise(inbound, "error-stale-case", error)
                except Exception as error:
                    self.failed_turns[(inbound.channel, "internal")] += 1
                    await self._apologise(inbound, "error-internal", error)
                    # Recorded: a bug worth its traceback (one per update; a repeat is ignored).
                    logger.error("turn failed for a %s update", inbound.channel, exc_info=error)
                    return

    async def _turn(self, inbound: Inbound) -> None:
        async with self.unit_of_work() as uow:
            now = self.now()
            found = await uow.conversations.begin_turn(
                channel=inbound.channel, update_id=inbound.update_id, address=inbound.address, now=now
            )
            if found is None:
                logger.info("duplicate %s update ignored", inbound.channel)
                return
            state = ConversationState.from_stored(found.data)
            state.locale = state.locale or found.person.locale or None
            turn = Turn(
                inbound=inbound,
                person=found.person,
                step=found.step,
                state=state,
                uow=uow,
                now=now,
                context=self.context,
            )
            turn.staff = found.staff
            if not await self.staff.handle(turn):
                await self.reporter.handle(turn)
            await uow.conversations.save(inbound.address, turn.step, turn.state.to_stored(), now)
            await self._queue(uow, turn)
            uow.after_commit(self.wake_sender)
            await uow.commit()

    def _locale_for(self, turn: Turn) -> str:
        if turn.state.locale:
            return turn.state.locale
        hinted = hint_to_locale(turn.inbound.locale_hint)
        return hinted if hinted in self.context.locales else self.context.default_locale

    async def _queue(self, uow: UnitOfWork, turn: Turn) -> None:
        locale = self._locale_for(turn)
        urgent = turn.inbound.action == DANGER  # the numbers to call go before anything else
        await uow.outbox.put_many([self._notice(reply, turn.inbound.address, locale, urgent) for reply in turn.replies])

    @staticmethod
    def _notice(reply: Reply, address: str, locale: str, urgent: bool = False) -> OutgoingNotice:
        args = dict(reply.args)
        if reply.flags:
            args["$flags"] = reply.flags
        return OutgoingNotice(
            address=reply.address or address,
            message_id=reply.message_id,
            args=args,
            locale=reply.locale or locale,
            case_id=reply.case_id,
            buttons=tuple(tuple(row) for row in reply.buttons),
            urgent=urgent,
        )

    async def _apologise(self, inbound: Inbound, message_id: str, error: BaseException) -> None:
        """After a failed turn, in a fresh transaction: record the update as failed (id and error
        type), keep what she wrote where a request is under way, and tell her.

        Raises `NotRecorded` when that cannot be committed either.
        """
        try:
            async with self.unit_of_work() as uow:
                now = self.now()
                found = await uow.conversations.begin_turn(
                    channel=inbound.channel, update_id=inbound.update_id, address=inbound.address, now=now
                )
                if found is None:  # recorded meanwhile (a repeat that raced this one)
                    return
                await uow.audit.record(
                    AuditEntry(None, None, f"inbound:{inbound.channel}", f"failed:{type(error).__name__}"[:64], now)
                )
                step, stored = await uow.conversations.load(inbound.address) or ("", {})
                state = ConversationState.from_stored(stored)
                if not self.reporter.keep_after_failure(step, state, inbound.text) and message_id == "error-internal":
                    message_id = "error-internal-not-kept"
                await uow.conversations.save(inbound.address, step, state.to_stored(), now)
                locale = state.locale or self.context.default_locale
                replies = [Reply(message_id, flags={"safety": True})]
                urgent = inbound.action == DANGER
                if urgent:  # whatever failed, she still gets the numbers to call
                    replies.insert(0, Reply("emergency-numbers"))
                await uow.outbox.put_many([self._notice(r, inbound.address, locale, urgent) for r in replies])
                uow.after_commit(self.wake_sender)
                await uow.commit()
        except Exception as failure:
            # The database is down: no traceback, and one line per outage (not per try); the platform sends it again.
            self.outage.failed(
                f"{type(error).__name__}, then {type(failure).__name__}",
                first=f"could not record a {inbound.channel} update",
            )
            raise NotRecorded(type(failure).__name__) from None
