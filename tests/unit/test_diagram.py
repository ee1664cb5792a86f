"""The committed diagram of the state machine matches the machine in the code."""

from __future__ import annotations

import re

from workflows.diagram import DIAGRAM_PATH, README_PATH, render, with_readme_block
from workflows.machine import MACHINE, mermaid
from workflows.vocabulary import State, Trigger

EDGE = re.compile(r"^    (\w+) --> (\w+): (\w+)$")


def test_the_committed_state_machine_diagram_matches_the_code():
    committed = DIAGRAM_PATH.read_text(encoding="utf-8") if DIAGRAM_PATH.exists() else ""
    assert committed == render(), (
        f"docs/{DIAGRAM_PATH.name} is out of date with workflows/machine.py: "
        "regenerate it with `python -m workflows.diagram` and commit the result"
    )


def test_the_readme_shows_the_same_diagram():
    readme = README_PATH.read_text(encoding="utf-8")
    assert readme == with_readme_block(readme), (
        "the diagram in README.md is out of date: regenerate it with `python -m workflows.diagram`"
    )


def test_the_diagram_has_one_edge_per_transition_of_the_machine_and_nothing_else():
    edges = {m.groups() for line in mermaid().splitlines() if (m := EDGE.match(line))}
    machine_edges = {
        (State[source].value, State[transition.dest].value, trigger)
        for trigger, event in MACHINE.events.items()
        for source, transitions in event.transitions.items()
        for transition in transitions
    }
    assert edges == machine_edges
    assert {t for _, _, t in edges} == {t.value for t in Trigger}
    assert {s for edge in edges for s in edge[:2]} == {s.value for s in State}
