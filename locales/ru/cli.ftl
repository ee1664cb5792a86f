# Командная строка walking-home.

cli-migrated = База данных обновлена с { $before } до { $after } (применены: { $revisions }).
cli-migrated-nothing = База данных уже последней версии ({ $revision }): обновлять нечего.
cli-migration-waiting = Ожидание другой миграции базы данных: блокировку миграций держит сеанс PostgreSQL { $pid } (состояние { $state } уже { $seconds } с; «active» — запрос ещё выполняется). Если запустивший её процесс остановлен или убит, сеанс может работать до конца своего запроса; чтобы завершить его сразу: SELECT pg_terminate_backend({ $pid });
cli-seeded =
    { $points ->
        [one] Базовые данные загружены (добавлен { $points } демонстрационный пункт обслуживания).
        [few] Базовые данные загружены (добавлено { $points } демонстрационных пункта обслуживания).
        [many] Базовые данные загружены (добавлено { $points } демонстрационных пунктов обслуживания).
       *[other] Базовые данные загружены (добавлено демонстрационных пунктов обслуживания: { $points }).
    }
cli-service-point = #{ $id } { $name } ({ $kind }, { $region })
cli-invite-created = Приглашение создано: роли { $roles }, районы { $regions }, действует до { $expires }. Код (показывается только сейчас):
cli-staff-none = Сотрудников пока нет.
cli-staff-row = #{ $id } { $name } · { $roles } · { $regions } · { $state }
cli-staff-active = работает
cli-staff-inactive = отключён
cli-staff-deactivated = Сотрудник #{ $id } отключён и сразу потерял доступ. { $count ->
    [0] Открытых обращений у него не было.
    [one] { $count } открытое обращение вернулось в очередь своего района.
    [few] { $count } открытых обращения вернулись в очереди своих районов.
   *[other] { $count } открытых обращений вернулись в очереди своих районов.
}
cli-staff-not-found = Сотрудника #{ $id } нет.
cli-case-not-found = Обращение { $reference } не найдено.
cli-case-summary =
    Обращение { $reference }
    Статус: { $status }    Риск: { $risk }
    Услуга: { $service }    Район: { $region }
    Ответственный: { $owner }    Исполнитель: { $assignee }
    Срок: { $due }
    Записей: { $entries }
    Ход дела:
cli-case-event =   { $seq }. { $at }  { $role } { $actor }  { $trigger }: { $source } → { $target }
cli-web-url = Веб-чат запущен: { $url }
cli-web-failed = Не удалось запустить веб-чат на { $host }:{ $port }: { $detail }
cli-no-channels = Нет доступных каналов. Задайте WALKING_HOME_WEB_ENABLED=true или настройте Telegram / Matrix (см. README).
cli-channels-failed = Ни один из настроенных каналов не запустился (причины — в строках выше); бот останавливается.
cli-running = Бот работает. Для остановки нажмите Ctrl+C.
cli-stopping = Останавливаю...
cli-database-new = Создаётся новая база данных: { $path } (каталог данных задаёт WALKING_HOME_DATA_DIR).
cli-already-running = Базу данных { $path } уже обслуживает другой процесс walking-home; этот процесс завершается. (Одна база SQLite — один процесс; для нескольких процессов нужен PostgreSQL.)
cli-channel-standby = { $channel }: этот аккаунт обслуживает другой процесс walking-home; этот процесс в резерве и за несколько секунд подхватит работу, если тот остановится.
cli-metrics-url = Метрики и проверки состояния доступны по адресу { $url }
cli-metrics-failed = Не удалось запустить сервер метрик на { $address }: { $detail }. Без него бот не запускается (задан WALKING_HOME_METRICS_ADDRESS).
