"""Case references (``HLB-2026-000123``) and the reporter's PIN, kept only as a hash."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

REFERENCE_PREFIX = "HLB"
REFERENCE_PATTERN = re.compile(r"^HLB-(\d{4})-(\d{6})$")


def format_reference(year: int, number: int) -> str:
    return f"{REFERENCE_PREFIX}-{year:04d}-{number:06d}"


def normalize_reference(text: str) -> str | None:
    """A reference as typed (any case, spaces, full-width digits) → canonical form, or None."""
    cleaned = "".join(ch for ch in text.strip().upper() if not ch.isspace())
    cleaned = cleaned.translate({0xFF10 + i: ord("0") + i for i in range(10)}).replace("－", "-")
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
    if not stored or not pin:
        return False
    try:
        _, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    digest = hashlib.scrypt(pin.strip().encode(), salt=bytes.fromhex(salt_hex), **_SCRYPT)
    return hmac.compare_digest(digest.hex(), digest_hex)
