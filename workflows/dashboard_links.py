"""One-time dashboard links (`/dashboard`) and the page sessions they open (pure).

A link is a random token shown once in her chat; only its SHA-256 is stored (`hash_token`), with
her person id, her regions when it was made, when it expires and whether it was used. Opening it
(once) starts a page session: another random token, kept as a cookie, only its hash stored. The
state of a link or session as the port reads it is a `LinkState`.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

OK, UNKNOWN, USED, EXPIRED, REVOKED = "ok", "unknown", "used", "expired", "revoked"
#: What a token looks like (`new_token`): anything else is refused before a lookup.
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")


@dataclass(frozen=True)
class LinkState:
    """``status`` (ok, unknown, used, expired, revoked), and for a known link whose it is and her regions then."""

    status: str
    person_id: int | None = None
    regions: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == OK


def new_token() -> str:
    """43 URL-safe characters from 32 random bytes."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def well_formed(token: str) -> bool:
    return bool(TOKEN_SHAPE.match(token or ""))


__all__ = ["EXPIRED", "OK", "REVOKED", "UNKNOWN", "USED", "LinkState", "hash_token", "new_token", "well_formed"]
