"""The Matrix channel: matrix-nio's `AsyncClient` against the federation's own homeserver.

Modules: `translate` (room event → `Inbound`), `delivery` (`Outbound` → room messages, redactions,
errors → `DeliveryError`), `state` (the state file), `channel` (lifecycle: log in, sync, backoff,
stop, state; room membership; the registry's ``from_settings``).

It only translates. Room events become neutral `Inbound`; `Outbound` becomes room messages.

* Addresses are ``matrix:@user:server`` (the person), update ids are event ids. One direct room per
  person: the room she invited the bot to last. Invites are accepted; a room with anyone else in it
  gets one catalog line (``matrix-private-only``) and the bot leaves.
* Buttons become a numbered list (plain ``body`` and an HTML ``formatted_body`` in Matrix's allowed
  subset, every word escaped). A reply with the number, or with an option's exact text, or a keycap
  reaction (1️⃣ …) on that message selects it. The last options offered in a room are kept in
  memory; the dialogs authorize every action again.
* Images, audio, video and files are downloaded from the media repository up to the size limit;
  larger ones arrive as ``Attachment(too_large=True)``. Locations and stickers arrive as
  ``Inbound(unsupported=...)``.
* Encrypted rooms are not supported (see docs/matrix.md): the bot says, in her language, that it
  needs an unencrypted direct chat and how to start one, then leaves the room.
* Quick exit (``Outbound.clear_history``) redacts the bot's messages in her room, and hers when the
  bot's power level allows redacting others; then sends the neutral line and leaves (she may invite
  the bot again).
* A small JSON state file (``<state dir>/state.json``, mode 0600) keeps the device id, the sync
  token and each person's room, so a restart neither replays old events nor misses new ones. The
  token is saved only after the events of a sync were handed to the dialogs (at least once; the
  channel and the dialog engine both drop repeated event ids).
* An unreachable homeserver is retried with backoff in the background (one log line), so the
  other channels keep running.

Never logged: message text, file contents, passwords, access tokens.
"""

from bot.channels.matrix.channel import SYNC_FILTER, MatrixChannel, MatrixStartError, from_settings
from bot.channels.matrix.delivery import (
    MAX_TEXT_CHARS,
    MatrixDelivery,
    delivery_error,
    flat_options,
    render,
    text_content,
    user_of,
)
from bot.channels.matrix.state import MatrixState
from bot.channels.matrix.translate import KEYCAPS, OPTIONS_KEY, SCHEME, EventTranslator, Offer, choose

__all__ = [
    "KEYCAPS",
    "MAX_TEXT_CHARS",
    "OPTIONS_KEY",
    "SCHEME",
    "SYNC_FILTER",
    "EventTranslator",
    "MatrixChannel",
    "MatrixDelivery",
    "MatrixStartError",
    "MatrixState",
    "Offer",
    "choose",
    "delivery_error",
    "flat_options",
    "from_settings",
    "render",
    "text_content",
    "user_of",
]
