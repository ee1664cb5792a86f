# The supervisors' dashboard page (/dashboard in chat; bot/dashboard.py).
dashboard-link =
    ᠲᠠᠨ ᠤ ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢᠭ ᠤᠨ ᠨᠢᠭᠤᠷ: { $url }
    ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠵᠥᠪᠬᠡᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ (ᠮᠢᠨᠦ᠋ᠲ: { $minutes })᠃ ᠪᠤᠰᠤᠳ ᠲᠤ ᠪᠢᠲᠡᠭᠡᠢ ᠳᠠᠮᠵᠢᠭᠤᠯ᠃
dashboard-not-allowed = ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢᠭ ᠤᠨ ᠨᠢᠭᠤᠷ ᠢ ᠵᠥᠪᠬᠡᠨ ᠬᠢᠨᠠᠨ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
dashboard-title = ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢᠭ ᠤᠨ ᠨᠢᠭᠤᠷ
dashboard-filter-period = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
dashboard-filter-day = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠨᠢᠭᠡ ᠡᠳᠦᠷ
dashboard-filter-region = ᠲᠣᠭᠣᠷᠢᠭ
dashboard-filter-point = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ
dashboard-apply = ᠬᠠᠷᠠᠭᠤᠯᠬᠤ
dashboard-all-regions = ᠮᠢᠨᠦ ᠪᠦᠬᠦ ᠲᠣᠭᠣᠷᠢᠭ
dashboard-all-points = ᠪᠦᠬᠦ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ
dashboard-period-day = ᠡᠳᠦᠷ
dashboard-period-week = ᠭᠠᠷᠢᠭ
dashboard-period-month = ᠰᠠᠷ᠎ᠠ
dashboard-period-quarter = ᠤᠯᠢᠷᠠᠯ
dashboard-period-year = ᠵᠢᠯ
dashboard-col-figure = ᠲᠣᠭ᠎ᠠ
dashboard-col-change = ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ
dashboard-change-same = ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠦᠭᠡᠢ
dashboard-change-up = ▲ { $amount }
dashboard-change-down = ▼ { $amount }
dashboard-private-note = ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠲᠤ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠨᠡᠷ᠎ᠡ᠂ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ᠂ ᠲᠡᠳᠡᠨ ᠦ ᠦᠭᠡ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠪᠤᠰᠤᠳ ᠲᠤ ᠪᠢᠲᠡᠭᠡᠢ ᠬᠤᠪᠢᠶᠠᠯᠴᠠ᠃
dashboard-bad-filter = ᠰᠢᠭᠦᠯᠲᠡ ᠶᠢ ᠣᠢᠯᠠᠭᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ᠂ ᠡᠳᠦᠷ᠂ ᠲᠣᠭᠣᠷᠢᠭ᠂ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ ᠢ ᠳᠠᠬᠢᠨ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
dashboard-refused-unknown = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ᠃ ᠰᠢᠨ᠎ᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠶᠢ /dashboard ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
dashboard-refused-used = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠴᠢᠬᠡᠭᠰᠡᠨ᠃ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠦᠷ ᠨᠢᠭᠡ ᠯᠡ ᠤᠳᠠᠭ᠎ᠠ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠰᠢᠨ᠎ᠡ ᠶᠢ /dashboard ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
dashboard-refused-expired = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠤᠶᠤ ᠨᠢᠭᠤᠷ ᠤᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠰᠢᠨ᠎ᠡ ᠶᠢ /dashboard ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
dashboard-refused-revoked = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠪᠠᠨ ᠪᠣᠯᠢᠪᠠ: ᠲᠠᠨ ᠤ ᠡᠷᠬᠡ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠪᠤᠶᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ᠃
dashboard-refused-outside = ᠡᠨᠡ ᠲᠣᠭᠣᠷᠢᠭ ᠪᠤᠶᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠴᠡᠭ ᠲᠠᠨ ᠤ ᠪᠢᠰᠢ᠃ ᠥᠪᠡᠷ ᠦᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠠᠴᠠ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃

# /export in chat (bot/dialogs/export_link.py) and the page's downloads (bot/export_download.py).
export-link =
    ᠲᠠᠨ ᠤ ᠭᠠᠷᠭᠠᠯᠲᠠ ({ $period }, { $format }): { $url }
    ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠵᠥᠪᠬᠡᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ (ᠮᠢᠨᠦ᠋ᠲ: { $minutes })᠃ ᠪᠤᠰᠤᠳ ᠲᠤ ᠪᠢᠲᠡᠭᠡᠢ ᠳᠠᠮᠵᠢᠭᠤᠯ᠃
export-not-allowed = /export ᠨᠢ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠪᠠ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠳᠤ ᠵᠣᠷᠢᠭᠳᠠᠨ᠎ᠠ᠃
export-usage =
    ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ: /export, /export week csv, /export 2026-11 hailar xlsx, /export from=2026-11-01 to=2026-11-20 md
    ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ /stats ᠲᠠᠢ ᠠᠳᠠᠯᠢ: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (ᠵᠠᠭᠠᠭᠠᠳᠤᠭᠤᠢ ᠪᠣᠯ ᠡᠨᠡ ᠰᠠᠷ᠎ᠠ)᠃ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠲᠠᠨ ᠤ ᠨᠢᠭᠡ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠺᠣᠳ᠋ ᠪᠤᠶᠤ ᠨᠡᠷ᠎ᠡ (ᠵᠠᠭᠠᠭᠠᠳᠤᠭᠤᠢ ᠪᠣᠯ ᠲᠠᠨ ᠤ ᠪᠦᠬᠦ ᠲᠣᠭᠣᠷᠢᠭ)᠃ ᠬᠡᠯᠪᠡᠷᠢ: { $choices } (ᠵᠠᠭᠠᠭᠠᠳᠤᠭᠤᠢ ᠪᠣᠯ xlsx)᠃
    ᠲᠣᠭᠣᠷᠢᠭ (ᠺᠣᠳ᠋ ᠪᠤᠶᠤ ᠨᠡᠷ᠎ᠡ):
    { $regions }
export-bad-format = “{ $typed }” ᠨᠢ ᠭᠠᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠹᠠᠢᠯ ᠤᠨ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠢᠰᠢ᠃ ᠡᠳᠡᠭᠡᠷ ᠡᠴᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ: { $choices }᠃
export-outside = ᠡᠨᠡ ᠲᠣᠭᠣᠷᠢᠭ ᠲᠠᠨ ᠤ ᠪᠢᠰᠢ: { $region }᠃ ᠥᠪᠡᠷ ᠦᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠠᠴᠠ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
export-outside-all = ᠬᠡᠷᠡᠭ ᠦᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠲᠠᠨ ᠤ ᠲᠣᠭᠣᠷᠢᠭ ᠢᠶᠠᠷ ᠭᠠᠷᠭᠠᠨ᠎ᠠ᠂ ᠪᠦᠬᠦ ᠲᠣᠭᠣᠷᠢᠭ ᠢᠶᠠᠷ ᠭᠠᠷᠭᠠᠬᠤ ᠦᠭᠡᠢ᠃
export-ready = ᠲᠠᠨ ᠤ ᠭᠠᠷᠭᠠᠯᠲᠠ ᠪᠡᠯᠡᠨ ᠪᠣᠯᠪᠠ᠃
export-refused-unknown = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ᠃ ᠰᠢᠨ᠎ᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠶᠢ /export ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
export-refused-used = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠴᠢᠬᠡᠭᠰᠡᠨ᠃ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠪᠦᠷ ᠨᠢᠭᠡ ᠯᠡ ᠤᠳᠠᠭ᠎ᠠ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠰᠢᠨ᠎ᠡ ᠶᠢ /export ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
export-refused-expired = ᠡᠨᠡ ᠬᠣᠯᠪᠣᠭᠠᠰᠤ ᠶᠢᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠰᠢᠨ᠎ᠡ ᠶᠢ /export ᠭᠡᠵᠦ ᠢᠯᠡᠭᠡᠭᠡᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
dashboard-download-csv = CSV ᠲᠠᠲᠠᠬᠤ
dashboard-download-xlsx = XLSX (Excel) ᠲᠠᠲᠠᠬᠤ
dashboard-download-md = Markdown ᠲᠠᠲᠠᠬᠤ
dashboard-download-note = ᠡᠨᠡ ᠹᠠᠢᠯ ᠳᠤ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠨᠡᠷ᠎ᠡ᠂ ᠤᠲᠠᠰᠤᠨ ᠤ ᠳ᠋ᠤᠭᠠᠷ᠂ ᠲᠡᠳᠡᠨ ᠦ ᠦᠭᠡ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠪᠤᠰᠤᠳ ᠲᠤ ᠪᠢᠲᠡᠭᠡᠢ ᠬᠤᠪᠢᠶᠠᠯᠴᠠ᠃
dashboard-busy = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠣᠳᠣ ᠵᠠᠪ ᠦᠭᠡᠢ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠨᠢᠭᠡ ᠮᠢᠨᠦ᠋ᠲ ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃
