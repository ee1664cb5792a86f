# The walking-home command line.
# Traditional Mongolian; needs review by a native speaker before production.

cli-migrated = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢ { $before } ᠡᠴᠡ { $after } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠰᠢᠨᠡᠳᠬᠡᠪᠡ (ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠦᠭᠰᠡᠨ: { $revisions })᠃
cli-migrated-nothing = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠨᠢᠭᠡᠨᠲᠡ ᠬᠠᠮᠤᠭ ᠤᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ ᠳᠦ ᠪᠠᠢᠨ᠎ᠠ ({ $revision })᠃ ᠬᠢᠬᠦ ᠶᠠᠭᠤᠴᠢ ᠦᠭᠡᠢ᠃
cli-migration-waiting = ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢᠨ ᠥᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡ ᠰᠢᠨᠡᠳᠬᠡᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ: PostgreSQL ᠤᠨ { $pid } ᠳ᠋ᠤᠭᠠᠷ ᠴᠥᠷᠬᠡᠯᠡᠯᠲᠡ ᠰᠢᠨᠡᠳᠬᠡᠯ ᠦᠨ ᠣᠨᠢᠰᠤ ᠶᠢ ᠪᠠᠷᠢᠵᠤ ᠪᠠᠢᠨ᠎ᠠ ({ $state } ᠪᠠᠢᠳᠠᠯ ᠳᠤ { $seconds } ᠰᠧᠺᠦᠨ᠋ᠲ᠂ «active» ᠪᠣᠯ ᠬᠦᠰᠡᠯᠲᠡ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ)᠃ ᠲᠡᠭᠦᠨ ᠢ ᠡᠬᠢᠯᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠵᠣᠭᠰᠣᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠬᠦᠴᠦᠯᠡᠨ ᠲᠠᠰᠤᠯᠤᠭᠳᠠᠭᠰᠠᠨ ᠪᠣᠯ ᠲᠡᠷᠡ ᠴᠥᠷᠬᠡᠯᠡᠯᠲᠡ ᠠᠵᠢᠯᠯᠠᠰᠠᠭᠠᠷ ᠪᠠᠢᠵᠤ ᠮᠡᠳᠡᠨ᠎ᠡ᠃ ᠣᠳᠣ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠪᠣᠯ: SELECT pg_terminate_backend({ $pid });
cli-seeded = ᠰᠠᠭᠤᠷᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠠᠴᠢᠶᠠᠯᠠᠭᠳᠠᠪᠠ (ᠨᠡᠮᠡᠭᠳᠡᠭᠰᠡᠨ ᠵᠢᠱᠢᠶ᠎ᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ: { $points })᠃
cli-service-point = #{ $id } { $name } ({ $kind }᠂ { $region })
cli-invite-created = ᠤᠷᠢᠯᠭ᠎ᠠ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠪᠠᠢᠭᠤᠯᠪᠠ᠃ ᠦᠦᠷᠭᠡ: { $roles }᠂ ᠣᠷᠣᠨ: { $regions }᠂ ᠳᠠᠭᠤᠰᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $expires }᠃ ᠺᠣᠳ᠋ (ᠵᠥᠪᠬᠡᠨ ᠡᠨᠡ ᠤᠳᠠᠭ᠎ᠠ ᠬᠠᠷᠠᠭᠤᠯᠤᠨ᠎ᠠ):
cli-staff-none = ᠣᠳᠣ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠠᠵᠢᠯᠲᠠᠨ ᠦᠭᠡᠢ᠃
cli-staff-row = #{ $id } { $name } · { $roles } · { $regions } · { $state }
cli-staff-active = ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ
cli-staff-inactive = ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ
cli-staff-deactivated = ᠠᠵᠢᠯᠲᠠᠨ #{ $id }: ᠵᠣᠭᠰᠣᠭᠠᠭᠳᠠᠪᠠ᠂ ᠨᠡᠪᠲᠡᠷᠡᠬᠦ ᠡᠷᠬᠡ ᠨᠢ ᠳᠠᠷᠤᠢ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ { $count ->
    [0] ᠲᠡᠭᠦᠨ ᠳᠦ ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃
   *[other] ᠲᠡᠭᠦᠨ ᠦ ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠬᠡᠷᠡᠭ ᠢ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠪᠤᠴᠠᠭᠠᠪᠠ: { $count }᠃
}
cli-staff-not-found = ᠡᠢᠮᠦ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠠᠵᠢᠯᠲᠠᠨ ᠦᠭᠡᠢ: #{ $id }
cli-case-not-found = ᠬᠡᠷᠡᠭ ᠢ ᠣᠯᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ: { $reference }
cli-case-summary =
    ᠬᠡᠷᠡᠭ: { $reference }
    ᠪᠠᠢᠳᠠᠯ: { $status }    ᠠᠶᠤᠯ: { $risk }
    ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ: { $service }    ᠣᠷᠣᠨ: { $region }
    ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ: { $owner }    ᠭᠦᠢᠴᠡᠳᠬᠡᠭᠴᠢ: { $assignee }
    ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $due }
    ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ: { $entries }
    ᠴᠠᠭ ᠤᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ:
cli-case-event =   { $seq }. { $at }  { $role } { $actor }  { $trigger }: { $source } → { $target }
cli-web-url = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠡᠬᠢᠯᠡᠪᠡ: { $url }
cli-web-failed = ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠡᠬᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ({ $host }:{ $port }): { $detail }
cli-no-channels = ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠰᠤᠪᠠᠭ ᠦᠭᠡᠢ᠃ WALKING_HOME_WEB_ENABLED=true ᠭᠡᠵᠦ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ᠂ ᠡᠰᠡᠬᠦᠯ᠎ᠡ Telegram / Matrix ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ (ᠲᠠᠢᠯᠪᠤᠷᠢ: README)᠃
cli-channels-failed = ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠰᠤᠪᠠᠭ ᠠᠯᠢ ᠨᠢ ᠴᠤ ᠡᠬᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ (ᠰᠢᠯᠲᠠᠭᠠᠨ ᠨᠢ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠮᠥᠷ ᠲᠦ ᠪᠠᠢᠨ᠎ᠠ)᠃ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠵᠣᠭᠰᠣᠨ᠎ᠠ᠃
cli-running = ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠠᠵᠢᠯᠯᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ Ctrl+C ᠳᠠᠷᠤᠪᠠᠯ ᠵᠣᠭᠰᠣᠨ᠎ᠠ᠃
cli-stopping = ᠵᠣᠭᠰᠣᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠁
cli-database-new = ᠰᠢᠨ᠎ᠡ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠪᠠᠢᠭᠤᠯᠵᠤ ᠪᠠᠢᠨ᠎ᠠ: { $path } (ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠶᠢ WALKING_HOME_DATA_DIR ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠨ᠎ᠠ)᠃
cli-already-running = ᠥᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡ walking-home ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠳ᠋ᠠᠢᠲ᠋ᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ: { $path }᠃ ᠡᠨᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠵᠣᠭᠰᠣᠨ᠎ᠠ᠃ (ᠨᠢᠭᠡ SQLite ᠬᠥᠮᠥᠷᠭᠡ ᠳᠦ ᠨᠢᠭᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ᠂ ᠣᠯᠠᠨ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠳᠦ PostgreSQL ᠬᠡᠷᠡᠭᠲᠡᠢ᠃)
cli-channel-standby = { $channel }: ᠥᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡ walking-home ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠡᠨᠡ ᠳᠠᠩᠰᠠ ᠶᠢ ᠠᠵᠢᠯᠯᠠᠭᠤᠯᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠡᠨᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠬᠦᠯᠢᠶᠡᠵᠦ᠂ ᠲᠡᠷᠡ ᠵᠣᠭᠰᠣᠪᠠᠯ ᠬᠡᠳᠦᠨ ᠰᠧᠺᠦᠨ᠋ᠲ ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠣᠷᠣᠯᠠᠨ᠎ᠠ᠃
cli-metrics-url = ᠬᠡᠮᠵᠢᠭᠦᠷ ᠪᠠ ᠪᠠᠢᠳᠠᠯ ᠤᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ: { $url }
cli-metrics-failed = ᠬᠡᠮᠵᠢᠭᠦᠷ ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠡᠬᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ({ $address }): { $detail }᠃ WALKING_HOME_METRICS_ADDRESS ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠮᠠᠰᠢᠨ ᠬᠦᠮᠦᠨ ᠡᠬᠢᠯᠡᠬᠦ ᠦᠭᠡᠢ᠃
