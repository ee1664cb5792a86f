"""The embedded web chat: a Starlette app with one websocket per conversation, and its channel.

Anyone gets it with ``make run`` (no token). The browser page lives in ``bot/channels/web_static/``:
plain HTML/CSS/JS, every word it shows comes from the ``web-*`` catalog messages.

Protocol (JSON over ``/ws``), client → server::

    {"type": "hello", "token": "<from sessionStorage or empty>", "language": navigator.language}
    {"type": "text", "id": "<client message id>", "text": "..."}
    {"type": "action", "id": "<client message id>", "action": "<button action>"}

server → client::

    {"type": "session", "token": "...", "new": bool, "max_upload_bytes": n, "max_message_bytes": n}
    {"type": "message", "id": outbox_id, "text": "...", "buttons": [[{"label", "action"}]],
     "remove_buttons": bool, "clear": bool}
    {"type": "locale", "locale": "zh-Hans-CN"}
    {"type": "ack", "id": "<client message id>"}
    {"type": "error", "id": "<client message id or null>", "code": "...", "text": "<from the catalog>"}

Files go to ``POST /upload`` (multipart: ``token``, ``id``, ``file``; the token and id also in
the ``X-Session-Token`` and ``X-Upload-Id`` headers, checked before the body is read). ``POST
/exit`` (``token``, ``id``) is the quick-exit beacon, sent alongside the websocket action because
a page that is navigating away may not flush its socket.

Safety: the session token is issued here and kept by the page in sessionStorage only; message
text is never logged, nor a client's address; an upload is streamed to a private temporary
file (0600, deleted once read or refused) and bounded per conversation, per hour and in all
(docs/security.md, "Web chat: uploads, sessions and floods").
"""

from bot.channels.web.app import (
    AGAIN,
    SECURITY_HEADERS,
    STATIC_DIR,
    WebRoutes,
    origin_allowed,
    web_app,
    web_message_ids,
    ws_max_size,
)
from bot.channels.web.channel import SCHEME, WebChannel
from bot.channels.web.component import WebChat, from_settings, load_or_create_secret
from bot.channels.web.server import HttpServer, HttpStartError, WebServer
from bot.channels.web.uploads import attachment_kind, safe_filename

__all__ = [
    "AGAIN",
    "SCHEME",
    "SECURITY_HEADERS",
    "STATIC_DIR",
    "HttpServer",
    "HttpStartError",
    "WebChannel",
    "WebChat",
    "WebRoutes",
    "WebServer",
    "attachment_kind",
    "from_settings",
    "load_or_create_secret",
    "origin_allowed",
    "safe_filename",
    "web_app",
    "web_message_ids",
    "ws_max_size",
]
