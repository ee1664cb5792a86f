"""The ``walking-home`` command: run the bot, migrate, seed, manage staff, show a case.

What it prints comes from the catalogs, in ``WALKING_HOME_DEFAULT_LOCALE`` or ``--lang``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from bot.i18n import Localizer
from bot.logs import json_line, setup_logging
from bot.settings import Settings, SettingsError, load_settings

DURATION = re.compile(r"^(\d+)([mhdw])$")


def parse_duration(text: str) -> timedelta:
    """``30m``, ``12h``, ``7d``, ``2w`` → a timedelta."""
    match = DURATION.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r}: use a number and m, h, d or w (e.g. 7d)")
    amount, unit = int(match.group(1)), match.group(2)
    return {
        "m": timedelta(minutes=amount),
        "h": timedelta(hours=amount),
        "d": timedelta(days=amount),
        "w": timedelta(weeks=amount),
    }[unit]


def parse_date(text: str) -> date:
    """``2026-03-01`` → a date (the report's local days)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: use YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walking-home",
        description="Case-handling chat bot of the Walking Women's Home (report, dispatch, mediate, follow up).",
        epilog="Settings come from WALKING_HOME_* environment variables or .env; see the README.",
    )
    parser.add_argument("--lang", help="language of this command's output (a catalog tag such as en or zh-Hans-CN)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="migrate, seed reference data and serve the configured channels")
    db = commands.add_parser("db", help="database maintenance").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="apply migrations up to the newest")
    db.add_parser(
        "check", help="does the database's schema match this version (exit 0), or what differs (exit 1); read-only"
    )
    backup = commands.add_parser(
        "backup",
        help="copy the database (SQLite: a consistent copy while the bot runs; PostgreSQL: the pg_dump command), "
        "the evidence files and the work calendar into a new folder; the data key is NOT copied",
    )
    backup.add_argument("path", type=Path, metavar="PATH", help="a folder that does not exist yet, or is empty")
    restore = commands.add_parser(
        "restore", help="restore a backup into an empty data directory (or empty database); never overwrites"
    )
    restore.add_argument("path", type=Path, metavar="PATH", help="a folder made by walking-home backup")
    seed = commands.add_parser("seed", help="load regions and services (safe to repeat)")
    seed.add_argument(
        "--demo", action="store_true", help="also add demo fixed homes and mobile teams in several regions"
    )
    staff = commands.add_parser("staff", help="staff accounts").add_subparsers(dest="staff_command", required=True)
    invite = staff.add_parser("invite", help="create a one-time invitation code (printed alone on the last line)")
    invite.add_argument(
        "--role", action="append", required=True, choices=["operator", "mediator", "supervisor", "admin"]
    )
    invite.add_argument(
        "--region", action="append", default=[], help="region code, or 'all' for city level; repeatable"
    )
    invite.add_argument("--service-point", type=int, help="id of the fixed home or mobile team she belongs to")
    invite.add_argument(
        "--expires", type=parse_duration, default=timedelta(days=7), help="validity, e.g. 12h, 7d (default 7d)"
    )
    staff.add_parser("list", help="list staff members")
    deactivate = staff.add_parser("deactivate", help="end a staff member's access at once")
    deactivate.add_argument("person_id", type=int)
    keys = commands.add_parser("keys", help="the data key ring that seals her words at rest")
    keys = keys.add_subparsers(dest="keys_command", required=True)
    keys.add_parser("status", help="key ids, the active one, and how many values and evidence files each seals")
    rotate = keys.add_parser(
        "rotate",
        help="add a new data key, make it active and re-seal every value and evidence file with it "
        "(small batches; the bot may keep running)",
    )
    rotate.add_argument(
        "--keep-key",
        action="store_true",
        help="add no key: seal with the active key whatever is not sealed with it (e.g. data from before sealing)",
    )
    rotate.add_argument("--batch", type=int, default=200, help="values per transaction (default 200)")
    case = commands.add_parser("case", help="cases").add_subparsers(dest="case_command", required=True)
    show = case.add_parser("show", help="status, owner, assignee, due time and full timeline of a case")
    show.add_argument("reference")
    hold = case.add_parser("hold", help="put a case under legal hold: never erased (retention or her request)")
    hold.add_argument("reference")
    hold.add_argument("--off", action="store_true", help="lift the hold")
    retention = commands.add_parser("retention", help="erase what its retention period is up for")
    retention_run = retention.add_subparsers(dest="retention_command", required=True).add_parser(
        "run", help="one retention run now; prints what it erased, by kind"
    )
    retention_run.add_argument("--dry-run", action="store_true", help="only count what would be erased")
    outbox = commands.add_parser("outbox", help="messages the bot gave up on (dead letters)")
    outbox = outbox.add_subparsers(dest="outbox_command", required=True)
    dead = outbox.add_parser(
        "dead", help="list dead letters: id, channel, case or recipient tag, message, attempts, reason, when"
    )
    dead.add_argument("--limit", type=int, default=200, help="at most this many, the most recent first (default 200)")
    retry = outbox.add_parser("retry", help="queue dead letters again (those that can go out as they were)")
    retry.add_argument("ids", type=int, nargs="*", metavar="ID", help="outbox row id, as 'outbox dead' shows it")
    retry.add_argument("--all", action="store_true", help="every dead letter that can be sent again")
    report = commands.add_parser(
        "report",
        help="the supervisor figures and a pseudonymised case list for a period (no names, phones or her words); "
        "audited",
    )
    report.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="DATE", help="YYYY-MM-DD")
    report.add_argument(
        "--to", dest="date_to", type=parse_date, required=True, metavar="DATE", help="YYYY-MM-DD, included"
    )
    report.add_argument("--region", help="one region code (default: every region)")
    report.add_argument("--format", choices=["csv", "xlsx", "md"], default="csv", help="default csv")
    report.add_argument(
        "--output", type=Path, metavar="FILE", help="write here (default: standard output; xlsx needs it)"
    )
    wechat = commands.add_parser("wechat", help="the WeChat official account")
    wechat_menu = wechat.add_subparsers(dest="wechat_command", required=True).add_parser(
        "menu", help="the account's custom menu"
    )
    wechat_menu.add_subparsers(dest="wechat_menu_command", required=True).add_parser(
        "push", help='create the menu ("I need help", "My cases", "Danger now") in WALKING_HOME_WECHAT_LANGUAGE'
    )
    commands.add_parser("version", help="print the version")
    return parser


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # only this command needs it

    try:
        return version("walking-home")
    except PackageNotFoundError:
        return "0+unknown"


def main(argv: list[str] | None = None) -> int:
    """The console script: `execute`, then an exit that skips the last garbage collections.

    Those walk every object of SQLAlchemy, pydantic and the catalogs, a fifth of a short
    command's time; frozen objects are simply left to the exit.
    """
    code = execute(argv)
    gc.freeze()
    return code


def execute(argv: list[str] | None = None) -> int:
    """One command, with the catalogs built once and shared by everything it starts."""
    args = build_parser().parse_args(argv)
    if args.command == "version":
        print(package_version())
        return 0
    try:
        settings = load_settings()
    except SettingsError as error:
        line = f"walking-home: {error}"
        # The settings could not be read, so neither could the log format: the environment alone says it.
        json_wanted = os.environ.get("WALKING_HOME_LOG_FORMAT", "").strip().lower() == "json"
        print(json_line("ERROR", "walking-home", line) if json_wanted else line, file=sys.stderr)
        return 2
    levels = settings.model_dump(include={"log_level", "library_log_level", "log_format"})
    # No line ever carries what she typed.
    setup_logging(levels["log_level"], levels["library_log_level"], log_format=levels["log_format"])
    localizer = Localizer(settings.locales_dir, settings.default_locale)
    lang = args.lang or settings.default_locale
    if lang not in localizer.locales:
        complain(settings, f"walking-home: --lang: no catalog {lang!r}; have {', '.join(localizer.locales)}")
        return 2
    if (
        args.command not in ("backup", "restore", "wechat") and getattr(args, "db_command", "") != "check"
    ):  # they create none
        announce_new_database(settings, localizer, lang)
    from bot import cli_commands
    from storage.reachability import DatabaseUnreachable
    from storage.rekey import UnknownDataKey
    from storage.sealing import KeyRingError

    try:
        return asyncio.run(cli_commands.dispatch(args, settings, localizer, lang))
    except DatabaseUnreachable as error:  # host:port and the error's class: never the password, never a traceback
        seconds = f"{error.seconds:g}"
        line = localizer.format(
            lang, "cli-database-unreachable", address=error.address, seconds=seconds, cause=error.cause
        )
        complain(settings, line)
        return 1
    except KeyRingError as error:  # names the setting, never a key
        complain(settings, localizer.format(lang, "cli-keys-error", detail=str(error)))
        return 2
    except UnknownDataKey as error:
        source = "WALKING_HOME_DATA_KEY" if settings.data_key.get_secret_value() else str(settings.data_key_file)
        complain(settings, localizer.format(lang, "cli-keys-unknown", ids=", ".join(error.key_ids), source=source))
        return 2


def complain(settings: Settings, line: str) -> None:
    """A line of the command's own on stderr; with ``WALKING_HOME_LOG_FORMAT=json`` a JSON line like the log's."""
    print(json_line("ERROR", "walking-home", line) if settings.log_format == "json" else line, file=sys.stderr)


def announce_new_database(settings: Settings, localizer: Localizer, lang: str) -> None:
    """Name the SQLite file a command is about to create: a wrong data directory shows at once.

    On stderr, so that ``staff invite`` keeps its code alone on the last line of stdout.
    """
    database = settings.sqlite_file
    if database is not None and not database.exists():
        line = localizer.format(lang, "cli-database-new", path=str(database))
        print(json_line("INFO", "walking-home", line) if settings.log_format == "json" else line, file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
