"""What each ``walking-home`` subcommand does (the parser is in `bot.cli`)."""

from __future__ import annotations

import argparse
import sys

from bot.bootstrap import build_app, utc_now
from bot.dialogs import case_card
from bot.i18n import Localizer
from bot.logs import json_line
from bot.settings import Settings
from storage import rekey, staff_queries
from storage import seed as seeding
from storage import staff as staff_store
from storage.migrate import upgrade_async
from workflows.references import normalize_reference
from workflows.services.staff_access import end_staff_access
from workflows.services.triggers import TriggerContext


class Printer:
    """Prints a catalog message; on stderr (``err``) as a JSON line when the log is JSON (`bot.logs.json_line`)."""

    def __init__(self, localizer: Localizer, lang: str, *, json_stderr: bool = False) -> None:
        self.localizer = localizer
        self.lang = lang
        self.json_stderr = json_stderr

    def __call__(self, message_id: str, *, err: bool = False, **args: object) -> None:
        line = self.localizer.format(self.lang, message_id, **args)
        if err and self.json_stderr:
            line = json_line("WARNING", "walking-home", line)
        print(line, file=sys.stderr if err else sys.stdout)

    def word(self, message_id: str, **args: object) -> str:
        return self.localizer.format(self.lang, message_id, **args)

    def words(self, family: str, codes: list[str]) -> str:
        """Codes such as roles or regions, each by its catalog name, joined the locale's way."""
        separator = self.word("list-separator")
        return separator.join(self.word(f"{family}-{code}") for code in codes)


async def prepare_database(settings: Settings, localizer: Localizer) -> None:
    """Migrate to head and load the reference data (both safe to repeat); refuse a key ring that
    cannot open what the database holds (`rekey.UnknownDataKey`)."""
    await upgrade_async(settings.database_url)
    app = build_app(settings, localizer=localizer)
    try:
        if unknown := await rekey.unknown_key_ids(app.engine, app.key_ring):
            raise rekey.UnknownDataKey(unknown)  # nothing may be written with the wrong key
        async with app.unit_of_work() as uow:
            await seeding.seed_reference_data(uow.session)
            await uow.commit()
    finally:
        await app.engine.dispose()


async def dispatch(args: argparse.Namespace, settings: Settings, localizer: Localizer, lang: str) -> int:
    say = Printer(localizer, lang, json_stderr=settings.log_format == "json")
    # Every other command needs the database: a bounded first try (PostgreSQL). Restore checks its
    # target itself (an engine that does not match the backup is said first); version needs none.
    if args.command not in ("wechat", "restore", "version"):
        from storage.reachability import reach

        await reach(settings.database_url, settings.database_connect_timeout)  # DatabaseUnreachable: bot.cli says it
    if args.command == "run":
        from bot.runner import run

        await prepare_database(settings, localizer)
        return await run(settings, say)
    if args.command == "db" and args.db_command == "check":
        return await db_check(settings, say)
    if args.command == "db":
        return await db_upgrade(settings, say)
    if args.command in ("backup", "restore"):
        from bot.backup_command import backup_command, restore_command

        command = backup_command if args.command == "backup" else restore_command
        return await command(args.path, settings, say)  # neither migrates: a running bot is never held up
    if args.command == "wechat":  # no database: the menu lives at WeChat
        from bot.wechat_command import wechat_command

        return await wechat_command(args, settings, say)
    if args.command == "keys":
        from bot.keys_command import keys

        return await keys(args, settings, say)  # migrates only if needed: no write lock on a running bot's database
    await prepare_database(settings, localizer)
    app = build_app(settings, localizer=localizer)
    try:
        if args.command == "seed":
            return await seed(app, args, say)
        if args.command == "staff":
            return await staff(app, args, say)
        if args.command == "case" and args.case_command == "hold":
            return await legal_hold(app, args.reference, not args.off, say)
        if args.command == "case":
            return await show_case(app, args.reference, say)
        if args.command == "retention":
            return await retention_run(app, args.dry_run, say)
        if args.command == "outbox":
            from bot.outbox_command import outbox

            return await outbox(app, args, say)
        if args.command == "report":
            from bot.report_command import report_command

            return await report_command(app, args, say)
    finally:
        await app.engine.dispose()
    return 2


async def db_upgrade(settings: Settings, say: Printer) -> int:
    """``walking-home db upgrade``: apply what is missing, and say which revisions that was (or that none was)."""
    from storage.schema_check import current_revision, revisions_between

    before = await current_revision(settings.database_url)
    await upgrade_async(
        settings.database_url,
        on_wait=lambda holder: say(
            "cli-migration-waiting", err=True, pid=str(holder["pid"]), state=holder["state"], seconds=holder["seconds"]
        ),
    )
    after = await current_revision(settings.database_url)
    applied = revisions_between(settings.database_url, before, after)
    if not applied:
        say("cli-migrated-nothing", revision=after or "-")
    else:
        say("cli-migrated", before=before or "-", after=after or "-", revisions=", ".join(applied), count=len(applied))
    return 0


async def db_check(settings: Settings, say: Printer) -> int:
    """``walking-home db check``: 0 when the schema matches the code, 1 with what differs (read-only)."""
    from storage.backup import sqlite_is_empty
    from storage.schema_check import check_schema

    if settings.sqlite_file is not None and sqlite_is_empty(settings.sqlite_file):
        say("cli-no-database", err=True, path=str(settings.sqlite_file))
        return 1
    report = await check_schema(settings.database_url)
    if report.current is None:
        say("cli-db-check-empty")
    elif not report.known:
        say("cli-db-check-unknown", current=report.current, head=report.head)
    elif report.current != report.head:
        say("cli-db-check-behind", current=report.current, head=report.head)
    if report.differences:
        say("cli-db-check-differences", count=len(report.differences))
        for difference in report.differences:
            say("cli-db-check-difference", difference=difference)
    if report.in_step:
        say("cli-db-check-ok", revision=report.head)
        return 0
    return 1


async def retention_run(app, dry_run: bool, say: Printer) -> int:
    """``walking-home retention run [--dry-run]``: one run, then a line per kind."""
    from bot.workers.retention import retention_for

    report = await retention_for(app).run(app.now(), dry_run=dry_run)
    say("cli-retention-dry-run" if dry_run else "cli-retention-done", total=report.total)
    for kind, count in report.counts.items():
        say("cli-retention-kind", kind=say.word(f"retention-kind-{kind.replace('_', '-')}"), count=count)
    return 0


async def legal_hold(app, reference: str, held: bool, say: Printer) -> int:
    """``walking-home case hold REF [--off]``: a case a court or the police needs is never erased."""
    from storage.retention import set_legal_hold

    normalized = normalize_reference(reference)
    async with app.unit_of_work() as uow:
        found = normalized is not None and await set_legal_hold(uow.session, normalized, held, now=app.now())
        await uow.commit()
    if not found:
        say("cli-case-not-found", reference=reference, err=True)
        return 1
    say("cli-legal-hold-on" if held else "cli-legal-hold-off", reference=normalized)
    return 0


async def seed(app, args: argparse.Namespace, say: Printer) -> int:
    added = 0
    async with app.unit_of_work() as uow:
        await seeding.seed_reference_data(uow.session)
        if args.demo:
            added = await seeding.seed_demo_points(uow.session)
        await uow.commit()
    say("cli-seeded", points=added)
    if args.demo:
        async with app.unit_of_work() as uow:
            for point in await seeding.list_points(uow.session):
                say(
                    "cli-service-point",
                    id=point["id"],
                    name=point["name"],
                    kind=say.word(f"point-kind-{point['kind']}"),
                    region=say.word(f"region-{point['region']}"),
                )
    return 0


async def staff(app, args: argparse.Namespace, say: Printer) -> int:
    if args.staff_command == "invite":
        async with app.unit_of_work() as uow:
            try:
                code = await staff_store.create_invite(
                    uow.session,
                    roles=args.role,
                    regions=args.region,
                    service_point_id=args.service_point,
                    now=utc_now(),
                    valid_for=args.expires,
                )
            except staff_store.InviteError as error:
                say(error.code, err=True, **{k: str(v) for k, v in error.details.items()})
                return 2
            await uow.commit()
        say(
            "cli-invite-created",
            roles=say.words("role", args.role),
            regions=say.words("region", args.region) or "-",
            expires=app.localizer.datetime(say.lang, utc_now() + args.expires, app.settings.zone),
        )
        print(code)
        return 0
    if args.staff_command == "list":
        async with app.unit_of_work() as uow:
            members = await staff_store.list_staff(uow.session)
        if not members:
            say("cli-staff-none")
        for m in members:
            state = say.word("cli-staff-active" if m["active"] else "cli-staff-inactive")
            say(
                "cli-staff-row",
                id=m["person_id"],
                name=m["display_name"] or "-",
                roles=say.words("role", m["roles"]),
                regions=say.words("region", m["regions"]) or "-",
                state=state,
            )
        return 0
    departure = await end_staff_access(
        app.unit_of_work(),
        args.person_id,
        by=None,
        now=app.now(),
        clock=TriggerContext(tz=app.settings.zone, policy=app.dialogs.context.policy, publish=app.publish),
    )
    if departure is None:
        say("cli-staff-not-found", id=args.person_id, err=True)
        return 1
    say("cli-staff-deactivated", id=args.person_id, count=len(departure.handed_back))
    return 0


async def show_case(app, reference: str, say: Printer) -> int:
    normalized = normalize_reference(reference)
    async with app.unit_of_work() as uow:
        case = await uow.cases.get(normalized) if normalized else None
        if case is None:
            say("cli-case-not-found", reference=reference, err=True)
            return 1
        events = await uow.events.for_case(case.id)
        entries = await uow.entries.for_case(case.id)
        names = await staff_queries.staff_names(
            uow.session, [case.owner_id, case.assignee_id, *(e.actor_id for e in events)]
        )
    zone = app.settings.zone

    def who(person_id: int | None) -> str:
        return names.get(person_id, f"#{person_id}") if person_id is not None else "-"

    def when(moment):
        return app.localizer.datetime(say.lang, moment, zone)

    say(
        "cli-case-summary",
        reference=case.reference,
        status=say.word(f"state-{case.state.value}"),
        service=say.word(f"service-{case.service.value}"),
        region=say.word(f"region-{case.region}"),
        owner=who(case.owner_id),
        assignee=who(case.assignee_id),
        due=when(case.due_at) if case.due_at else "-",
        risk=say.word(f"risk-{case.risk.value}"),
        entries=len(entries),
    )
    for event in events:
        say(
            "cli-case-event",
            seq=event.seq,
            at=when(event.at),
            role=say.word(f"role-{event.role.value}"),
            actor=who(event.actor_id),
            trigger=say.word(f"trigger-{event.trigger.value}"),
            source=say.word(f"state-{event.from_state.value}"),
            target=say.word(f"state-{event.to_state.value}"),
        )
        record = case_card.record_line(event)  # a session's or an agreement's details, as on the card
        if record is not None:
            print(app.renderer.text(say.lang, record["$msg"], record["args"]))
    return 0
