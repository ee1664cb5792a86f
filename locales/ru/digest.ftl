# Еженедельная сводка для руководителей (bot/workers/digest.py).
digest-weekly =
    Еженедельная сводка · { $week }
    { $lines }
    Подробнее: /stats или /dashboard.
