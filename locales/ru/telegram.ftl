# Слова канала Telegram (bot/channels/telegram.py). Меню команд нейтрально: его могут увидеть на её телефоне.

telegram-command-start = Главное меню
telegram-command-new = Новое обращение
telegram-command-cases = Мои обращения
telegram-command-language = Сменить язык
telegram-command-help = Как пользоваться
telegram-command-exit = Быстрый выход: стереть переписку
telegram-private-only = Здравствуйте. Чтобы защитить личные данные каждого, этот сервис работает только в личных сообщениях. Напишите мне лично. Сейчас я выйду из этой группы.
cli-telegram-failed = Не удалось запустить Telegram: { $detail }. Остальные каналы работают как обычно.
cli-telegram-running = Telegram работает ({ $mode }), аккаунт @{ $username }.
cli-telegram-retrying = Пока нет связи с Telegram; попытки продолжатся в фоне.
