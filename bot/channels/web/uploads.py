"""Files she sends from the page: streamed into memory up to the limit, never spooled to disk."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

if TYPE_CHECKING:
    pass

logger = logging.getLogger(__name__)


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


@dataclass
class UploadForm:
    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    content_type: str = ""
    data: bytearray = field(default_factory=bytearray)
    size: int = 0
    too_large: bool = False


async def read_upload(request: Request, limit: int) -> UploadForm:
    """One file and a few short fields. Bytes past ``limit`` are counted, not kept; a body far
    past it stops being read (the file is then too large whatever its exact size)."""
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise BadUpload
    form = UploadForm()
    part: dict[str, Any] = {}
    header_name, header_value = bytearray(), bytearray()

    def on_part_begin() -> None:
        part.clear()
        part.update(headers={}, name=None, is_file=False, value=bytearray())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
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

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if part["is_file"]:
            form.size += len(chunk)
            if form.size > limit:
                form.too_large = True
                form.data.clear()
            else:
                form.data.extend(chunk)
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
    hard_stop = 2 * limit + (1 << 20)
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            parser.write(chunk)
            if received > hard_stop and form.too_large and "token" in form.fields and "id" in form.fields:
                return form  # enough is known; the rest of the body is not worth reading
        parser.finalize()
    except BadUpload:
        raise
    except Exception as error:  # python-multipart raises its own errors on malformed bodies
        raise BadUpload from error
    return form
