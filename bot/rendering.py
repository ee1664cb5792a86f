"""The only place that turns catalog references into text for one recipient.

An outbox row (or a dialog reply) names a message id and arguments; an argument
may itself be a reference resolved in the recipient's locale:

* ``{"$msg": id, "args": {...}, "locale": tag}`` — another catalog message
  (``locale`` forces a language, as the language picker shows each in its own);
* ``{"$date": iso}`` — a date and time, formatted per locale and time zone;
* ``{"$text": literal}`` — data shown as given (references, PINs, her own words);
* ``{"$list": [...], "inline": bool}`` — items one per line, or joined by ``list-separator``.

The row's ``$flags`` say how it is shown: ``safety`` adds the reporter's safety row,
``notice`` (a message she did not ask for) puts the neutral `NOTICE_FIRST_LINE` first, as
lock screens and notification previews show only the beginning of a message.

A row's ``$charts`` (chart specs, `bot.stats_charts.ChartSpec.to_json`: numbers and codes only)
become the message's images, drawn here at send time in the row's language, in a worker thread
(docs/outbox.md, "Chart images"); such a row renders as an awaitable, which the outbox sender awaits.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Mapping
from datetime import datetime, tzinfo
from typing import Any

from bot.i18n import Localizer
from bot.messages import Button, Outbound

#: The "danger now" and "quick exit" buttons every reporter prompt carries.
SAFETY_ROW = (("button-danger", "danger"), ("button-exit", "exit"))
#: The first line of every notice she did not ask for ("You have a new message.").
NOTICE_FIRST_LINE = "notice-first-line"
#: The argument holding a row's chart specs (drawn into `Outbound.images` at send time).
CHARTS = "$charts"


class Renderer:
    def __init__(self, localizer: Localizer, zone: tzinfo) -> None:
        self.localizer = localizer
        self.zone = zone

    def value(self, locale: str, value: Any) -> Any:
        if isinstance(value, Mapping):
            if "$msg" in value:
                args = {k: self.value(locale, v) for k, v in (value.get("args") or {}).items()}
                return self.localizer.format(value.get("locale") or locale, value["$msg"], **args)
            if "$date" in value:
                return self.localizer.datetime(locale, datetime.fromisoformat(value["$date"]), self.zone)
            if "$text" in value:
                return str(value["$text"])
            if "$list" in value:
                separator = self.localizer.format(locale, "list-separator") if value.get("inline") else "\n"
                return separator.join(str(self.value(locale, item)) for item in value["$list"])
        return value

    def text(self, locale: str, message_id: str, args: Mapping[str, Any] | None = None) -> str:
        resolved = {k: self.value(locale, v) for k, v in (args or {}).items()}
        return self.localizer.format(locale, message_id, **resolved)

    def label(self, locale: str, label: Any) -> str:
        if isinstance(label, str):
            return self.localizer.format(locale, label)
        return str(self.value(locale, label))

    def buttons(self, locale: str, rows: Any) -> tuple[tuple[Button, ...], ...]:
        return tuple(
            tuple(Button(label=self.label(locale, label), action=action) for label, action in row) for row in rows or ()
        )

    def outbox_row(self, row: Any) -> Outbound | Awaitable[Outbound]:
        """Render one claimed outbox row (`storage.outbox_store.OutboxRow`); one with charts as an awaitable."""
        args = dict(row.args or {})
        charts = args.pop(CHARTS, None)
        message = self._outbound(row, args)
        if not charts:
            return message
        return self._with_charts(message, charts)

    async def _with_charts(self, message: Outbound, charts: Any) -> Outbound:
        """The message with its charts drawn (matplotlib, in a thread: a chart takes a fraction of a second)."""
        from bot.stats_charts import images_of  # only a process that sends charts loads matplotlib

        if not isinstance(charts, list):
            raise ValueError("$charts is a list of chart specs")
        images = await asyncio.to_thread(images_of, charts, message.locale, self.localizer)
        return dataclasses.replace(message, images=images)

    def _outbound(self, row: Any, args: dict[str, Any]) -> Outbound:
        flags = args.pop("$flags", {})
        extra: dict[str, Any] = {}
        if flags.get("safety"):
            extra["safety"] = self.buttons(row.locale, [SAFETY_ROW])[0]
        text = self.text(row.locale, row.message_id, args) if row.message_id else ""
        if flags.get("notice"):
            text = f"{self.text(row.locale, NOTICE_FIRST_LINE)}\n{text}"
        return Outbound(
            address=row.address,
            text=text,
            buttons=self.buttons(row.locale, row.buttons),
            remove_buttons=bool(flags.get("remove_buttons")),
            clear_history=bool(flags.get("clear_history")),
            outbox_id=row.id,
            locale=row.locale,
            extra=extra,
        )
