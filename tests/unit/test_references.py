"""Case references as people type them, and the reporter's PIN kept only as a hash."""

from __future__ import annotations

import pytest

from workflows.references import (
    REFERENCE_PATTERN,
    SCRYPT_N,
    format_reference,
    hash_pin,
    new_pin,
    normalize_reference,
    verify_pin,
)


def test_a_reference_is_the_prefix_the_year_and_a_six_digit_number():
    assert format_reference(2026, 123) == "HLB-2026-000123"
    assert REFERENCE_PATTERN.match(format_reference(2026, 999_999))


@pytest.mark.parametrize(
    "typed",
    [
        "HLB-2026-000123",
        "hlb-2026-000123",
        "  HLB-2026-000123\n",
        "HLB - 2026 - 000123",
        "HLB-２０２６-０００１２３",
        "ＨＬＢ－２０２６－０００１２３",
        "hlb\u30002026-000123".replace("\u3000", "-\u3000"),
        "HLB—2026—000123",
        "HLB-᠒᠐᠒᠖-000123",
    ],
    ids=[
        "canonical",
        "lower case",
        "padded",
        "spaces",
        "full-width digits",
        "all full-width",
        "ideographic space",
        "em dashes",
        "mongolian digits",
    ],
)
def test_a_reference_typed_loosely_is_normalized_to_its_canonical_form(typed):
    assert normalize_reference(typed) == "HLB-2026-000123"


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "HLB-2026-12345", "HLB-2026-0001234", "ABC-2026-000123", "HLB2026000123", "HLB-26-000123", "my case"],
)
def test_something_that_is_not_a_reference_normalizes_to_none(typed):
    assert normalize_reference(typed) is None


def test_a_new_pin_is_six_digits():
    pins = {new_pin() for _ in range(50)}
    assert all(len(p) == 6 and p.isascii() and p.isdigit() for p in pins)
    assert len(pins) > 1


def test_the_right_pin_verifies_against_its_hash():
    assert verify_pin("204617", hash_pin("204617"))


@pytest.mark.parametrize("typed", [" 204617 ", "２０４６１７", "204 617"])
def test_a_pin_typed_with_spaces_or_full_width_digits_still_verifies(typed):
    assert verify_pin(typed, hash_pin("204617"))


@pytest.mark.parametrize("typed", ["204618", "20461", "2046170", "", "      "])
def test_a_wrong_or_empty_pin_is_rejected(typed):
    assert not verify_pin(typed, hash_pin("204617"))


@pytest.mark.parametrize("stored", [None, "", "plain", "scrypt$nothex$00", "scrypt$00$00$00"])
def test_a_missing_or_malformed_stored_hash_rejects_every_pin(stored):
    assert not verify_pin("204617", stored)


def test_the_pin_is_not_stored_in_clear_and_each_hash_is_salted():
    first, second = hash_pin("204617"), hash_pin("204617")
    assert "204617" not in first
    assert first.startswith("scrypt$")
    assert first != second
    assert verify_pin("204617", first) and verify_pin("204617", second)


def test_a_pin_hash_records_its_cost_and_older_hashes_without_it_still_verify():
    import hashlib

    stored = hash_pin("123456")
    assert stored.split("$")[1] == str(SCRYPT_N)

    salt = bytes(16)
    legacy = f"scrypt${salt.hex()}${hashlib.scrypt(b'654321', salt=salt, n=2**11, r=8, p=1, dklen=32).hex()}"
    assert verify_pin("654321", legacy)
    assert not verify_pin("654320", legacy)
    assert not verify_pin("123456", "scrypt$3$00$00"), "a cost that is not a power of two is refused"
