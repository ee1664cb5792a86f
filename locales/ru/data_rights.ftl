# Her data rights (see, copy, erase) and the retention command.

case-my-data = Мои данные
data-menu = Что мы храним по делу { $reference }: вы можете это посмотреть, получить копию здесь, в чате, или попросить удалить.
data-button-see = Посмотреть
data-button-copy = Прислать копию
data-button-erase = Удалить
data-view =
    Дело { $reference }
    Услуга: { $service }
    Район: { $region }
    Статус: { $status }
    Зарегистрировано: { $opened }
    Риск: { $risk }
    Отметки: { $flags }
    Кто занимался: { $handlers }
    Слова: { $words }
    Файлы: { $files }
    Шаги: { $steps }
data-word-line = { $at } · { $kind }: { $text }
data-file-line = { $at } · { $name } ({ $size } байт)
data-step-line = { $at } · { $trigger } ({ $role })
data-handler-point = пункт обслуживания
data-kind-description = ваш рассказ
data-kind-message-in = ваше сообщение
data-kind-message-out = сообщение сотрудника
data-kind-contact = контактные данные
data-kind-callback = просьба перезвонить
data-kind-evidence = файл
data-kind-other = запись
data-copy-header = Ниже копия всего, что мы храним по делу { $reference } (сообщений: { $parts }). Её может прочитать любой, у кого в руках этот телефон; «Быстрый выход» очищает чат.
data-copy-entry =
    { $at } · { $kind }:
    { $text }
data-copy-end = Конец копии дела { $reference }.
data-copy-sent = Копия дела { $reference } — выше.
data-erase-blocked = Дело { $reference } сейчас нельзя удалить. { $why }
erase-why-legal-hold = Оно хранится для суда или полиции (юридическое удержание). Когда удержание закончится, можно снова попросить об удалении. Посмотреть его и получить копию можно и сейчас.
erase-why-child = В нём участвует ребёнок, а закон требует хранить такие записи для защиты детей. Посмотреть его и получить копию можно и сейчас.
erase-why-mediation = По нему идёт медиация. Когда она закончится, можно снова попросить об удалении.
erase-why-open = Дело не удалось сначала завершить. Пожалуйста, попросите ещё раз позже.
data-erase-already-asked = Просьба удалить дело { $reference } уже ждёт решения руководителя.
data-erase-confirm = Удаление дела { $reference } стирает ваши слова, ваши файлы, ваши контактные данные и связь между вами и делом. Остаются только обезличенные данные для статистики (услуга, район, даты, итог). Удаление должен одобрить руководитель. Попросить об удалении?
data-erase-confirm-open = Дело { $reference } ещё открыто: удаление завершит его (отзыв) и сотрёт ваши слова, ваши файлы, ваши контактные данные и связь между вами и делом. Остаются только обезличенные данные для статистики (услуга, район, даты, итог). Удаление должен одобрить руководитель. Попросить об удалении?
data-erase-cancelled = Ничего не удалено.
data-erase-requested = Ваша просьба удалить дело { $reference } передана руководителю. { $quiet ->
    [yes] Вы просили вам не писать, поэтому сообщения не будет: когда удаление выполнят, дело пропадёт из раздела «Мои обращения».
   *[no] Мы сообщим здесь, когда будет решение.
}
data-erase-refused = Руководитель не одобрил удаление дела { $reference }. Вы можете спросить у сотрудников почему или попросить снова.
data-erase-done = Дело { $reference } удалено по вашей просьбе: ваши слова, файлы и контактные данные стёрты. Остались только обезличенные данные.

staff-data-usage = Формат: /data НОМЕР (что хранится по её делу, копия в её чат или удаление от её имени).
staff-data-button-copy = Отправить ей копию
staff-data-button-erase = Попросить удалить
staff-data-not-in-chat = По делу { $reference } нельзя писать в чат (горячая линия, обратный звонок или «не связываться»): прочитайте ей данные по телефону.
staff-data-copy-sent = Копия дела { $reference } отправлена в её чат.
staff-erase-blocked = Дело { $reference } сейчас нельзя удалить. { $why }
staff-erasure-requested = Просьба удалить личные данные дела { $reference } ({ $service }, { $region }), { $whose }. Одобрить?
staff-erasure-by-her = от неё самой, после ввода PIN
staff-erasure-by-staff = от сотрудника от её имени
staff-erasure-refused = Удаление дела { $reference } не одобрено.
staff-erasure-done = Дело { $reference } удалено: её слова, файлы и личность стёрты, обезличенные факты остались.

cli-retention-done = Очистка по срокам хранения: удалено { $total }.
cli-retention-dry-run = Пробный запуск: было бы удалено { $total } (ничего не изменено).
cli-legal-hold-on = Дело { $reference } под юридическим удержанием: оно не будет удалено, пока удержание не снято.
cli-legal-hold-off = Юридическое удержание дела { $reference } снято.
cli-retention-kind = { $kind }: { $count }
retention-kind-abandoned-intakes = брошенные заявки
retention-kind-conversations = неактивные разговоры
retention-kind-processed-updates = номера обработанных обновлений
retention-kind-sent-outbox = отправленные или недоставленные сообщения очереди
retention-kind-dead-outbox-args = очищенные недоставленные сообщения
retention-kind-transcripts = переписка по завершённым делам
retention-kind-consultation-cases = дела только с консультацией
retention-kind-closed-cases = закрытые дела
retention-kind-evidence-files = файлы-доказательства
retention-kind-pin-guesses = попытки ввода PIN

data-orders = Ваши заявки на услуги: { $orders }
data-order-line = { $reference } · { $kind } · { $state } · подана { $placed } · дата { $scheduled } · контакт { $contact }
retention-kind-orders = заявки на услуги (контакт и место стёрты)
