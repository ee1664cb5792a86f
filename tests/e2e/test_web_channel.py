"""The web chat channel over real HTTP and websockets: a uvicorn on 127.0.0.1, an echo dialog."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus

from bot.channels.base import DeliveryError
from bot.channels.web import WebChannel, WebServer, attachment_kind, safe_filename
from bot.messages import Outbound

from .conftest import RunningWeb


async def hello(
    web: RunningWeb, token: str = "", language: str = "zh-CN", resume: bool = False
) -> tuple[ClientConnection, dict]:
    socket = await connect(web.ws_url, origin=web.origin)
    await socket.send(json.dumps({"type": "hello", "token": token, "language": language, "resume": resume}))
    session = await next_frame(socket, "session")
    return socket, session


async def next_frame(socket: ClientConnection, kind: str) -> dict:
    """The next frame of this type; others (acks, messages) in between are skipped."""
    async with asyncio.timeout(5):
        while True:
            frame = json.loads(await socket.recv())
            if frame["type"] == kind:
                return frame


async def eventually(condition) -> None:
    """Poll server-side state that offers no event to wait on (a socket's server side closing)."""
    async with asyncio.timeout(5):
        while not condition():  # noqa: ASYNC110 - nothing to await: the channel has no "detached" event
            await asyncio.sleep(0.01)


def upload_form(token: str, client_id: str, name: str, data: bytes, content_type: str):
    return {"token": token, "id": client_id}, {"file": (name, data, content_type)}


def upload_headers(web: RunningWeb, token: str, client_id: str) -> dict[str, str]:
    """What the page sends with an upload: its origin, token and upload id, read before the body."""
    return {"origin": web.origin, "x-session-token": token, "x-upload-id": client_id}


async def test_health_answers_ok(web: RunningWeb) -> None:
    async with httpx.AsyncClient(base_url=web.url) as client:
        response = await client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_the_page_is_served_with_security_headers_and_no_inline_script(web: RunningWeb) -> None:
    async with httpx.AsyncClient(base_url=web.url) as client:
        page = await client.get("/")
        bye = await client.get("/bye")
        script = await client.get("/static/app.js")
    assert page.status_code == bye.status_code == script.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text and "style=" not in page.text
    assert 'src="/static/app.js"' in page.text


async def test_the_exit_page_carries_no_words_of_the_conversation(web: RunningWeb) -> None:
    async with httpx.AsyncClient(base_url=web.url) as client:
        bye = await client.get("/bye")
        words = (await client.get("/ui/zh-Hans-CN.json")).json()["messages"]
    assert bye.status_code == 200
    for message_id, text in words.items():
        if message_id != "web-bye-title":
            assert text not in bye.text


async def test_the_page_words_come_from_the_catalog_with_fallback(web: RunningWeb) -> None:
    async with httpx.AsyncClient(base_url=web.url) as client:
        english = (await client.get("/ui/en.json")).json()
        chinese = (await client.get("/ui/zh-Hans-CN.json")).json()
        from_hint = (await client.get("/ui/en-GB.json")).json()
        unknown = (await client.get("/ui/xx.json")).json()
    assert english["locale"] == "en" and from_hint["locale"] == "en"
    assert english["messages"]["web-quick-exit"] == web.localizer.format("en", "web-quick-exit")
    assert chinese["messages"]["web-quick-exit"] == web.localizer.format("zh-Hans-CN", "web-quick-exit")
    assert unknown["locale"] == "zh-Hans-CN"
    assert unknown["messages"] == chinese["messages"]
    assert set(english["messages"]) == set(chinese["messages"])
    assert all(key.startswith("web-") for key in english["messages"])
    assert all(text and text != key for key, text in english["messages"].items())


async def test_a_session_token_is_issued_on_first_connect_and_reused_after_a_reconnect(web: RunningWeb) -> None:
    first, session = await hello(web)
    await first.close()
    token = session["token"]
    assert session["new"] is True and len(token) >= 32

    second, again = await hello(web, token=token)
    await second.close()
    assert again == {**session, "new": False}

    start = [i for i in web.dialog.received if i.text == "/start"]
    assert [i.address for i in start] == [web.channel.address_of(token)]


async def test_a_token_the_server_never_issued_gets_a_fresh_one(web: RunningWeb) -> None:
    forged = "A" * 32
    socket, session = await hello(web, token=forged)
    await socket.close()
    assert session["new"] is True
    assert session["token"] != forged


async def test_a_websocket_from_a_foreign_origin_is_refused(web: RunningWeb) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with connect(web.ws_url, origin="http://evil.example"):
            pass
    assert refused.value.response.status_code == 403


async def test_a_text_reaches_handle_and_the_answer_comes_back_with_its_button(web: RunningWeb) -> None:
    socket, session = await hello(web, language="en-US")
    token = session["token"]
    await socket.send(json.dumps({"type": "text", "id": "m1", "text": "你好 ᠰᠠᠶᠢᠨ\u202fᠦ"}))
    message = await next_frame(socket, "message")
    await socket.send(json.dumps({"type": "action", "id": "m2", "action": message["buttons"][0][0]["action"]}))
    pressed = await next_frame(socket, "message")
    await socket.close()

    assert message["text"] == "echo: 你好 ᠰᠠᠶᠢᠨ\u202fᠦ"
    assert message["buttons"] == [[{"label": "OK", "action": "ok"}]]
    assert message["remove_buttons"] is False and message["clear"] is False
    assert pressed["text"] == "pressed: ok"
    text, action = web.dialog.received[-2:]
    assert (text.address, text.update_id, text.locale_hint) == (
        web.channel.address_of(token),
        f"{web.channel.address_of(token)}:m1",
        "en-US",
    )
    assert (action.action, action.update_id) == ("ok", f"{web.channel.address_of(token)}:m2")


async def test_a_message_resent_after_a_reconnect_keeps_its_update_id(web: RunningWeb) -> None:
    socket, session = await hello(web)
    await socket.send(json.dumps({"type": "text", "id": "again", "text": "one"}))
    await next_frame(socket, "ack")
    await socket.close()
    socket, _ = await hello(web, token=session["token"])
    await socket.send(json.dumps({"type": "text", "id": "again", "text": "one"}))
    await next_frame(socket, "ack")
    await socket.close()
    assert web.dialog.texts() == ["one"]


async def test_an_oversized_message_is_refused_with_the_catalog_text(web: RunningWeb) -> None:
    socket, _ = await hello(web)
    limit = web.settings.max_message_chars * 4
    await socket.send(json.dumps({"type": "text", "id": "big", "text": "长" * limit}, ensure_ascii=False))
    error = await next_frame(socket, "error")
    await socket.close()
    assert error["code"] == "too_large" and error["id"] == "big"
    assert error["text"] == web.localizer.format("zh-Hans-CN", "web-error-too-large")
    assert web.dialog.texts() == []


async def test_an_upload_within_the_limit_reaches_handle_with_size_and_bytes(web: RunningWeb) -> None:
    socket, session = await hello(web)
    token = session["token"]
    photo = bytes(range(256)) * 8
    data, files = upload_form(token, "f1", "../照片.jpg", photo, "image/jpeg")
    async with httpx.AsyncClient(base_url=web.url, headers=upload_headers(web, token, "f1")) as client:
        response = await client.post("/upload", data=data, files=files)
    reply = await next_frame(socket, "message")
    await socket.close()

    assert response.status_code == 200 and response.json()["ok"] is True
    assert reply["text"] == "got 1 file"
    inbound = web.dialog.received[-1]
    assert inbound.update_id == f"{web.channel.address_of(token)}:f1"
    (attachment,) = inbound.attachments
    assert attachment.filename == "照片.jpg"
    assert (attachment.size, attachment.data, attachment.kind) == (len(photo), photo, "photo")
    assert attachment.too_large is False


async def test_an_oversized_upload_is_refused_while_it_streams_with_the_catalog_error(web: RunningWeb) -> None:
    socket, session = await hello(web)
    token = session["token"]
    big = b"x" * (web.settings.max_upload_bytes + 1)
    data, files = upload_form(token, "f2", "voice.ogg", big, "audio/ogg")
    async with httpx.AsyncClient(base_url=web.url, headers=upload_headers(web, token, "f2")) as client:
        response = await client.post("/upload", data=data, files=files)
    await socket.close()

    assert response.status_code == 413
    assert response.json()["text"] == web.localizer.format("zh-Hans-CN", "web-error-upload-too-large")
    assert all(not i.attachments for i in web.dialog.received)  # nothing half-read goes on
    assert list(web.settings.upload_temp_dir.iterdir()) == []


async def test_a_file_the_page_declares_too_large_reaches_handle_without_bytes(web: RunningWeb) -> None:
    socket, session = await hello(web)
    token = session["token"]
    size = web.settings.max_upload_bytes * 3
    data = {"token": token, "id": "f2", "too_large": "1", "size": str(size)}
    files = {"file": ("voice.ogg", b"", "audio/ogg")}
    async with httpx.AsyncClient(base_url=web.url, headers=upload_headers(web, token, "f2")) as client:
        response = await client.post("/upload", data=data, files=files)
    await socket.close()

    assert response.status_code == 413
    assert response.json()["text"] == web.localizer.format("zh-Hans-CN", "web-error-upload-too-large")
    (attachment,) = web.dialog.received[-1].attachments
    assert attachment.too_large is True and attachment.data == b""
    assert attachment.size == size and attachment.kind == "voice"


async def test_an_upload_with_a_token_never_issued_or_from_a_foreign_origin_is_refused(web: RunningWeb) -> None:
    data, files = upload_form("B" * 32, "f3", "a.txt", b"hello", "text/plain")
    forged = upload_headers(web, "B" * 32, "f3")
    async with httpx.AsyncClient(base_url=web.url) as client:
        unknown = await client.post("/upload", data=data, files=files, headers=forged)
        foreign = await client.post(
            "/upload", data=data, files=files, headers={**forged, "origin": "http://evil.example"}
        )
    assert unknown.status_code == 403 and unknown.json()["code"] == "session"
    assert foreign.status_code == 403
    assert all(not i.attachments for i in web.dialog.received)


async def test_deliver_to_a_session_without_an_open_socket_says_she_is_offline(web: RunningWeb) -> None:
    socket, session = await hello(web)
    await socket.close()
    address = web.channel.address_of(session["token"])
    await eventually(lambda: not web.channel.is_connected(address))
    with pytest.raises(DeliveryError) as failed:
        await web.channel.deliver(Outbound(address=address, text="later", outbox_id=99))
    assert failed.value.offline, "the message waits for her instead of spending attempts"
    with pytest.raises(DeliveryError):
        await web.channel.deliver(Outbound(address="web:never-issued", text="x", outbox_id=1))


async def test_a_message_delivered_twice_with_one_outbox_id_arrives_once(web: RunningWeb) -> None:
    socket, session = await hello(web)
    address = web.channel.address_of(session["token"])
    await web.channel.deliver(Outbound(address=address, text="first", outbox_id=7))
    await web.channel.deliver(Outbound(address=address, text="first", outbox_id=7))
    await web.channel.deliver(Outbound(address=address, text="second", outbox_id=8, clear_history=True))
    first = await next_frame(socket, "message")
    second = await next_frame(socket, "message")
    await socket.close()
    assert (first["id"], first["text"]) == (7, "first")
    assert (second["id"], second["text"], second["clear"]) == (8, "second", True)


async def test_a_locale_change_is_pushed_to_the_page_and_used_for_errors(web: RunningWeb) -> None:
    socket, session = await hello(web, language="zh-CN")
    await web.channel.set_locale(web.channel.address_of(session["token"]), "en")
    change = await next_frame(socket, "locale")
    await socket.send(json.dumps({"type": "text", "id": "big2", "text": "x" * 1000}))
    error = await next_frame(socket, "error")
    await socket.close()
    assert change == {"type": "locale", "locale": "en"}
    assert error["text"] == web.localizer.format("en", "web-error-too-large")


async def test_the_quick_exit_beacon_reaches_handle_as_the_exit_action(web: RunningWeb) -> None:
    socket, session = await hello(web)
    await socket.close()
    token = session["token"]
    async with httpx.AsyncClient(base_url=web.url, headers={"origin": web.origin}) as client:
        response = await client.post("/exit", data={"token": token, "id": "bye1"})
    assert response.status_code == 204
    assert (web.dialog.received[-1].action, web.dialog.received[-1].update_id) == (
        "exit",
        f"{web.channel.address_of(token)}:bye1",
    )


def test_an_attachment_kind_follows_its_content_type() -> None:
    assert attachment_kind("image/png") == "photo"
    assert attachment_kind("audio/ogg; codecs=opus") == "voice"
    assert attachment_kind("application/pdf") == "document"


def test_a_file_name_loses_its_folders_but_keeps_mongolian_format_characters() -> None:
    assert safe_filename("C:\\Users\\her\\ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ\u180e.pdf") == "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ\u180e.pdf"
    assert safe_filename("a\x00b\nc.txt") == "abc.txt"
    assert safe_filename("") == "file"


async def test_a_port_already_in_use_raises_os_error_instead_of_exiting(web: RunningWeb) -> None:
    second = WebServer(web.server.app, "127.0.0.1", web.server.port)
    with pytest.raises(OSError):
        await second.start()


def test_a_session_token_survives_a_restart_when_the_secret_is_kept() -> None:
    secret = b"k" * 32
    token = WebChannel(secret=secret).issue()

    after_restart = WebChannel(secret=secret)

    assert after_restart.is_issued(token)
    assert after_restart.session(token) is not None
    assert not WebChannel(secret=b"other-secret-xxxxxxxxxxxxxxxxxxxx").is_issued(token)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert not after_restart.is_issued(tampered)


def test_the_web_secret_is_created_once_for_the_owner_only_and_then_reused(tmp_path: Path) -> None:
    from bot.channels.web import load_or_create_secret

    path = tmp_path / "var" / "web-secret"
    first = load_or_create_secret(path)

    assert len(first) == 32
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_or_create_secret(path) == first


async def test_a_reloaded_page_asks_the_dialog_for_its_current_question_again(web: RunningWeb) -> None:
    first, session = await hello(web)
    await first.close()
    token = session["token"]

    reloaded, _ = await hello(web, token=token, resume=True)
    await web.dialog.until(lambda received: any(i.text == "/again" for i in received))
    reconnected, _ = await hello(web, token=token, resume=False)
    await reloaded.close()
    await reconnected.close()

    again = [i for i in web.dialog.received if i.text == "/again"]
    assert [i.address for i in again] == [web.channel.address_of(token)], "only the empty (reloaded) page asks"


def test_the_address_stored_for_a_web_conversation_does_not_reveal_its_token() -> None:
    channel = WebChannel(secret=b"k" * 32)
    token = channel.issue()

    address = channel.address_of(token)

    assert address.startswith("web:") and token not in address
    assert address == WebChannel(secret=b"k" * 32).address_of(token), "stable across restarts with the secret"
    assert address != WebChannel(secret=b"x" * 32).address_of(token)
