# Эксплуатация: walking-home backup, restore и db check (docs/operations.md).
# Пути, номера версий, идентификаторы ключей и команды показываются как есть.

cli-no-database = По пути { $path } нет базы данных (каталог данных задаёт WALKING_HOME_DATA_DIR).
cli-backup-target-not-empty = { $path } уже существует и не пуст: резервная копия пишется только в новую или пустую папку, ничего не перезаписывается.
cli-backup-database = База данных скопирована: { $path } ({ $megabytes } МБ; обращений: { $cases }; версия схемы { $revision }).
cli-backup-postgres = База данных — PostgreSQL: pg_dump копирует её согласованно, пока бот работает. Выполните эту команду (учётные данные pg_dump берёт из PGPASSWORD или ~/.pgpass):
cli-backup-evidence = Скопировано файлов-доказательств: { $count }.
cli-backup-holidays = Рабочий календарь скопирован: { $name }.
cli-backup-key-file = Связки ключей данных в этой копии НЕТ — намеренно: сохраните { $path } отдельно, не рядом с этой копией, и храните каждый старый ключ, пока хранится копия, зашифрованная им. Без ключа эту копию прочитать нельзя. Ключи, нужные этой копии: { $keys }.
cli-backup-key-env = Ключ данных задан в WALKING_HOME_DATA_KEY, и в этой копии его НЕТ: храните его значение надёжно и отдельно от копии. Ключи, нужные этой копии: { $keys }.
cli-backup-done = Резервное копирование завершено: { $path }
cli-backup-failed = Резервное копирование не удалось ({ $detail }): { $path } не годится как резервная копия.
cli-database-unreachable = Не удалось связаться с базой данных { $address } за { $seconds } с ({ $cause }); ничего не сделано.
cli-restore-not-a-backup = { $path } — не резервная копия walking-home (файла manifest.json нет или его нельзя прочитать).
cli-restore-wrong-database = В этой копии база { $backup }, а WALKING_HOME_DATABASE_URL указывает на базу { $configured }. Ничего не изменено.
cli-restore-database-exists = База данных { $path } уже существует: восстанавливать можно только в пустой каталог данных. Ничего не изменено.
cli-restore-postgres-not-empty = Настроенная база данных не пуста (таблиц: { $count }): восстанавливать можно только в пустую базу. Ничего не изменено.
cli-restore-evidence-exists = Папка доказательств { $path } не пуста: восстанавливать можно только в пустой каталог данных. Ничего не изменено.
cli-restore-no-dump = В копии нет дампа базы данных ({ $path }): выполните в её папку команду pg_dump, которую напечатала walking-home backup, или восстановите из другой копии. Ничего не изменено.
cli-restore-file-exists = { $path } уже существует. Ничего не изменено.
cli-restore-running = С { $path } работает процесс walking-home: сначала остановите его. Ничего не изменено.
cli-restore-database = База данных восстановлена: { $path } (обращений: { $cases }; версия схемы { $revision }).
cli-restore-postgres = База данных — PostgreSQL: восстановите дамп в пустую базу этой командой (учётные данные pg_restore берёт из PGPASSWORD или ~/.pgpass), затем выполните walking-home db upgrade:
cli-restore-evidence = Восстановлено файлов-доказательств: { $count }.
cli-restore-holidays = Рабочий календарь восстановлен в { $path }: укажите его в WALKING_HOME_HOLIDAYS_FILE.
cli-restore-holidays-kept = Рабочий календарь из копии не восстановлен: WALKING_HOME_HOLIDAYS_FILE уже указывает на { $path }.
cli-restore-keys = Восстановленные данные зашифрованы ключами { $keys }; они есть в связке ключей ({ $source }).
cli-restore-keys-missing = Восстановленные данные зашифрованы ключами { $keys }, которых нет в связке ключей ({ $source }): до запуска бота восстановите файл ключей из его отдельной копии (или задайте WALKING_HOME_DATA_KEY).
cli-restore-failed = Восстановление не удалось ({ $detail }).
cli-restore-done = Восстановление завершено. Запустите бота командой walking-home run (она обновит базу, если копия сделана более старой версией).
cli-db-check-ok = Схема базы данных соответствует этой версии walking-home (версия { $revision }).
cli-db-check-empty = В базе данных ещё нет схемы walking-home: выполните walking-home db upgrade.
cli-db-check-behind = Версия схемы базы данных — { $current }; этой версии walking-home нужна { $head }: выполните walking-home db upgrade.
cli-db-check-unknown = Версия схемы базы данных — { $current }; эта версия walking-home её не знает (база от более новой версии?); самая новая известная ей — { $head }.
cli-db-check-differences = Схема базы данных отличается от той, что ожидает эта версия walking-home (различий: { $count }):
cli-db-check-difference = - { $difference }
