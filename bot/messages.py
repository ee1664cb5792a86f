"""Channel-neutral messages: what a channel hands the dialogs, and what it must deliver.

Channels translate their native updates into `Inbound` and render `Outbound`;
nothing else in the bot knows a channel's wire format.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attachment:
    """A file she sent: kept as bytes until stored, described by name, type and size."""

    filename: str
    content_type: str
    size: int
    data: bytes = b""
    kind: str = "document"  # photo | voice | document | sticker
    too_large: bool = False


@dataclass(frozen=True)
class Inbound:
    """One thing a person did: typed text, pressed a button, sent a file."""

    address: str  # URN: telegram:123, matrix:@a:b, web:<session>
    update_id: str  # unique per channel; redeliveries carry the same id
    text: str = ""
    action: str = ""  # button data, as the channel received it (never trusted)
    attachments: tuple[Attachment, ...] = ()
    locale_hint: str = ""
    unsupported: str = ""  # e.g. "sticker", "location": something we cannot take
    #: Where it came from beyond the conversation, as a keyed hash (the web chat: its client's
    #: network address, never the address itself); "" where the account is the source (Telegram,
    #: Matrix). PIN guesses are bounded per source (`bot.pin_guard`).
    source: str = ""

    @property
    def channel(self) -> str:
        return self.address.split(":", 1)[0]


@dataclass(frozen=True)
class Button:
    label: str
    action: str


@dataclass(frozen=True)
class Outbound:
    """A rendered message for one address: localized text, buttons, and housekeeping."""

    address: str
    text: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()  # rows of buttons
    remove_buttons: bool = False
    clear_history: bool = False  # quick exit: delete what the channel allows first
    outbox_id: int | None = None
    locale: str = ""  # the language the text was rendered in (the page follows it)
    extra: dict = field(default_factory=dict)
