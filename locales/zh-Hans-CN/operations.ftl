# 运维：walking-home backup、restore 和 db check（docs/operations.md）。
# 路径、版本号、密钥 ID 和命令原样显示。

cli-no-database = { $path } 处没有数据库（数据目录由 WALKING_HOME_DATA_DIR 设置）。
cli-backup-target-not-empty = { $path } 已存在且不为空：备份只写入新的或空的文件夹，不会覆盖任何内容。
cli-backup-database = 数据库已复制：{ $path }（{ $megabytes } MB；案件：{ $cases }；数据库结构版本 { $revision }）。
cli-backup-postgres = 数据库是 PostgreSQL：pg_dump 可以在机器人运行时一致地复制它。请运行以下命令（pg_dump 从 PGPASSWORD 或 ~/.pgpass 读取密码）：
cli-backup-evidence = 已复制证据文件：{ $count }。
cli-backup-holidays = 已复制工作日历：{ $name }。
cli-backup-key-file = 数据密钥环有意不包含在本备份中：请单独备份 { $path }，不要与本备份放在一起；只要还保留用某个旧密钥加密的备份，就保留该旧密钥。没有密钥，本备份无法读取。本备份需要的密钥：{ $keys }。
cli-backup-key-env = 数据密钥来自 WALKING_HOME_DATA_KEY，不包含在本备份中：请妥善保管它的值，与本备份分开存放。本备份需要的密钥：{ $keys }。
cli-backup-done = 备份完成：{ $path }
cli-backup-failed = 备份失败（{ $detail }）：{ $path } 不是可用的备份。
cli-database-unreachable = 无法在 { $seconds } 秒内连接到 { $address } 上的数据库（{ $cause }）；未做任何操作。
cli-restore-not-a-backup = { $path } 不是 walking-home 的备份（manifest.json 缺失或无法读取）。
cli-restore-wrong-database = 本备份包含 { $backup } 数据库，但 WALKING_HOME_DATABASE_URL 指向 { $configured } 数据库。未做任何更改。
cli-restore-database-exists = 数据库 { $path } 已存在：只能恢复到空的数据目录。未做任何更改。
cli-restore-postgres-not-empty = 配置的数据库不为空（表：{ $count }）：只能恢复到空数据库。未做任何更改。
cli-restore-evidence-exists = 证据文件夹 { $path } 不为空：只能恢复到空的数据目录。未做任何更改。
cli-restore-no-dump = 备份中没有数据库转储（{ $path }）：请把 walking-home backup 打印的 pg_dump 命令运行到该备份文件夹，或从另一个备份恢复。未做任何更改。
cli-restore-file-exists = { $path } 已存在。未做任何更改。
cli-restore-running = 有 walking-home 进程正在使用 { $path }：请先停止它。未做任何更改。
cli-restore-database = 数据库已恢复：{ $path }（案件：{ $cases }；数据库结构版本 { $revision }）。
cli-restore-postgres = 数据库是 PostgreSQL：请用以下命令把转储恢复到空数据库（pg_restore 从 PGPASSWORD 或 ~/.pgpass 读取密码），然后运行 walking-home db upgrade：
cli-restore-evidence = 已恢复证据文件：{ $count }。
cli-restore-holidays = 工作日历已恢复到 { $path }：请把 WALKING_HOME_HOLIDAYS_FILE 设为该文件。
cli-restore-holidays-kept = 未恢复备份中的工作日历：WALKING_HOME_HOLIDAYS_FILE 已指向 { $path }。
cli-restore-keys = 恢复的数据用密钥 { $keys } 加密；密钥环（{ $source }）包含这些密钥。
cli-restore-keys-missing = 恢复的数据用密钥 { $keys } 加密，而密钥环（{ $source }）中没有：启动机器人之前，请从密钥文件自己的备份中恢复它（或设置 WALKING_HOME_DATA_KEY）。
cli-restore-failed = 恢复失败（{ $detail }）。
cli-restore-done = 恢复完成。请用 walking-home run 启动机器人（如果备份来自较早的版本，它会升级数据库）。
cli-db-check-ok = 数据库结构与当前版本的 walking-home 一致（版本 { $revision }）。
cli-db-check-empty = 数据库中还没有 walking-home 的结构：请运行 walking-home db upgrade。
cli-db-check-behind = 数据库结构版本为 { $current }；当前版本的 walking-home 需要 { $head }：请运行 walking-home db upgrade。
cli-db-check-unknown = 数据库结构版本为 { $current }，当前版本的 walking-home 不认识它（是否来自更新的版本？）；它所知道的最新版本是 { $head }。
cli-db-check-differences = 数据库结构与当前版本的 walking-home 所要求的不同（差异：{ $count }）：
cli-db-check-difference = - { $difference }
