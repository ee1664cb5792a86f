"""Service orders (docs/orders.md): every message the order code can ask for is in every catalog,
with the reference's variables, and none of them falls back to another language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ftl_tools import LOCALES, load

from workflows.orders import DeliveryLanguage, Format, OrderKind, OrderState, PlaceKind, PointKind, Topic
from workflows.orders_validation import FIELDS, PROBLEMS

ROOT = Path(__file__).resolve().parents[2]
#: The modules that name order messages in string literals.
SOURCES = ("workflows/services/orders.py", "workflows/orders.py", "workflows/orders_validation.py")
LITERAL = re.compile(r"\"(orders-[a-z0-9_-]+[a-z0-9_])\"")


def order_messages() -> set[str]:
    ids = {f"orders-kind-{k.value}" for k in OrderKind}
    ids |= {f"orders-topic-{t.value}" for t in Topic}
    ids |= {f"orders-place-{p.value}" for p in PlaceKind}
    ids |= {f"orders-language-{lang.value}" for lang in DeliveryLanguage}
    ids |= {f"orders-format-{f.value}" for f in Format}
    ids |= {f"orders-point-{p.value}" for p in PointKind}
    ids |= {f"orders-state-{s.value}" for s in OrderState if s is not OrderState.DRAFT}
    ids |= {f"orders-reason-{r}" for r in ("travels", "topic", "online")}
    ids |= {"reason-region", "reason-language", "reason-load", "reason-full"}
    ids |= {f"orders-field-{f}" for f in FIELDS}
    ids |= {f"orders-invalid-{p}" for p in PROBLEMS}
    for source in SOURCES:
        ids |= set(LITERAL.findall((ROOT / source).read_text(encoding="utf-8")))
    return ids


def test_the_order_code_names_its_notices_and_errors():
    ids = order_messages()
    assert {"orders-staff-offered", "orders-notice-scheduled", "orders-error-not-found"} <= ids
    assert len(ids) > 80


@pytest.mark.parametrize("locale", LOCALES)
def test_every_order_message_is_in_every_catalog_with_the_same_variables(locale: str) -> None:
    catalog, reference = load(locale), load("en")
    missing = sorted(i for i in order_messages() if i not in catalog.messages)
    assert missing == []
    different = sorted(i for i in order_messages() if catalog.shape(i) != reference.shape(i))
    assert different == []
    assert not any(i in catalog.may_fall_back for i in order_messages())
