# The walking-home command line.

cli-migrated = The database was upgraded from { $before } to { $after } (applied: { $revisions }).
cli-migrated-nothing = The database is already at the newest version ({ $revision }): nothing to do.
cli-migration-waiting = Waiting for another database migration: PostgreSQL session { $pid } holds the migration lock ({ $state } for { $seconds } s; “active” is a statement still running). If the process that started it was stopped or killed, that session may still be running until its statement ends; to end it now: SELECT pg_terminate_backend({ $pid });
cli-seeded = Reference data loaded ({ $points } demo service points added).
cli-service-point = #{ $id } { $name } ({ $kind }, { $region })
cli-invite-created = Invitation created: roles { $roles }, regions { $regions }, valid until { $expires }. The code (shown only now):
cli-staff-none = No staff members yet.
cli-staff-row = #{ $id } { $name } · { $roles } · { $regions } · { $state }
cli-staff-active = active
cli-staff-inactive = deactivated
cli-staff-deactivated = Staff member #{ $id } is deactivated and has lost access. { $count ->
    [0] She had no open cases.
    [one] Her one open case is back in its region's queue.
   *[other] Her { $count } open cases are back in their regions' queues.
}
cli-staff-not-found = There is no staff member #{ $id }.
cli-case-not-found = Case { $reference } was not found.
cli-case-summary =
    Case { $reference }
    Status: { $status }    Risk: { $risk }
    Service: { $service }    Region: { $region }
    Owner: { $owner }    Handler: { $assignee }
    Due: { $due }
    Entries: { $entries }
    Timeline:
cli-case-event =   { $seq }. { $at }  { $role } { $actor }  { $trigger }: { $source } → { $target }
cli-web-url = Web chat is running at { $url }
cli-web-failed = The web chat could not start on { $host }:{ $port }: { $detail }
cli-no-channels = No channel is available. Set WALKING_HOME_WEB_ENABLED=true, or configure Telegram / Matrix (see the README).
cli-channels-failed = No configured channel could start (the lines above say why); the bot stops.
cli-running = The bot is running; press Ctrl+C to stop.
cli-stopping = Stopping…
cli-database-new = Creating a new database: { $path } (the data directory is set by WALKING_HOME_DATA_DIR).
cli-already-running = Another walking-home process is already serving the database { $path }; this one stops. (One process per SQLite database; several processes need PostgreSQL.)
cli-channel-standby = { $channel }: another walking-home process serves this account; this one stands by and takes over within seconds if that process stops.
cli-metrics-url = Metrics, health and readiness are served at { $url }
cli-metrics-failed = The metrics listener could not start on { $address }: { $detail }. The bot does not start without it (WALKING_HOME_METRICS_ADDRESS is set).
