# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = Cases opened, by service
stats-chart-by-region = Cases opened, by region
stats-chart-by-channel = Cases opened, by channel
stats-chart-cases = Cases

# /stats in the staff desk (bot/dialogs/staff_stats.py): the summary's lines, usage, refusal.
stats-chat-summary = { $lines }
stats-chat-usage =
    Write for example: /stats, /stats week, /stats 2026-11 hailar, /stats 2026-Q4 all, /stats from=2026-11-01 to=2026-11-20
    Periods: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (month when none is given). Then a region code or name, or all for the whole city; without one, your own regions.
    Regions (code or name):
    { $regions }
stats-chat-region = { $code } — { $name }
stats-chat-too-long = A period may be at most { $most } days long; this one has { $days } days.
stats-chat-supervisors = /stats is for supervisors and administrators.
