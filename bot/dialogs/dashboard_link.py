"""``/dashboard`` in the staff desk: a one-time link to the figures page (`bot.dashboard`).

The link is made by the use case (`workflows.services.dashboard.issue_link`) in the turn's unit of
work: only its hash is stored, it opens once, within ``WALKING_HOME_DASHBOARD_LINK_MINUTES``.
"""

from __future__ import annotations

from datetime import timedelta

from bot.dialogs.turn import Turn
from workflows.case import Actor
from workflows.services.dashboard import issue_link
from workflows.services.stats import may_see_figures

COMMAND = "/dashboard"


async def one_time_link(turn: Turn, actor: Actor, query: str = "") -> tuple[str, int | float]:
    """A new one-time link to the figures page (with ``query``, as an ``/export`` link has), and the
    minutes it stays valid, as the message shows them."""
    minutes = turn.context.dashboard_link_minutes
    token = await issue_link(turn.uow, actor=actor, now=turn.now, valid_for=timedelta(minutes=minutes))
    url = f"{turn.context.dashboard_url.rstrip('/')}/dashboard/open/{token}"
    return (f"{url}?{query}" if query else url), (int(minutes) if minutes == int(minutes) else minutes)


async def command(turn: Turn, actor: Actor) -> None:
    if not may_see_figures(actor):
        turn.say("dashboard-not-allowed", safety=False)
        return
    url, minutes = await one_time_link(turn, actor)
    turn.say("dashboard-link", url={"$text": url}, minutes=minutes, safety=False)


__all__ = ["COMMAND", "command", "one_time_link"]
