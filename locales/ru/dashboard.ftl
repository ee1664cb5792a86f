# Страница показателей для руководителей (/dashboard в чате; bot/dashboard.py).
dashboard-link =
    Ваша страница показателей: { $url }
    Ссылка открывается один раз, в течение { $minutes } мин. Не передавайте её другим.
dashboard-not-allowed = Страницу показателей могут открыть только руководители.
dashboard-title = Панель показателей
dashboard-filter-period = Период
dashboard-filter-day = День в периоде
dashboard-filter-region = Район
dashboard-filter-point = Пункт помощи
dashboard-apply = Показать
dashboard-all-regions = Все мои районы
dashboard-all-points = Все пункты помощи
dashboard-period-day = День
dashboard-period-week = Неделя
dashboard-period-month = Месяц
dashboard-period-quarter = Квартал
dashboard-period-year = Год
dashboard-col-figure = Показатель
dashboard-col-change = Изменение
dashboard-change-same = без изменений
dashboard-change-up = ▲ { $amount }
dashboard-change-down = ▼ { $amount }
dashboard-private-note = На этой странице нет имён, телефонов и слов женщин. Не пересылайте её; она закроется сама.
dashboard-bad-filter = Фильтр не распознан. Выберите период, день, район и пункт помощи ещё раз.
dashboard-refused-unknown = Эта ссылка недействительна. Отправьте /dashboard в чате, чтобы получить новую.
dashboard-refused-used = Эта ссылка уже использована: каждая открывается один раз. Отправьте /dashboard в чате, чтобы получить новую.
dashboard-refused-expired = Срок действия ссылки или страницы истёк. Отправьте /dashboard в чате, чтобы получить новую.
dashboard-refused-revoked = Ссылка больше не действует: ваш доступ прекращён или изменён.
dashboard-refused-outside = Этот район или пункт помощи не относится к вашим. Выберите один из своих районов.
