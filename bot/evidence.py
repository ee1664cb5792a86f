"""Evidence files (photos, voice notes, documents) kept on the federation's own disk."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from bot.messages import Attachment


class EvidenceStore:
    """Content-addressed files under one folder: the name is the SHA-256 of the bytes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, attachment: Attachment) -> dict:
        """Write the file (once per content) and return what the case records about it."""
        digest = hashlib.sha256(attachment.data).hexdigest()
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / digest
        if not path.exists():
            temporary = path.with_suffix(".part")
            temporary.write_bytes(attachment.data)
            os.replace(temporary, path)
        return {
            "sha256": digest,
            "size": len(attachment.data),
            "filename": attachment.filename[:200],
            "content_type": attachment.content_type[:100],
            "kind": attachment.kind,
        }

    def path(self, sha256: str) -> Path:
        return self.folder / sha256
