# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = Шинэ хэрэг, үйлчилгээ тус бүрээр
stats-chart-by-region = Шинэ хэрэг, бүс нутаг тус бүрээр
stats-chart-by-channel = Шинэ хэрэг, суваг тус бүрээр
stats-chart-cases = Хэргийн тоо

# /stats in the staff desk (bot/dialogs/staff_stats.py): the summary's lines, usage, refusal.
stats-chat-summary = { $lines }
stats-chat-usage =
    Жишээ нь: /stats, /stats week, /stats 2026-11 hailar, /stats 2026-Q4 all, /stats from=2026-11-01 to=2026-11-20
    Хугацаа: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (заагаагүй бол энэ сар). Дараа нь бүсийн код, эсвэл бүх хотод all; бүс заагаагүй бол таны бүс нутаг.
    Бүс нутаг (код эсвэл нэр):
    { $regions }
stats-chat-region = { $code } — { $name }
stats-chat-too-long = Хугацаа хамгийн ихдээ { $most } хоног байна; энэ нь { $days } хоног.
stats-chat-supervisors = /stats нь удирдагч, админд зориулагдсан.
