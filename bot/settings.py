"""Settings from ``WALKING_HOME_*`` environment variables and an optional ``.env``.

A bad value stops start-up with one line naming the setting (see `load_settings`).
Relative paths (the SQLite file, evidence, the web secret, the Matrix state) are
anchored to one data directory, never to the current folder: a command run from
another folder must find the bot's database, not quietly create a second one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.work_calendar import read_local_days
from workflows.deadlines import CLOCK_FIELDS, parse_clock

PROJECT_DIR = Path(__file__).resolve().parent.parent
REPO_LOCALES = PROJECT_DIR / "locales"
SUPPORTED_DATABASES = ("sqlite+aiosqlite", "postgresql+asyncpg")
SQLITE_PREFIX = "sqlite+aiosqlite:///"
#: The days of the week in ISO order (``WALKING_HOME_DIGEST_WEEKDAY`` takes these names or 1-7).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def default_data_dir() -> Path:
    """The source checkout (the folder holding pyproject.toml) when run from one.

    An installed package has no project folder: its data go to ``$XDG_DATA_HOME/walking-home``
    (``~/.local/share/walking-home``) of the user running it, unless WALKING_HOME_DATA_DIR says where.
    """
    if (PROJECT_DIR / "pyproject.toml").is_file():
        return PROJECT_DIR
    xdg = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(xdg) / "walking-home"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL as written (maybe relative); None for PostgreSQL or an in-memory database.

    Parsed by hand: channels import the settings and must not import SQLAlchemy (an import contract).
    """
    if not url.startswith(SQLITE_PREFIX):
        return None
    database = url.removeprefix(SQLITE_PREFIX).partition("?")[0]
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def anchored_sqlite_url(url: str, folder: Path) -> str:
    """The URL with a relative SQLite file made absolute under ``folder``; any other URL as is."""
    path = sqlite_path(url)
    if path is None or path.is_absolute():
        return url
    _, question, query = url.partition("?")
    return f"{SQLITE_PREFIX}{folder / path}{question}{query}"


def default_locales_dir() -> Path:
    installed = Path(sys.prefix) / "share" / "walking-home" / "locales"
    return REPO_LOCALES if REPO_LOCALES.is_dir() else installed


class Settings(BaseSettings):
    # The project's .env, then one in the current folder (which wins where both set a variable).
    model_config = SettingsConfigDict(
        env_prefix="WALKING_HOME_", env_file=(default_data_dir() / ".env", ".env"), extra="ignore"
    )

    #: Where relative paths below point (see `default_data_dir`).
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str = "sqlite+aiosqlite:///./var/walking-home.db"
    #: Bounded waits for the database (docs/channels.md, "When the database does not answer"): opening a
    #: PostgreSQL connection, one PostgreSQL statement, a free pooled connection, and one update's turn
    #: as a channel waits for it (past that: not recorded, not acknowledged, sent again).
    database_connect_timeout: float = Field(default=5, gt=0)
    database_command_timeout: float = Field(default=5, gt=0)
    database_pool_timeout: float = Field(default=15, gt=0)
    turn_timeout: float = Field(default=15, gt=0)
    locales_dir: Path = Field(default_factory=default_locales_dir)
    default_locale: str = "zh-Hans-CN"
    time_zone: str = "Asia/Shanghai"
    web_enabled: bool = True
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=8080, ge=0, le=65535)
    web_public_origin: str = ""
    #: Signs web chat session tokens; created on first start. Keep it to let conversations survive restarts.
    web_secret_file: Path = Path("./var/web-secret")
    evidence_dir: Path = Path("./var/evidence")
    #: The data key ring (her words, names, phone numbers and evidence are sealed with it); created on first
    #: start, mode 0600. Back it up apart from the database: without it the data cannot be read.
    data_key_file: Path = Path("./var/data-key")
    #: The data key from the environment instead of the file: base64 of 32 random bytes, or the key file's JSON.
    data_key: SecretStr = SecretStr("")
    max_upload_mb: float = Field(default=10, gt=0, le=50)
    max_message_chars: int = Field(default=4000, ge=100)
    # Web chat uploads and sessions (docs/security.md, "Web chat: uploads, sessions and floods").
    #: Files and megabytes one web conversation may send in all, and within any hour.
    upload_files_per_conversation: int = Field(default=20, ge=1)
    upload_mb_per_conversation: float = Field(default=100, gt=0)
    upload_files_per_hour: int = Field(default=10, ge=1)
    upload_mb_per_hour: float = Field(default=60, gt=0)
    #: Megabytes the whole web chat accepts within any hour (every conversation together).
    upload_mb_per_hour_total: float = Field(default=1000, gt=0)
    #: Files and megabytes of evidence one case may hold (every channel).
    case_max_files: int = Field(default=30, ge=1)
    case_max_mb: float = Field(default=200, gt=0)
    #: Where an upload is streamed while it arrives (mode 0700; each file 0600, deleted once read).
    upload_temp_dir: Path = Path("./var/incoming")
    #: New web sessions one network address may open within ten minutes (the address is kept only
    #: as a keyed hash, in memory, for those ten minutes).
    web_new_sessions_per_address: int = Field(default=30, ge=1)
    #: A web session that never did anything but open is forgotten (with its rows) after this long.
    web_idle_session_minutes: float = Field(default=30, gt=0)
    #: uvicorn's access log, for debugging only; client addresses are never written.
    web_access_log: bool = False
    telegram_token: str = ""
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_mode: str = "polling"
    telegram_webhook_secret: str = ""
    telegram_webhook_url: str = ""  # public https base URL; when set, webhook mode calls setWebhook
    #: How many webhook requests Telegram may have open at once (its ``max_connections``, 1–100).
    telegram_webhook_connections: int = Field(default=100, ge=1, le=100)
    matrix_homeserver: str = ""
    matrix_user: str = ""
    matrix_password: str = ""
    matrix_access_token: str = ""
    matrix_state_dir: Path = Path("./var/matrix")  # an older state.json, imported once into the database
    # The WeChat official account (docs/wechat.md): on when the app id, secret and token are set.
    wechat_app_id: str = ""
    wechat_app_secret: str = ""
    wechat_token: str = ""  # the server configuration's Token (signatures)
    wechat_aes_key: str = ""  # EncodingAESKey (43 characters): safe mode; empty, plain mode only
    wechat_api_url: str = "https://api.weixin.qq.com"
    #: The account's language: its menu, and the language picker's first choice.
    wechat_language: str = "zh-Hans-CN"
    #: Options as customer-service ``msgmenu`` (clickable) or as a numbered list.
    wechat_buttons: Literal["msgmenu", "numbers"] = "msgmenu"
    #: Seconds a push may take before it is answered 503 (WeChat gives up waiting after 5 s).
    wechat_reply_seconds: float = Field(default=4, gt=0, lt=5)
    outbox_max_attempts: int = Field(default=8, ge=1)
    # Retention (docs/security.md, "Retention"): how long each kind of data is kept.
    retention_enabled: bool = True
    retention_interval_minutes: float = Field(default=60, gt=0)
    retention_abandoned_intake_hours: float = Field(default=72, gt=0)
    retention_conversation_days: float = Field(default=30, gt=0)
    retention_processed_update_days: float = Field(default=7, gt=0)
    retention_sent_outbox_days: float = Field(default=7, gt=0)
    retention_dead_outbox_args_hours: float = Field(default=0, ge=0)
    retention_transcript_days: float = Field(default=30, gt=0)
    retention_consultation_case_days: float = Field(default=365, gt=0)
    retention_closed_case_years: float = Field(default=3, gt=0)
    retention_pin_guess_hours: float = Field(default=24, gt=0)
    retention_batch: int = Field(default=200, ge=1, le=10000)
    # The case clock (docs/clock.md): reminders, overdue, escalation.
    clock_enabled: bool = True
    #: Seconds between two polls of the clock worker (or a duration: 5s, 1m).
    clock_poll: float = 5.0
    #: Local days off and make-up working days over the PRC calendar (lines "2026-07-10 off" / "... work").
    holidays_file: Path | None = None
    #: Each clock of the deadline policy (workflows.deadlines): 30s, 15m, 2h, 7d or 1wd (working days).
    deadline_emergency_ack: str = ""
    deadline_new: str = ""
    deadline_new_high_risk: str = ""
    deadline_dispatched: str = ""
    deadline_consent: str = ""
    deadline_mediation: str = ""
    deadline_judicial_confirmation: str = ""
    deadline_referral_feedback: str = ""
    deadline_first_follow_up: str = ""
    deadline_second_follow_up: str = ""
    deadline_hold_review: str = ""
    deadline_follow_up_answer: str = ""
    deadline_order_dispatch: str = ""
    deadline_order_record: str = ""
    # The weekly digest to each supervisor (docs/statistics.md, "Weekly digest"), in local time.
    digest_enabled: bool = True
    #: The day it is sent: 1-7 (Monday = 1) or a day's English name (monday, mon).
    digest_weekday: int = 1
    #: The local hour it is sent from, 0-23.
    digest_hour: int = Field(default=8, ge=0, le=23)
    # The supervisors' dashboard page (docs/statistics.md, "Dashboard"), at WALKING_HOME_WEB_PUBLIC_ORIGIN.
    #: Minutes a `/dashboard` link may be opened (once), and minutes the page it opened stays usable.
    dashboard_link_minutes: float = Field(default=15, gt=0, le=1440)
    dashboard_session_minutes: float = Field(default=60, gt=0, le=1440)
    # Operations (docs/operations.md): metrics, and the bounds of `/ready`'s checks.
    #: ``/metrics`` on the web app's listener (off by default; never meant to be public).
    metrics: bool = False
    #: ``host:port`` of a listener of its own for ``/metrics``, ``/health`` and ``/ready`` ("" = none).
    metrics_address: str = ""
    #: Seconds the database may take to answer `/ready`'s (and a scrape's) query.
    ready_database_timeout: float = Field(default=2, gt=0, le=60)
    #: Seconds a channel may be down (retrying with backoff) before `/ready` says it is down.
    ready_channel_grace: float = Field(default=120, ge=0)
    #: Seconds a due outbox row may wait unsent before `/ready` calls the outbox stuck.
    ready_outbox_stuck: float = Field(default=300, gt=0)
    #: Seconds without a finished clock round before `/ready` calls the clock stale.
    ready_clock_stale: float = Field(default=120, gt=0)
    log_level: str = "INFO"
    #: ``text`` (one readable line per record) or ``json`` (one JSON object per line, for a log collector).
    log_format: str = "text"
    #: aiosqlite, SQLAlchemy, uvicorn, websockets, httpx, ...: their text is withheld at any level (bot/logs.py).
    library_log_level: str = "WARNING"

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(tuple(f"{d}://" for d in SUPPORTED_DATABASES)):
            raise ValueError(f"must start with one of {', '.join(d + '://' for d in SUPPORTED_DATABASES)}")
        return value

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {value!r}") from error
        return value

    @field_validator("locales_dir")
    @classmethod
    def _existing_folder(cls, value: Path) -> Path:
        if not value.is_dir():
            raise ValueError(f"folder {value} does not exist")
        return value

    @field_validator(*(f"deadline_{name}" for name in CLOCK_FIELDS))
    @classmethod
    def _a_clock(cls, value: str) -> str:
        if value:
            parse_clock(value)  # raises ValueError: the message names the value, load_settings the setting
        return value

    @field_validator("clock_poll", mode="before")
    @classmethod
    def _poll_interval(cls, value: object) -> object:
        if isinstance(value, str) and value.strip() and not value.strip().replace(".", "", 1).isdigit():
            try:
                clock = parse_clock(value)
            except ValueError:
                raise ValueError(f"{value.strip()!r} is not a poll interval like 5, 5s or 1m") from None
            if clock.is_working or clock.days:
                raise ValueError("the poll interval is seconds or minutes (5s, 1m)")
            return clock.minutes * 60
        return value

    @field_validator("clock_poll")
    @classmethod
    def _positive_poll(cls, value: float) -> float:
        if not 0 < value <= 3600:
            raise ValueError("must be more than 0 and at most an hour")
        return value

    @field_validator("digest_weekday", mode="before")
    @classmethod
    def _a_weekday(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip().lower()
            if text.isdigit():
                value = int(text)
            else:
                for number, name in enumerate(WEEKDAYS, start=1):
                    if text in (name, name[:3]):
                        return number
                raise ValueError(f"{value.strip()!r} is not a day: 1-7 (Monday = 1) or monday ... sunday")
        if isinstance(value, int) and not 1 <= value <= 7:
            raise ValueError(f"{value} is not a day: 1-7 (Monday = 1) or monday ... sunday")
        return value

    @field_validator("wechat_aes_key")
    @classmethod
    def _an_encoding_aes_key(cls, value: str) -> str:
        value = value.strip()
        if value and (len(value) != 43 or not value.isalnum()):
            raise ValueError("WeChat's EncodingAESKey is 43 letters and digits (copy it from the console)")
        return value

    @field_validator("log_format")
    @classmethod
    def _known_log_format(cls, value: str) -> str:
        if value.strip().lower() not in ("text", "json"):
            raise ValueError("must be 'text' or 'json'")
        return value.strip().lower()

    @field_validator("metrics_address")
    @classmethod
    def _host_and_port(cls, value: str) -> str:
        if value.strip():
            host, colon, port = value.strip().rpartition(":")
            if not colon or not host.strip("[]") or not port.isdigit() or int(port) > 65535:
                raise ValueError(f"{value!r} is not host:port (e.g. 127.0.0.1:9100)")
        return value.strip()

    @field_validator("telegram_mode")
    @classmethod
    def _known_mode(cls, value: str) -> str:
        if value not in ("polling", "webhook"):
            raise ValueError("must be 'polling' or 'webhook'")
        return value

    @model_validator(mode="after")
    def _anchor_relative_paths(self) -> Settings:
        self.data_dir = self.data_dir.expanduser().resolve()
        self.database_url = anchored_sqlite_url(self.database_url, self.data_dir)
        for name in ("web_secret_file", "evidence_dir", "matrix_state_dir", "data_key_file", "upload_temp_dir"):
            setattr(self, name, self.data_dir / getattr(self, name).expanduser())  # an absolute path stays
        if self.holidays_file is not None:
            self.holidays_file = self.data_dir / self.holidays_file.expanduser()
        return self

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite database file (absolute), or None for PostgreSQL and in-memory databases."""
        return sqlite_path(self.database_url)

    @model_validator(mode="after")
    def _webhook_needs_a_secret(self) -> Settings:
        if self.telegram_token and self.telegram_mode == "webhook" and len(self.telegram_webhook_secret) < 16:
            raise ValueError(
                "WALKING_HOME_TELEGRAM_WEBHOOK_SECRET: webhook mode needs a secret of at least 16 characters"
            )
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def case_max_bytes(self) -> int:
        return int(self.case_max_mb * 1024 * 1024)


class SettingsError(Exception):
    """One line that names the bad setting and what is wrong with it."""


def _unknown_clocks(environ: Mapping[str, str]) -> list[str]:
    """``WALKING_HOME_DEADLINE_*`` variables that name no clock of the policy (a typo keeps a default silently)."""
    known = {f"WALKING_HOME_DEADLINE_{name.upper()}" for name in CLOCK_FIELDS}
    return sorted(
        key for key in environ if key.upper().startswith("WALKING_HOME_DEADLINE_") and key.upper() not in known
    )


def load_settings(**overrides: object) -> Settings:
    unknown = _unknown_clocks(os.environ)
    if unknown:
        names = ", ".join(name.upper() for name in CLOCK_FIELDS)
        raise SettingsError(f"{unknown[0]}: no such clock (the clocks: {names})")
    try:
        settings = Settings(**overrides)
    except ValidationError as error:
        first = error.errors()[0]
        if not first["loc"]:  # a rule across settings: its message names the setting itself
            raise SettingsError(str(first["msg"]).removeprefix("Value error, ")) from None
        name = "WALKING_HOME_" + str(first["loc"][0]).upper()
        raise SettingsError(f"{name}: {first['msg']}") from None
    if settings.holidays_file is not None:
        try:
            read_local_days(settings.holidays_file)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            raise SettingsError(f"WALKING_HOME_HOLIDAYS_FILE: {settings.holidays_file}: {reason}") from None
    if settings.default_locale not in available_locales(settings.locales_dir):
        raise SettingsError(
            f"WALKING_HOME_DEFAULT_LOCALE: no catalog folder {settings.default_locale!r} in {settings.locales_dir}"
        )
    return settings


def available_locales(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.ftl")))
