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
