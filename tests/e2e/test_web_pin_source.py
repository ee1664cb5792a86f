"""The web chat tells the dialogs where a message came from: a keyed hash of the client's address."""

from __future__ import annotations

import json

from bot.channels.web.network import network_source

from .conftest import RunningWeb
from .test_web_channel import hello, next_frame


async def test_each_typed_message_carries_a_keyed_hash_of_the_client_address_never_the_address(
    web: RunningWeb,
) -> None:
    first, _ = await hello(web)
    second, _ = await hello(web)  # a fresh session from the same machine
    await first.send(json.dumps({"type": "text", "id": "a1", "text": "HLB-2026-000001 123456"}))
    await next_frame(first, "message")
    await second.send(json.dumps({"type": "text", "id": "b1", "text": "HLB-2026-000002 123456"}))
    await next_frame(second, "message")
    await first.close()
    await second.close()

    one, two = [i for i in web.dialog.received if i.text.startswith("HLB")]
    assert one.address != two.address, "two sessions, two conversations"
    assert one.source == two.source != "", "one network address, one source"
    assert one.source == network_source(web.channel._secret, "127.0.0.1")
    assert "127.0.0.1" not in one.source and one.source != network_source(b"another key", "127.0.0.1")


def test_ipv6_clients_of_one_64_network_are_one_source() -> None:
    key = b"k" * 32
    assert network_source(key, "2001:db8:1:2::10") == network_source(key, "2001:db8:1:2:ffff::1")
    assert network_source(key, "2001:db8:1:2::10") != network_source(key, "2001:db8:1:3::10")
    assert network_source(key, "") == ""
