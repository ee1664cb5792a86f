"""A small WeChat server API of our own for tests (aiohttp on 127.0.0.1, port 0), and a pusher.

The fake answers what the channel calls, as WeChat's public documentation describes it:

* ``POST /cgi-bin/stable_token``: the same token to every caller until it expires (``expires_in``
  set by the test), then a new one; a wrong app id or secret is 40013 / 40125.
* ``POST /cgi-bin/message/custom/send``: records each message (`sent`); 40001 for a token it did
  not give or that expired (42001), 45015 for an openid outside her 48-hour window (`closed`),
  48001 for ``msgmenu`` when the account may not send it, and any error queued with `fail_next`.
* ``GET /cgi-bin/media/get``: a file of `media`, or 40007.
* ``POST /cgi-bin/menu/create``: keeps the menu (`menus`).

`Pusher` plays WeChat's side of the server address: signed XML pushes to the bot's ``/wechat``,
plain or in safe mode (AES with the EncodingAESKey, ``msg_signature``), with WeChat's retries.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import aiohttp
from aiohttp import web
from wechatpy.crypto import WeChatCrypto

APP_ID = "wx1234567890abcdef"
APP_SECRET = "s" * 32
TOKEN = "walkinghometoken"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters


@dataclass
class Sent:
    """One customer-service message the bot sent."""

    touser: str
    msgtype: str
    body: dict

    @property
    def text(self) -> str:
        """What she reads: the text, or a msgmenu's head, items and tail."""
        if self.msgtype == "text":
            return self.body["text"]["content"]
        if self.msgtype == "msgmenu":
            menu = self.body["msgmenu"]
            items = "\n".join(item["content"] for item in menu["list"])
            return f"{menu['head_content']}\n{items}\n{menu['tail_content']}"
        return ""

    @property
    def items(self) -> list[dict]:
        return self.body["msgmenu"]["list"] if self.msgtype == "msgmenu" else []


class FakeWeChat:
    def __init__(self, *, expires_in: int = 7200, clock: Callable[[], float] = time.monotonic) -> None:
        self.expires_in = expires_in
        self.clock = clock
        self.sent: list[Sent] = []
        self.refused: list[tuple[str, int]] = []  # (openid, errcode) of every refused send
        self.closed: set[str] = set()  # openids outside the 48-hour window
        self.msgmenu_allowed = True
        self.media: dict[str, tuple[str, bytes]] = {}
        self.menus: list[dict] = []
        self.token_calls = 0
        self._tokens = itertools.count(1)
        self._token = ""
        self._token_until = 0.0
        self._failures: dict[str, list[int]] = {}
        self.changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/cgi-bin/stable_token", self._stable_token)
        app.router.add_post("/cgi-bin/message/custom/send", self._send)
        app.router.add_get("/cgi-bin/media/get", self._media)
        app.router.add_post("/cgi-bin/menu/create", self._menu)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- what the tests control ----------------------------------------------------------------

    def fail_next(self, path: str, errcode: int, times: int = 1) -> None:
        """The next ``times`` calls of ``path`` (e.g. ``custom/send``) answer ``errcode``."""
        self._failures.setdefault(path, []).extend([errcode] * times)

    def expire_token(self) -> None:
        """The token given out is no longer valid (as after its two hours)."""
        self._token_until = 0.0

    def to(self, openid: str) -> list[Sent]:
        return [s for s in self.sent if s.touser == openid]

    async def wait_for(self, openid: str, contains: str, *, after: int = 0, within: float = 10.0) -> Sent:
        """The first message to ``openid`` (from index ``after``) whose text has ``contains``."""
        deadline = time.monotonic() + within
        async with self.changed:
            while True:
                for message in self.to(openid)[after:]:
                    if contains in message.text:
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [m.text[:60] for m in self.to(openid)]
                    raise AssertionError(f"{openid} got nothing with {contains!r} in {within} s; got {seen}")
                try:
                    await asyncio.wait_for(self.changed.wait(), left)
                except TimeoutError:
                    pass

    # -- the API ---------------------------------------------------------------------------------

    def _valid(self, request: web.Request) -> int:
        token = request.query.get("access_token", "")
        if not token or token != self._token:
            return 40001
        if self.clock() >= self._token_until:
            return 42001
        return 0

    def _failure(self, path: str) -> int:
        queued = self._failures.get(path)
        return queued.pop(0) if queued else 0

    async def _stable_token(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.token_calls += 1
        if body.get("appid") != APP_ID:
            return _answer(40013)
        if body.get("secret") != APP_SECRET:
            return _answer(40125)
        if body.get("grant_type") != "client_credential":
            return _answer(40002)
        if not self._token or self.clock() >= self._token_until or body.get("force_refresh"):
            self._token = f"token-{next(self._tokens)}-{secrets.token_hex(4)}"
            self._token_until = self.clock() + self.expires_in
        left = max(1, int(self._token_until - self.clock()))
        return web.json_response({"access_token": self._token, "expires_in": left})

    async def _send(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        openid = str(body.get("touser", ""))
        code = self._valid(request) or self._failure("custom/send")
        if not code and openid in self.closed:
            code = 45015
        if not code and not openid.startswith("o"):
            code = 40003
        if not code and body.get("msgtype") == "msgmenu" and not self.msgmenu_allowed:
            code = 48001
        if not code and body.get("msgtype") == "text" and len(body["text"]["content"].encode()) > 2048:
            code = 45002
        if code:
            self.refused.append((openid, code))
            return _answer(code)
        async with self.changed:
            self.sent.append(Sent(openid, str(body.get("msgtype")), body))
            self.changed.notify_all()
        return _answer(0)

    async def _media(self, request: web.Request) -> web.Response:
        code = self._valid(request) or self._failure("media/get")
        if code:
            return _answer(code, content_type="text/plain")
        found = self.media.get(request.query.get("media_id", ""))
        if found is None:
            return _answer(40007, content_type="text/plain")
        content_type, data = found
        return web.Response(body=data, content_type=content_type)

    async def _menu(self, request: web.Request) -> web.Response:
        code = self._valid(request) or self._failure("menu/create")
        if code:
            return _answer(code)
        menu = json.loads(await request.read())
        for button in menu.get("button", []):
            if len(button.get("name", "").encode()) > 16:
                return _answer(40018)
        self.menus.append(menu)
        return _answer(0)


def _answer(errcode: int, *, content_type: str = "application/json") -> web.Response:
    text = json.dumps({"errcode": errcode, "errmsg": "ok" if errcode == 0 else f"error {errcode}"})
    return web.Response(text=text, content_type=content_type)


# --------------------------------------------------------------------------------------------
# WeChat's side of the server address


def signature(token: str, timestamp: str, nonce: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()


@dataclass
class Push:
    """One push as WeChat sends it: the XML in the clear, its sender."""

    openid: str
    xml: str


class Pusher:
    """Sends signed pushes to the bot's ``/wechat``, plain or safe mode, as WeChat does."""

    def __init__(
        self, url: str, fake: FakeWeChat | None = None, *, safe: bool = False, token: str = TOKEN, account: str = "gh_1"
    ) -> None:
        self.url = url.rstrip("/") + "/wechat"
        self.fake = fake
        self.safe = safe
        self.token = token
        self.account = account
        self.crypto = WeChatCrypto(TOKEN, AES_KEY, APP_ID)
        self._ids = itertools.count(int(time.time() * 1000) % 10**9 * 1000)
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _xml(self, openid: str, msg_type: str, fields: dict[str, Any], *, created: int | None = None) -> str:
        parts = [
            f"<ToUserName><![CDATA[{self.account}]]></ToUserName>",
            f"<FromUserName><![CDATA[{openid}]]></FromUserName>",
            f"<CreateTime>{created or int(time.time())}</CreateTime>",
            f"<MsgType><![CDATA[{msg_type}]]></MsgType>",
        ]
        for name, value in fields.items():
            parts.append(f"<{name}>{escape(str(value))}</{name}>")
        return "<xml>" + "".join(parts) + "</xml>"

    def text(self, openid: str, content: str, *, msg_id: int | None = None, menu_id: str = "") -> Push:
        fields: dict[str, Any] = {"Content": content, "MsgId": msg_id or next(self._ids)}
        if menu_id:
            fields["bizmsgmenuid"] = menu_id
        return Push(openid, self._xml(openid, "text", fields))

    def image(self, openid: str, media_id: str) -> Push:
        fields = {"PicUrl": "http://mmbiz.example/pic", "MediaId": media_id, "MsgId": next(self._ids)}
        return Push(openid, self._xml(openid, "image", fields))

    def voice(self, openid: str, media_id: str) -> Push:
        fields = {"MediaId": media_id, "Format": "amr", "MsgId": next(self._ids)}
        return Push(openid, self._xml(openid, "voice", fields))

    def location(self, openid: str) -> Push:
        fields = {"Location_X": "49.2", "Location_Y": "119.7", "Scale": "15", "Label": "x", "MsgId": next(self._ids)}
        return Push(openid, self._xml(openid, "location", fields))

    def event(self, openid: str, event: str, key: str = "", *, created: int | None = None) -> Push:
        fields = {"Event": event, "EventKey": key}
        return Push(openid, self._xml(openid, "event", fields, created=created or int(time.time())))

    async def post(self, push: Push, *, bad_signature: bool = False, wait: float = 5.0) -> tuple[int, str]:
        """One try, as WeChat makes it: (status, body); status 0 when no answer came within ``wait``
        (WeChat waits 5 s)."""
        if self._session is None:
            self._session = aiohttp.ClientSession()
        timestamp, nonce = str(int(time.time())), secrets.token_hex(5)
        params = {"timestamp": timestamp, "nonce": nonce, "openid": push.openid}
        params["signature"] = signature(self.token if not bad_signature else "wrong", timestamp, nonce)
        body = push.xml
        if self.safe:
            body = self.crypto.encrypt_message(push.xml, nonce, timestamp)
            params["encrypt_type"] = "aes"
            params["msg_signature"] = _msg_signature(body)
        if self.fake is not None:
            self.fake.closed.discard(push.openid)  # her message opens the window again
        try:
            async with self._session.post(
                self.url, params=params, data=body.encode(), timeout=aiohttp.ClientTimeout(total=wait)
            ) as response:
                return response.status, await response.text()
        except TimeoutError:
            return 0, ""

    async def send(self, push: Push, *, tries: int = 3, gap: float = 0.2) -> list[int]:
        """WeChat's retries: up to ``tries`` tries until one is answered 200 (``gap`` seconds apart)."""
        statuses = []
        for attempt in range(tries):
            status, _ = await self.post(push)
            statuses.append(status)
            if status == 200:
                break
            if attempt < tries - 1:
                await asyncio.sleep(gap)
        return statuses

    async def handshake(self, echostr: str, *, bad_signature: bool = False) -> tuple[int, str]:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        timestamp, nonce = str(int(time.time())), secrets.token_hex(5)
        sig = signature(self.token if not bad_signature else "wrong", timestamp, nonce)
        params = {"signature": sig, "timestamp": timestamp, "nonce": nonce, "echostr": echostr}
        async with self._session.get(self.url, params=params) as response:
            return response.status, await response.text()


def _msg_signature(encrypted_xml: str) -> str:
    import re

    found = re.search(r"<MsgSignature><!\[CDATA\[(.*?)\]\]></MsgSignature>", encrypted_xml)
    assert found, "wechatpy's encrypted message has a MsgSignature"
    return found.group(1)
