# Удирдах ажилтанд долоо хоног бүр илгээх тойм (bot/workers/digest.py).
digest-weekly =
    Долоо хоногийн тойм · { $week }
    { $lines }
    Дэлгэрэнгүйг /stats эсвэл /dashboard гэж илгээнэ үү.
