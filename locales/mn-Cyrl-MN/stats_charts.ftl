# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = Шинэ хэрэг, үйлчилгээ тус бүрээр
stats-chart-by-region = Шинэ хэрэг, бүс нутаг тус бүрээр
stats-chart-by-channel = Шинэ хэрэг, суваг тус бүрээр
stats-chart-cases = Хэргийн тоо
