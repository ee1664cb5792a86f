# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = Новые обращения по видам помощи
stats-chart-by-region = Новые обращения по районам
stats-chart-by-channel = Новые обращения по каналам
stats-chart-cases = Обращения

# /stats in the staff desk (bot/dialogs/staff_stats.py): the summary's lines, usage, refusal.
stats-chat-summary = { $lines }
stats-chat-usage =
    Напишите, например: /stats, /stats week, /stats 2026-11 hailar, /stats 2026-Q4 all, /stats from=2026-11-01 to=2026-11-20
    Периоды: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (без периода — текущий месяц). Затем код района или all для всего города; без района — ваши районы.
    Районы (код или название):
    { $regions }
stats-chat-region = { $code } — { $name }
stats-chat-too-long = Период может длиться не более { $most } дней; в этом { $days } дн.
stats-chat-supervisors = /stats доступна руководителям и администраторам.
