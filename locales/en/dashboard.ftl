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
