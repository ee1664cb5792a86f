# Operations: walking-home backup, restore and db check (docs/operations.md).
# Paths, revisions, key ids and commands are shown as they are.

cli-no-database = There is no database at { $path } (the data directory is set by WALKING_HOME_DATA_DIR).
cli-backup-target-not-empty = { $path } already exists and is not empty: a backup goes into a new or empty folder, and nothing is overwritten.
cli-backup-database = Database copied: { $path } ({ $megabytes } MB; cases: { $cases }; schema revision { $revision }).
cli-backup-postgres = The database is PostgreSQL: pg_dump copies it consistently while the bot runs. Run this command (pg_dump reads the login's secret from PGPASSWORD or ~/.pgpass):
cli-backup-evidence = Evidence files copied: { $count }.
cli-backup-holidays = Work calendar copied: { $name }.
cli-backup-key-file = The data key ring is NOT in this backup, on purpose: back up { $path } separately, not next to this backup, and keep every old key as long as a backup sealed with it is kept. Without the key this backup cannot be read. Keys this backup needs: { $keys }.
cli-backup-key-env = The data key comes from WALKING_HOME_DATA_KEY and is NOT in this backup: keep its value safe, apart from this backup. Keys this backup needs: { $keys }.
cli-backup-done = Backup finished: { $path }
cli-backup-failed = The backup failed ({ $detail }): { $path } is not a usable backup.
cli-database-unreachable = The database at { $address } could not be reached within { $seconds } s ({ $cause }); nothing was done.
cli-restore-not-a-backup = { $path } is not a walking-home backup (its manifest.json is missing or unreadable).
cli-restore-wrong-database = This backup holds a { $backup } database, but WALKING_HOME_DATABASE_URL names a { $configured } database. Nothing was changed.
cli-restore-database-exists = The database { $path } already exists: restore only into an empty data directory. Nothing was changed.
cli-restore-postgres-not-empty = The configured database is not empty (tables: { $count }): restore only into an empty database. Nothing was changed.
cli-restore-evidence-exists = The evidence folder { $path } is not empty: restore only into an empty data directory. Nothing was changed.
cli-restore-no-dump = The backup has no database dump ({ $path }): run the pg_dump command that walking-home backup printed into its folder, or restore from another backup. Nothing was changed.
cli-restore-file-exists = { $path } already exists. Nothing was changed.
cli-restore-running = A walking-home process is running on { $path }: stop it first. Nothing was changed.
cli-restore-database = Database restored: { $path } (cases: { $cases }; schema revision { $revision }).
cli-restore-postgres = The database is PostgreSQL: restore the dump into the empty database with this command (pg_restore reads the login's secret from PGPASSWORD or ~/.pgpass), then run walking-home db upgrade:
cli-restore-evidence = Evidence files restored: { $count }.
cli-restore-holidays = Work calendar restored to { $path }: set WALKING_HOME_HOLIDAYS_FILE to it.
cli-restore-holidays-kept = The backup's work calendar was not restored: WALKING_HOME_HOLIDAYS_FILE already names { $path }.
cli-restore-keys = The restored data is sealed with keys { $keys }; the key ring ({ $source }) holds them.
cli-restore-keys-missing = The restored data is sealed with keys { $keys }, which the key ring ({ $source }) does not hold: restore the key file from its own backup (or set WALKING_HOME_DATA_KEY) before starting the bot.
cli-restore-failed = The restore failed ({ $detail }).
cli-restore-done = Restore finished. Start the bot with walking-home run (it upgrades the database if the backup comes from an older release).
cli-db-check-ok = The database schema matches this version of walking-home (revision { $revision }).
cli-db-check-empty = The database has no walking-home schema yet: run walking-home db upgrade.
cli-db-check-behind = The database is at schema revision { $current }; this version of walking-home needs { $head }: run walking-home db upgrade.
cli-db-check-unknown = The database is at schema revision { $current }, which this version of walking-home does not know (is it from a newer release?); the newest it knows is { $head }.
cli-db-check-differences = The database schema differs from what this version of walking-home expects (differences: { $count }):
cli-db-check-difference = - { $difference }
