# Operations: walking-home backup, restore and db check (docs/operations.md).
# Paths, revisions, key ids and commands are shown as they are.

cli-no-database = { $path } ᠳᠤ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠦᠭᠡᠢ (ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠶᠢ WALKING_HOME_DATA_DIR ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠨ᠎ᠠ)᠃
cli-backup-target-not-empty = ᠬᠠᠪᠲᠠᠰᠤ ᠨᠢᠭᠡᠨᠲᠡ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠬᠣᠭᠣᠰᠣᠨ ᠪᠢᠰᠢ: { $path }᠃ ᠨᠥᠭᠡᠴᠡ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠰᠢᠨ᠎ᠡ ᠪᠤᠶᠤ ᠬᠣᠭᠣᠰᠣᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠳᠤ ᠬᠢᠨ᠎ᠡ᠂ ᠶᠠᠭᠤ ᠴᠤ ᠳᠠᠷᠤᠵᠤ ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ᠃
cli-backup-database = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢ ᠬᠠᠭᠤᠯᠪᠠ: { $path } ({ $megabytes } MB; ᠬᠡᠷᠡᠭ: { $cases }; ᠪᠦᠲᠦᠴᠡ ᠶᠢᠨ ᠬᠡᠪᠯᠡᠯ { $revision })᠃
cli-backup-postgres = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠨᠢ PostgreSQL: ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠬᠤ ᠦᠶ᠎ᠡ pg_dump ᠲᠡᠭᠦᠨ ᠢ ᠪᠦᠷᠢᠨ ᠬᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃ ᠡᠨᠡ ᠵᠠᠷᠯᠢᠭ ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ (pg_dump ᠨᠢᠭᠤᠴᠠ ᠦᠭᠡ ᠶᠢ PGPASSWORD ᠪᠤᠶᠤ ~/.pgpass ᠡᠴᠡ ᠤᠩᠰᠢᠨ᠎ᠠ):
cli-backup-evidence = ᠬᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ: { $count }᠃
cli-backup-holidays = ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ ᠤᠨ ᠬᠠᠤᠯᠢ ᠶᠢ ᠬᠠᠭᠤᠯᠪᠠ: { $name }᠃
cli-backup-key-file = ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠤᠭᠴᠠ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠳᠦ ᠰᠠᠨᠠᠭᠠᠲᠠᠢ ᠪᠡᠷ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ: { $path } ᠶᠢ ᠲᠤᠰᠠᠭᠠᠷ᠂ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠶᠢᠨ ᠬᠠᠵᠠᠭᠤ ᠳᠤ ᠪᠢᠰᠢ ᠨᠥᠭᠡᠴᠡᠯᠡᠭᠡᠷᠡᠢ᠃ ᠬᠠᠭᠤᠴᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠢᠶᠡᠷ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠨᠥᠭᠡᠴᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ ᠪᠠᠢᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ ᠲᠡᠷᠡ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠭᠡᠢ ᠪᠣᠯ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠶᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠳᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠲᠦᠯᠬᠢᠭᠦᠷ: { $keys }᠃
cli-backup-key-env = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ WALKING_HOME_DATA_KEY ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠳᠦ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ: ᠲᠡᠭᠦᠨ ᠦ ᠤᠲᠤᠭ᠎ᠠ ᠶᠢ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠡᠴᠡ ᠲᠤᠰᠠᠭᠠᠷ ᠠᠶᠤᠯᠭᠦᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠳᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠲᠦᠯᠬᠢᠭᠦᠷ: { $keys }᠃
cli-backup-done = ᠨᠥᠭᠡᠴᠡᠯᠡᠯᠲᠡ ᠳᠠᠭᠤᠰᠪᠠ: { $path }
cli-backup-failed = ᠨᠥᠭᠡᠴᠡᠯᠡᠯᠲᠡ ᠪᠦᠲᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ ({ $detail })᠃ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠨᠥᠭᠡᠴᠡ ᠪᠢᠰᠢ: { $path }
cli-restore-not-a-backup = walking-home ᠤ ᠨᠥᠭᠡᠴᠡ ᠪᠢᠰᠢ: { $path } (manifest.json ᠦᠭᠡᠢ ᠪᠤᠶᠤ ᠤᠩᠰᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ)᠃
cli-restore-wrong-database = ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ ᠳᠦ ᠪᠠᠢᠬᠤ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ: { $backup }᠂ ᠬᠠᠷᠢᠨ WALKING_HOME_DATABASE_URL ᠤᠨ ᠵᠠᠭᠠᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ: { $configured }᠃ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
cli-restore-database-exists = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠨᠢᠭᠡᠨᠲᠡ ᠪᠠᠢᠨ᠎ᠠ: { $path }᠃ ᠵᠥᠪᠬᠡᠨ ᠬᠣᠭᠣᠰᠣᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠳᠤ ᠰᠡᠷᠭᠦᠭᠡᠨ᠎ᠡ᠃ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
cli-restore-postgres-not-empty = ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠬᠣᠭᠣᠰᠣᠨ ᠪᠢᠰᠢ (ᠬᠦᠰᠦᠨᠦᠭ: { $count }): ᠵᠥᠪᠬᠡᠨ ᠬᠣᠭᠣᠰᠣᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠳᠦ ᠰᠡᠷᠭᠦᠭᠡᠨ᠎ᠡ᠃ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
cli-restore-evidence-exists = ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠬᠣᠭᠣᠰᠣᠨ ᠪᠢᠰᠢ: { $path }᠃ ᠵᠥᠪᠬᠡᠨ ᠬᠣᠭᠣᠰᠣᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠳᠤ ᠰᠡᠷᠭᠦᠭᠡᠨ᠎ᠡ᠃ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
cli-restore-file-exists = ᠹᠠᠢᠯ ᠨᠢᠭᠡᠨᠲᠡ ᠪᠠᠢᠨ᠎ᠠ: { $path }᠃ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
cli-restore-running = walking-home ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ: { $path }᠃ ᠤᠳᠤᠷᠢᠳᠠᠪᠠᠷ ᠲᠡᠭᠦᠨ ᠢ ᠵᠣᠭᠰᠣᠭᠠᠭᠠᠷᠠᠢ᠃ ᠶᠠᠭᠤ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃
cli-restore-database = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢ ᠰᠡᠷᠭᠦᠭᠡᠪᠡ: { $path } (ᠬᠡᠷᠡᠭ: { $cases }; ᠪᠦᠲᠦᠴᠡ ᠶᠢᠨ ᠬᠡᠪᠯᠡᠯ { $revision })᠃
cli-restore-postgres = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠨᠢ PostgreSQL: ᠡᠨᠡ ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠬᠠᠭᠤᠯᠪᠤᠷᠢ ᠶᠢ ᠬᠣᠭᠣᠰᠣᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠳᠦ ᠰᠡᠷᠭᠦᠭᠡᠭᠡᠳ (pg_restore ᠨᠢᠭᠤᠴᠠ ᠦᠭᠡ ᠶᠢ PGPASSWORD ᠪᠤᠶᠤ ~/.pgpass ᠡᠴᠡ ᠤᠩᠰᠢᠨ᠎ᠠ)᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ walking-home db upgrade ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ:
cli-restore-evidence = ᠰᠡᠷᠭᠦᠭᠡᠭᠰᠡᠨ ᠨᠤᠲᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ: { $count }᠃
cli-restore-holidays = ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ ᠤᠨ ᠬᠠᠤᠯᠢ ᠶᠢ { $path } ᠳᠤ ᠰᠡᠷᠭᠦᠭᠡᠪᠡ: WALKING_HOME_HOLIDAYS_FILE ᠳᠤ ᠲᠡᠭᠦᠨ ᠢ ᠵᠢᠭᠠᠭᠠᠷᠠᠢ᠃
cli-restore-holidays-kept = ᠨᠥᠭᠡᠴᠡ ᠶᠢᠨ ᠠᠵᠢᠯ ᠤᠨ ᠴᠠᠭ ᠤᠨ ᠬᠠᠤᠯᠢ ᠶᠢ ᠰᠡᠷᠭᠦᠭᠡᠭᠡᠳᠦᠢ: WALKING_HOME_HOLIDAYS_FILE ᠨᠢᠭᠡᠨᠲᠡ { $path } ᠶᠢ ᠵᠠᠭᠠᠵᠠᠢ᠃
cli-restore-keys = ᠰᠡᠷᠭᠦᠭᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ: { $keys }; ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠤᠭᠴᠠ ᠳᠤ ({ $source }) ᠡᠳᠡᠭᠡᠷ ᠪᠠᠢᠨ᠎ᠠ᠃
cli-restore-keys-missing = ᠰᠡᠷᠭᠦᠭᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠰᠠᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ: { $keys }᠃ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠪᠤᠭᠴᠠ ᠳᠤ ({ $source }) ᠡᠳᠡᠭᠡᠷ ᠦᠭᠡᠢ: ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢ ᠡᠬᠢᠯᠡᠭᠦᠯᠬᠦ ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠦᠨ ᠹᠠᠢᠯ ᠢ ᠲᠡᠭᠦᠨ ᠦ ᠨᠥᠭᠡᠴᠡ ᠡᠴᠡ ᠰᠡᠷᠭᠦᠭᠡᠭᠡᠷᠡᠢ (ᠡᠰᠡᠪᠡᠯ WALKING_HOME_DATA_KEY ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ)᠃
cli-restore-failed = ᠰᠡᠷᠭᠦᠭᠡᠯᠲᠡ ᠪᠦᠲᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ ({ $detail })᠃
cli-restore-done = ᠰᠡᠷᠭᠦᠭᠡᠯᠲᠡ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠢ walking-home run ᠢᠶᠠᠷ ᠡᠬᠢᠯᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ (ᠨᠥᠭᠡᠴᠡ ᠬᠠᠭᠤᠴᠢᠨ ᠬᠡᠪᠯᠡᠯ ᠡᠴᠡ ᠪᠣᠯ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢ ᠰᠢᠨᠡᠳᠬᠡᠨ᠎ᠡ)᠃
cli-db-check-ok = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢᠨ ᠪᠦᠲᠦᠴᠡ ᠡᠨᠡ ᠬᠡᠪᠯᠡᠯ ᠦᠨ walking-home ᠳᠤ ᠲᠣᠬᠢᠷᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ (ᠪᠦᠲᠦᠴᠡ ᠶᠢᠨ ᠬᠡᠪᠯᠡᠯ { $revision })᠃
cli-db-check-empty = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠳᠦ walking-home ᠤ ᠪᠦᠲᠦᠴᠡ ᠬᠠᠷ᠎ᠠ ᠦᠭᠡᠢ: walking-home db upgrade ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
cli-db-check-behind = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢᠨ ᠪᠦᠲᠦᠴᠡ ᠶᠢᠨ ᠬᠡᠪᠯᠡᠯ { $current }; ᠡᠨᠡ ᠬᠡᠪᠯᠡᠯ ᠦᠨ walking-home ᠳᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠨᠢ: { $head }᠃ walking-home db upgrade ᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
cli-db-check-unknown = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢᠨ ᠪᠦᠲᠦᠴᠡ ᠶᠢᠨ ᠬᠡᠪᠯᠡᠯ { $current } ᠶᠢ ᠡᠨᠡ ᠬᠡᠪᠯᠡᠯ ᠦᠨ walking-home ᠮᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ (ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ ᠡᠴᠡ ᠤᠤ?); ᠲᠡᠭᠦᠨ ᠦ ᠮᠡᠳᠡᠬᠦ ᠬᠠᠮᠤᠭ ᠤᠨ ᠰᠢᠨ᠎ᠡ ᠨᠢ { $head }᠃
cli-db-check-differences = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢᠨ ᠪᠦᠲᠦᠴᠡ ᠡᠨᠡ ᠬᠡᠪᠯᠡᠯ ᠦᠨ walking-home ᠤ ᠬᠦᠯᠢᠶᠡᠭᠰᠡᠨ ᠡᠴᠡ ᠢᠯᠭᠠᠭ᠎ᠠ ᠲᠠᠢ (ᠢᠯᠭᠠᠭ᠎ᠠ: { $count }):
cli-db-check-difference = - { $difference }
