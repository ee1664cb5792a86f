"""``/export`` over Telegram: the real bot and its Application against the Bot API fake. The answer is a
one-time link, not a document (nothing of the case list is uploaded to Telegram), and it is sent without
a link preview: Telegram's servers would otherwise fetch the link to preview it, using it up (and
reading the page) before she could open it (docs/statistics.md, "/export in chat")."""

from __future__ import annotations

import json

from fake_bot_api import FakeBotApi
from telegram_harness import RunningBot
from test_telegram_journeys import say
from test_telegram_orders import join

SUPERVISOR = 2102


async def test_the_export_link_goes_as_text_without_a_link_preview(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    await join(polling_bot, fake, SUPERVISOR, ["supervisor"])
    answer = await say(fake, SUPERVISOR, "/export csv", "/dashboard/open/")
    assert "export=csv" in answer["text"]
    (sent,) = [c.params for c in fake.of("sendMessage", SUPERVISOR) if "/dashboard/open/" in str(c.params)]
    options = sent["link_preview_options"]
    assert (json.loads(options) if isinstance(options, str) else options) == {"is_disabled": True}
    assert not fake.of("sendDocument") and not fake.of("sendPhoto", SUPERVISOR)
