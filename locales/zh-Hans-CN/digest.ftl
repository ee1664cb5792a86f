# 每周向督导发送的统计摘要（bot/workers/digest.py）。
digest-weekly =
    每周统计摘要 · { $week }
    { $lines }
    更多内容请发送 /stats 或 /dashboard。
