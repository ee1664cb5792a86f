"""The committed diagram of the reporter's intake matches the intake's table."""

from __future__ import annotations

import re

from bot.dialogs.diagram import DIAGRAM_PATH, MENU, mermaid, render
from bot.dialogs.intake import QUESTIONS, REVIEW_FIELDS, next_step

EDGE = re.compile(r"^    (\w+) -->\|([^|]+)\| (\w+)$")


def test_the_committed_dialog_diagram_matches_the_intake_table():
    committed = DIAGRAM_PATH.read_text(encoding="utf-8") if DIAGRAM_PATH.exists() else ""
    assert committed == render(), (
        f"docs/{DIAGRAM_PATH.name} is out of date with bot/dialogs/intake.py: "
        "regenerate it with `python -m bot.dialogs.diagram` and commit the result"
    )


def test_every_step_is_drawn_and_reached_and_every_way_on_leads_to_a_step():
    drawn = [(m.group(1), m.group(3)) for line in mermaid().splitlines() if (m := EDGE.match(line))]
    steps = {q.step for q in QUESTIONS}
    assert {source for source, _ in drawn} == steps | {MENU}
    assert {dest for _, dest in drawn} == steps | {MENU}
    for question in QUESTIONS[:-1]:
        assert (question.step, next_step(question)) in drawn or question.follow_up
    assert {(QUESTIONS[-1].step, field) for field in REVIEW_FIELDS} <= set(drawn)


def test_a_follow_up_question_is_drawn_only_from_the_answer_that_asks_it():
    drawn = [(m.group(1), m.group(2), m.group(3)) for line in mermaid().splitlines() if (m := EDGE.match(line))]
    for question in QUESTIONS:
        if question.follow is not None:
            answer, step = question.follow
            assert [(s, label) for s, label, d in drawn if d == step] == [
                (question.step, f"{question.prefix}:{answer}")
            ]
