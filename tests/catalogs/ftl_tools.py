"""Reading the Fluent catalogs as syntax trees, for the catalog checks (never used by the bot)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import REFERENCE_LOCALE

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
#: Every catalog the bot ships (locales.md); plain "mn" must never be a folder.
LOCALES = ("zh-Hans-CN", "mn-Mong-CN", "mn-Cyrl-MN", "ru", "en")
REFERENCE = REFERENCE_LOCALE

#: A catalog may leave a message to its fallback chain only where it says so, in a line
#: ``## fallback: id-one id-two`` (a group comment), so the gap is deliberate and reviewed.
FALLBACK_MARK = re.compile(r"^fallback:\s*(?P<ids>.+)$", re.MULTILINE)

#: Variables that hold numbers (plural selectors, NUMBER()); every other variable gets a string.
NUMERIC_VARIABLES = frozenset(
    {
        "count",
        "left",
        "kept",
        "attachments",
        "points",
        "limit_mb",
        "seq",
        "id",
        "load",
        "capacity",
        "total",
        "size",
        "minutes",
        "hours",
        "days",
        "chars",
        "n",
        "port",
    }
)


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def variables(pattern: ast.Pattern | None) -> frozenset[str]:
    """Every ``$variable`` a pattern uses, in text, selectors, variants and call arguments."""
    if pattern is None:
        return frozenset()
    visitor = _Variables()
    visitor.visit(pattern)
    return frozenset(visitor.names)


@dataclass
class Catalog:
    locale: str
    messages: dict[str, ast.Message] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # file name → source
    junk: list[tuple[str, str]] = field(default_factory=list)  # (file, annotation)
    duplicates: list[str] = field(default_factory=list)
    may_fall_back: set[str] = field(default_factory=set)

    def shape(self, message_id: str) -> dict[str | None, frozenset[str]]:
        """Variables per part: ``None`` for the value, the attribute name for each attribute."""
        message = self.messages[message_id]
        parts: dict[str | None, frozenset[str]] = {}
        if message.value is not None:
            parts[None] = variables(message.value)
        for attribute in message.attributes:
            parts[attribute.id.name] = variables(attribute.value)
        return parts

    def patterns(self) -> list[tuple[str, ast.Pattern]]:
        """(label, pattern) for every value and attribute."""
        found = []
        for message_id, message in self.messages.items():
            if message.value is not None:
                found.append((message_id, message.value))
            found += [(f"{message_id}.{a.id.name}", a.value) for a in message.attributes]
        return found


@cache
def load(locale: str) -> Catalog:
    catalog = Catalog(locale)
    parser = FluentParser(with_spans=False)
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        source = path.read_text(encoding="utf-8")
        catalog.files[path.name] = source
        for entry in parser.parse(source).body:
            if isinstance(entry, ast.Junk):
                notes = "; ".join(a.message for a in entry.annotations)
                catalog.junk.append((path.name, f"{notes}: {entry.content[:80]!r}"))
            elif isinstance(entry, ast.Message):
                if entry.id.name in catalog.messages:
                    catalog.duplicates.append(entry.id.name)
                catalog.messages[entry.id.name] = entry
            elif isinstance(entry, ast.GroupComment | ast.ResourceComment):
                for mark in FALLBACK_MARK.finditer(entry.content):
                    catalog.may_fall_back.update(mark.group("ids").split())
    return catalog


def sample_args(names: frozenset[str]) -> dict[str, object]:
    """A number for count-like variables, a short string for the rest."""
    return {name: (3 if name in NUMERIC_VARIABLES else f"«{name}»") for name in names}
