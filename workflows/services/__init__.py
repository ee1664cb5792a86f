"""Use cases: each takes a unit of work (`workflows.ports.UnitOfWork`) and a command, owns its
transaction, and returns typed results or raises `workflows.errors` (see docs/architecture.md).

One module per area; this package re-exports what callers use.
"""

from workflows.services.triggers import OpenedCase, apply_trigger, open_case, replay

__all__ = ["OpenedCase", "apply_trigger", "open_case", "replay"]
