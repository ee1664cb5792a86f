"""Where one conversation's dialog stands: a typed record, stored as JSON with the conversation.

Every field is optional; ``None`` means "not set" and is not stored. A field added here
is the only change needed to keep something between turns. Values are JSON-friendly
(times as ISO strings) because the record is sealed and stored as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from workflows.services.pin_gate import Gate


@dataclass
class ConversationState:
    #: The locale she chose (a tag of `locales/`).
    locale: str | None = None
    #: The channel's language hint at first contact (orders the language menu).
    hint: str | None = None
    #: The language she said she speaks, when it is not one of the catalogs' (an ISO code).
    spoken_language: str | None = None
    #: Whether she said it is safe to talk now (None: not asked yet).
    safe: bool | None = None
    #: Her answers to the intake so far (see `bot.dialogs.reporter`).
    intake: dict[str, Any] | None = None
    #: She came back to a question from the review: after answering, show the review again.
    review: bool | None = None
    #: The reference of the case on her screen.
    case: str | None = None
    #: Until when her PIN unlocks her case list (ISO time).
    unlocked_until: str | None = None
    #: The cases the unlock covers (None: all of hers; []: none, after the duress PIN).
    unlocked_only: list[str] | None = None
    #: Cases she proved are hers from this conversation (reference and PIN).
    proven_cases: list[str] | None = None
    #: Wrong PINs in a row from this conversation.
    pin_failures: int | None = None
    #: Until when PIN checks are paused for this conversation (ISO time).
    pin_paused_until: str | None = None
    #: What she typed while no case was unlocked, held for the case she picks next (her words: sealed at rest).
    pending_reply: str | None = None
    #: The case whose erasure she is asked to confirm.
    erase_case: str | None = None
    #: A staff member's form under way (`bot.dialogs.staff_forms`).
    staff_form: dict[str, Any] | None = None
    #: The case a staff member's next message goes to, as a relay to the woman.
    staff_relay: str | None = None
    #: The follow-up visit whose comment she is asked for, ``<round>:<reference>`` (`bot.dialogs.follow_up`).
    follow_up: str | None = None
    #: Her service order being filled in, or the order open on her screen (`bot.dialogs.orders`; her words: sealed at rest).
    order: dict[str, Any] | None = None
    #: A staff member's order form under way (`bot.dialogs.order_staff`).
    order_form: dict[str, Any] | None = None

    @classmethod
    def from_stored(cls, data: dict[str, Any] | None) -> ConversationState:
        """The record from what was stored; keys no longer known are dropped."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in names})

    def to_stored(self) -> dict[str, Any]:
        """What to store: the fields that are set."""
        return {f.name: value for f in fields(self) if (value := getattr(self, f.name)) is not None}

    def gate(self) -> Gate:
        """The PIN gate's state of this conversation (`workflows.services.pin_gate.Gate`)."""
        return Gate(
            open_until=datetime.fromisoformat(self.unlocked_until) if self.unlocked_until else None,
            only=tuple(self.unlocked_only) if self.unlocked_only is not None else None,
            paused_until=datetime.fromisoformat(self.pin_paused_until) if self.pin_paused_until else None,
        )

    def set_gate(self, gate: Gate) -> None:
        self.unlocked_until = gate.open_until.isoformat() if gate.open_until else None
        self.unlocked_only = list(gate.only) if gate.only is not None else None
        self.pin_paused_until = gate.paused_until.isoformat() if gate.paused_until else None

    def after_quick_exit(self) -> ConversationState:
        """What survives her quick exit: her language, the PIN gate, and whether the phone is safe."""
        return ConversationState(
            locale=self.locale, safe=self.safe, pin_failures=self.pin_failures, pin_paused_until=self.pin_paused_until
        )
