"""Nothing she or staff read bypasses the catalogs.

Dynamically: a reporter's whole journey and a staff lifecycle run on a recording channel;
every outbox row names a message of the reference catalog (never raw text), every catalog
reference inside its arguments and buttons does too, and every delivered text is exactly
what the Renderer makes of the row. Statically: every message id written in ``bot/`` (string
literals, and f-string families such as ``f"status-{state}"`` expanded over their enums)
exists in the reference catalog.
"""

from __future__ import annotations

import ast
import logging
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from harness import Bot, file_case, start
from sqlalchemy import select

from bot.dashboard import KINDS as DASHBOARD_PERIODS
from bot.dialogs import choices, intake
from bot.dialogs.case_card import TRIGGER_BUTTONS
from bot.dialogs.order_staff import WHY
from bot.notifications import REPORTER_NOTICES
from bot.stats_text import CASE_COLUMNS as STATS_COLUMNS
from bot.stats_text import COUNT, HOURS, RATIO, SCORE
from bot.stats_text import SECTIONS as STATS_SECTIONS
from storage.outbox_store import _row
from storage.records import OutboxRecord
from storage.retention import KINDS as RETENTION_KINDS
from workflows.follow_ups import Solved
from workflows.orders import DeliveryLanguage, Format, OrderKind, OrderState, PlaceKind, Topic
from workflows.orders_validation import FIELDS as ORDER_FIELDS
from workflows.orders_validation import PROBLEMS as ORDER_PROBLEMS
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Channel, Risk, Role, Service, State, Trigger

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "catalogs"))
from ftl_tools import load  # noqa: E402

REFERENCE_IDS = frozenset(load("zh-Hans-CN").messages)
STATS_UNITS = (COUNT, HOURS, RATIO, SCORE)
ID = re.compile(r"^[a-z]+(-[a-z0-9_]+)+$")

#: Id-shaped strings in bot/ that are not catalog messages (names, versions, legal bases).
NOT_MESSAGE_IDS = frozenset({"hotline-oral-v1", "emergency-legal-basis", "callback-", "follow-up"})

#: f-string message families and every value the code may put in them.
FAMILIES: dict[str, tuple[str, ...]] = {
    "state-": tuple(s.value for s in State),
    "status-": tuple(s.value for s in State),
    "status-short-": tuple(s.value for s in State),
    "trigger-": tuple(t.value for t in Trigger),
    "role-": tuple(r.value for r in Role),
    "risk-": tuple(r.value for r in Risk),
    "service-": tuple(s.value for s in Service),
    "region-": (*REGIONS, UNKNOWN_REGION),
    "channel-": tuple(c.value for c in Channel),
    "contact-": choices.CONTACTS,
    "involved-": choices.INVOLVED,
    "review-change-": intake.REVIEW_FIELDS,
    "spoken-language-": tuple(choices.SPOKEN_LANGUAGES),
    "candidate-": ("mediator", "point"),
    "reason-": ("spoken", "region", "service", "language", "load", "full"),
    "notice-": tuple(t.value for t in REPORTER_NOTICES),
    "staff-entry-": ("description", "message-in", "message-out", "contact", "callback", "follow-up"),
    "point-kind-": ("fixed_home", "mobile_team"),
    "data-kind-": ("description", "message-in", "message-out", "contact", "callback", "evidence", "other"),
    "erase-why-": ("legal-hold", "child", "mediation", "open"),
    "retention-kind-": tuple(kind.replace("_", "-") for kind in RETENTION_KINDS),
    "follow-up-solved-": tuple(s.value for s in Solved),
    # Service orders (bot/dialogs/orders.py, bot/dialogs/order_staff.py).
    "orders-kind-": tuple(k.value for k in OrderKind),
    "orders-topic-": tuple(t.value for t in Topic),
    "orders-place-": tuple(p.value for p in PlaceKind),
    "orders-language-": tuple(v.value for v in DeliveryLanguage),
    "orders-format-": tuple(f.value for f in Format),
    "orders-state-": tuple(s.value for s in OrderState if s is not OrderState.DRAFT),
    "orders-field-": ORDER_FIELDS,
    # Supervisor figures (bot/stats_text.py, bot/report_export.py).
    "stats-": tuple(
        f"{name}-{part}"
        for name in ("to-accept", "to-dispatch", "to-close", "to-acknowledge")
        for part in ("count", "median", "p90")
    ),
    "stats-col-": (*STATS_COLUMNS, "section", "figure", "value", "previous", "unit"),
    "stats-mediation-": ("agreement", "terminated", "referred"),
    "stats-solved-": ("yes", "partly", "no"),
    "stats-unit-": STATS_UNITS,
    "orders-invalid-": ORDER_PROBLEMS,
    "orders-why-": (*WHY, "missing"),
    # The figures page (bot/dashboard.py).
    "dashboard-period-": tuple(k.value for k in DASHBOARD_PERIODS),
    "dashboard-change-": ("up", "down"),
    "stats-section-": STATS_SECTIONS,
}
#: Families whose values come from data checked elsewhere (errors' reasons and fields,
#: channel command names): at least one catalog message must carry the prefix, and the
#: dynamic test below fails on any id that does not exist.
#: Families whose values come from the data (a referral's agency, a case's outcome): some message starts so.
OPEN_FAMILIES = frozenset({"refusal-", "field-", "telegram-command-", "agency-", "stats-outcome-"})


def _family_prefix(node: ast.JoinedStr) -> str | None:
    head = node.values[0] if node.values else None
    if (
        isinstance(head, ast.Constant)
        and isinstance(head.value, str)
        and re.match(r"^[a-z]+(-[a-z0-9_]+)*-$", head.value)
    ):
        return head.value
    return None


def message_ids_in_code() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(literal id → where, family prefix → where) for every id-shaped string in bot/."""
    prefixes = {i.split("-")[0] for i in REFERENCE_IDS}
    literals: dict[str, list[str]] = {}
    families: dict[str, list[str]] = {}
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        task_names = {id(k.value) for k in ast.walk(tree) if isinstance(k, ast.keyword) and k.arg == "name"}
        for node in ast.walk(tree):
            if id(node) in task_names:
                continue  # a task's or logger's name, not something she reads
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and ID.match(node.value):
                if node.value.split("-")[0] in prefixes:
                    literals.setdefault(node.value, []).append(where)
            elif isinstance(node, ast.JoinedStr):
                prefix = _family_prefix(node)
                if prefix and prefix.split("-")[0] in prefixes:
                    families.setdefault(prefix, []).append(where)
    return literals, families


def test_every_message_id_literal_in_the_code_exists_in_the_reference_catalog() -> None:
    literals, _ = message_ids_in_code()
    missing = {i: where for i, where in literals.items() if i not in REFERENCE_IDS and i not in NOT_MESSAGE_IDS}
    assert missing == {}
    assert {"button-danger", "exit-neutral", "call-me-in-my-language"} <= set(literals)


def test_every_message_family_in_the_code_is_known_and_complete_in_the_reference_catalog() -> None:
    _, families = message_ids_in_code()
    unknown = {p: w for p, w in families.items() if p not in FAMILIES and p not in OPEN_FAMILIES | NOT_MESSAGE_IDS}
    assert unknown == {}, "add the family and its values to FAMILIES"
    missing = sorted(
        f"{p}{v}" for p in families if p in FAMILIES for v in FAMILIES[p] if f"{p}{v}" not in REFERENCE_IDS
    )
    assert missing == []
    assert all(any(i.startswith(p) for i in REFERENCE_IDS) for p in OPEN_FAMILIES & set(families))


def test_the_button_tables_name_catalog_messages() -> None:
    assert [label for _, label, _ in TRIGGER_BUTTONS if label not in REFERENCE_IDS] == []


def catalog_references(value: Any) -> list[str]:
    """Every ``{"$msg": id}`` inside outbox arguments or buttons, and every plain button label."""
    found: list[str] = []
    if isinstance(value, dict):
        if "$msg" in value:
            found.append(value["$msg"])
        for inner in value.values():
            found += catalog_references(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            found += catalog_references(inner)
    return found


def button_labels(rows: list[Any]) -> list[Any]:
    return [button[0] for row in rows or () for button in row]


async def journeys(bot: Bot) -> None:
    """A reporter's journey and a staff lifecycle, touching most messages the bot sends."""
    her = bot.chat("web:her")
    await start(her, "zh-Hans-CN")
    await her.send("/help")
    await her.send("/nonsense")
    reference, pin = await file_case(her, locale="zh-Hans-CN", contact="phone_callback", name="萨仁")
    await her.send("/cases")
    await her.press("danger")
    await bot.add_staff("web:sup", roles=("operator", "supervisor"), regions=("all",), locale="zh-Hans-CN")
    staff = bot.chat("web:sup")
    await staff.send("/help")
    await staff.send("/queue")
    await staff.send("/counts")
    await staff.send(f"/case {reference}")
    await staff.press(f"st:ack:{reference}")
    await bot.close_case(reference)
    await staff.send(f"/case {reference}")
    await her.press("exit")

    other = bot.chat("web:daur")
    await other.send("救命")
    await other.press("call:spoken")
    await other.press("spoken:evn")
    await other.send("13900000000")
    unsafe = bot.chat("web:unsafe")
    await unsafe.send("/start")
    await unsafe.press("lang:en")
    await unsafe.press("safe:no")
    await unsafe.press("cb:request")
    await unsafe.send("13700000000 after 9")
    await bot.deliver_pending()


async def test_every_delivered_message_was_rendered_from_a_catalog_message(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="bot.i18n")
    # The rows as the sender claimed them (sent rows lose their arguments afterwards: they
    # may hold a PIN or her words, which the outbox does not keep once delivered).
    rows = []
    render = bot.app.sender._render

    def recording(row):
        rows.append(row)
        return render(row)

    bot.app.sender._render = recording
    await journeys(bot)
    async with bot.app.unit_of_work() as uow:
        stored = [_row(r._mapping) for r in await uow.session.execute(select(OutboxRecord.__table__))]
    assert len(rows) > 30
    assert all(r.args == {} for r in stored if r.id in {row.id for row in rows}), "sent rows keep no arguments"
    assert sorted({r.message_id for r in rows} - REFERENCE_IDS) == []
    nested = {i for r in rows for i in catalog_references([r.args, r.buttons])}
    labels = {label for r in rows for label in button_labels(r.buttons) if isinstance(label, str)}
    assert sorted((nested | labels) - REFERENCE_IDS) == []

    delivered = {m.outbox_id: m for m in bot.channel.delivered}
    for row in rows:
        if row.id not in delivered:
            continue  # for a channel this bot does not run
        rendered = bot.app.renderer.outbox_row(row)
        assert delivered[row.id].text == rendered.text
        assert delivered[row.id].text != row.message_id
        assert delivered[row.id].buttons == rendered.buttons
    assert len(delivered) == len(bot.channel.delivered), "every delivery came from an outbox row"
    assert [r.getMessage() for r in caplog.records if r.name == "bot.i18n"] == []
