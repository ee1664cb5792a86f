"""WeChat's server API, the calls the channel makes: written here, async, with httpx.

wechatpy's client is synchronous (requests); the channel serves pushes on the event loop and may
not block it, so the few calls it needs are written against WeChat's public documentation:

* ``POST /cgi-bin/stable_token`` (``grant_type=client_credential``, ``force_refresh`` false): the
  access token. In this mode WeChat hands every caller the same token until it expires, so several
  processes need no lock between them; each caches it until `REFRESH_MARGIN` seconds before its
  ``expires_in``. A call answered 40001/42001/40014 (invalid or expired token) fetches it once more
  and tries the call again.
* ``POST /cgi-bin/message/custom/send``: customer-service messages (``text``, ``msgmenu``).
* ``GET /cgi-bin/media/get``: a file she sent (image, voice), up to a size limit.
* ``POST /cgi-bin/menu/create``: the account's custom menu.

Never logged: the secret, the token, message text, file contents.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

#: The official API base.
OFFICIAL_API_URL = "https://api.weixin.qq.com"
#: A cached token is fetched again this many seconds before WeChat says it expires.
REFRESH_MARGIN = 300.0
#: Error codes that mean the token is no good (invalid, expired, malformed): fetch it again once.
TOKEN_ERRORS = frozenset({40001, 40014, 42001})


class WeChatError(Exception):
    """WeChat answered a call with a nonzero ``errcode`` (its ``errmsg`` is never her words)."""

    def __init__(self, errcode: int, errmsg: str = "") -> None:
        super().__init__(f"wechat error {errcode}")
        self.errcode = errcode
        self.errmsg = errmsg[:200]


@dataclass(frozen=True)
class Media:
    """A file fetched with ``media/get``: its bytes, or none when it was larger than the limit."""

    content_type: str
    size: int
    data: bytes
    too_large: bool = False


class WeChatApi:
    """The calls the channel makes, with one cached access token per process."""

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str,
        api_url: str = OFFICIAL_API_URL,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app_id = app_id
        self._secret = app_secret
        self.api_url = api_url.rstrip("/")
        self.clock = clock
        self._client = httpx.AsyncClient(timeout=timeout)
        self._token: str = ""
        self._token_until = 0.0
        self._token_lock = asyncio.Lock()  # one fetch at a time in this process
        self.token_fetches = 0  # how many times the token was fetched (tests, logs)

    async def close(self) -> None:
        await self._client.aclose()

    # -- the token ---------------------------------------------------------------------------

    async def token(self, *, stale: str = "") -> str:
        """The cached token; fetched when there is none, it is near its end, or it is ``stale`` (refused)."""
        async with self._token_lock:
            if self._token and self._token != stale and self.clock() < self._token_until:
                return self._token
            body = {"grant_type": "client_credential", "appid": self.app_id, "secret": self._secret}
            body["force_refresh"] = False  # the same token for every process until it expires
            answer = await self._post_json("/cgi-bin/stable_token", body)
            token = answer.get("access_token")
            if not isinstance(token, str) or not token:
                raise WeChatError(int(answer.get("errcode") or -1), str(answer.get("errmsg", "")))
            expires_in = float(answer.get("expires_in") or 7200)
            self._token = token
            self._token_until = self.clock() + max(expires_in - REFRESH_MARGIN, expires_in / 2)
            self.token_fetches += 1
            return token

    async def call(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST ``body`` (JSON) to ``path`` with the token; a refused token is fetched again once."""
        token = await self.token()
        try:
            return await self._checked(path, body, token)
        except WeChatError as error:
            if error.errcode not in TOKEN_ERRORS:
                raise
        return await self._checked(path, body, await self.token(stale=token))

    async def _checked(self, path: str, body: dict[str, Any], token: str) -> dict[str, Any]:
        answer = await self._post_json(path, body, params={"access_token": token})
        errcode = int(answer.get("errcode") or 0)
        if errcode:
            raise WeChatError(errcode, str(answer.get("errmsg", "")))
        return answer

    async def _post_json(self, path: str, body: dict[str, Any], params: dict[str, str] | None = None) -> dict:
        # ensure_ascii=False: her language as UTF-8, as WeChat's examples send it.
        content = json.dumps(body, ensure_ascii=False).encode()
        response = await self._client.post(
            self.api_url + path, params=params, content=content, headers={"content-type": "application/json"}
        )
        response.raise_for_status()
        answer = response.json()
        return answer if isinstance(answer, dict) else {}

    # -- the calls ---------------------------------------------------------------------------

    async def send(self, message: dict[str, Any]) -> None:
        """One customer-service message (``touser``, ``msgtype`` and its part)."""
        await self.call("/cgi-bin/message/custom/send", message)

    async def create_menu(self, menu: dict[str, Any]) -> None:
        await self.call("/cgi-bin/menu/create", menu)

    async def media(self, media_id: str, limit: int) -> Media:
        """A file she sent; not read past ``limit`` bytes (then ``too_large``, no data)."""
        token = await self.token()
        for attempt in range(2):
            params = {"access_token": token, "media_id": media_id}
            async with self._client.stream("GET", self.api_url + "/cgi-bin/media/get", params=params) as response:
                response.raise_for_status()
                content_type = response.headers.get("content-type", "application/octet-stream").split(";")[0]
                if content_type in ("application/json", "text/plain"):  # an error, as JSON
                    answer = (await response.aread())[:4096]
                    error = _error_of(answer)
                    if error.errcode in TOKEN_ERRORS and attempt == 0:
                        token = await self.token(stale=token)
                        continue
                    raise error
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    return Media(content_type, int(declared), b"", too_large=True)
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data.extend(chunk)
                    if len(data) > limit:
                        return Media(content_type, len(data), b"", too_large=True)
                return Media(content_type, len(data), bytes(data))
        raise WeChatError(40001, "token refused twice")


def _error_of(body: bytes) -> WeChatError:
    try:
        answer = json.loads(body)
    except ValueError:
        return WeChatError(-1, "unreadable media answer")
    if not isinstance(answer, dict):
        return WeChatError(-1, "unreadable media answer")
    return WeChatError(int(answer.get("errcode") or -1), str(answer.get("errmsg", "")))
