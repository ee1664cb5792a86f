# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = Новые обращения по видам помощи
stats-chart-by-region = Новые обращения по районам
stats-chart-by-channel = Новые обращения по каналам
stats-chart-cases = Обращения
