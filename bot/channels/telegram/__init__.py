"""The Telegram channel: python-telegram-bot v22 updates in, neutral `Inbound`; `Outbound` out, Bot API calls.

Modules: `translate` (update → `Inbound`), `delivery` (`Outbound` → Bot API calls, pacing, errors →
`DeliveryError`), `memory` (message ids for quick exit), `webhook` (the route on the bot's HTTP
server), `channel` (lifecycle: start, backoff, stop, state; the registry's ``from_settings``).

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
* Polling or webhook, in the caller's event loop (the manual PTB lifecycle); each chat's turns are kept
  apart by the dialog engine's per-address lock. The webhook is a
  Starlette route under a secret path that checks ``X-Telegram-Bot-Api-Secret-Token``, answers 200
  at once and queues the update; an update that fails is dead-lettered (its id and the error type
  are logged and kept in `TelegramChannel.dead_letters`), never blocking the rest.

Never logged: message text, callback data, file contents, the token (httpx, which logs request
URLs that contain the token, is turned down to WARNING when the channel starts).
"""

from bot.channels.telegram.channel import (
    ALLOWED_UPDATES,
    COMMANDS,
    OFFICIAL_API_URL,
    TelegramChannel,
    TelegramStartError,
    build_application,
    file_url_for,
    from_settings,
)
from bot.channels.telegram.delivery import (
    MAX_TEXT_CHARS,
    ChatPacer,
    TelegramDelivery,
    chat_id_of,
    delivery_error,
    keyboard_for,
    retry_after_seconds,
)
from bot.channels.telegram.memory import DELETABLE_SECONDS, MessageMemory
from bot.channels.telegram.translate import (
    BOT_API_DOWNLOAD_LIMIT,
    INVALID_ACTION,
    MAX_CALLBACK_BYTES,
    SCHEME,
    UpdateTranslator,
    parse_callback_data,
)
from bot.channels.telegram.webhook import webhook_path, webhook_route

__all__ = [
    "ALLOWED_UPDATES",
    "BOT_API_DOWNLOAD_LIMIT",
    "COMMANDS",
    "DELETABLE_SECONDS",
    "INVALID_ACTION",
    "MAX_CALLBACK_BYTES",
    "MAX_TEXT_CHARS",
    "OFFICIAL_API_URL",
    "SCHEME",
    "ChatPacer",
    "MessageMemory",
    "TelegramChannel",
    "TelegramDelivery",
    "TelegramStartError",
    "UpdateTranslator",
    "build_application",
    "chat_id_of",
    "delivery_error",
    "file_url_for",
    "from_settings",
    "keyboard_for",
    "parse_callback_data",
    "retry_after_seconds",
    "webhook_path",
    "webhook_route",
]
