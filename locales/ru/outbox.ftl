# Команда walking-home outbox: сообщения, от доставки которых бот отказался (недоставленные).
# Никогда её слова или адрес: номер дела или короткая метка получателя.

cli-outbox-dead-none = Недоставленных сообщений нет: всё доставлено или ещё в пути.
cli-outbox-dead-count = { $count ->
    [one] { $count } недоставленное сообщение, сначала самые новые:
    [few] { $count } недоставленных сообщения, сначала самые новые:
   *[other] { $count } недоставленных сообщений, сначала самые новые:
}
cli-outbox-dead-row = #{ $id } · { $channel } · { $recipient } · { $message } · попыток: { $attempts } · { $when } · { $reason } · { $retry }
cli-outbox-recipient-case = дело { $reference }
cli-outbox-recipient-tag = получатель { $tag }
cli-outbox-can-retry = можно отправить снова
cli-outbox-args-cleared = нельзя собрать заново (его данные удалены)
cli-outbox-dropped = отброшено намеренно
cli-outbox-dropped-quick-exit = она нажала «Быстрый выход»
cli-outbox-dropped-staff = доступ сотрудницы прекращён
cli-outbox-reason-unreadable = не удалось прочитать
cli-outbox-reason-not-renderable = не удалось составить текст
cli-outbox-retried = Сообщение #{ $id } снова в очереди; работающий бот отправит его в течение нескольких секунд.
cli-outbox-retried-all = Снова в очереди: { $count }. Нельзя отправить снова в прежнем виде: { $refused }.
cli-outbox-retry-nothing = Укажите один или несколько номеров сообщений (как их показывает «outbox dead») или --all.
cli-outbox-not-found = Сообщения #{ $id } в очереди нет.
cli-outbox-not-dead = Сообщение #{ $id } не из недоставленных (состояние: { $status }); ничего не изменено.
cli-outbox-cannot-rerender = Сообщение #{ $id } нельзя отправить снова: его данные удалены, когда от доставки отказались, и собрать его в прежнем виде нельзя. Ничего не изменено.
cli-outbox-dropped-on-purpose = Сообщение #{ $id } отброшено намеренно и никогда не будет отправлено. Ничего не изменено.
cli-outbox-status-pending = ждёт отправки
cli-outbox-status-sent = отправлено
cli-outbox-status-dead = недоставленное
