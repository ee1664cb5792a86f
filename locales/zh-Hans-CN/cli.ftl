# The walking-home command line.

cli-migrated = 数据库已从 { $before } 升级到 { $after }（已应用：{ $revisions }）。
cli-migrated-nothing = 数据库已是最新版本（{ $revision }），无需升级。
cli-migration-waiting = 正在等待另一个数据库迁移：PostgreSQL 会话 { $pid } 持有迁移锁（状态 { $state }，已持续 { $seconds } 秒；“active”表示语句仍在运行）。如果启动它的进程已被停止或强制结束，该会话可能仍会运行到其语句结束；如需立即结束它：SELECT pg_terminate_backend({ $pid });
cli-seeded = 基础数据已载入（新增演示服务点 { $points } 个）。
cli-service-point = #{ $id } { $name }（{ $kind }，{ $region }）
cli-invite-created = 已创建邀请码：角色 { $roles }，地区 { $regions }，有效期至 { $expires }。邀请码（只显示这一次）：
cli-staff-none = 还没有工作人员。
cli-staff-row = #{ $id } { $name } · { $roles } · { $regions } · { $state }
cli-staff-active = 在岗
cli-staff-inactive = 已停用
cli-staff-deactivated = 工作人员 #{ $id } 已停用，立即失去访问权限。{ $count ->
    [0] 她没有未办结的案件。
   *[other] 她的 { $count } 件未办结案件已退回所在地区的队列。
}
cli-staff-not-found = 没有编号为 #{ $id } 的工作人员。
cli-case-not-found = 没有找到案件 { $reference }。
cli-case-summary =
    案件 { $reference }
    状态：{ $status }    风险：{ $risk }
    服务：{ $service }    地区：{ $region }
    负责人：{ $owner }    承办人：{ $assignee }
    期限：{ $due }
    记录条数：{ $entries }
    时间线：
cli-case-event =   { $seq }. { $at }  { $role } { $actor }  { $trigger }：{ $source } → { $target }
cli-web-url = 网页对话已启动：{ $url }
cli-web-failed = 网页对话无法在 { $host }:{ $port } 启动：{ $detail }
cli-no-channels = 没有可用的渠道。请设置 WALKING_HOME_WEB_ENABLED=true，或配置 Telegram / Matrix（见 README）。
cli-channels-failed = 已配置的渠道都无法启动（原因见上文）；机器人停止运行。
cli-running = 机器人运行中，按 Ctrl+C 停止。
cli-stopping = 正在停止……
cli-database-new = 正在新建数据库：{ $path }（数据目录由 WALKING_HOME_DATA_DIR 设置）。
cli-already-running = 已有另一个 walking-home 进程在使用数据库 { $path }，本进程退出。（一个 SQLite 数据库只能由一个进程使用；多个进程请使用 PostgreSQL。）
cli-channel-standby = { $channel }：另一个 walking-home 进程正在服务这个账号；本进程待命，那个进程一停止，几秒内接管。
cli-metrics-url = 监控指标、存活与就绪检查地址：{ $url }
cli-metrics-failed = 监控指标服务无法在 { $address } 启动：{ $detail }。已设置 WALKING_HOME_METRICS_ADDRESS，没有它机器人不会启动。
