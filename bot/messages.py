"""Channel-neutral messages: what a channel hands the dialogs, and what it must deliver.

Channels translate their native updates into `Inbound` and render `Outbound`;
nothing else in the bot knows a channel's wire format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: C0 controls but tab and newline, DEL, and the C1 controls: nothing a person means to send
#: (a NUL is refused by PostgreSQL). Format characters (ZWJ, ZWNJ, the Mongolian vowel separator
#: and free variation selectors, bidi marks) and U+202F are not controls and stay.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """What came in from a channel, made safe to store and show, her meaning kept.

    A lone surrogate (which no encoder takes) becomes U+FFFD; line breaks become ``\\n``; NUL and
    the other C0/C1 controls but tab and newline go; the result is in Unicode NFC.
    """
    if value.isascii() and not _CONTROLS.search(value):
        return value  # the common case: nothing to do
    # A paired surrogate written as two code points joins up; a lone one becomes U+FFFD.
    value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    value = _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", value)


def _clean_fields(instance: object, *names: str) -> None:
    for name in names:
        value = getattr(instance, name)
        if isinstance(value, str):
            cleaned = clean_text(value)
            if cleaned is not value:
                object.__setattr__(instance, name, cleaned)


class NotRecorded(Exception):
    """Nothing about an inbound update could be committed (the database is down or refused).

    The channel must not acknowledge it (no offset past it, no 200, no sync token past it), so
    the platform sends it again; the update id makes the repeat harmless once it is recorded.
    """


@dataclass(frozen=True)
class Attachment:
    """A file she sent: kept as bytes until stored, described by name, type and size."""

    filename: str
    content_type: str
    size: int
    data: bytes = b""
    kind: str = "document"  # photo | voice | document | sticker
    too_large: bool = False

    def __post_init__(self) -> None:
        _clean_fields(self, "filename", "content_type")


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
    #: Matrix). PIN guesses are bounded per source (`workflows.services.pin_gate`).
    source: str = ""

    def __post_init__(self) -> None:
        """Every channel builds one of these: odd input is made safe here, once, for all of them."""
        _clean_fields(self, "text", "action", "locale_hint", "unsupported")

    @property
    def channel(self) -> str:
        return self.address.split(":", 1)[0]


@dataclass(frozen=True)
class Button:
    label: str
    action: str


@dataclass(frozen=True)
class Image:
    """A picture sent after a message's text (a chart of the figures): its title and the image itself."""

    title: str
    data: bytes
    content_type: str = "image/png"
    filename: str = "chart.png"
    width: int = 0
    height: int = 0


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
    #: Pictures sent after the text, rendered at send time (docs/outbox.md, "Chart images").
    images: tuple[Image, ...] = ()
