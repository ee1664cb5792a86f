# The WeChat channel's own words (bot/channels/wechat/).

wechat-choose-hint = Ответьте номером выбранного варианта.
wechat-menu-hint = Нажмите на нужный вариант.
wechat-safety-note = Для вашей безопасности: WeChat хранит эту переписку в вашем телефоне, и сервис не может её удалить, даже через «Быстрый выход». Если кто-то может посмотреть ваш телефон, удалите чат сами, когда закончите: в списке чатов нажмите и удерживайте эту переписку и выберите «Удалить».
wechat-staff-refused = Сотрудники не могут работать через аккаунт WeChat. Используйте свой код приглашения в веб-чате, Telegram или Matrix; код остаётся действительным.
wechat-menu-help = Помощь
wechat-menu-cases = Мои дела
wechat-menu-danger = Опасно
wechat-card-unreachable = Связаться с ней через WeChat нельзя, пока она не напишет снова: её последнее сообщение старше 48 часов.
channel-wechat = WeChat
cli-wechat-failed = Не удалось запустить WeChat: { $detail }. Остальные каналы работают как обычно.
cli-wechat-running = WeChat работает, аккаунт { $app }, адрес сервера { $path }.
cli-wechat-retrying = Пока нет связи с API WeChat; сообщения ждут в исходящей очереди, пока он не ответит.
cli-wechat-off = WeChat не настроен: задайте WALKING_HOME_WECHAT_APP_ID, WALKING_HOME_WECHAT_APP_SECRET и WALKING_HOME_WECHAT_TOKEN.
cli-wechat-menu-pushed = Меню аккаунта установлено: { $labels }.
cli-wechat-menu-failed = Не удалось установить меню аккаунта: { $detail }.
