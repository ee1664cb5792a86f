"""Files she sends from the page: streamed to a private temporary file, the size limit enforced
while the bytes arrive, and bounded per conversation, per hour and for the whole service."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

logger = logging.getLogger(__name__)

HOUR = 3600.0


def attachment_kind(content_type: str) -> str:
    """photo / voice / document, by the content type the browser declared (never trusted further)."""
    main = content_type.split(";", 1)[0].strip().lower()
    if main.startswith("image/"):
        return "photo"
    if main.startswith("audio/"):
        return "voice"
    return "document"


def safe_filename(name: str) -> str:
    """The last path component, without control characters, at most 200 characters.

    Mongolian format characters (U+180B–U+180F, U+202F) are kept: they are part of the words.
    """
    base = re.split(r"[\\/]", name)[-1]
    cleaned = "".join(ch for ch in base if ch >= " " and ch != "\x7f")
    return cleaned[:200] or "file"


class BadUpload(Exception):
    pass


class TooLarge(Exception):
    """The file passed the limit while it arrived: reading stopped there."""


def private_folder(folder: Path) -> Path:
    """``folder`` created mode 0700 (and made so if it existed), whatever the umask."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def clear_leftovers(folder: Path) -> int:
    """Temporary upload files a crash left behind: deleted at start-up, never read."""
    removed = 0
    if folder.is_dir():
        for path in folder.glob("upload-*"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


async def read_capped(request: Request, cap: int) -> bytes | None:
    """The body, or None as soon as it passes ``cap`` bytes (the rest is never read)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            return None
    return bytes(body)


@dataclass
class UploadForm:
    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    content_type: str = ""
    #: The temporary file holding the bytes (0600); the caller deletes it with `discard`.
    path: Path | None = None
    size: int = 0

    def read(self) -> bytes:
        return self.path.read_bytes() if self.path is not None else b""

    def discard(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.path = None


async def read_upload(request: Request, limit: int, folder: Path) -> UploadForm:
    """One file and a few short fields, the file streamed into ``folder`` (a 0600 file).

    Raises `TooLarge` as soon as the file passes ``limit`` bytes (the rest of the body is not
    read, the partial file is deleted) and `BadUpload` for anything but such a form.
    """
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise BadUpload
    form = UploadForm()
    part: dict[str, Any] = {}
    header_name, header_value = bytearray(), bytearray()
    sink: list[BinaryIO] = []

    def on_part_begin() -> None:
        part.clear()
        part.update(headers={}, name=None, is_file=False, value=bytearray())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        if len(header_name) + end - start > 256:
            raise BadUpload
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        if len(header_value) + end - start > 2048:
            raise BadUpload
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        if len(part["headers"]) >= 8:
            raise BadUpload
        part["headers"][bytes(header_name).lower()] = bytes(header_value)
        header_name.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        _, options = parse_options_header(part["headers"].get(b"content-disposition", b""))
        if b"name" not in options:
            raise BadUpload
        part["name"] = options[b"name"].decode("utf-8", "replace")
        if b"filename" in options:
            if form.filename is not None:
                raise BadUpload  # one file per upload
            part["is_file"] = True
            form.filename = options[b"filename"].decode("utf-8", "replace")
            form.content_type = part["headers"].get(b"content-type", b"").decode("latin-1")[:100]
            path = private_folder(folder) / f"upload-{os.urandom(12).hex()}"
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            sink.append(os.fdopen(os.open(path, flags, 0o600), "wb"))
            form.path = path

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if part["is_file"]:
            form.size += len(chunk)
            if form.size > limit:
                raise TooLarge
            sink[0].write(chunk)
        else:
            if len(part["value"]) + len(chunk) > 1024:
                raise BadUpload
            part["value"].extend(chunk)

    def on_part_end() -> None:
        if not part["is_file"]:
            if len(form.fields) >= 8:
                raise BadUpload
            form.fields[part["name"]] = part["value"].decode("utf-8", "replace")

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
        },
    )
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except (BadUpload, TooLarge):
        form.discard()
        raise
    except Exception as error:  # python-multipart raises its own errors on malformed bodies
        form.discard()
        raise BadUpload from error
    finally:
        for handle in sink:
            handle.close()
    return form


@dataclass
class _Account:
    files: int = 0
    size: int = 0
    recent: deque[tuple[float, int]] = field(default_factory=deque)  # (when, bytes) within the hour

    def hour(self, now: float) -> tuple[int, int]:
        while self.recent and now - self.recent[0][0] > HOUR:
            self.recent.popleft()
        return len(self.recent), sum(size for _, size in self.recent)


@dataclass(frozen=True)
class UploadLimits:
    file_bytes: int
    files_per_conversation: int
    bytes_per_conversation: int
    files_per_hour: int
    bytes_per_hour: int
    bytes_per_hour_total: int

    @classmethod
    def from_settings(cls, settings: Any) -> UploadLimits:
        mb = 1024 * 1024
        return cls(
            file_bytes=settings.max_upload_bytes,
            files_per_conversation=settings.upload_files_per_conversation,
            bytes_per_conversation=int(settings.upload_mb_per_conversation * mb),
            files_per_hour=settings.upload_files_per_hour,
            bytes_per_hour=int(settings.upload_mb_per_hour * mb),
            bytes_per_hour_total=int(settings.upload_mb_per_hour_total * mb),
        )


class UploadQuota:
    """What each web conversation (by address) and the whole chat may still upload.

    `reserve` is called before the body is read: it refuses at once when a count is used up
    (or one upload of the conversation is already arriving) and otherwise says how many bytes
    this file may have — the smallest of the file limit and what every bound has left — so the
    stream stops there. `settle` records what was kept; `release` ends the reservation.
    """

    def __init__(self, limits: UploadLimits, clock: Any = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._accounts: dict[str, _Account] = {}
        self._total = _Account()
        self._busy: set[str] = set()

    def reserve(self, address: str) -> int | str:
        """Bytes the next file may have, or why not: ``busy``, ``files`` or ``bytes``."""
        if address in self._busy:
            return "busy"
        now = self._clock()
        account = self._accounts.setdefault(address, _Account())
        files_hour, bytes_hour = account.hour(now)
        _, bytes_total_hour = self._total.hour(now)
        limits = self.limits
        if account.files >= limits.files_per_conversation or files_hour >= limits.files_per_hour:
            return "files"
        room = min(
            limits.file_bytes,
            limits.bytes_per_conversation - account.size,
            limits.bytes_per_hour - bytes_hour,
            limits.bytes_per_hour_total - bytes_total_hour,
        )
        if room <= 0:
            return "bytes"
        self._busy.add(address)
        return room

    def settle(self, address: str, size: int) -> None:
        now = self._clock()
        account = self._accounts.setdefault(address, _Account())
        account.files += 1
        account.size += size
        account.recent.append((now, size))
        self._total.recent.append((now, size))

    def release(self, address: str) -> None:
        self._busy.discard(address)

    def forget(self, address: str) -> None:
        """The conversation is gone (its session expired): its counts go with it."""
        self._accounts.pop(address, None)
