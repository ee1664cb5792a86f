"""The WeChat channel's pieces on their own: settings, update ids, splitting, error codes."""

from __future__ import annotations

import pytest
from fake_wechat import AES_KEY, Pusher

from bot.channels import wechat
from bot.channels.wechat.api import WeChatError
from bot.channels.wechat.delivery import delivery_error, split_bytes
from bot.channels.wechat.translate import read_push
from bot.settings import SettingsError, load_settings


def test_the_channel_is_on_only_with_app_id_secret_and_token_and_the_aes_key_is_checked() -> None:
    assert not wechat.enabled(load_settings(wechat_app_id="wx1", wechat_app_secret="s"))
    assert wechat.enabled(load_settings(wechat_app_id="wx1", wechat_app_secret="s", wechat_token="t"))
    assert load_settings(wechat_aes_key=AES_KEY).wechat_aes_key == AES_KEY
    with pytest.raises(SettingsError, match="EncodingAESKey"):
        load_settings(wechat_aes_key="too-short")
    with pytest.raises(SettingsError):
        load_settings(wechat_buttons="keyboard")
    with pytest.raises(SettingsError):
        load_settings(wechat_reply_seconds=5)  # WeChat stops waiting at 5 s


def test_update_ids_are_the_msgid_or_for_events_sender_time_event_and_key() -> None:
    pusher = Pusher("http://127.0.0.1:1")
    text = read_push(pusher.text("oHer", "你好", msg_id=1234567890123456).xml)
    assert (text.update_id, text.kind, text.address) == ("1234567890123456", "text", "wechat:oHer")
    click = read_push(pusher.event("oHer", "CLICK", "danger", created=1700000000).xml)
    assert (click.update_id, click.kind) == ("oHer:1700000000:click:danger", "event:click")
    again = read_push(pusher.event("oHer", "CLICK", "danger", created=1700000000).xml)
    assert again.update_id == click.update_id, "WeChat's retry of an event is the same update"
    with pytest.raises(ValueError):
        read_push("<xml><MsgType>text</MsgType><Content>x</Content></xml>")  # no sender


def test_pieces_fit_2048_bytes_and_keep_every_line() -> None:
    text = "\n".join(f"第{n}行：她说的话" * 20 for n in range(40))
    pieces = split_bytes(text)
    assert len(pieces) > 1 and all(len(p.encode()) <= 2048 for p in pieces)
    assert "\n".join(pieces) == text
    assert split_bytes("短") == ["短"]


@pytest.mark.parametrize(
    ("code", "offline", "permanent", "retry_after"),
    [
        (45015, True, False, None),
        (45047, True, False, None),  # too many since her last message: her next one lifts it
        (43004, True, False, None),  # she unfollowed: held until she follows and writes again
        (40003, False, True, None),
        (-1, False, False, 5.0),
    ],
)
def test_error_codes_map_to_the_outboxs_rules(code: int, offline: bool, permanent: bool, retry_after) -> None:
    error = delivery_error(WeChatError(code))
    assert (error.offline, error.permanent, error.retry_after) == (offline, permanent, retry_after)


async def test_an_unreachable_api_leaves_the_wait_to_the_outboxs_growing_backoff() -> None:
    """A tryout's 40 s API outage dead-lettered her welcome: a fixed retry_after of 5 s overrode the
    outbox's backoff, so eight attempts went in 40 s. Now the outbox's backoff (5 s doubling) applies."""
    from bot.channels.base import DeliveryError
    from bot.channels.wechat.api import WeChatApi
    from bot.channels.wechat.delivery import WeChatDelivery
    from bot.i18n import Localizer
    from bot.messages import Outbound
    from bot.settings import REPO_LOCALES
    from tests.databases import free_port

    api = WeChatApi(app_id="wx1", app_secret="s", api_url=f"http://127.0.0.1:{free_port()}", timeout=2)
    delivery = WeChatDelivery(api, offers={}, localizer=Localizer(REPO_LOCALES))
    try:
        with pytest.raises(DeliveryError) as failed:
            await delivery.deliver(Outbound(address="wechat:oHer", text="你好", outbox_id=1))
    finally:
        await api.close()
    assert failed.value.retry_after is None and not failed.value.permanent and not failed.value.offline
