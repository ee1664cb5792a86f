"""The Matrix channel: matrix-nio's `AsyncClient` against the federation's own homeserver.

Modules: `translate` (room event → `Inbound`), `delivery` (`Outbound` → room messages, redactions,
errors → `DeliveryError`), `state` (the state file), `channel` (lifecycle: log in, sync, backoff,
stop, state; room membership). ``from_settings`` (here) is the registry's factory.

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
* The channel state (device id, sync token, each person's room and language; ids only) is one
  row of the database's ``channel_state`` table, so a restart, or a process on another machine
  that takes the channel over, neither replays old events nor misses new ones. The token moves
  only past a sync whose every event the dialogs recorded: when one raises `NotRecorded` (the
  database is down) the channel backs off and syncs again from the old token, and the dialog
  engine drops the event ids it has already recorded. A ``state.json`` left in the state folder by
  an earlier version is imported once and renamed ``state.json.imported``.
* An unreachable homeserver is retried with backoff in the background (one log line), so the
  other channels keep running.

Never logged: message text, file contents, passwords, access tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channels.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.channels.matrix.channel import MatrixChannel
    from bot.channels.plugin import ChannelDeps
    from bot.settings import Settings


def from_settings(settings: Settings, deps: ChannelDeps) -> MatrixChannel | None:
    """The registry's factory: the channel when a homeserver and a user are set (matrix-nio is loaded only then)."""
    if not (settings.matrix_homeserver and settings.matrix_user):
        return None
    from bot.channels.matrix.channel import MatrixChannel

    if deps.channel_state is None:
        raise ValueError("the Matrix channel keeps its sync token in the channel state store: none was given")
    return MatrixChannel(
        homeserver=settings.matrix_homeserver,
        user=settings.matrix_user,
        password=settings.matrix_password,
        access_token=settings.matrix_access_token,
        state_store=deps.channel_state,
        state_dir=settings.matrix_state_dir,
        handle=deps.handle,
        localizer=deps.localizer,
        max_download_bytes=settings.max_upload_bytes,
        on_started=deps.register,
        turn_timeout=settings.turn_timeout,
    )


_EXPORTS = {
    **dict.fromkeys(("SYNC_FILTER", "MatrixChannel", "MatrixStartError"), "channel"),
    **dict.fromkeys(
        ("MAX_TEXT_CHARS", "MatrixDelivery", "delivery_error", "flat_options", "render", "text_content", "user_of"),
        "delivery",
    ),
    "MatrixState": "state",
    **dict.fromkeys(("KEYCAPS", "OPTIONS_KEY", "SCHEME", "EventTranslator", "Offer", "choose"), "translate"),
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = ["from_settings", *_EXPORTS]
