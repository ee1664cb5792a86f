"""Case references (``HLB-2026-000123``) and the reporter's PIN, kept only as a hash."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

REFERENCE_PREFIX = "HLB"
#: ASCII digits only: ``\d`` would also let ``٢٠٢٦`` through, uncanonical.
REFERENCE_PATTERN = re.compile(r"^HLB-([0-9]{4})-([0-9]{6})$")


def format_reference(year: int, number: int) -> str:
    return f"{REFERENCE_PREFIX}-{year:04d}-{number:06d}"


#: Dashes an input method may put where a hyphen was meant (NFKC folds only "－").
_DASHES = str.maketrans({ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"})


def _plain(text: str) -> str:
    """Full-width letters and signs folded (NFKC), every decimal digit (２, ᠒, ٢) made ASCII."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)


def normalize_reference(text: str) -> str | None:
    """A reference as typed (any case, spaces, full-width digits) → canonical form, or None."""
    cleaned = "".join(ch for ch in _plain(text).upper() if not ch.isspace())
    match = REFERENCE_PATTERN.match(cleaned)
    return cleaned if match else None


def new_pin() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


_SCRYPT = {"n": 2**11, "r": 8, "p": 1, "dklen": 32}


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` (as typed: spaces and full-width digits allowed) matches ``stored``."""
    typed = "".join(ch for ch in _plain(pin or "") if not ch.isspace())
    if not stored or not typed:
        return False
    try:
        _, salt_hex, digest_hex = stored.split("$")
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    digest = hashlib.scrypt(typed.encode(), salt=salt, **_SCRYPT)
    return hmac.compare_digest(digest.hex(), digest_hex)
