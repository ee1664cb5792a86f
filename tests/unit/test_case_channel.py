"""The case channel a conversation's scheme files under: explicit, and an unknown scheme is an error."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.dialogs.intake import channel_of
from bot.messages import Inbound
from workflows.vocabulary import Channel


def turn_from(address: str) -> SimpleNamespace:
    return SimpleNamespace(inbound=Inbound(address=address, update_id="u-1", text="hello"))


@pytest.mark.parametrize(
    ("address", "channel"),
    [
        ("telegram:42", Channel.TELEGRAM),
        ("matrix:@her:example.org", Channel.MATRIX),
        ("web:abc", Channel.WEB),
        ("wechat:oAbC123", Channel.WECHAT),
    ],
)
def test_each_chat_scheme_files_under_its_own_case_channel(address: str, channel: Channel) -> None:
    assert channel_of(turn_from(address)) is channel


def test_a_scheme_without_a_case_channel_is_refused_not_filed_as_web() -> None:
    # The old code filed a new channel's case as web chat without a word.
    with pytest.raises(ValueError, match="signal"):
        channel_of(turn_from("signal:+8613800000000"))


def test_hotline_is_no_chat_scheme() -> None:
    # Hotline cases are opened by staff, never by a conversation on a "hotline:" address.
    with pytest.raises(ValueError):
        channel_of(turn_from("hotline:1"))
