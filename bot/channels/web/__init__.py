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

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channels.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.channels.plugin import ChannelDeps
    from bot.channels.web.component import WebChat
    from bot.settings import Settings


def from_settings(settings: Settings, deps: ChannelDeps) -> WebChat | None:
    """The registry's factory: the web chat when ``WALKING_HOME_WEB_ENABLED`` (the default); its routes go
    on the bot's HTTP server."""
    if not settings.web_enabled:
        return None
    from bot.channels.web.app import WebRoutes
    from bot.channels.web.channel import WebChannel
    from bot.channels.web.component import WebChat, load_or_create_secret

    channel = WebChannel(
        secret=load_or_create_secret(settings.web_secret_file),
        on_connect=deps.on_connect,
        on_forget=deps.on_forget,
        quiet_seconds=settings.web_idle_session_minutes * 60,
    )
    routes = WebRoutes(channel, deps.handle, deps.localizer, settings)
    deps.http.add(*routes.routes)
    return WebChat(channel, routes, server=deps.http, register=deps.register)


_EXPORTS = {
    **dict.fromkeys(
        ("AGAIN", "SECURITY_HEADERS", "STATIC_DIR", "WebRoutes", "origin_allowed", "web_app", "web_message_ids")
        + ("ws_max_size",),
        "app",
    ),
    **dict.fromkeys(("SCHEME", "WebChannel"), "channel"),
    **dict.fromkeys(("WebChat", "load_or_create_secret"), "component"),
    **dict.fromkeys(("HttpServer", "HttpStartError", "WebServer"), "server"),
    **dict.fromkeys(("attachment_kind", "safe_filename"), "uploads"),
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = ["from_settings", *_EXPORTS]
