"""Uploads, odd frames and quotas at the web chat's edge, over real HTTP and websockets (issue 11, items 5 and 8).

The raw-socket tests send a request's headers (and maybe part of its body) and wait for the answer
without finishing the body: a server that reads the body before checking the token, or that keeps
reading past the file limit, never answers them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import stat
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import connect

from bot.channels.web.uploads import UploadLimits, UploadQuota
from bot.settings import REPO_LOCALES, Settings

from .conftest import TEST_MAX_UPLOAD_MB, RunningWeb
from .test_web_channel import hello, next_frame, upload_form, upload_headers

BOUNDARY = "limits-boundary"
KB = 1024


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The e2e settings with small quotas: 10 KB files, 3 files an hour, 24 KB per conversation."""
    return Settings(
        _env_file=None,
        upload_temp_dir=tmp_path / "incoming",
        locales_dir=REPO_LOCALES,
        default_locale="zh-Hans-CN",
        web_host="127.0.0.1",
        web_port=0,
        max_message_chars=2000,  # room for JSON nested 3,000 deep (deeper than the parser goes)
        max_upload_mb=TEST_MAX_UPLOAD_MB,
        upload_files_per_hour=3,
        upload_mb_per_conversation=24 / 1024,
    )


def preamble(token: str, client_id: str) -> bytes:
    fields = b"".join(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in (("token", token), ("id", client_id))
    )
    return (
        fields
        + (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
    )


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


async def open_upload(
    web: RunningWeb, token: str, client_id: str, *, length: int | None = None
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """An upload's request line and headers only: Content-Length if given, else chunked."""
    reader, writer = await asyncio.open_connection("127.0.0.1", web.server.port)
    size = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    writer.write(
        (
            f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1:{web.server.port}\r\nOrigin: {web.origin}\r\n"
            f"X-Session-Token: {token}\r\nX-Upload-Id: {client_id}\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n{size}\r\n\r\n"
        ).encode()
    )
    await writer.drain()
    return reader, writer


async def status_within(reader: asyncio.StreamReader, seconds: float = 3) -> tuple[int, dict]:
    async with asyncio.timeout(seconds):
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        body = b""
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
    return int(lines[0].split()[1]), json.loads(body) if body else {}


async def test_a_forged_token_is_refused_before_a_byte_of_the_body_is_read(web: RunningWeb) -> None:
    reader, writer = await open_upload(web, "F" * 54, "f1", length=5_000_000)  # announced, never sent
    status, body = await status_within(reader)
    writer.close()
    assert status == 403 and body["code"] == "session"
    assert body["text"] == web.localizer.format("zh-Hans-CN", "web-error-session-expired")


async def test_an_announced_body_past_the_limit_is_refused_before_it_is_read(web: RunningWeb) -> None:
    socket, session = await hello(web)
    reader, writer = await open_upload(web, session["token"], "f1", length=5_000_000)
    status, body = await status_within(reader)
    writer.close()
    await socket.close()
    assert status == 413
    assert body["text"] == web.localizer.format("zh-Hans-CN", "web-error-upload-too-large")


async def test_a_file_is_refused_as_soon_as_it_passes_the_limit_while_it_streams(web: RunningWeb) -> None:
    socket, session = await hello(web)
    reader, writer = await open_upload(web, session["token"], "f1")  # chunked: no length to judge by
    writer.write(chunk(preamble(session["token"], "f1")))
    for _ in range(11):  # 11 KB of a 10 KB limit, and the body never ends
        writer.write(chunk(b"x" * KB))
    await writer.drain()
    status, body = await status_within(reader)
    writer.close()
    await socket.close()
    assert status == 413
    assert body["text"] == web.localizer.format("zh-Hans-CN", "web-error-upload-too-large")
    assert all(not i.attachments for i in web.dialog.received)
    assert list(web.settings.upload_temp_dir.iterdir()) == []  # the partial file is gone


async def test_an_upload_streams_into_a_private_file_that_is_gone_once_read(web: RunningWeb) -> None:
    socket, session = await hello(web)
    token = session["token"]
    reader, writer = await open_upload(web, token, "f1")
    writer.write(chunk(preamble(token, "f1") + b"y" * 4 * KB))
    await writer.drain()
    folder = web.settings.upload_temp_dir
    async with asyncio.timeout(3):
        while not list(folder.glob("upload-*")):  # noqa: ASYNC110 - the server offers no event for this
            await asyncio.sleep(0.01)
    (partial,) = folder.iterdir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(partial.stat().st_mode) == 0o600
    writer.write(chunk(b"y" * KB + f"\r\n--{BOUNDARY}--\r\n".encode()) + b"0\r\n\r\n")
    await writer.drain()
    status, body = await status_within(reader)
    writer.close()
    await next_frame(socket, "message")
    await socket.close()
    assert status == 200 and body["ok"] is True
    (attachment,) = web.dialog.received[-1].attachments
    assert attachment.data == b"y" * 5 * KB
    assert list(folder.iterdir()) == []


async def test_a_second_upload_while_one_arrives_is_refused_in_her_language(web: RunningWeb) -> None:
    socket, session = await hello(web)
    token = session["token"]
    reader, writer = await open_upload(web, token, "f1")
    writer.write(chunk(preamble(token, "f1") + b"z" * KB))
    await writer.drain()
    async with asyncio.timeout(3):
        while not list(web.settings.upload_temp_dir.glob("upload-*")):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    data, files = upload_form(token, "f2", "b.bin", b"b" * KB, "application/octet-stream")
    async with httpx.AsyncClient(base_url=web.url, headers=upload_headers(web, token, "f2")) as client:
        second = await client.post("/upload", data=data, files=files)
    writer.close()
    await socket.close()
    assert second.status_code == 429
    assert second.json()["text"] == web.localizer.format("zh-Hans-CN", "web-error-upload-busy")


async def test_files_and_bytes_per_conversation_and_hour_are_bounded(web: RunningWeb) -> None:
    socket, session = await hello(web)
    token = session["token"]
    answers = []
    async with httpx.AsyncClient(base_url=web.url) as client:
        for number in range(1, 5):
            data, files = upload_form(token, f"f{number}", "a.bin", bytes([number]) * 9 * KB, "text/plain")
            response = await client.post(
                "/upload", data=data, files=files, headers=upload_headers(web, token, f"f{number}")
            )
            answers.append((response.status_code, response.json().get("text")))
    await socket.close()
    quota = web.localizer.format("zh-Hans-CN", "web-error-upload-quota")
    # 9 + 9 KB fit the 24 KB of a conversation; the third would pass it (refused while it streams),
    # and once three files were tried within the hour, the fourth is refused before its body.
    assert [code for code, _ in answers[:2]] == [200, 200]
    assert answers[2] == (413, quota)
    assert len([i for i in web.dialog.received if i.attachments]) == 2
    other, other_session = await hello(web)
    async with httpx.AsyncClient(base_url=web.url) as client:
        data, files = upload_form(other_session["token"], "g1", "c.bin", b"c" * KB, "text/plain")
        fresh = await client.post(
            "/upload", data=data, files=files, headers=upload_headers(web, other_session["token"], "g1")
        )
    await other.close()
    assert fresh.status_code == 200  # another conversation has its own quota


def test_the_quota_counts_files_and_hours_and_the_whole_service() -> None:
    now = [0.0]
    quota = UploadQuota(
        UploadLimits(
            file_bytes=10,
            files_per_conversation=5,
            bytes_per_conversation=100,
            files_per_hour=2,
            bytes_per_hour=100,
            bytes_per_hour_total=25,
        ),
        clock=lambda: now[0],
    )
    for _ in range(2):
        assert quota.reserve("web:a") == 10
        quota.settle("web:a", 10)
        quota.release("web:a")
    assert quota.reserve("web:a") == "files"  # two files this hour
    assert quota.reserve("web:b") == 5  # the service has 5 bytes left this hour
    quota.settle("web:b", 5)
    quota.release("web:b")
    assert quota.reserve("web:c") == "bytes"
    now[0] = 3601.0
    assert quota.reserve("web:a") == 10  # a new hour
    quota.release("web:a")


async def test_a_binary_frame_is_answered_in_her_language_and_the_socket_stays(web: RunningWeb) -> None:
    socket, _ = await hello(web)
    await socket.send(b"\x00\x01binary")
    error = await next_frame(socket, "error")
    await socket.send(json.dumps({"type": "text", "id": "t1", "text": "still here"}))
    reply = await next_frame(socket, "message")
    await socket.close()
    assert error["text"] == web.localizer.format("zh-Hans-CN", "web-error-bad-request")
    assert reply["text"] == "echo: still here"


async def test_deeply_nested_json_is_answered_in_her_language_and_the_socket_stays(web: RunningWeb) -> None:
    socket, _ = await hello(web)
    await socket.send("[" * 3000 + "]" * 3000)
    error = await next_frame(socket, "error")
    await socket.send(json.dumps({"type": "text", "id": "t2", "text": "after"}))
    reply = await next_frame(socket, "message")
    await socket.close()
    assert error["text"] == web.localizer.format("zh-Hans-CN", "web-error-bad-request")
    assert reply["text"] == "echo: after"


async def test_uvicorn_lines_never_hold_a_client_address_even_with_the_access_log_on(
    settings: Settings, localizer, caplog: pytest.LogCaptureFixture
) -> None:
    """WALKING_HOME_WEB_ACCESS_LOG=true is for debugging: requests are logged, their addresses are not."""
    from bot.channels.web import WebChannel, WebServer, web_app

    from .conftest import EchoDialog

    settings = settings.model_copy(update={"web_access_log": True})
    channel = WebChannel()
    server = WebServer(web_app(channel, EchoDialog(channel).handle, localizer, settings), "127.0.0.1", 0)
    caplog.set_level(logging.INFO, logger="uvicorn")
    await server.start()
    try:
        origin = f"http://127.0.0.1:{server.port}"
        async with httpx.AsyncClient(base_url=origin) as client:
            await client.get("/health")
        socket = await connect(origin.replace("http", "ws") + "/ws", origin=origin)
        await socket.send(json.dumps({"type": "hello", "token": "", "language": "en"}))
        await next_frame(socket, "session")
        await socket.close()
        refused = await connect(origin.replace("http", "ws") + "/ws", origin=origin)
        await refused.close()
    finally:
        await server.stop()
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("uvicorn")]
    assert any("GET /health" in line for line in lines), lines  # the access log is on
    assert any("WebSocket /ws" in line for line in lines), lines
    assert not [line for line in lines if "127.0.0.1" in line]
