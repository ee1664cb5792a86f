# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = 新登记案件（按服务类别）
stats-chart-by-region = 新登记案件（按地区）
stats-chart-by-channel = 新登记案件（按渠道）
stats-chart-cases = 案件数

# /stats in the staff desk (bot/dialogs/staff_stats.py): the summary's lines, usage, refusal.
stats-chat-summary = { $lines }
stats-chat-usage =
    例如这样写：/stats, /stats week, /stats 2026-11 hailar, /stats 2026-Q4 all, /stats from=2026-11-01 to=2026-11-20
    时段：day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=…（不写时为本月）。然后可写地区代码，或 all 表示全市；不写地区时为您负责的地区。
    地区（代码或名称）：
    { $regions }
stats-chat-region = { $code } — { $name }
stats-chat-too-long = 时段最长 { $most } 天；这个时段有 { $days } 天。
stats-chat-supervisors = /stats 只供主管和管理员使用。
