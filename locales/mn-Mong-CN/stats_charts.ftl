# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ
stats-chart-by-region = ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ
stats-chart-by-channel = ᠰᠤᠪᠠᠭ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ
stats-chart-cases = ᠬᠡᠷᠡᠭ ᠦᠨ ᠲᠣᠭ᠎ᠠ

# /stats in the staff desk (bot/dialogs/staff_stats.py): the summary's lines, usage, refusal.
stats-chat-summary = { $lines }
stats-chat-usage =
    ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ: /stats, /stats week, /stats 2026-11 hailar, /stats 2026-Q4 all, /stats from=2026-11-01 to=2026-11-20
    day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=…; hailar … all
    ᠲᠣᠭᠣᠷᠢᠭ (ᠺᠣᠳ᠋ ᠪᠤᠶᠤ ᠨᠡᠷ᠎ᠡ):
    { $regions }
stats-chat-region = { $code } — { $name }
stats-chat-too-long = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠡᠳᠦᠷ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠬᠠᠮᠤᠭ ᠤᠯᠠᠨ: { $most }᠃ ᠡᠨᠡ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $days }᠃
stats-chat-supervisors = /stats ᠨᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠳᠤ ᠵᠣᠷᠢᠭᠳᠠᠨ᠎ᠠ᠃
