"""``walking-home keys status`` and ``walking-home keys rotate``: the data key ring (`storage.sealing`).

``rotate`` adds a new key to the key file and makes it the active one, then seals every
sealed value and evidence file again with it, in small batches of short transactions, so it
can run while the bot runs: a running bot notices the changed key file within
`storage.sealing.RELOAD_EVERY_S` and seals new values with the new key; what it wrote with
the old key meanwhile is caught by a second pass. ``--keep-key`` adds no key: it seals with
the active key whatever is not sealed with it yet (values written before sealing existed, or
after a new key was put into ``WALKING_HOME_DATA_KEY``).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter

from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bot.bootstrap import load_key_ring
from bot.evidence import EvidenceStore
from bot.settings import Settings
from storage import rekey, sealing
from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade_async


async def migrate_if_needed(url: str) -> None:
    """Upgrade the database unless it is at the newest revision already.

    Checked with a plain read: Alembic's upgrade, even with nothing to do, holds SQLite's write
    lock while it loads the migration scripts, which a running bot would wait for.
    """
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            current = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    except DBAPIError:
        current = None  # a new database
    finally:
        await engine.dispose()
    if current != head:
        await upgrade_async(url)


def files_by_key(store: EvidenceStore) -> Counter:
    counts: Counter = Counter()
    for path in store.files():
        counts[store.key_id_of(path) or rekey.PLAINTEXT] += 1
    return counts


async def keys(args: argparse.Namespace, settings: Settings, say) -> int:
    try:
        ring = load_key_ring(settings)
    except sealing.KeyRingError as error:
        say("cli-keys-error", err=True, detail=str(error))
        return 2
    await migrate_if_needed(settings.database_url)
    if args.keys_command == "status":
        return await status(settings, ring, say)
    return await rotate(settings, ring, say, keep_key=args.keep_key, batch=max(1, args.batch))


def source(ring: sealing.KeyRing, say) -> None:
    if ring.from_file:
        say("cli-keys-source-file", path=str(ring.path))
    else:
        say("cli-keys-source-env")


async def status(settings: Settings, ring: sealing.KeyRing, say) -> int:
    engine = create_engine(settings.database_url, key_ring=ring)
    try:
        per_column = await rekey.count_by_key(engine)
    finally:
        await engine.dispose()
    values: Counter = Counter()
    for counts in per_column.values():
        values.update(counts)
    files = files_by_key(EvidenceStore(settings.evidence_dir, ring))
    source(ring, say)
    for kid in [*ring.key_ids, *sorted(k for k in (values.keys() | files.keys()) if k not in ring.key_ids)]:
        if kid == rekey.PLAINTEXT:
            continue
        message = (
            "cli-keys-status-active-key"
            if kid == ring.active
            else "cli-keys-status-key"
            if kid in ring.key_ids
            else "cli-keys-status-missing-key"
        )
        say(message, key=kid, values=values[kid], files=files[kid])
    if values[rekey.PLAINTEXT] or files[rekey.PLAINTEXT]:
        say("cli-keys-status-plaintext", values=values[rekey.PLAINTEXT], files=files[rekey.PLAINTEXT])
    return 0


async def rotate(settings: Settings, ring: sealing.KeyRing, say, *, keep_key: bool, batch: int) -> int:
    if not keep_key:
        if not ring.from_file:
            say("cli-keys-env-rotate", err=True)
            return 2
        sealing.write_key_file(ring.path, ring.with_new_key())
        ring = load_key_ring(settings)
        say("cli-keys-new-key", key=ring.active)
    changed_at = time.monotonic()
    engine = create_engine(settings.database_url, key_ring=ring)
    store = EvidenceStore(settings.evidence_dir, ring)
    resealed: Counter = Counter()
    files = 0
    try:
        for attempt in range(2):
            if attempt:  # a running bot may have sealed with the old key until it saw the new file
                await asyncio.sleep(max(0.0, changed_at + sealing.RELOAD_EVERY_S + 0.5 - time.monotonic()))
            report = await rekey.reseal_all(engine, ring, batch=batch)
            resealed.update(report.resealed)
            for path in list(store.files()):
                files += await asyncio.to_thread(store.reseal, path)
    finally:
        await engine.dispose()
    for column in rekey.columns():
        if resealed[column.context]:
            say("cli-keys-column", column=column.context, count=resealed[column.context])
    say("cli-keys-rotated", key=ring.active, values=sum(resealed.values()), files=files)
    return 0
