"""``/stats`` over Telegram: the real bot and its Application against the Bot API fake; the summary comes
as a message, then each chart as a ``sendPhoto`` whose uploaded file is a PNG."""

from __future__ import annotations

import io

from fake_bot_api import FakeBotApi
from PIL import Image
from telegram_harness import RunningBot
from test_telegram_journeys import say
from test_telegram_orders import join

SUPERVISOR = 2101


async def test_a_supervisor_gets_the_figures_and_two_chart_photos(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    bot = polling_bot
    await join(bot, fake, SUPERVISOR, ["supervisor"])
    summary = await say(fake, SUPERVISOR, "/stats year", "Figures ")
    assert "Hailar District" in summary["text"]
    photos = await fake.until(lambda: (lambda p: p if len(p) >= 2 else None)(fake.photos(SUPERVISOR)))
    words = bot.app.localizer
    assert [p["caption"] for p in photos] == [
        words.format("en", "stats-chart-by-service"),
        words.format("en", "stats-chart-by-channel"),  # one region: by channel
    ]
    for photo in photos:
        image = Image.open(io.BytesIO(photo["photo_bytes"]))
        image.load()
        assert image.format == "PNG" and image.width >= 600 and image.height >= 300
    # The summary went first, the photos after it, in that order.
    assert summary["message_id"] < photos[0]["message_id"] < photos[1]["message_id"]
