"""The one shared state machine of a case, built once at import.

Cases are plain objects loaded per command; a transition is fired with
``MACHINE.events[trigger].trigger(case)``. The machine knows only sources and
destinations (plus the pure condition that sends ``resume`` back to the state a
case was held from); who may fire what, and with which data, is `workflows.rules`.
"""

from __future__ import annotations

from transitions import Machine

from workflows.vocabulary import OPEN_STATES, State, Trigger

_ANY_OPEN = sorted(OPEN_STATES, key=list(State).index)
_HOLDABLE = [s for s in _ANY_OPEN if s is not State.ON_HOLD]


def _held_from(dest: State):
    """Condition: the case was put on hold from ``dest``."""

    def condition(event) -> bool:
        return event.model.held_from is dest

    condition.__name__ = f"held_from_{dest.value}"
    return condition


TRANSITIONS: list[dict] = [
    {"trigger": Trigger.SUBMIT, "source": State.INTAKE, "dest": State.NEW},
    {"trigger": Trigger.RAISE_EMERGENCY, "source": State.INTAKE, "dest": State.EMERGENCY},
    {
        "trigger": Trigger.RAISE_EMERGENCY,
        "source": [s for s in _ANY_OPEN if s is not State.EMERGENCY],
        "dest": State.EMERGENCY,
    },
    {"trigger": Trigger.ACCEPT, "source": [State.NEW, State.EMERGENCY], "dest": State.ACCEPTED},
    {"trigger": Trigger.REJECT, "source": State.NEW, "dest": State.NOT_ACCEPTED},
    {"trigger": Trigger.DISPATCH, "source": [State.ACCEPTED, State.IN_PROGRESS], "dest": State.DISPATCHED},
    {"trigger": Trigger.TAKE, "source": State.DISPATCHED, "dest": State.IN_PROGRESS},
    {"trigger": Trigger.DECLINE, "source": State.DISPATCHED, "dest": State.ACCEPTED},
    {"trigger": Trigger.START_MEDIATION, "source": State.IN_PROGRESS, "dest": State.MEDIATION_PENDING},
    {"trigger": Trigger.PARTIES_CONSENT, "source": State.MEDIATION_PENDING, "dest": State.MEDIATING},
    {"trigger": Trigger.RECORD_SESSION, "source": State.MEDIATING, "dest": State.MEDIATING},
    {"trigger": Trigger.REACH_AGREEMENT, "source": State.MEDIATING, "dest": State.AGREEMENT},
    {
        "trigger": Trigger.TERMINATE_MEDIATION,
        "source": [State.MEDIATION_PENDING, State.MEDIATING],
        "dest": State.IN_PROGRESS,
    },
    {"trigger": Trigger.REFER, "source": [State.ACCEPTED, State.IN_PROGRESS], "dest": State.REFERRED},
    {"trigger": Trigger.REFERRAL_FEEDBACK, "source": State.REFERRED, "dest": State.IN_PROGRESS},
    {"trigger": Trigger.RESOLVE, "source": [State.IN_PROGRESS, State.AGREEMENT], "dest": State.FOLLOW_UP},
    {"trigger": Trigger.CLOSE, "source": [State.FOLLOW_UP, State.IN_PROGRESS], "dest": State.CLOSED},
    {"trigger": Trigger.HOLD, "source": _HOLDABLE, "dest": State.ON_HOLD},
    *[
        {"trigger": Trigger.RESUME, "source": State.ON_HOLD, "dest": dest, "conditions": [_held_from(dest)]}
        for dest in _HOLDABLE
    ],
    {"trigger": Trigger.WITHDRAW, "source": _ANY_OPEN, "dest": State.WITHDRAWN},
    {"trigger": Trigger.REOPEN, "source": [State.CLOSED, State.WITHDRAWN], "dest": State.ACCEPTED},
]


def _build() -> Machine:
    return Machine(
        model=None,
        states=list(State),
        transitions=[{**t, "trigger": t["trigger"].value} for t in TRANSITIONS],
        initial=State.INTAKE,
        auto_transitions=False,
        send_event=True,
    )


MACHINE = _build()


_SOURCES = {
    trigger: frozenset(State[name] for name in MACHINE.events[trigger.value].transitions) for trigger in Trigger
}


def sources_of(trigger: Trigger) -> frozenset[State]:
    """Every state from which ``trigger`` can fire (before role and data checks)."""
    return _SOURCES[trigger]


def can_fire(state: State, trigger: Trigger) -> bool:
    return state in sources_of(trigger)


def fire(case, trigger: Trigger) -> State:
    """Move ``case`` along ``trigger``; return the state it came from.

    The caller has checked that the trigger is valid from the case's state.
    """
    source = case.state
    moved = MACHINE.events[trigger.value].trigger(case)
    if not moved:  # only ``resume`` has a condition: held_from must be set
        raise RuntimeError(f"{trigger.value} did not move case from {source.value}")
    return source


def mermaid() -> str:
    """The machine as a Mermaid state diagram, generated from `TRANSITIONS`."""
    lines = ["stateDiagram-v2", "    [*] --> intake"]
    seen: set[tuple[str, str, str]] = set()
    for spec in TRANSITIONS:
        sources = spec["source"] if isinstance(spec["source"], list) else [spec["source"]]
        trigger = spec["trigger"].value
        for source in sources:
            key = (source.value, spec["dest"].value, trigger)
            if key not in seen:
                seen.add(key)
                lines.append(f"    {key[0]} --> {key[1]}: {trigger}")
    return "\n".join(lines) + "\n"
