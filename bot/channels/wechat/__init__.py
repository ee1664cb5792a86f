"""The WeChat Official Account channel (公众号): pushes at ``/wechat``, customer-service messages out.

Modules: `api` (the server API calls, async, with httpx: access token, customer-service send,
media download, menu), `translate` (signatures, safe-mode decryption and XML with wechatpy; a push
→ `Inbound`), `delivery` (`Outbound` → customer-service messages, the 48-hour window, errors →
`DeliveryError`), `channel` (the route and the lifecycle), `menu` (the account menu).
``from_settings`` (here) is the registry's factory. docs/wechat.md tells the why.

* Addresses are ``wechat:<openid>``; update ids are the MsgId, or for events sender + CreateTime +
  event + key. Her OpenID is never shown to staff (the case card never shows an address).
* A push is answered ``success`` once durable, within `WALKING_HOME_WECHAT_REPLY_SECONDS`
  (default 4; WeChat waits 5); otherwise 503 and WeChat tries again (three tries in about 15 s).
* Options are customer-service ``msgmenu`` items (the click's ``bizmsgmenuid`` is the option's
  action, authorized again by the dialogs) or a numbered list; her number or an option's exact
  text selects it from the options last offered her in this process (kept in memory).
* Outside the 48-hour window (45015) a message waits in the outbox without spending attempts until
  she writes again.
* Quick exit cannot delete anything in WeChat: the neutral line only. The safety note that says so
  goes out when she follows the account.

Never logged: message text, file contents, the app secret, the access token, her OpenID.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channels.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.channels.plugin import ChannelDeps
    from bot.channels.wechat.channel import WeChatChannel
    from bot.settings import Settings


def enabled(settings: Settings) -> bool:
    """The channel is on when the app id, the secret and the token are set."""
    return bool(settings.wechat_app_id and settings.wechat_app_secret and settings.wechat_token)


def from_settings(settings: Settings, deps: ChannelDeps) -> WeChatChannel | None:
    """The registry's factory: the channel (its ``/wechat`` route on the bot's HTTP server) when configured."""
    if not enabled(settings):
        return None
    from bot.channels.wechat.channel import WeChatChannel

    channel = WeChatChannel(
        app_id=settings.wechat_app_id,
        app_secret=settings.wechat_app_secret,
        token=settings.wechat_token,
        aes_key=settings.wechat_aes_key,
        api_url=settings.wechat_api_url,
        handle=deps.handle,
        localizer=deps.localizer,
        language=settings.wechat_language,
        buttons=settings.wechat_buttons,
        max_download_bytes=settings.max_upload_bytes,
        reply_seconds=settings.wechat_reply_seconds,
        on_started=deps.register,
        on_connect=deps.on_connect,
    )
    deps.http.add(*channel.routes())
    return channel


_EXPORTS = {
    **dict.fromkeys(("OFFICIAL_API_URL", "WeChatApi", "WeChatError", "Media"), "api"),
    **dict.fromkeys(("PATH", "WeChatChannel", "WeChatStartError"), "channel"),
    **dict.fromkeys(
        ("MAX_TEXT_BYTES", "WINDOW_SECONDS", "WeChatDelivery", "delivery_error", "split_bytes", "openid_of"),
        "delivery",
    ),
    **dict.fromkeys(("MENU_KEYS", "SCHEME", "PushTranslator", "PushVerifier", "choose", "read_push"), "translate"),
    **dict.fromkeys(("MENU_LABELS", "account_menu", "push_menu"), "menu"),
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = ["enabled", "from_settings", *_EXPORTS]
