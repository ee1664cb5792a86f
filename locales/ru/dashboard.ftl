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

# /export в чате (bot/dialogs/export_link.py) и загрузки со страницы (bot/export_download.py).
export-link =
    Ваша выгрузка ({ $period }, { $format }): { $url }
    Ссылка открывается один раз, в течение { $minutes } мин.: страница показателей, где файл готов к загрузке. Не передавайте её другим.
export-not-allowed = /export доступна руководителям и администраторам.
export-usage =
    Напишите, например: /export, /export week csv, /export 2026-11 hailar xlsx, /export from=2026-11-01 to=2026-11-20 md
    Периоды как для /stats: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (без периода — текущий месяц). Затем один из ваших районов, код или название (без района — все ваши районы). Форматы: { $choices } (без формата — xlsx).
    Районы (код или название):
    { $regions }
export-bad-format = «{ $typed }» — не формат выгрузки. Выберите один из: { $choices }.
export-outside = Список обращений выгружается только по вашим районам; { $region } к ним не относится.
export-outside-all = Список обращений выгружается только по вашим районам, а не по всем районам.
export-ready = Ваша выгрузка готова: скачайте её здесь. Каждая загрузка записывается в журнал аудита.
export-refused-unknown = Эта ссылка недействительна. Отправьте /export в чате, чтобы получить новую.
export-refused-used = Эта ссылка уже использована: каждая открывается один раз. Отправьте /export в чате, чтобы получить новую.
export-refused-expired = Срок действия ссылки истёк. Отправьте /export в чате, чтобы получить новую.
dashboard-download-csv = Скачать CSV
dashboard-download-xlsx = Скачать XLSX (Excel)
dashboard-download-md = Скачать Markdown
dashboard-download-note = В файле эти показатели и список обращений (без имён, номеров телефонов и слов женщин, без конфиденциальных обращений). Каждая загрузка записывается. Храните файл бережно.
dashboard-busy = Сервис сейчас занят. Попробуйте ещё раз через минуту.
