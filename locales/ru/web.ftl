# Слова страницы веб-чата (bot/channels/web_static).
# Заголовок и страница выхода нейтральны: кто-то может увидеть вкладку браузера или историю.

web-title = Сообщения
web-conversation-label = Переписка
web-quick-exit = Быстрый выход
web-quick-exit-hint = Сразу закрыть страницу и стереть переписку
web-danger = Мне сейчас грозит опасность
web-danger-hint = Сразу показать экстренные номера
web-danger-local = Если вам сейчас грозит опасность, немедленно звоните по номерам Китая (а не 112, 102 или 103).
web-call-110 = Полиция 110
web-call-120 = Скорая помощь 120
web-call-12338 = Горячая линия по правам женщин 12338
web-input-label = Введите сообщение
web-input-placeholder = Сообщение...
web-send = Отправить
web-attach = Отправить файл
web-file-label = Файл
web-you = Вы
web-bot = Ответ
web-connecting = Подключение...
web-reconnecting = Связь прервалась, подключаюсь снова...
web-uploading = Отправляю файл...
web-error-too-large = Сообщение слишком длинное. Разделите его на несколько частей.
web-error-upload-too-large = Файл слишком большой, его нельзя отправить.
web-error-upload-failed = Файл не отправился. Попробуйте ещё раз.
web-error-bad-request = Не удалось обработать сообщение. Попробуйте ещё раз.
web-error-session-expired = Сеанс истёк. Обновите страницу.
web-error-failed = Что-то пошло не так. Попробуйте позже.
web-bye-title = Новая вкладка
web-bye-text = Страница закрыта.
