"""Her answers to a follow-up visit (回访): three questions, one table.

The first question comes as a notice (`bot.follow_up_notices`) with its buttons; each answer
is stored at once through `workflows.services.follow_up.answer_follow_up` and the next
question asked. A button is ``fu:<round>:<reference>:<question>:<value>``; the case is read
again and must be hers, whatever the button says. The comment is typed (or skipped) at the
step ``follow_up_comment``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.dialogs.turn import Turn
from workflows.follow_ups import SATISFACTION, Solved
from workflows.services.follow_up import FollowUpAnswer, answer_follow_up

COMMENT_STEP = "follow_up_comment"
#: Longest comment kept (her words beyond it are cut).
COMMENT_LIMIT = 2000


def _buttons(round: int, reference: str, key: str, values: list[tuple[Any, str]]) -> list[list[tuple[Any, str]]]:
    return [[(label, f"fu:{round}:{reference}:{key}:{value}") for label, value in values]]


#: The questions after the first, in order: (key, prompt, buttons of a round and reference).
QUESTIONS = {
    "s": ("follow-up-ask-solved", None),
    "n": (
        "follow-up-ask-satisfaction",
        lambda round, ref: _buttons(round, ref, "n", [({"$text": str(n)}, str(n)) for n in SATISFACTION]),
    ),
    "c": ("follow-up-ask-comment", lambda round, ref: _buttons(round, ref, "c", [("follow-up-button-skip", "skip")])),
}
NEXT = {"s": "n", "n": "c"}


def parse(action: str) -> tuple[int, str, str, str] | None:
    """``fu:<round>:<reference>:<key>:<value>`` -> (round, reference, key, value); None if not one."""
    parts = action.split(":")
    if len(parts) != 5 or parts[0] != "fu" or parts[1] not in ("1", "2") or parts[3] not in QUESTIONS:
        return None
    return int(parts[1]), parts[2], parts[3], parts[4]


def _answer(key: str, value: str) -> dict[str, Any] | None:
    if key == "s" and value in {s.value for s in Solved}:
        return {"solved": Solved(value)}
    if key == "n" and value.isdigit() and int(value) in SATISFACTION:
        return {"satisfaction": int(value)}
    if key == "c" and value == "skip":
        return {}
    return None


async def _her_case(turn: Turn, reference: str):
    case = await turn.uow.cases.get(reference)
    if case is None or case.reporter_id is None or case.reporter_id != turn.person.id:
        return None
    return case


def ask(turn: Turn, key: str, round: int, reference: str) -> None:
    prompt, rows = QUESTIONS[key]
    turn.say(prompt, buttons=rows(round, reference) if rows else None, reference={"$text": reference})
    if key == "c":
        turn.state.follow_up = f"{round}:{reference}"
        turn.go(COMMENT_STEP)


def prompt_comment(turn: Turn) -> None:
    """The comment question again (after /again, /help, a file she cannot send here)."""
    round_text, _, reference = (turn.state.follow_up or "").partition(":")
    if round_text in ("1", "2") and reference:
        ask(turn, "c", int(round_text), reference)
    else:
        turn.say("follow-up-thanks")
        turn.go("menu")


async def on_button(turn: Turn, then: Callable[[Turn], None]) -> None:
    """A follow-up button, at any step: store the answer, ask the next question (``then``: back to her menu)."""
    parsed = parse(turn.inbound.action)
    case = await _her_case(turn, parsed[1]) if parsed else None
    answer = _answer(parsed[2], parsed[3]) if parsed else None
    if case is None or answer is None:
        turn.say("follow-up-closed")
        then(turn)
        return
    round, reference, key, _ = parsed
    if key == "c":  # skipped the comment
        turn.say("follow-up-thanks")
        turn.state.follow_up = None
        then(turn)
        return
    stored = await answer_follow_up(turn.uow, FollowUpAnswer(case.id, round, turn.now, **answer), turn.context.publish)
    if stored is None:
        turn.say("follow-up-closed")
        then(turn)
        return
    ask(turn, NEXT[key], round, reference)


async def on_comment(turn: Turn, then: Callable[[Turn], None]) -> None:
    """Her comment (typed), or the skip button; either ends the follow-up."""
    if turn.inbound.action.startswith("fu:"):
        await on_button(turn, then)
        return
    round_text, _, reference = (turn.state.follow_up or "").partition(":")
    case = await _her_case(turn, reference) if round_text in ("1", "2") else None
    words = turn.text.strip()
    if case is not None and words:
        await answer_follow_up(
            turn.uow,
            FollowUpAnswer(case.id, int(round_text), turn.now, comment=turn.text[:COMMENT_LIMIT]),
            turn.context.publish,
        )
    elif case is not None:
        ask(turn, "c", int(round_text), reference)
        return
    turn.state.follow_up = None
    turn.say("follow-up-thanks")
    then(turn)


__all__ = ["COMMENT_STEP", "QUESTIONS", "ask", "on_button", "on_comment", "parse"]
