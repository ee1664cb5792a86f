# 督导统计页面（聊天中的 /dashboard；bot/dashboard.py）。
dashboard-link =
    您的统计页面：{ $url }
    此链接只能打开一次，须在 { $minutes } 分钟内打开。请勿转发。
dashboard-not-allowed = 只有督导可以打开统计页面。
dashboard-title = 统计页面
dashboard-filter-period = 时段
dashboard-filter-day = 时段中的某一天
dashboard-filter-region = 地区
dashboard-filter-point = 服务点
dashboard-apply = 显示
dashboard-all-regions = 我负责的全部地区
dashboard-all-points = 全部服务点
dashboard-period-day = 日
dashboard-period-week = 周
dashboard-period-month = 月
dashboard-period-quarter = 季度
dashboard-period-year = 年
dashboard-col-figure = 指标
dashboard-col-change = 变化
dashboard-change-same = 无变化
dashboard-change-up = ▲ { $amount }
dashboard-change-down = ▼ { $amount }
dashboard-private-note = 本页面不含妇女的姓名、电话号码或她们的话语。请勿分享；页面会自动关闭。
dashboard-bad-filter = 无法识别筛选条件。请重新选择时段、日期、地区和服务点。
dashboard-refused-unknown = 此链接无效。请在聊天中发送 /dashboard 获取新链接。
dashboard-refused-used = 此链接已被使用：每个链接只能打开一次。请在聊天中发送 /dashboard 获取新链接。
dashboard-refused-expired = 此链接或页面已过期。请在聊天中发送 /dashboard 获取新链接。
dashboard-refused-revoked = 此链接已失效：您的权限已终止或已变更。
dashboard-refused-outside = 此地区或服务点不在您的负责范围内。请选择您负责的地区。

# 聊天中的 /export（bot/dialogs/export_link.py）和页面上的下载（bot/export_download.py）。
export-link =
    您的导出（{ $period }，{ $format }）：{ $url }
    此链接只能打开一次，须在 { $minutes } 分钟内打开：打开后是统计页面，文件可直接下载。请勿转发。
export-not-allowed = /export 只供主管和管理员使用。
export-usage =
    例如这样写：/export, /export week csv, /export 2026-11 hailar xlsx, /export from=2026-11-01 to=2026-11-20 md
    时段与 /stats 相同：day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=…（不写时为本月）。然后可写您负责的一个地区（代码或名称；不写时为您负责的全部地区）。格式：{ $choices }（不写时为 xlsx）。
    地区（代码或名称）：
    { $regions }
export-bad-format = “{ $typed }”不是可导出的文件格式。请选择：{ $choices }。
export-outside = 案件清单只能导出您负责的地区；{ $region }不在您的负责范围内。
export-outside-all = 案件清单只能导出您负责的地区，不能导出全部地区。
export-ready = 您的导出已准备好：请在此下载。每次下载都会记入审计日志。
export-refused-unknown = 此链接无效。请在聊天中发送 /export 获取新链接。
export-refused-used = 此链接已被使用：每个链接只能打开一次。请在聊天中发送 /export 获取新链接。
export-refused-expired = 此链接已过期。请在聊天中发送 /export 获取新链接。
dashboard-download-csv = 下载 CSV
dashboard-download-xlsx = 下载 XLSX（Excel）
dashboard-download-md = 下载 Markdown
dashboard-download-note = 文件包含这些统计数据和案件清单（没有妇女的姓名、电话号码和她的原话，没有保密案件）。每次下载都有记录。请妥善保管文件。
dashboard-busy = 服务暂时繁忙，请一分钟后再试。
