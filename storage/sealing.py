"""Sealing: what she and staff wrote about her is encrypted at rest (AES-256-GCM).

A sealed value is text, ``s1:<key id>:<base64url(nonce | ciphertext+tag)>``, with a fresh
96-bit random nonce per value and the column it belongs to (``table.column``) as
associated data: a value copied into another column, or changed by one bit, is refused.

Keys live in a key ring: every key id ever used, and which one seals new values. Old
keys stay so that old values can be read; ``walking-home keys rotate`` adds a key and
re-seals every value with it. The ring comes from ``WALKING_HOME_DATA_KEY`` (base64 of 32
bytes, or the key file's JSON) or from the key file ``WALKING_HOME_DATA_KEY_FILE``
(created mode 0600 on first start). From each key, HKDF derives separate keys: one for
the cipher, one for blind indexes (a keyed HMAC for equality lookups such as a phone
number), one for the names of evidence files. Blind indexes and evidence names always
use the ring's *index key* (the first key of the ring), so a rotation leaves them valid.

Values written before sealing existed (legacy plaintext) are read as they are; ``keys
rotate`` (or ``keys rotate --keep-key``) seals them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

PREFIX = "s1:"
FILE_MAGIC = b"WHS1"  # evidence files: magic, key id length, key id, nonce, ciphertext
NONCE_BYTES = 12
KEY_BYTES = 32
#: How often a ring read from a file looks whether `keys rotate` changed the file.
RELOAD_EVERY_S = 2.0


class SealingError(Exception):
    """A sealed value cannot be opened (wrong key, tampered, truncated). Never carries the value."""


class KeyRingError(Exception):
    """The key ring cannot be loaded or created; the message names the setting, never a key."""


def _derive(key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"walking-home/" + purpose).derive(key)


def key_id(key: bytes) -> str:
    """A short public name for a key (not reversible to it)."""
    return "k" + hashlib.sha256(b"walking-home key id\0" + key).hexdigest()[:10]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _decode_key(text: str) -> bytes:
    text = text.strip().replace("-", "+").replace("_", "/")
    try:
        key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise KeyRingError("not base64") from None
    if len(key) != KEY_BYTES:
        raise KeyRingError(f"a key must be {KEY_BYTES} bytes (base64 of 32 random bytes), not {len(key)}")
    return key


@dataclass(frozen=True)
class _Key:
    kid: str
    cipher: AESGCM
    index: bytes
    names: bytes


def _key(kid: str, raw: bytes) -> _Key:
    return _Key(kid, AESGCM(_derive(raw, b"cipher")), _derive(raw, b"blind-index"), _derive(raw, b"evidence-names"))


class KeyRing:
    """Keys by id, the active one, and the index key. Thread-safe; reloads its file when `keys rotate` changes it."""

    def __init__(self, keys: dict[str, bytes], active: str, index: str | None = None, *, path: Path | None = None):
        if active not in keys:
            raise KeyRingError("the active key id is not in the ring")
        self._lock = threading.Lock()
        self.path = path
        self._checked = time.monotonic()
        self._mtime = path.stat().st_mtime_ns if path is not None and path.exists() else None
        self._install(keys, active, index or active)

    def _install(self, keys: dict[str, bytes], active: str, index: str) -> None:
        self._raw = dict(keys)
        self._keys = {kid: _key(kid, raw) for kid, raw in keys.items()}
        self.active = active
        self.index_kid = index

    # -- the ring itself ---------------------------------------------------------------

    @classmethod
    def generate(cls) -> KeyRing:
        raw = secrets.token_bytes(KEY_BYTES)
        return cls({key_id(raw): raw}, key_id(raw))

    @property
    def key_ids(self) -> list[str]:
        return list(self._keys)

    @property
    def from_file(self) -> bool:
        return self.path is not None

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "active": self.active,
                "index": self.index_kid,
                "keys": {kid: base64.b64encode(raw).decode("ascii") for kid, raw in self._raw.items()},
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str, *, path: Path | None = None) -> KeyRing:
        try:
            data = json.loads(text)
            keys = {str(kid): _decode_key(value) for kid, value in data["keys"].items()}
            return cls(keys, str(data["active"]), str(data.get("index") or data["active"]), path=path)
        except KeyRingError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise KeyRingError("not a key ring (JSON with 'active' and 'keys')") from None

    def with_new_key(self) -> KeyRing:
        """A copy of this ring with one more key, made the active one (old keys stay to read old values)."""
        raw = secrets.token_bytes(KEY_BYTES)
        keys = {**self._raw, key_id(raw): raw}
        return KeyRing(keys, key_id(raw), self.index_kid, path=self.path)

    def _reload_if_changed(self, *, force: bool = False) -> None:
        if self.path is None:
            return
        now = time.monotonic()
        if not force and now - self._checked < RELOAD_EVERY_S:
            return
        with self._lock:
            self._checked = now
            try:
                mtime = self.path.stat().st_mtime_ns
            except OSError:
                return
            if mtime == self._mtime:
                return
            try:
                fresh = KeyRing.from_json(self.path.read_text(encoding="ascii"))
            except (OSError, KeyRingError, UnicodeDecodeError):
                return  # a half-written file: keep the keys we have and look again later
            if not set(self._raw) <= set(fresh._raw):
                return  # never forget a key this process may have sealed with
            self._mtime = mtime
            self._install(fresh._raw, fresh.active, fresh.index_kid)

    def _get(self, kid: str) -> _Key:
        found = self._keys.get(kid)
        if found is None:
            self._reload_if_changed(force=True)  # `keys rotate` in another process added it
            found = self._keys.get(kid)
        if found is None:
            raise SealingError(f"sealed with key {kid!r}, which is not in the key ring")
        return found

    def _active(self) -> _Key:
        self._reload_if_changed()
        return self._keys[self.active]

    # -- values -------------------------------------------------------------------------

    def seal(self, plaintext: str | bytes, context: str) -> str:
        key = self._active()
        data = plaintext.encode("utf-8", "surrogatepass") if isinstance(plaintext, str) else plaintext
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = key.cipher.encrypt(nonce, data, context.encode("utf-8"))
        return f"{PREFIX}{key.kid}:{_b64(nonce + sealed)}"

    def open_bytes(self, value: str, context: str) -> bytes:
        kid, _, body = value[len(PREFIX) :].partition(":")
        try:
            blob = _unb64(body)
        except (binascii.Error, ValueError):
            raise SealingError(f"a sealed value of {context} is damaged (not base64)") from None
        if len(blob) < NONCE_BYTES + 16:
            raise SealingError(f"a sealed value of {context} is truncated")
        try:
            return self._get(kid).cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode("utf-8"))
        except InvalidTag:
            raise SealingError(
                f"a sealed value of {context} failed authentication (tampered, moved from another column, or a wrong key)"
            ) from None

    def open(self, value: str, context: str) -> str:
        """The plaintext of a sealed value; a value without the ``s1:`` prefix is legacy plaintext, returned as is."""
        if not is_sealed(value):
            return value
        return self.open_bytes(value, context).decode("utf-8", "surrogatepass")

    # -- blind indexes and evidence -------------------------------------------------------

    def blind_index(self, value: str, purpose: str = "phone") -> str:
        """A keyed HMAC-SHA256 of ``value`` for equality lookups; stable across rotations."""
        key = self._keys[self.index_kid].index
        return hmac.new(key, f"{purpose}\0{value}".encode(), hashlib.sha256).hexdigest()

    def evidence_name(self, content: bytes) -> str:
        """A file name that identifies the content (one file per content) without revealing its hash."""
        return hmac.new(self._keys[self.index_kid].names, content, hashlib.sha256).hexdigest()

    def seal_file(self, content: bytes, name: str) -> bytes:
        key = self._active()
        kid = key.kid.encode("ascii")
        nonce = secrets.token_bytes(NONCE_BYTES)
        return (
            FILE_MAGIC
            + bytes([len(kid)])
            + kid
            + nonce
            + key.cipher.encrypt(nonce, content, b"evidence:" + name.encode())
        )

    def open_file(self, blob: bytes, name: str) -> bytes:
        """The content of an evidence file; a file without the header is a legacy plain file."""
        if not blob.startswith(FILE_MAGIC):
            return blob
        kid, rest = file_key_id(blob), blob[len(FILE_MAGIC) + 1 + blob[len(FILE_MAGIC)] :]
        if kid is None or len(rest) < NONCE_BYTES + 16:
            raise SealingError("an evidence file is truncated")
        try:
            return self._get(kid).cipher.decrypt(rest[:NONCE_BYTES], rest[NONCE_BYTES:], b"evidence:" + name.encode())
        except InvalidTag:
            raise SealingError("an evidence file failed authentication (tampered or a wrong key)") from None


def is_sealed(value: str) -> bool:
    return value.startswith(PREFIX)


def sealed_key_id(value: str | None) -> str | None:
    """The key id a stored value is sealed with; None for NULL or legacy plaintext."""
    if value is None or not is_sealed(value):
        return None
    return value[len(PREFIX) :].partition(":")[0]


def file_key_id(blob: bytes) -> str | None:
    if not blob.startswith(FILE_MAGIC) or len(blob) <= len(FILE_MAGIC):
        return None
    length = blob[len(FILE_MAGIC)]
    start = len(FILE_MAGIC) + 1
    try:
        return blob[start : start + length].decode("ascii")
    except UnicodeDecodeError:
        return None


# -- where the ring comes from ------------------------------------------------------------


def write_key_file(path: Path, ring: KeyRing) -> None:
    """Write the ring atomically, readable by the owner only (whatever the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(ring.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def load_key_ring(*, env_key: str = "", key_file: Path | None = None, create: bool = True) -> KeyRing:
    """The ring from ``WALKING_HOME_DATA_KEY`` if set, else from the key file (created on first use)."""
    if env_key.strip():
        text = env_key.strip()
        try:
            if text.startswith("{"):
                return KeyRing.from_json(text)
            raw = _decode_key(text)
        except KeyRingError as error:
            raise KeyRingError(f"WALKING_HOME_DATA_KEY: {error}") from None
        return KeyRing({key_id(raw): raw}, key_id(raw))
    if key_file is None:
        raise KeyRingError("WALKING_HOME_DATA_KEY_FILE: no key file given")
    if key_file.exists():
        if key_file.stat().st_mode & 0o077:
            os.chmod(key_file, 0o600)
        try:
            return KeyRing.from_json(key_file.read_text(encoding="ascii"), path=key_file)
        except (KeyRingError, UnicodeDecodeError) as error:
            raise KeyRingError(f"WALKING_HOME_DATA_KEY_FILE: {key_file}: {error}") from None
    if not create:
        raise KeyRingError(f"WALKING_HOME_DATA_KEY_FILE: {key_file} does not exist")
    ring = KeyRing.generate()
    write_key_file(key_file, ring)
    return KeyRing.from_json(key_file.read_text(encoding="ascii"), path=key_file)


# -- the ring an engine uses ----------------------------------------------------------------

_default: KeyRing | None = None


def install_default(ring: KeyRing | None) -> None:
    """The ring used by engines that were given none (tests; the bot gives each of its engines its ring)."""
    global _default
    _default = ring


def default_ring() -> KeyRing | None:
    return _default


def ring_for(dialect: Any) -> KeyRing:
    ring = getattr(dialect, "walking_home_key_ring", None) or _default
    if ring is None:
        raise SealingError("no data key ring is configured (WALKING_HOME_DATA_KEY or WALKING_HOME_DATA_KEY_FILE)")
    return ring


def attach(engine: Any, ring: KeyRing | None) -> None:
    """Give an engine (async or sync) its own ring; without one it uses the default ring."""
    sync = getattr(engine, "sync_engine", engine)
    sync.dialect.walking_home_key_ring = ring


# -- values in columns ----------------------------------------------------------------------


def seal_text(ring: KeyRing, value: str | None, context: str) -> str | None:
    return None if value is None else ring.seal(value, context)


def open_text(ring: KeyRing, value: str | None, context: str) -> str | None:
    return None if value is None else ring.open(value, context)


def seal_json(ring: KeyRing, value: Any, context: str) -> str | None:
    return None if value is None else ring.seal(json.dumps(value, ensure_ascii=False), context)


def open_json(ring: KeyRing, value: str | None, context: str) -> Any:
    if value is None:
        return None
    return json.loads(ring.open(value, context))  # legacy rows hold the JSON text itself


class SealedText(TypeDecorator):
    """A text column stored sealed; ``context`` (``table.column``) is bound to each value."""

    impl = String
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return seal_text(ring_for(dialect), value, self.context)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return open_text(ring_for(dialect), value, self.context)


class SealedJSON(TypeDecorator):
    """A JSON value (dict, list, ...) stored as sealed text."""

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return seal_json(ring_for(dialect), value, self.context)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return open_json(ring_for(dialect), value, self.context)


# -- what is sealed where (for `keys rotate` and `keys status`) -------------------------------


@dataclass(frozen=True)
class SealedColumn:
    table: str
    column: str
    key: str  # the primary key column, for batches in key order

    @property
    def context(self) -> str:
        return f"{self.table}.{self.column}"


def sealed_columns(metadata: Any) -> list[SealedColumn]:
    """Every column of ``metadata`` whose type is sealed."""
    found = []
    for table in metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        for column in table.columns:
            if isinstance(column.type, SealedText | SealedJSON) and len(keys) == 1:
                found.append(SealedColumn(table.name, column.name, keys[0].name))
    return found


def contexts(columns: Iterable[SealedColumn]) -> list[str]:
    return [c.context for c in columns]
