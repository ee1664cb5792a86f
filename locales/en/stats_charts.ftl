# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = Cases opened, by service
stats-chart-by-region = Cases opened, by region
stats-chart-by-channel = Cases opened, by channel
stats-chart-cases = Cases
