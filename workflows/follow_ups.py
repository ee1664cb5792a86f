"""The follow-up visit (回访) of a resolved case: its outcomes as small values (pure).

At +7 and +30 days after ``resolve`` (`workflows.timers.follow_up_marks`) she is asked whether
the problem is solved (yes / partly / no), how satisfied she is (1-5) and for an optional
comment. Each round is one row: asked, then answered or, when her time to answer ran out, no
response. A woman who asked not to be contacted is not asked (``no_contact``); one reached only
by phone is asked by an operator (``callback``: a call-back task with the questions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

ASKED, ANSWERED, NO_RESPONSE, NO_CONTACT, CALLBACK = "asked", "answered", "no_response", "no_contact", "callback"
#: Statuses waiting for her answers (from her in chat, or from the operator who called her).
AWAITING = (ASKED, CALLBACK)
SATISFACTION = range(1, 6)


class Solved(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


#: Answers that put the case back in front of its owner.
CONCERNS = frozenset({Solved.PARTLY, Solved.NO})


@dataclass(frozen=True)
class FollowUp:
    """One round of the follow-up visit of a case and how it went."""

    case_id: int
    round: int
    status: str
    asked_at: datetime
    solved: str | None = None
    satisfaction: int | None = None
    answered_at: datetime | None = None
    recorded_by: int | None = None

    @property
    def concern(self) -> bool:
        """She said the problem is not (fully) solved."""
        return self.status == ANSWERED and self.solved in CONCERNS


__all__ = [
    "ANSWERED",
    "ASKED",
    "AWAITING",
    "CALLBACK",
    "CONCERNS",
    "NO_CONTACT",
    "NO_RESPONSE",
    "SATISFACTION",
    "FollowUp",
    "Solved",
]
