"""Dispatch suggestions for a service order (派单): rank the fixed homes and mobile teams, with reasons.

Pure, and the same ranking as for cases where it fits (`workflows.dispatch`: the `Candidate` and
`Suggestion` values, the load score and the order of ties); what differs is what a team is matched
on: the order's region (its own, or one a mobile team travels to), its topic, the language of
delivery, and for an online event the region no longer matters much.
"""

from __future__ import annotations

from workflows.dispatch import Candidate, Suggestion, best_first, load_score
from workflows.orders import Format, Order, PointKind, TeamProfile, speaks


def as_candidate(team: TeamProfile) -> Candidate:
    """The team as a dispatch candidate: its topics stand where a case's services would."""
    return Candidate(
        "point",
        team.id,
        team.name,
        team.region,
        team.topics,
        team.languages,
        team.open_orders,
        team.capacity,
    )


def rank_teams(order: Order, teams: list[TeamProfile], limit: int = 5) -> list[Suggestion]:
    """Best first, each with its reasons (catalog suffixes of ``reason-``):

    ``region`` the team is of the order's region (4); ``travels`` a mobile team that goes there (3);
    ``online`` an online event, which any team can give (2, instead of the region);
    ``topic`` it delivers the topic (3); ``language`` it can deliver in the language asked (2);
    ``load`` / ``full`` as for cases. A team that neither is of the region nor travels there, for an
    on-site event, is still listed (a supervisor may send it) but scores nothing for the place.
    """
    suggestions = []
    for team in teams:
        candidate = as_candidate(team)
        score = 0.0
        reasons: list[str] = []
        if team.region == order.region:
            score += 4
            reasons.append("region")
        elif team.kind is PointKind.MOBILE_TEAM and order.region in team.travels_to:
            score += 3
            reasons.append("travels")
        elif order.format is Format.ONLINE:
            score += 2
            reasons.append("online")
        if order.topic.value in team.topics:
            score += 3
            reasons.append("topic")
        if speaks(team.languages, order.language):
            score += 2
            reasons.append("language")
        load, reason = load_score(candidate)
        score += load
        reasons.append(reason)
        suggestions.append(Suggestion(candidate, score, tuple(reasons)))
    return best_first(suggestions, limit)


def reaches(order: Order, reasons: tuple[str, ...] | list[str]) -> bool:
    """Whether a team with these ranking reasons can give the event: of the region, travelling
    there, or any team for an online event."""
    return order.format is Format.ONLINE or "region" in reasons or "travels" in reasons


__all__ = ["as_candidate", "rank_teams", "reaches"]
