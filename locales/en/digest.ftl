# The weekly digest to each supervisor (bot/workers/digest.py).
digest-weekly =
    Weekly digest · { $week }
    { $lines }
    Send /stats or /dashboard for more.
