# Emergencies nobody acknowledged, and staff on duty (docs/clock.md, "Emergencies"). Staff only.
# The first line never names the kind of help: a page may show on a lock screen.

clock-emergency-page = Case { $reference } ({ $region }) has waited since { $since } and nobody has acknowledged it. Please acknowledge it now.
clock-emergency-nobody-on-duty = Case { $reference } ({ $region }) has just come in and nobody is on duty for this region. Please acknowledge it now, or find someone who can.
staff-duty-on = You are on duty: emergencies in your regions page you. Send /duty off when you stop.
staff-duty-off = You are off duty: emergencies do not page you. Send /duty on when you start.
staff-duty-usage = Send /duty on or /duty off; /duty alone shows whether you are on duty.
