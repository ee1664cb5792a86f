"""``walking-home outbox``: the messages the bot gave up on (dead letters), for operators and supervisors.

``outbox dead`` lists them: id, channel, the case's reference or a short keyed tag of the
recipient (never her address), catalog message id, attempts, the error's class or the
channel's short reason, and when it was given up. Never her words: a dead letter's
arguments are cleared when it is given up, and this command does not read them.

``outbox retry ID…`` (or ``--all``) queues dead letters again: pending, attempts reset, due
now; a running bot sends them within its poll interval. Refused, with nothing changed, for a
row whose arguments were cleared (sent again it would lack them: an empty or broken message,
or a notice without its neutral first line) and for a row dropped on purpose (her quick
exit, a staff member's access ended). Each requeue is written to the audit log
(``outbox_retry``, with the operating-system user who ran it).
"""

from __future__ import annotations

import argparse
import getpass

from bot.workers.outbox import NOT_RENDERABLE, UNREADABLE
from storage import outbox_store

#: `Requeued.refusal` and `DeadLetter.refusal` → the catalog message saying why.
REFUSALS = {
    outbox_store.NOT_DEAD: "cli-outbox-not-dead",
    outbox_store.ARGS_GONE: "cli-outbox-cannot-rerender",
    outbox_store.DROPPED: "cli-outbox-dropped-on-purpose",
}
#: A row's status → its catalog word.
STATUS_WORDS = {
    outbox_store.PENDING: "cli-outbox-status-pending",
    outbox_store.SENT: "cli-outbox-status-sent",
    outbox_store.DEAD: "cli-outbox-status-dead",
}
#: Reasons `outbox_store.cancel_pending` gives → their catalog words.
DROPPED_REASONS = {"quick exit": "cli-outbox-dropped-quick-exit", "staff deactivated": "cli-outbox-dropped-staff"}


def operator() -> str:
    """Who ran the command, for the audit log (the operating-system user)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (a container without one)
        return "unknown"


async def outbox(app, args: argparse.Namespace, say) -> int:
    if args.outbox_command == "dead":
        return await list_dead(app, args.limit, say)
    return await retry(app, args.ids, args.all, say)


#: Why the sender gave a row up without trying to deliver it → their catalog words.
POISON_REASONS = {UNREADABLE: "cli-outbox-reason-unreadable", NOT_RENDERABLE: "cli-outbox-reason-not-renderable"}


def _reason(letter: outbox_store.DeadLetter, say) -> str:
    """The reason in the operator's words; the technical detail (column, error class) stays as it is."""
    word = DROPPED_REASONS.get(letter.reason)
    if word:
        return say.word(word)
    kind, _, detail = letter.reason.partition(": ")
    if kind in POISON_REASONS:
        return f"{say.word(POISON_REASONS[kind])} ({detail[:100]})"
    return letter.reason[:120]


async def list_dead(app, limit: int, say) -> int:
    """``walking-home outbox dead [--limit N]``: one line per dead letter, the most recent first."""
    async with app.unit_of_work() as uow:
        letters = await outbox_store.dead_letters(uow.session, limit=limit)
    if not letters:
        say("cli-outbox-dead-none")
        return 0
    say("cli-outbox-dead-count", count=len(letters))
    for letter in letters:
        if letter.reference:
            recipient = say.word("cli-outbox-recipient-case", reference=letter.reference)
        else:
            recipient = say.word("cli-outbox-recipient-tag", tag=letter.recipient)
        refusal = letter.refusal
        say(
            "cli-outbox-dead-row",
            id=str(letter.id),  # an id to copy, not a number to read (no 12,345)
            channel=letter.scheme,
            recipient=recipient,
            message=letter.message_id or "-",
            attempts=letter.attempts,
            when=app.localizer.datetime(say.lang, letter.at, app.settings.zone),
            reason=_reason(letter, say),
            retry=say.word(
                "cli-outbox-can-retry"
                if refusal is None
                else "cli-outbox-args-cleared"
                if refusal == outbox_store.ARGS_GONE
                else "cli-outbox-dropped"
            ),
        )
    return 0


async def retry(app, ids: list[int], everything: bool, say) -> int:
    """``walking-home outbox retry ID… | --all``: 0 when every named row is queued again, 1 otherwise."""
    if not ids and not everything:
        say("cli-outbox-retry-nothing", err=True)
        return 2
    by = operator()
    async with app.unit_of_work() as uow:
        if everything:
            refused = sum(1 for letter in await outbox_store.dead_letters(uow.session) if letter.refusal)
            ids = await outbox_store.retryable_dead_ids(uow.session)
        outcomes = [await outbox_store.requeue(uow.session, outbox_id, now=app.now(), by=by) for outbox_id in ids]
        await uow.commit()
    if everything:
        say("cli-outbox-retried-all", count=sum(o.done for o in outcomes), refused=refused)
        return 0
    for outcome in outcomes:
        if not outcome.found:
            say("cli-outbox-not-found", id=str(outcome.id), err=True)
        elif outcome.refusal is not None:
            say(
                REFUSALS[outcome.refusal],
                id=str(outcome.id),
                status=say.word(STATUS_WORDS.get(outcome.status, "cli-outbox-status-pending")),
                err=True,
            )
        else:
            say("cli-outbox-retried", id=str(outcome.id))
    return 0 if all(o.done for o in outcomes) else 1
