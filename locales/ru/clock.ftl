# Часы дела (docs/clock.md): напоминания, просрочка и эскалация, только сотрудникам.
# Первая строка не называет службу: сообщение может появиться на экране блокировки.

clock-reminder-half = Обращение { $reference } ({ $status }): прошла половина срока. Срок: { $due }.
clock-reminder-late = Обращение { $reference } ({ $status }): срок почти истёк. Срок: { $due }.
clock-overdue = Обращение { $reference } ({ $status }) просрочено с { $due }. Оно отмечено как просроченное в /queue и в карточке.
clock-escalation = Обращение { $reference } ({ $status }, { $region }) давно просрочено (срок — { $due }) и не движется. Пожалуйста, разберитесь.
staff-case-line-overdue = { $line } · просрочено
staff-count-overdue = просрочено: { $count }
