"""Typed errors that carry what a person must be told when an action is refused."""

from __future__ import annotations


class WorkflowError(Exception):
    """Base of every refusal raised by the domain; ``code`` names a catalog message."""

    code = "error-workflow"

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message or self.code)
        self.details = details


class InvalidTransition(WorkflowError):
    """The trigger cannot fire from the case's current state."""

    code = "error-invalid-transition"

    def __init__(self, *, trigger: str, state: str, owner_id: int | None = None) -> None:
        super().__init__(f"{trigger} is not possible from {state}", trigger=trigger, state=state, owner_id=owner_id)
        self.trigger = trigger
        self.state = state
        self.owner_id = owner_id


class NotPermitted(WorkflowError):
    """The actor's role, region or assignment does not allow the trigger."""

    code = "error-not-permitted"

    def __init__(self, *, trigger: str, reason: str) -> None:
        super().__init__(f"{trigger} not permitted: {reason}", trigger=trigger, reason=reason)
        self.trigger = trigger
        self.reason = reason


class MissingData(WorkflowError):
    """A field the trigger needs was not given (or has an unusable value)."""

    code = "error-missing-data"

    def __init__(self, *, trigger: str, field: str) -> None:
        super().__init__(f"{trigger} needs {field}", trigger=trigger, field=field)
        self.trigger = trigger
        self.field = field


class StaleCase(WorkflowError):
    """Someone else changed the case between our read and our write."""

    code = "error-stale-case"

    def __init__(self, *, reference: str) -> None:
        super().__init__(f"case {reference} changed meanwhile", reference=reference)
        self.reference = reference


class CaseNotFound(WorkflowError):
    """No case has this reference."""

    code = "error-case-not-found"

    def __init__(self, *, reference: str) -> None:
        super().__init__(f"no case {reference}", reference=reference)
        self.reference = reference
