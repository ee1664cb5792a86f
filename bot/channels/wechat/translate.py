"""WeChat's pushes in, neutral `Inbound` out: signatures, safe-mode decryption, XML, menu keys and options.

wechatpy does the protocol's fiddly parts: `check_signature` (SHA-1 over the sorted token,
timestamp and nonce), `WeChatCrypto` (safe mode: AES-256-CBC with the EncodingAESKey, the
``msg_signature`` over the encrypted part) and `parse_message` (the XML into message objects).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import check_signature

from bot.channels.wechat.api import Media
from bot.messages import Attachment, Button, Inbound

SCHEME = "wechat"
#: The account menu's click keys (`walking-home wechat menu push`) and what each one is to the dialogs:
#: "I need help" is ``/start`` (the menu, or the language picker first), "My cases" is ``/cases``,
#: "Danger now" the dialogs' ``danger`` action.
MENU_KEYS: dict[str, dict[str, str]] = {
    "help": {"text": "/start"},
    "cases": {"text": "/cases"},
    "danger": {"action": "danger"},
}
#: Message types the dialogs cannot take: they arrive as ``Inbound(unsupported=...)``.
UNSUPPORTED = {"location": "location", "video": "video", "shortvideo": "video", "link": "link", "file": "file"}


class Refused(Exception):
    """A push that is not WeChat's (bad signature) or cannot be read in safe mode: answered 403."""


class PushVerifier:
    """Checks a push's signatures and gives its XML in the clear."""

    def __init__(self, *, token: str, app_id: str, aes_key: str = "") -> None:
        self.token = token
        self.crypto = WeChatCrypto(token, aes_key, app_id) if aes_key else None

    def signed(self, params: dict[str, str]) -> bool:
        try:
            check_signature(
                self.token, params.get("signature", ""), params.get("timestamp", ""), params.get("nonce", "")
            )
        except InvalidSignatureException:
            return False
        return True

    def plain_xml(self, params: dict[str, str], body: bytes) -> bytes | str:
        """The push's XML: as it came (plain mode), or decrypted (``encrypt_type=aes``)."""
        if not self.signed(params):
            raise Refused("bad signature")
        if params.get("encrypt_type", "raw") != "aes":
            return body
        if self.crypto is None:
            raise Refused("safe mode without an EncodingAESKey")
        try:
            return self.crypto.decrypt_message(
                body, params.get("msg_signature", ""), params.get("timestamp", ""), params.get("nonce", "")
            )
        except InvalidSignatureException:
            raise Refused("bad msg_signature") from None


@dataclass(frozen=True)
class Push:
    """One push, read: who, what kind, its update id (stable across WeChat's retries)."""

    openid: str
    kind: str  # the MsgType, or "event:<event>"
    update_id: str
    raw: dict

    @property
    def address(self) -> str:
        return f"{SCHEME}:{self.openid}"


def read_push(xml: bytes | str) -> Push:
    """The push's fields; raises ValueError when it is not a WeChat message at all."""
    message = parse_message(xml)
    if message is None:
        raise ValueError("empty push")
    raw = dict(message._data)  # wechatpy keeps the XML's fields as a dict
    openid = str(raw.get("FromUserName") or "")
    msg_type = str(raw.get("MsgType") or "").lower()
    if not openid or not msg_type:
        raise ValueError("a push without a sender or a type")
    if msg_type == "event":
        event = str(raw.get("Event") or "").lower()
        key = str(raw.get("EventKey") or "")
        update_id = f"{openid}:{raw.get('CreateTime', '')}:{event}:{key}"[:200]
        return Push(openid, f"event:{event}", update_id, raw)
    msg_id = str(raw.get("MsgId") or "")
    if not msg_id:
        raise ValueError("a message without a MsgId")
    return Push(openid, msg_type, msg_id, raw)


def choose(text: str, options: Sequence[Button], *, by_number: bool = True) -> str | None:
    """The action a reply selects: its number (1-based, only ``by_number``: when the options were
    shown numbered), or an option's exact label."""
    typed = text.strip()
    if not typed or not options:
        return None
    if by_number and typed.isdigit() and 1 <= int(typed) <= len(options):
        return options[int(typed) - 1].action
    folded = typed.casefold()
    return next((b.action for b in options if b.label.strip().casefold() == folded), None)


Download = Callable[[str, int], Awaitable[Media]]


class PushTranslator:
    """A push as an `Inbound` (None: nothing for the dialogs, only acknowledged)."""

    def __init__(
        self,
        *,
        download: Download,
        offers: dict[str, list[Button]],
        max_download_bytes: int,
        hint: str,
        numbered: Callable[[], bool] = lambda: True,
    ):
        self.download = download
        self.offers = offers  # openid → the options last offered her (shared with delivery)
        #: Whether options go out numbered now: a digit she types picks one only then. Under a msgmenu
        #: no number is shown, and "2" is her own words (a tryout's "2" picked "danger now").
        self.numbered = numbered
        self.max_download_bytes = max_download_bytes
        self.hint = hint  # the account's language: the picker's first choice

    async def inbound(self, push: Push) -> Inbound | None:
        common = {"address": push.address, "update_id": push.update_id, "locale_hint": self.hint}
        raw = push.raw
        if push.kind == "event:subscribe":
            return Inbound(**common, text="/start")
        if push.kind == "event:click":
            meaning = MENU_KEYS.get(str(raw.get("EventKey") or ""))
            return Inbound(**common, **meaning) if meaning else None
        if push.kind.startswith("event:"):  # unsubscribe, menu links, template receipts…: acknowledged only
            return None
        if push.kind == "text":
            text = str(raw.get("Content") or "")
            menu_id = str(raw.get("bizmsgmenuid") or "")
            if menu_id:
                # A msgmenu click: its id is the option's action (never trusted: the dialogs authorize it).
                return Inbound(**common, action=menu_id)
            action = choose(text, self.offers.get(push.openid, ()), by_number=self.numbered())
            return Inbound(**common, action=action) if action is not None else Inbound(**common, text=text)
        if push.kind in ("image", "voice"):
            media_id = str(raw.get("MediaId") or "")
            media = await self.download(media_id, self.max_download_bytes)
            kind = "photo" if push.kind == "image" else "voice"
            extension = "jpg" if push.kind == "image" else str(raw.get("Format") or "amr").lower()[:8]
            attachment = Attachment(
                f"{push.kind}.{extension}",
                media.content_type[:100],
                media.size,
                data=media.data,
                kind=kind,
                too_large=media.too_large,
            )
            return Inbound(**common, attachments=(attachment,))
        return Inbound(**common, unsupported=UNSUPPORTED.get(push.kind, "other"))
