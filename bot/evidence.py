"""Evidence files (photos, voice notes, documents) kept on the federation's own disk, sealed.

Each file is encrypted with the data key ring (`storage.sealing`, AES-256-GCM, the key id in
the file's header) and named by a keyed HMAC of its content: one file per content, and the
name tells nothing about the content to whoever has the disk but not the key. The SHA-256 of
the content is kept only in the case's (sealed) record of the file. The folder is 0700 and
the files 0600, whatever the umask.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.messages import Attachment
from storage import retention, sealing
from storage.sealing import KeyRing

#: Names this store writes (an HMAC) or wrote before sealing (a SHA-256): 64 hex digits.
_NAME = re.compile(r"^[0-9a-f]{64}$")


class EvidenceStore:
    """Sealed files under one folder, named by a keyed HMAC of the content."""

    def __init__(self, folder: Path, key_ring: KeyRing | None = None) -> None:
        self.folder = folder
        self._ring = key_ring

    @property
    def ring(self) -> KeyRing:
        ring = self._ring or sealing.default_ring()
        if ring is None:
            raise sealing.SealingError("no data key ring is configured for evidence files")
        return ring

    def ensure_folder(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.folder.stat().st_mode & 0o077:
            os.chmod(self.folder, 0o700)

    def put(self, attachment: Attachment) -> dict:
        """Seal and write the file (once per content) and return what the case records about it."""
        data = attachment.data
        spooled = getattr(attachment, "path", None)  # an upload streamed to a temporary file
        if not data and spooled:
            data = Path(spooled).read_bytes()
        ring = self.ring
        name = ring.evidence_name(data)
        self.ensure_folder()
        path = self.folder / name
        if not path.exists():
            self._write(path, ring.seal_file(data, name))
        return {
            "name": name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "filename": attachment.filename[:200],
            "content_type": attachment.content_type[:100],
            "kind": attachment.kind,
        }

    def _write(self, path: Path, blob: bytes) -> None:
        temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(descriptor, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(blob)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    @staticmethod
    def name_of(meta: dict) -> str:
        """The file name a case's record points to (files stored before sealing are named by SHA-256)."""
        name = str(meta.get("name") or meta.get("sha256") or "")
        if not _NAME.match(name):
            raise ValueError("not an evidence file name")
        return name

    def path(self, name: str) -> Path:
        if not _NAME.match(name):
            raise ValueError("not an evidence file name")
        return self.folder / name

    def read(self, meta_or_name: dict | str) -> bytes:
        """The content of a stored file, decrypted and checked (a legacy plain file is read as it is)."""
        name = meta_or_name if isinstance(meta_or_name, str) else self.name_of(meta_or_name)
        return self.ring.open_file(self.path(name).read_bytes(), name)

    def delete(self, names: Iterable[str]) -> int:
        """Delete these files (by name), as an erasure leaves them; return how many were there."""
        return retention.delete_files(self.folder, [name for name in names if _NAME.match(name)])

    def files(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.iterdir()):
            if _NAME.match(path.name) and path.is_file():
                yield path

    def key_id_of(self, path: Path) -> str | None:
        """The key id a file is sealed with; None for a legacy plain file."""
        with path.open("rb") as handle:
            return sealing.file_key_id(handle.read(64))

    def reseal(self, path: Path) -> bool:
        """Seal the file with the active key if it is not already (legacy plain files too); True if rewritten."""
        ring = self.ring
        if self.key_id_of(path) == ring.active:
            return False
        content = ring.open_file(path.read_bytes(), path.name)
        self._write(path, ring.seal_file(content, path.name))
        return True

    def secure_modes(self) -> None:
        """Set the folder to 0700 and every file in it to 0600 (files written under an older umask)."""
        if not self.folder.is_dir():
            return
        self.ensure_folder()
        for path in self.folder.iterdir():
            if path.is_file() and path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
