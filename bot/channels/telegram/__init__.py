"""The Telegram channel: python-telegram-bot v22 updates in, neutral `Inbound`; `Outbound` out, Bot API calls.

Modules: `translate` (update → `Inbound`), `delivery` (`Outbound` → Bot API calls, pacing, errors →
`DeliveryError`), `memory` (message ids for quick exit), `webhook` (the route on the bot's HTTP
server), `channel` (lifecycle: start, backoff, stop, state). ``from_settings`` (here) is the registry's factory;
`polling` is the ``getUpdates`` loop.

It only translates. Every decision (what to ask, which button is valid now) belongs to the
dialogs; callback data is checked for shape here and authorized again there.

* Addresses are ``telegram:<chat_id>``; update ids are ``str(update.update_id)`` (so a redelivered
  update is recognised by the dialog engine); edited messages count as new text with their own id.
* Photos, voice notes and documents are downloaded through ``getFile``. Anything over the Bot
  API's 20 MB download limit (or the bot's own upload limit) is not downloaded: it arrives as
  ``Attachment(too_large=True)`` so the dialog can tell her clearly.
* Stickers, locations and the like arrive as ``Inbound(unsupported=...)``.
* Private chats only: in a group the bot says so (catalog message) and leaves.
* Quick exit (``Outbound.clear_history``) deletes the bot's and her messages of the conversation
  that are younger than 48 hours (what the Bot API allows in a private chat), and removes the
  keyboards of older ones. The message ids come from a bounded in-memory memory per chat
  (`MessageMemory`): a restart forgets them, so a quick exit right after a restart clears only
  what was said since.
* Sending: `AIORateLimiter` keeps to about 30 messages a second overall, `ChatPacer` to about one a
  second per chat (short bursts allowed). A 429 or a 5xx becomes ``DeliveryError(retry_after=...)``
  and the outbox tries again later; a 403 (she blocked the bot) is permanent.
* Acknowledged only when durable. Every update goes through `TelegramChannel.process`, which returns
  True once Telegram may forget it (the dialog engine committed its turn or its failure, or it was a
  repeat; or it could not be read and was dead-lettered) and False when it must come again
  (``NotRecorded``: the database is down; or a file download failed for a network reason, tried
  `channel.DOWNLOAD_ATTEMPTS` times). One chat's updates hold a per-chat lock from translation
  through the commit, so they keep her order; chats run concurrently.
* Polling: our own ``getUpdates`` loop (`polling.UpdatePoller`, no PTB updater) moves the offset past
  an update only when it and every earlier update of the batch are durable, and backs off otherwise.
  Webhook: a Starlette route under a secret path that checks ``X-Telegram-Bot-Api-Secret-Token``
  and answers 200 once the update is durable, 503 when it is not (Telegram sends it again). An
  update that cannot be read is dead-lettered (its id and the error type are logged and kept in
  `TelegramChannel.dead_letters`) and acknowledged, never blocking the rest. docs/channels.md,
  "Telegram: acknowledged only when durable".

Never logged: message text, callback data, file contents, the token (httpx, which logs request
URLs that contain the token, is turned down to WARNING when the channel starts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channels.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.channels.plugin import ChannelDeps
    from bot.channels.telegram.channel import TelegramChannel
    from bot.settings import Settings


def from_settings(settings: Settings, deps: ChannelDeps) -> TelegramChannel | None:
    """The registry's factory: the channel when a token is set (PTB is loaded only then); its webhook route
    goes on the bot's HTTP server in webhook mode."""
    if not settings.telegram_token:
        return None
    from bot.channels.telegram.channel import TelegramChannel, build_application

    polling = settings.telegram_mode == "polling"
    application = build_application(settings.telegram_token, api_url=settings.telegram_api_url, polling=polling)
    channel = TelegramChannel(
        application,
        handle=deps.handle,
        localizer=deps.localizer,
        mode=settings.telegram_mode,
        webhook_url=settings.telegram_webhook_url,
        webhook_secret=settings.telegram_webhook_secret,
        webhook_connections=settings.telegram_webhook_connections,
        max_download_bytes=settings.max_upload_bytes,
        on_started=deps.register,
        turn_timeout=settings.turn_timeout,
    )
    deps.http.add(*channel.routes())
    return channel


_EXPORTS = {
    **dict.fromkeys(
        ("ALLOWED_UPDATES", "COMMANDS", "OFFICIAL_API_URL", "TelegramChannel", "TelegramStartError")
        + ("build_application", "file_url_for"),
        "channel",
    ),
    **dict.fromkeys(
        ("MAX_TEXT_CHARS", "ChatPacer", "TelegramDelivery", "chat_id_of", "delivery_error", "keyboard_for")
        + ("retry_after_seconds",),
        "delivery",
    ),
    **dict.fromkeys(("DELETABLE_SECONDS", "MessageMemory"), "memory"),
    **dict.fromkeys(
        ("BOT_API_DOWNLOAD_LIMIT", "INVALID_ACTION", "MAX_CALLBACK_BYTES", "SCHEME", "UpdateTranslator")
        + ("parse_callback_data",),
        "translate",
    ),
    **dict.fromkeys(("webhook_path", "webhook_route"), "webhook"),
    **dict.fromkeys(("UpdatePoller",), "polling"),
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = ["from_settings", *_EXPORTS]
