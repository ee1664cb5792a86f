# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = 新登记案件（按服务类别）
stats-chart-by-region = 新登记案件（按地区）
stats-chart-by-channel = 新登记案件（按渠道）
stats-chart-cases = 案件数
