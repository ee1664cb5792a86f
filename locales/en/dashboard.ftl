# The supervisors' dashboard page (/dashboard in chat; bot/dashboard.py).
dashboard-link =
    Your figures page: { $url }
    The link opens once, within { $minutes } minutes. Do not pass it on.
dashboard-not-allowed = Only supervisors can open the figures page.
dashboard-title = Figures dashboard
dashboard-filter-period = Period
dashboard-filter-day = A day in the period
dashboard-filter-region = Region
dashboard-filter-point = Service point
dashboard-apply = Show
dashboard-all-regions = All my regions
dashboard-all-points = All service points
dashboard-period-day = Day
dashboard-period-week = Week
dashboard-period-month = Month
dashboard-period-quarter = Quarter
dashboard-period-year = Year
dashboard-col-figure = Figure
dashboard-col-change = Change
dashboard-change-same = no change
dashboard-change-up = ▲ { $amount }
dashboard-change-down = ▼ { $amount }
dashboard-private-note = This page holds no names, phone numbers or words of the women. Do not share it; it closes by itself.
dashboard-bad-filter = The filter was not understood. Choose the period, the day, the region and the service point again.
dashboard-refused-unknown = This link is not valid. Send /dashboard in the chat for a new one.
dashboard-refused-used = This link was already used: each link opens once. Send /dashboard in the chat for a new one.
dashboard-refused-expired = This link or page has expired. Send /dashboard in the chat for a new one.
dashboard-refused-revoked = This link no longer works: your access has ended or changed.
dashboard-refused-outside = This region or service point is not one of yours. Choose one of your own regions.

# /export in chat (bot/dialogs/export_link.py) and the page's downloads (bot/export_download.py).
export-link =
    Your export ({ $period }, { $format }): { $url }
    The link opens once, within { $minutes } minutes: the figures page with your file ready to download. Do not pass it on.
export-not-allowed = /export is for supervisors and administrators.
export-usage =
    Write for example: /export, /export week csv, /export 2026-11 hailar xlsx, /export from=2026-11-01 to=2026-11-20 md
    Periods as for /stats: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (this month when none is given). Then one of your regions, code or name (without one: all your regions). Formats: { $choices } (xlsx when none is given).
    Regions (code or name):
    { $regions }
export-bad-format = “{ $typed }” is not a file format of the export. Choose one of: { $choices }.
export-outside = The case list is only for your own regions; { $region } is not one of them.
export-outside-all = The case list is only for your own regions, not for all regions.
export-ready = Your export is ready: download it here. Every download is recorded in the audit log.
export-refused-unknown = This link is not valid. Send /export in the chat for a new one.
export-refused-used = This link was already used: each link opens once. Send /export in the chat for a new one.
export-refused-expired = This link has expired. Send /export in the chat for a new one.
dashboard-download-csv = Download CSV
dashboard-download-xlsx = Download XLSX (Excel)
dashboard-download-md = Download Markdown
dashboard-download-note = The file holds these figures and the list of cases (no names, phone numbers or words of the women, no confidential case). Every download is recorded. Keep the file safe.
dashboard-busy = The service is busy right now. Please try again in a minute.
