"""Throughput of the Telegram channel end to end: ``python -m bench.telegram_throughput`` (or ``make bench``).

Reporter journeys (language, safety, menu, service, region, her words, … confirm → receipt) go
through the path of the Telegram webhook after its HTTP layer: ``Update.de_json`` and
`TelegramChannel.process`, which returns once the update is durable (the webhook answers 200 only
then), the dialogs, workflow, a real SQLite file (WAL, group commit) and the real outbox sender. The only fake is the HTTP seam: a
`telegram.request.BaseRequest` that answers the Bot API in-process, so no network is measured.
Texts are Chinese and traditional Mongolian; services and the 14 regions are mixed.

Three figures, in the same run:

1. throughput: every journey at once, each chat's updates in order (as a person taps), until the
   last reply has been handed to the Bot API;
2. latency at a fixed offered rate (default 500 updates/s, open loop): from the moment an update
   is offered to the moment the first reply to that chat goes out (p50, p99);
3. the floor: ``Update.de_json`` + one raw single-row WAL commit (aiosqlite) + one in-process
   ``sendMessage`` through the same fake request, one after another; and the ratio floor / throughput.

The last line is one JSON object: updates_per_s, p50_ms, p99_ms, rss_mb, floor_updates_per_s, ratio,
the process's CPU time per update in the throughput run (``cpu_ms_per_update``: on a shared machine
it moves less than the rates) and the group commit's units of work per batch (``per_batch``).

``--database-url`` runs one process of the PostgreSQL bench (`bench.postgres_processes`), which
starts several of them against one database and measures them together.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import logging
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.bootstrap import App, build_app
from bot.channels.telegram import ChatPacer, TelegramChannel, build_application
from bot.settings import load_settings
from storage import seed
from storage.migrate import upgrade_async
from storage.uow import write_group
from workflows.vocabulary import REGIONS, Service

TOKEN = "1:BENCH"
BOT_USER = {"id": 1, "is_bot": True, "first_name": "Messages", "username": "bench_bot"}

DESCRIPTIONS = (
    "丈夫喝酒以后经常打我，孩子也害怕。我想咨询离婚和孩子抚养的问题。",
    "婆婆和我们住在一起，天天吵架，希望妇联帮忙调解一下家庭矛盾。",
    "ᠮᠢᠨᠦ ᠨᠥᠬᠦᠷ ᠠᠷᠬᠢ ᠤᠤᠭᠠᠭᠠᠳ ᠨᠠᠮᠠᠶᠢ ᠵᠤᠳᠤᠳᠠᠭ᠃ ᠬᠡᠦᠬᠡᠳ ᠮᠢᠨᠦ ᠠᠶᠤᠳᠠᠭ᠃",
    "ᠪᠢ ᠠᠵᠢᠯ ᠬᠠᠶᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠵᠥᠪᠯᠡᠭᠡ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃",
    "失业两年了，想了解妇联的就业培训，也想给孩子找心理咨询。",
)
#: Services as they arrive at a women's federation: mostly mediation and rights, some of the rest.
SERVICE_MIX = [s.value for s in Service for _ in range({"family_mediation": 4, "rights": 3}.get(s.value, 1))]


class InProcessBotApi(BaseRequest):
    """The Bot API at the HTTP seam, in-process: answers what the channel calls, records sends."""

    def __init__(self) -> None:
        self._message_ids: dict[int, itertools.count] = {}
        self.on_send: Callable[[int], None] = lambda chat_id: None
        self.sent = 0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        if api_method == "getMe":
            result: Any = BOT_USER
        elif api_method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            chat_id = int(params["chat_id"])
            message_id = next(self._message_ids.setdefault(chat_id, itertools.count(1)))
            result = {"message_id": message_id, "date": 0, "chat": {"id": chat_id, "type": "private"}, "text": "…"}
            if api_method == "sendMessage":
                self.sent += 1
                self.on_send(chat_id)
        else:
            result = True
        return 200, json.dumps({"ok": True, "result": result}).encode()


# --- updates -------------------------------------------------------------------------------------


class Journeys:
    """Update payloads (dicts, as a webhook receives them) for reporter journeys, chat by chat."""

    def __init__(self, seed_value: int = 7, first_update_id: int = 1) -> None:
        self.random = random.Random(seed_value)
        self.update_ids = itertools.count(first_update_id)
        self.message_ids = itertools.count(1)

    def _user(self, chat_id: int, language: str) -> dict:
        return {"id": chat_id, "is_bot": False, "first_name": "Q", "language_code": language}

    def message(self, chat_id: int, text: str, language: str) -> dict:
        body: dict[str, Any] = {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self._user(chat_id, language),
            "text": text,
        }
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
        return {"update_id": next(self.update_ids), "message": body}

    def press(self, chat_id: int, data: str, language: str) -> dict:
        return {
            "update_id": next(self.update_ids),
            "callback_query": {
                "id": str(next(self.update_ids)),
                "from": self._user(chat_id, language),
                "chat_instance": "bench",
                "data": data,
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"},
                    "from": BOT_USER,
                    "text": "…",
                },
            },
        }

    def journey(self, chat_id: int) -> list[dict]:
        language = self.random.choice(("zh", "mn"))
        words = self.random.choice(DESCRIPTIONS)
        return [
            self.message(chat_id, "/start", language),
            self.press(chat_id, "lang:zh-Hans-CN", language),
            self.press(chat_id, "safe:yes", language),
            self.press(chat_id, "menu:new", language),
            self.press(chat_id, f"svc:{self.random.choice(SERVICE_MIX)}", language),
            self.press(chat_id, f"reg:{self.random.choice(REGIONS)}", language),
            self.message(chat_id, words, language),
            self.press(chat_id, "continue", language),
            self.press(chat_id, f"inv:{self.random.choice(('none', 'none', 'child', 'elder'))}", language),
            self.press(chat_id, "contact:this_chat", language),
            self.press(chat_id, "id:anonymous", language),
            self.press(chat_id, "consent:yes", language),
            self.press(chat_id, "confirm", language),
        ]


# --- the bot -------------------------------------------------------------------------------------


async def build_bot(
    folder: Path, database_url: str | None = None, *, prepare: bool = True
) -> tuple[App, TelegramChannel, InProcessBotApi]:
    """The bot over a new SQLite file in ``folder`` (or over ``database_url``), migrated and seeded
    unless ``prepare`` is False (another process did it)."""
    url = database_url or f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    if prepare:
        await upgrade_async(url)
    settings = load_settings(database_url=url, evidence_dir=folder / "evidence", web_enabled=False)
    app = build_app(settings, sender_options={"poll_interval": 0.5, "batch_size": 200})
    if prepare:
        async with app.unit_of_work() as uow:
            await seed.seed_reference_data(uow.session)
            await seed.seed_demo_points(uow.session)
            await uow.commit()
    api = InProcessBotApi()
    # No rate limiter: Telegram's 30 msg/s is the server's rule, not this machine's cost.
    application = build_application(TOKEN, polling=False, request=api, rate_limit=False)
    channel = TelegramChannel(
        application,
        handle=app.dialogs.handle,
        localizer=app.localizer,
        mode="webhook",
        webhook_secret="bench",
        pacer=ChatPacer(interval=0),
    )
    await channel.start()
    app.channels.register(channel)
    app.sender.start()
    return app, channel, api


class NotDurable(RuntimeError):
    """The channel would not have acknowledged an update (the bench counts only durable ones)."""


async def feed(channel: TelegramChannel, payload: dict) -> None:
    """What the webhook does after its HTTP layer: parse, then process until durable (200)."""
    if not await channel.process(Update.de_json(payload, channel.application.bot)):
        raise NotDurable(str(payload["update_id"]))


async def drained(api: InProcessBotApi, expected: int, seconds: float = 120) -> None:
    deadline = time.perf_counter() + seconds
    while api.sent < expected and time.perf_counter() < deadline:  # noqa: ASYNC110 (a bench polls)
        await asyncio.sleep(0.005)


async def measure_throughput(
    channel: TelegramChannel, api: InProcessBotApi, journeys: Journeys, count: int, first_chat: int
) -> tuple[float, int]:
    plans = [journeys.journey(first_chat + i) for i in range(count)]
    updates = sum(len(p) for p in plans)

    async def one(plan: list[dict]) -> None:
        for payload in plan:
            await feed(channel, payload)

    sent_before = api.sent
    started = time.perf_counter()
    await asyncio.gather(*(one(plan) for plan in plans))
    # Every update is answered by at least one message; the receipt turn by one more.
    await drained(api, sent_before + updates)
    elapsed = time.perf_counter() - started
    return updates / elapsed, updates


async def measure_latency(
    channel: TelegramChannel, api: InProcessBotApi, journeys: Journeys, count: int, first_chat: int, rate: float
) -> list[float]:
    plans = [journeys.journey(first_chat + i) for i in range(count)]
    # Round r offers step r of every journey: each chat's updates are count/rate seconds apart.
    schedule = [plan[step] for step in range(len(plans[0])) for plan in plans]
    offered: dict[int, float] = {}
    latencies: list[float] = []

    def on_send(chat_id: int) -> None:
        at = offered.pop(chat_id, None)
        if at is not None:
            latencies.append(time.perf_counter() - at)

    api.on_send = on_send
    tasks = []
    start = time.perf_counter()
    for index, payload in enumerate(schedule):
        due = start + index / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        chat_id = (payload.get("message") or payload["callback_query"]["message"])["chat"]["id"]
        offered[chat_id] = due
        tasks.append(asyncio.create_task(feed(channel, payload)))
    await asyncio.gather(*tasks)
    deadline = time.perf_counter() + 30
    while offered and time.perf_counter() < deadline:  # noqa: ASYNC110 (a bench polls)
        await asyncio.sleep(0.005)
    api.on_send = lambda chat_id: None
    return latencies


async def measure_floor(
    folder: Path, api: InProcessBotApi, channel: TelegramChannel, journeys: Journeys, rounds: int
) -> float:
    """Parse one update + one raw single-row WAL commit + one in-process reply, one after another."""
    payloads = [
        journeys.message(900_000_000 + i % 50, DESCRIPTIONS[i % len(DESCRIPTIONS)], "zh") for i in range(rounds)
    ]
    bot = channel.application.bot
    async with aiosqlite.connect(folder / "floor.db") as db:
        await db.execute("PRAGMA journal_mode=WAL")
        await db.execute("PRAGMA synchronous=NORMAL")
        await db.execute("CREATE TABLE seen (id INTEGER PRIMARY KEY, chat INTEGER, body TEXT)")
        await db.commit()
        started = time.perf_counter()
        for payload in payloads:
            update = Update.de_json(payload, bot)
            await db.execute(
                "INSERT INTO seen (chat, body) VALUES (?, ?)", (update.effective_chat.id, update.effective_message.text)
            )
            await db.commit()
            await bot._post("sendMessage", {"chat_id": update.effective_chat.id, "text": "ok"})  # as the channel sends
        elapsed = time.perf_counter() - started
    return rounds / elapsed


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main_async(args: argparse.Namespace) -> dict:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="walking-home-bench-") as tmp:
        folder = Path(tmp)
        app, channel, api = await build_bot(folder)
        journeys = Journeys()
        try:
            await measure_throughput(channel, api, journeys, 20, 1_000)  # warm-up: imports, caches, pages
            cpu_before = time.process_time()
            updates_per_s, updates = await measure_throughput(channel, api, journeys, args.journeys, 100_000)
            cpu_ms = (time.process_time() - cpu_before) * 1000 / updates
            latencies = await measure_latency(channel, api, journeys, args.latency_journeys, 200_000, args.rate)
            floor = await measure_floor(folder, api, channel, journeys, args.floor_rounds)
        finally:
            await channel.stop()
            await app.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    group = write_group(app.write_lock) if app.write_lock is not None else None
    p50, p99 = percentile(latencies, 0.50) * 1000, percentile(latencies, 0.99) * 1000
    result = {
        "updates_per_s": round(updates_per_s, 1),
        "p50_ms": round(p50, 2),
        "p99_ms": round(p99, 2),
        "rss_mb": round(rss_mb, 1),
        "floor_updates_per_s": round(floor, 1),
        "ratio": round(floor / updates_per_s, 2),
        "cpu_ms_per_update": round(cpu_ms, 2),
        "per_batch": round(group.members / group.batches, 1) if group and group.batches else None,
    }
    print(f"journeys: {args.journeys} ({updates} updates), all at once, each chat in order")
    print(f"throughput: {result['updates_per_s']} updates/s (target ≥ 1000)")
    print(
        f"latency at {args.rate:.0f} updates/s offered ({len(latencies)} samples): "
        f"p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms (target p99 ≤ 50), "
        f"mean {statistics.fmean(latencies) * 1000 if latencies else float('nan'):.2f} ms"
    )
    print(f"floor (de_json + raw WAL commit + in-process reply): {result['floor_updates_per_s']} /s")
    print(f"ratio floor/throughput: {result['ratio']} (target ≤ 3)")
    print(f"CPU time of this process per update (throughput run, all threads): {result['cpu_ms_per_update']} ms")
    print(f"peak RSS: {result['rss_mb']} MB")
    print(f"group commit: {result['per_batch']} units of work per COMMIT on average")
    print(json.dumps(result))
    return result


async def child_async(args: argparse.Namespace) -> None:
    """One of several processes on one database (`bench.postgres_processes` drives them over stdin/stdout):
    ``ready`` once warm, then on ``go`` every journey at once; prints when its updates were all durable,
    and keeps its outbox sender running until ``stop``."""
    logging.basicConfig(level=logging.WARNING)
    loop = asyncio.get_running_loop()

    async def line() -> str:
        return (await loop.run_in_executor(None, sys.stdin.readline)).strip()

    index = args.process_index
    with tempfile.TemporaryDirectory(prefix="walking-home-bench-") as tmp:
        app, channel, api = await build_bot(Path(tmp), args.database_url, prepare=False)
        journeys = Journeys(seed_value=7 + index, first_update_id=1 + 10_000_000 * index)
        first_chat = 10_000_000 * (index + 1)
        try:
            for plan in [journeys.journey(first_chat + i) for i in range(5)]:  # warm-up (another process may reply)
                for payload in plan:
                    await feed(channel, payload)
            plans = [journeys.journey(first_chat + 1_000 + i) for i in range(args.journeys)]
            print("ready", flush=True)
            if await line() != "go":
                return
            started, cpu = time.time(), time.process_time()

            resent = 0

            async def one(plan: list[dict]) -> None:
                nonlocal resent
                for payload in plan:
                    while True:
                        try:
                            await feed(channel, payload)
                            break
                        except NotDurable:  # not acknowledged: Telegram would send it again
                            resent += 1
                            await asyncio.sleep(0.5)

            await asyncio.gather(*(one(plan) for plan in plans))
            fed = time.time()
            updates = sum(len(plan) for plan in plans)
            print(json.dumps({"started": started, "fed": fed, "updates": updates, "resent": resent}), flush=True)
            await line()  # "drained": the parent saw every reply sent
            print(json.dumps({"cpu_s": time.process_time() - cpu}), flush=True)
            await line()  # "stop"
        finally:
            await channel.stop()
            await app.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--journeys", type=int, default=200, help="journeys for the throughput run")
    parser.add_argument("--latency-journeys", type=int, default=100, help="journeys for the fixed-rate run")
    parser.add_argument("--rate", type=float, default=500.0, help="offered updates per second")
    parser.add_argument("--floor-rounds", type=int, default=2000)
    parser.add_argument("--database-url", help="run as one process of bench.postgres_processes over this database")
    parser.add_argument("--process-index", type=int, default=0, help="with --database-url: this process's number")
    args = parser.parse_args(argv)
    asyncio.run(child_async(args) if args.database_url else main_async(args))


if __name__ == "__main__":
    main()
