"""A small Telegram Bot API of our own for tests: aiohttp on 127.0.0.1, port 0.

It answers what the bot uses (getMe, getUpdates as a long poll, sendMessage, sendPhoto, answerCallbackQuery,
editMessageText, editMessageReplyMarkup, deleteMessage(s), deleteWebhook, setWebhook,
setMyCommands, getFile and the file download, leaveChat), records every call with its parameters
(PTB sends form-encoded parameters whose objects are JSON-encoded; they are decoded here), and can
be told to fail the next call of a method. The long poll is released at once on `stop`.

Tests push updates with `user_message`, `press` and friends, and read what the bot did in `calls`.

It also keeps what Telegram considers acknowledged (`acknowledged`): with polling, the updates
below an offset the bot has sent to ``getUpdates`` (Telegram forgets them then); with a webhook
(once the bot calls ``setWebhook`` with a URL), the updates its webhook answered 2xx. Like
Telegram, it POSTs one chat's updates one after another (up to ``max_connections`` chats at
once), with the secret header, and sends an update again after a non-2xx answer or a broken
connection; while a webhook is set, ``getUpdates`` answers 409.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Messages", "username": "messages_test_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


def _decode(value: str) -> Any:
    """Form values: objects and numbers arrive JSON-encoded, plain strings as they are."""
    try:
        return json.loads(value)
    except ValueError:
        return value


class FakeBotApi:
    def __init__(self, token: str = "123:TEST") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.changed = asyncio.Condition()
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._failures: dict[str, list[tuple[int, dict]]] = {}
        self.files: dict[str, bytes] = {}
        self.file_sizes: dict[str, int] = {}
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._stopping = asyncio.Event()
        self._stalled: frozenset[str] | None = None  # methods that hang; empty: every method
        self._unstalled = asyncio.Event()
        self.port = 0
        #: Every update id pushed, in order.
        self.pushed: list[int] = []
        #: The highest offset the bot sent to getUpdates: every update below it is acknowledged.
        self.confirmed_offset = 0
        #: The offset of every getUpdates call, in order (0: none given).
        self.offsets: list[int] = []
        #: The webhook the bot set (url, secret_token), or None.
        self.webhook: dict[str, str] | None = None
        #: (update id, HTTP status) of every webhook POST; 0 when no answer came (connection broken).
        self.webhook_answers: list[tuple[int, int]] = []
        self.webhook_retry_delay = 0.2
        self.max_connections = 40
        self._webhook_acked: set[int] = set()
        self._chat_queues: dict[Any, asyncio.Queue] = {}
        self._workers: list[asyncio.Task] = []
        self._client: aiohttp.ClientSession | None = None

    # -- server ------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._api)
        app.router.add_get("/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        self.port = self._site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self._stopping.set()
        self._unstalled.set()
        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        if self._client is not None:
            await self._client.close()
        async with self.changed:
            self.changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what the tests control ----------------------------------------------------------------

    def fail_next(self, method: str, status: int, *, retry_after: int | None = None, description: str = "") -> None:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description or f"Error {status}"}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
            body["description"] = f"Too Many Requests: retry after {retry_after}"
        self._failures.setdefault(method, []).append((status, body))

    def stall(self, *methods: str) -> None:
        """From now on, calls of ``methods`` (every method when none is named) hang unanswered,
        as a Bot API behind a dead network does, until `unstall` or `stop`."""
        self._stalled = frozenset(methods)
        self._unstalled.clear()

    def unstall(self) -> None:
        self._stalled = None
        self._unstalled.set()

    def _stalls(self, method: str) -> bool:
        return self._stalled is not None and (not self._stalled or method in self._stalled)

    async def push(self, update: dict) -> dict:
        update.setdefault("update_id", next(self._update_ids))
        self.pushed.append(update["update_id"])
        if self.webhook is not None:
            self._enqueue(update)
        else:
            self._updates.append(update)
        async with self.changed:
            self.changed.notify_all()
        return update

    def acknowledged(self) -> set[int]:
        """The update ids Telegram would never send again: below the confirmed offset, or answered 2xx."""
        return {u for u in self.pushed if u < self.confirmed_offset} | self._webhook_acked

    # -- the webhook side ------------------------------------------------------------------------

    def _enqueue(self, update: dict) -> None:
        key = _chat_of(update)
        queue = self._chat_queues.get(key)
        if queue is None:
            queue = self._chat_queues[key] = asyncio.Queue()
            self._workers.append(asyncio.create_task(self._deliver_chat(queue)))
        queue.put_nowait(update)

    async def _deliver_chat(self, queue: asyncio.Queue) -> None:
        """One chat's updates, one after another; each until its webhook answers 2xx."""
        while True:
            update = await queue.get()
            while True:
                status = await self._post_webhook(update)
                self.webhook_answers.append((update["update_id"], status))
                if 200 <= status < 300:
                    self._webhook_acked.add(update["update_id"])
                    async with self.changed:
                        self.changed.notify_all()
                    break
                async with self.changed:
                    self.changed.notify_all()
                await asyncio.sleep(self.webhook_retry_delay)

    async def _post_webhook(self, update: dict) -> int:
        webhook = self.webhook
        if webhook is None:
            return 0
        if self._client is None:
            connector = aiohttp.TCPConnector(limit=self.max_connections)
            self._client = aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=120))
        headers = {"X-Telegram-Bot-Api-Secret-Token": webhook.get("secret_token", "")}
        try:
            async with self._client.post(webhook["url"], json=update, headers=headers) as answer:
                await answer.read()
                return answer.status
        except (aiohttp.ClientError, TimeoutError, OSError):
            return 0

    def make_update(self, **content: Any) -> dict:
        return {"update_id": next(self._update_ids), **content}

    def message(
        self, chat_id: int, text: str = "", *, chat_type: str = "private", language: str = "en", **extra: Any
    ) -> dict:
        message_id = self._next_message_id(chat_id)
        body = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, **({"title": "Group"} if chat_type != "private" else {})},
            "from": {"id": abs(chat_id), "is_bot": False, "first_name": "A", "language_code": language},
            **extra,
        }
        if text:
            body["text"] = text
            if text.startswith("/"):
                body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return body

    async def user_message(self, chat_id: int, text: str = "", **extra: Any) -> dict:
        return await self.push({"message": self.message(chat_id, text, **extra)})

    def callback(self, chat_id: int, data: str, *, language: str = "en") -> dict:
        sent = self.last_sent(chat_id)
        return {
            "callback_query": {
                "id": f"cq{next(self._update_ids)}",
                "from": {"id": chat_id, "is_bot": False, "first_name": "A", "language_code": language},
                "chat_instance": "ci",
                "data": data,
                "message": {
                    "message_id": sent["message_id"] if sent else 1,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"},
                    "from": BOT_USER,
                    "text": "…",
                },
            }
        }

    async def press(self, chat_id: int, data: str) -> dict:
        return await self.push(self.callback(chat_id, data))

    def add_file(self, file_id: str, data: bytes, *, size: int | None = None) -> None:
        self.files[file_id] = data
        self.file_sizes[file_id] = len(data) if size is None else size

    # -- reading what happened -------------------------------------------------------------------

    def of(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def sent(self, chat_id: int) -> list[dict]:
        """sendMessage results to one chat, oldest first: text, reply_markup, message_id."""
        return [c.params for c in self.of("sendMessage", chat_id) if "message_id" in c.params]

    def last_sent(self, chat_id: int) -> dict | None:
        sent = self.sent(chat_id)
        return sent[-1] if sent else None

    async def until(self, predicate: Callable[[], Any], seconds: float = 10) -> Any:
        async with asyncio.timeout(seconds), self.changed:
            await self.changed.wait_for(predicate)
        return predicate()

    async def reply_to(self, chat_id: int, action: Callable[[], Any], contains: str = "", seconds: float = 10) -> dict:
        """Do ``action`` and wait for the next message to ``chat_id`` (containing ``contains``)."""
        before = len(self.sent(chat_id))
        await action()

        def arrived() -> dict | None:
            for params in self.sent(chat_id)[before:]:
                if contains in params.get("text", "") or contains in json.dumps(params.get("reply_markup") or {}):
                    return params
            return None

        return await self.until(arrived, seconds)

    # -- handlers ------------------------------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.method == "GET":
            return {k: _decode(v) for k, v in request.query.items()}
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        return {k: (_decode(v) if isinstance(v, str) else v) for k, v in form.items()}

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        if method != "getUpdates":
            call = Call(method, params)
            self.calls.append(call)
        if self._stalls(method):
            async with self.changed:
                self.changed.notify_all()  # the call was made; its answer never comes while stalled
            while self._stalls(method) and not self._stopping.is_set():
                await self._unstalled.wait()  # set again by `unstall` and by `stop`
        failures = self._failures.get(method)
        if failures:
            status, body = failures.pop(0)
            async with self.changed:
                self.changed.notify_all()
            return web.json_response(body, status=status)
        handler = getattr(self, f"_m_{method}", None)
        result = await handler(params) if handler else True
        if method == "sendMessage":
            call.params.update(message_id=result["message_id"])
        if method != "getUpdates":
            async with self.changed:
                self.changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, params: dict) -> dict:
        return {
            **BOT_USER,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_setWebhook(self, params: dict) -> bool:
        self.webhook = {"url": str(params["url"]), "secret_token": str(params.get("secret_token") or "")}
        # Telegram's rule: 1–100 connections, 40 when not given (the pushes' client is made anew).
        self.max_connections = min(100, max(1, int(params.get("max_connections") or 40)))
        old, self._client = self._client, None  # the next push makes a client with the new limit
        if old is not None:
            await old.close()
        waiting, self._updates = self._updates, []
        for update in waiting:
            self._enqueue(update)
        return True

    async def _m_deleteWebhook(self, params: dict) -> bool:
        self.webhook = None
        return True

    async def _m_getUpdates(self, params: dict) -> list[dict]:
        if self.webhook is not None:
            raise web.HTTPConflict(
                text=json.dumps({"ok": False, "error_code": 409, "description": "Conflict: webhook is active"}),
                content_type="application/json",
            )
        offset = int(params.get("offset") or 0)
        self.offsets.append(offset)
        self.confirmed_offset = max(self.confirmed_offset, offset)
        async with self.changed:
            self.changed.notify_all()
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)

        def pending() -> bool:
            return bool(self._updates) or self._stopping.is_set()

        if not pending() and timeout > 0:
            try:
                async with asyncio.timeout(timeout), self.changed:
                    await self.changed.wait_for(pending)
            except TimeoutError:
                pass
        return list(self._updates[:100])

    async def _m_sendMessage(self, params: dict) -> dict:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    async def _m_sendPhoto(self, params: dict) -> dict:
        """A photo uploaded as multipart form data: kept as ``photo_bytes`` in the call (the caption too)."""
        chat_id = int(params["chat_id"])
        upload = params.get("photo")
        data = upload.file.read() if hasattr(upload, "file") else b""
        params["photo_bytes"] = data
        message_id = self._next_message_id(chat_id)
        params["message_id"] = message_id
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "caption": params.get("caption", ""),
            "photo": [
                {
                    "file_id": f"photo-{chat_id}-{message_id}",
                    "file_unique_id": f"u-{chat_id}-{message_id}",
                    "width": 800,
                    "height": 600,
                    "file_size": len(data),
                }
            ],
        }

    def photos(self, chat_id: int) -> list[dict]:
        """sendPhoto calls to one chat, oldest first: caption, photo_bytes (the uploaded file), message_id."""
        return [c.params for c in self.of("sendPhoto", chat_id) if "message_id" in c.params]

    async def _m_editMessageText(self, params: dict) -> dict | bool:
        return await self._m_sendMessage(params) if "chat_id" in params else True

    async def _m_editMessageReplyMarkup(self, params: dict) -> dict | bool:
        chat_id = int(params["chat_id"])
        return {
            "message_id": int(params["message_id"]),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": "…",
        }

    async def _m_getFile(self, params: dict) -> dict:
        file_id = str(params["file_id"])
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": self.file_sizes.get(file_id, 0),
            "file_path": f"documents/{file_id}",
        }

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        self.calls.append(Call("downloadFile", {"file_id": file_id}))
        if file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id])


def _chat_of(update: dict) -> Any:
    """The chat an update belongs to (Telegram keeps each chat's updates in order), else the update itself."""
    for kind in ("message", "edited_message", "my_chat_member"):
        if isinstance(update.get(kind), dict):
            return update[kind].get("chat", {}).get("id")
    query = update.get("callback_query")
    if isinstance(query, dict):
        return (query.get("message") or {}).get("chat", {}).get("id")
    return ("update", update.get("update_id"))
