"""The one adapter over Fluent: catalogs per locale, explicit fallback chains, dates.

No other module imports ``fluent``. Bidi isolation is off (nothing here is
right-to-left, and the invisible marks break copy and search).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, tzinfo
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time
from fluent.runtime import FluentBundle, FluentResource

logger = logging.getLogger(__name__)

REFERENCE_LOCALE = "zh-Hans-CN"

#: Explicit chains (locales.md): never from traditional Mongolian to Cyrillic.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "zh-Hans-CN": (),
    "mn-Mong-CN": ("zh-Hans-CN",),
    "mn-Cyrl-MN": ("ru", "zh-Hans-CN"),
    "ru": ("zh-Hans-CN",),
    "en": ("zh-Hans-CN",),
}

#: The language picker, each language in its own name and script, in this order.
PICKER_ORDER = ("zh-Hans-CN", "mn-Mong-CN", "mn-Cyrl-MN", "ru", "en")

#: Babel locale per tag; traditional Mongolian has no CLDR date data worth using.
_BABEL = {"zh-Hans-CN": "zh_Hans_CN", "mn-Cyrl-MN": "mn", "ru": "ru", "en": "en"}
_NUMERIC_DATE = "y.MM.dd HH:mm"


def hint_to_locale(hint: str) -> str | None:
    """A channel's language hint (Telegram ``language_code``) → a tag to pre-select, or None."""
    tag = hint.strip().lower().replace("_", "-")
    if tag in ("zh", "zh-hans", "zh-cn", "zh-sg", "zh-hans-cn"):
        return "zh-Hans-CN"
    if tag.startswith("ru"):
        return "ru"
    if tag.startswith("en"):
        return "en"
    if tag in ("mn-mong", "mn-mong-cn", "mn-cn", "bxu"):
        return "mn-Mong-CN"
    if tag in ("mn-cyrl", "mn-cyrl-mn", "mn-mn"):
        return "mn-Cyrl-MN"
    return None  # plain "mn" is ambiguous: the picker asks which script


def people_datetime(local: datetime, locale: Locale) -> str:
    """The locale's medium date and short time (no seconds: deadlines are not to the second)."""
    return f"{format_date(local, 'medium', locale=locale)} {format_time(local, 'short', locale=locale)}"


class Catalogs(Mapping[str, FluentBundle]):
    """One Fluent bundle per locale folder, each parsed once, the first time it is needed.

    Parsing is most of a command line call's time: a command printing in one language
    parses that catalog (and its fallbacks, if a message is missing) instead of all five.
    """

    def __init__(self, folder: Path) -> None:
        self.files: dict[str, list[Path]] = {}
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            if files := sorted(sub.glob("*.ftl")):
                self.files[sub.name] = files
        self.parsed: dict[str, FluentBundle] = {}

    def __getitem__(self, tag: str) -> FluentBundle:
        bundle = self.parsed.get(tag)
        if bundle is None:
            bundle = FluentBundle([tag], use_isolating=False)
            for path in self.files[tag]:
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self.parsed[tag] = bundle
        return bundle

    def __contains__(self, tag: object) -> bool:  # without parsing
        return tag in self.files

    def __iter__(self) -> Iterator[str]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)


#: Fluent refuses a placeable longer than this (fluent.runtime's ``MAX_PART_LENGTH``, a guard
#: against expansion); her words and a mediator's message may be longer, and nested messages
#: (a case card holding her words) longer still.
FLUENT_PART_LIMIT = 2500


def shield_long_values(args: Mapping[str, object]) -> tuple[dict[str, object], Callable[[str], str]]:
    """``args`` with every string too long for Fluent replaced by a unique token, and the function
    that puts the strings back into the formatted text. Values are never cut."""
    long = {name: value for name, value in args.items() if isinstance(value, str) and len(value) > FLUENT_PART_LIMIT}
    if not long:
        return dict(args), lambda text: text
    nonce = secrets.token_hex(6)
    tokens = {name: f"\ue000{nonce}:{index}\ue001" for index, name in enumerate(long)}
    shielded = {**args, **tokens}

    def restore(text: str) -> str:
        for name, token in tokens.items():
            text = text.replace(token, long[name])
        return text

    return shielded, restore


class Localizer:
    """Formats catalog messages for a recipient's locale, falling back along her chain."""

    def __init__(self, folder: Path, default_locale: str = REFERENCE_LOCALE) -> None:
        self.folder = folder
        self.default_locale = default_locale
        self.bundles = Catalogs(folder)
        #: Messages without arguments, once formatted (button labels, most prompts): the same text
        #: every time, and formatting is a large share of rendering a reply.
        self._plain: dict[tuple[str, str], str] = {}

    @property
    def locales(self) -> list[str]:
        return [tag for tag in PICKER_ORDER if tag in self.bundles] + sorted(
            tag for tag in self.bundles if tag not in PICKER_ORDER
        )

    def chain(self, locale: str) -> list[str]:
        first = locale if locale in self.bundles else self.default_locale
        tags = [first, *FALLBACKS.get(first, ()), self.default_locale, REFERENCE_LOCALE]
        return [t for i, t in enumerate(tags) if t in self.bundles and t not in tags[:i]]

    def has(self, locale: str, message_id: str) -> bool:
        bundle = self.bundles.get(locale)
        return bundle is not None and bundle.has_message(message_id)

    def format(self, locale: str, message_id: str, **args: object) -> str:
        """The message in the first locale of the chain that has it; errors are logged."""
        if args:
            return self._format(locale, message_id, args)
        plain = self._plain.get((locale, message_id))
        if plain is None:
            plain = self._format(locale, message_id, {})
            if locale in self.bundles and self.has(locale, message_id):  # keys bounded by the catalogs
                self._plain[(locale, message_id)] = plain
        return plain

    def _format(self, locale: str, message_id: str, args: Mapping[str, object]) -> str:
        for tag in self.chain(locale):
            bundle = self.bundles[tag]
            if not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            shielded, restore = shield_long_values(args)
            text, errors = bundle.format_pattern(message.value, shielded)
            if errors:
                logger.error("catalog %s message %s: %s", tag, message_id, errors)
            return restore(text)
        logger.error("message %s missing in every catalog of %s", message_id, locale)
        return message_id

    def attribute(self, locale: str, message_id: str, attribute: str, **args: object) -> str:
        for tag in self.chain(locale):
            bundle = self.bundles[tag]
            if bundle.has_message(message_id):
                attr = bundle.get_message(message_id).attributes.get(attribute)
                if attr is not None:
                    shielded, restore = shield_long_values(args)
                    text, errors = bundle.format_pattern(attr, shielded)
                    if errors:
                        logger.error("catalog %s message %s.%s: %s", tag, message_id, attribute, errors)
                    return restore(text)
        return f"{message_id}.{attribute}"

    def datetime(self, locale: str, value: datetime, zone: tzinfo) -> str:
        """A date and time for people: Babel per locale, the numeric form for mn-Mong-CN."""
        local = value.astimezone(zone)
        babel_tag = _BABEL.get(locale)
        if babel_tag is None:
            return local.strftime("%Y.%m.%d %H:%M")
        try:
            return people_datetime(local, Locale.parse(babel_tag))
        except (UnknownLocaleError, ValueError):
            return format_datetime(local, _NUMERIC_DATE, locale="en")
