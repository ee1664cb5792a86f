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


#: scrypt cost. Six digits are few, so the hash must be slow to try offline (about 25 ms
#: here); the cost is stored with each hash, so it can be raised without breaking old ones.
SCRYPT_N = 2**13
_SCRYPT = {"r": 8, "p": 1, "dklen": 32}
_LEGACY_N = 2**11  # hashes written as scrypt$salt$digest, before the cost was stored


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, **_SCRYPT)
    return f"scrypt${SCRYPT_N}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` (as typed: spaces and full-width digits allowed) matches ``stored``."""
    typed = "".join(ch for ch in _plain(pin or "") if not ch.isspace())
    if not stored or not typed:
        return False
    parts = stored.split("$")
    try:
        if len(parts) == 4:
            _, cost, salt_hex, digest_hex = parts
            n = int(cost)
        else:
            _, salt_hex, digest_hex = parts
            n = _LEGACY_N
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if n < 2 or n > 2**20 or n & (n - 1):
        return False
    digest = hashlib.scrypt(typed.encode(), salt=salt, n=n, **_SCRYPT)
    return hmac.compare_digest(digest.hex(), digest_hex)
