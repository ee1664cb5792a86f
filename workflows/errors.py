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


class PinPaused(WorkflowError):
    """Too many wrong PINs from where this one came: nothing is checked until ``until``.

    ``whole``: the gate is shut to the conversation; else only the case named, to this source.
    """

    code = "cases-pin-paused"

    def __init__(self, *, until: object, whole: bool = True) -> None:
        super().__init__("PIN checks paused", until=until, whole=whole)
        self.until = until
        self.whole = whole


class WrongPin(WorkflowError):
    """The PIN opens nothing; ``left`` wrong guesses remain before the delays begin."""

    code = "cases-pin-wrong"

    def __init__(self, *, left: int) -> None:
        super().__init__("wrong PIN", left=left)
        self.left = left


class DuressSameAsPin(WorkflowError):
    """The safety PIN she chose is her PIN of one of her cases."""

    code = "duress-same-as-pin"


class ErasureBlocked(WorkflowError):
    """Her case cannot be erased now; ``why``: ``legal-hold``, ``child``, ``mediation`` or ``open``."""

    code = "data-erase-blocked"

    def __init__(self, *, why: str) -> None:
        super().__init__(f"erasure blocked: {why}", why=why)
        self.why = why


class ErasureAlreadyAsked(WorkflowError):
    """An erasure request for the case waits for a supervisor already."""

    code = "data-erase-already-asked"


class ErasureAlreadyDecided(WorkflowError):
    """The approval was decided before (by another supervisor, or a second tap)."""

    code = "staff-approval-already-decided"


class NotCommitted(Exception):
    """The database could not commit a unit of work (unreachable, locked, out of disk): nothing of it
    happened, and trying the same work again later may succeed. Not a refusal: no one is told why."""
