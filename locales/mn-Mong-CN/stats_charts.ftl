# Supervisor figures as charts (bot/stats_charts.py): titles and the axis.

stats-chart-by-service = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ
stats-chart-by-region = ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ
stats-chart-by-channel = ᠰᠤᠪᠠᠭ ᠪᠦᠷᠢ ᠶᠢᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ
stats-chart-cases = ᠬᠡᠷᠡᠭ ᠦᠨ ᠲᠣᠭ᠎ᠠ
