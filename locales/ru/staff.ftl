# Сторона сотрудников: одно окно, карточки обращений, передача исполнителю, работа с делом, одобрения, пересылка, горячая линия, отбор.
# Перевод сделан разработчиками; нужна проверка носителем языка.

staff-joined =
    Добро пожаловать. Ваши роли:
    { $roles }
    Ваши районы:
    { $regions }
staff-left = Вы вышли из числа сотрудников; доступ закрыт сразу.
staff-no-access = У вас больше нет доступа сотрудника. Если это ошибка, обратитесь к администратору.
staff-menu = Рабочее место: выберите действие.
staff-help =
    Команды для сотрудников:
    /queue очередь (сначала экстренные)
    /mine мои обращения (для медиаторов)
    /case НОМЕР — карточка обращения и ход дела
    /cases state=... service=... region=... assignee=... emergency overdue — отбор обращений
    /counts число обращений по статусам
    /stats [month|week|quarter|year|2026-11|from=… to=…] [region] — показатели с диаграммами (руководители)
    /export [период] [район] [csv|xlsx|md] — показатели и список обращений файлом, по одноразовой ссылке (руководители)
    /reply НОМЕР текст — написать заявительнице через бота
    /data НОМЕР — что хранится по её делу: прочитать ей, отправить ей копию, попросить удалить
    /hotline записать звонок на 12338
    /orders заказы услуг (ждущие группу или вашей группы)
    /order HLO-… — карточка заказа
    /events [from=… to=… region=… kind=… topic=…] — проведённые мероприятия (руководители)
    /event записать мероприятие без заказа
    /duty on|off — на дежурстве ли вы (вызывают ли вас экстренные обращения; /duty — проверить)
    /language язык, /leave выйти из числа сотрудников, /cancel отменить текущую форму
staff-unknown-command = Команда { $command } неизвестна. Отправьте /help, чтобы увидеть команды для сотрудников.
staff-menu-queue = Очередь
staff-menu-hotline = Записать звонок
staff-menu-mine = Мои обращения
staff-menu-counts = Сводка
staff-queue-title = Очередь
staff-mine-title = Мои обращения
staff-cases-title = Найденные обращения
staff-list-empty = { $title }: обращений нет.
staff-case-list =
    { $title } ({ $count }):
    { $lines }
staff-case-page =
    { $title }, сначала новые (показано: { $count }):
    { $lines }
staff-button-more = Ещё (более ранние)
staff-case-line = { $reference } · { $status } · { $service } · { $region } · { $language } · риск: { $risk } · от { $opened }
staff-case-not-found = Обращение { $reference } не найдено или не входит в вашу зону доступа.
staff-count-line = { $state }: { $count }
staff-case-card =
    Обращение { $reference } · { $status }
    Услуга: { $service }   Район: { $region }
    Язык: { $language }{ $spoken }   Канал: { $channel }   Риск: { $risk }
    Ответственный: { $owner }   Исполнитель: { $assignee }
    Срок: { $due }
    Отметки: { $flags }
    — Её слова —
    { $words }
    — Материалы —
    { $evidence }
    — Ход дела —
    { $timeline }
staff-timeline-line = { $at } { $trigger } ({ $role }) → { $target }
staff-entry-description = [{ $at }] Её рассказ: { $text }
staff-entry-message-in = [{ $at }] Заявительница: { $text }
staff-entry-message-out = [{ $at }] Сотрудник: { $text }
staff-entry-contact = [{ $at }] Контакты: { $text }
staff-entry-callback = [{ $at }] Просьба перезвонить: { $text }
staff-card-spoken = {" "}(для звонка ей: { $language } язык)
flag-minor = затронут ребёнок
flag-elder = затронут пожилой человек
flag-anonymous = анонимно
flag-no-contact = не связываться
flag-confidential = конфиденциально
flag-overdue = просрочено
flag-call-back = только звонить, не писать
channel-telegram = Telegram
channel-matrix = Matrix
channel-web = веб-чат
channel-hotline = горячая линия 12338

staff-button-open = Открыть
staff-button-ack = Подтвердить приём
staff-button-accept = Принять
staff-button-dispatch = Назначить
staff-button-take = Взять в работу
staff-button-decline = Отказаться
staff-button-start-mediation = Запросить медиацию
staff-button-parties-consent = Обе стороны согласны
staff-button-record-session = Записать встречу
staff-button-agreement = Соглашение есть
staff-button-terminate = Прекратить медиацию
staff-button-refer = Передать в ведомство
staff-button-feedback = Ответ ведомства
staff-button-resolve = Решено, на контроль
staff-button-close = Закрыть
staff-button-reject = Не принимать
staff-button-emergency = Сделать экстренным
staff-button-hold = Приостановить
staff-button-resume = Возобновить
staff-button-reopen = Открыть снова
staff-button-message = Написать заявительнице
staff-button-confidential-on = Сделать конфиденциальным
staff-button-confidential-off = Снять конфиденциальность
staff-confidential-on = Дело { $reference } теперь конфиденциально: его видят только ответственный, исполнитель и руководители района.
staff-confidential-off = Дело { $reference } больше не конфиденциально.
staff-button-approve = Одобрить
staff-button-refuse = Отклонить
staff-button-cancel = Отмена
staff-button-callback-done = Перезвонили
staff-cancelled = Отменено.
staff-done = { $reference }: «{ $trigger }» — выполнено. Статус теперь: { $status }.
staff-agreement-window = Заявление на судебное подтверждение стороны подают совместно в течение 30 дней со дня вступления соглашения в силу, до { $due }.
staff-acknowledged = Приём экстренного обращения { $reference } подтверждён; ваше имя и время записаны.
staff-refusal-taken = Этим обращением уже занимается { $who }; статус: { $state }.
staff-missing-field = Ещё не хватает: { $field }.

staff-ask-risk = Принять { $reference }: оцените уровень риска.
staff-ask-reject-reason = Не принимать { $reference }: выберите причину.
staff-ask-signposting = Напишите, куда ещё она может обратиться за помощью (это будет отправлено ей).
staff-ask-hold-reason = Приостановить { $reference }: укажите причину.
staff-ask-decline-reason = Отказ от { $reference }: укажите причину, её увидит сотрудник приёма.
staff-ask-opted-in = Заявительница сама ясно выбрала медиацию? (Для дела о домашнем насилии нужно ещё одобрение руководителя, а риск должен быть не выше среднего.)
staff-ask-both-consent = Обе стороны согласились на медиацию, и это записано?
staff-ask-session-place = Место?
staff-ask-session-attendees = Кто участвовал?
staff-ask-session-summary = Кратко: как прошла встреча?
staff-ask-session-next = Дата следующей встречи? (если её нет, напишите «нет»)
staff-ask-agreement-form = Форма соглашения?
staff-ask-agreement-text = Напишите текст соглашения.
staff-ask-terminate-reason = Прекратить медиацию по { $reference }: укажите причину. Заявительнице сообщат про третейский суд, административный порядок и суд.
staff-ask-agency = В какое ведомство передать?
staff-ask-referral-purpose = Цель передачи?
staff-ask-share-basis = На каком основании её сведения передаются ведомству?
staff-ask-feedback = Что ответило ведомство?
staff-ask-outcome = Результат? (Контрольная связь назначится сама: через 7 и через 30 дней.)
staff-ask-closure = Основание закрытия?
staff-ask-reopen-reason = Открыть { $reference } снова: укажите причину.
staff-ask-emergency-reason = Сделать { $reference } экстренным: укажите причину.
staff-ask-relay = Напишите сообщение заявительнице по { $reference }. Она увидит подпись «ваш медиатор», ваш аккаунт ей не виден.
staff-confirm-yes = Да, подтверждаю
reject-reason-out_of_scope = Не наш профиль
reject-reason-duplicate = Повторное обращение
reject-reason-other_agency = Дело другого ведомства
reject-reason-no_response = Не удаётся связаться
reject-reason-other = Другое
closure-resolved = Вопрос решён
closure-agreement_honoured = Соглашение выполнено
closure-referred_out = Завершено другим ведомством
closure-no_response = Не удаётся связаться
closure-duplicate = Повторное обращение
closure-other = Другое
agency-police = Полиция
agency-court = Суд
agency-legal_aid = Бесплатная юридическая помощь
agency-civil_affairs = Гражданская администрация
agency-human_resources = Труд и соцобеспечение
agency-education = Образование
agency-health = Здравоохранение
share-basis-consent = Её согласие
share-basis-emergency = Экстренная ситуация
share-basis-child_protection = Защита ребёнка (обязательное сообщение)
agreement-form-written = Письменное
agreement-form-oral = Устное

staff-dispatch-suggestions =
    Кому можно передать { $reference }:
    { $lines }
staff-suggestion-line = { $name } ({ $kind }, сейчас { $load }/{ $capacity }): { $reasons }
staff-dispatch-none = Передать некому: нет ни медиаторов, ни пунктов обслуживания. Сначала выполните walking-home seed --demo или пригласите медиаторов.
candidate-mediator = медиатор
candidate-point = пункт обслуживания
reason-region = тот же район
reason-service = оказывает эту услугу
reason-language = говорит на её языке
reason-spoken = говорит на языке, на котором она просила позвонить
reason-load = может взять ещё
reason-full = мест нет

staff-approval-requested = Нужно ваше одобрение: { $who } просит выполнить «{ $trigger }» по { $reference } ({ $service }, { $region }).
staff-approval-sent = Отправлено руководителю на одобрение: { $reference }. После одобрения всё выполнится автоматически.
staff-approval-no-supervisor = Для района обращения { $reference } нет руководителя, который может одобрить; свяжитесь с городской Федерацией женщин.
staff-approval-granted = Руководитель одобрил «{ $trigger }» по { $reference }; выполнено.
staff-approval-refused = Руководитель не одобрил «{ $trigger }» по { $reference }.
staff-approval-failed = «{ $trigger }» по { $reference } одобрено, но статус обращения тем временем изменился, и выполнить не удалось.
staff-approval-already-decided = По этому запросу решение уже принято.

staff-dispatch-offered = Вам передано: { $reference } ({ $service }, { $region }, язык: { $language }). Возьмите в работу или откажитесь.
staff-declined = От { $reference } отказались, обращение вернулось в очередь. Причина: { $reason }
staff-handed-back = У сотрудника { $staff } больше нет доступа. Обращение { $reference } ({ $service }, { $region }) вернулось в очередь, у него нет исполнителя: направьте его снова.
staff-case-reopened = Заявительница снова открыла дело { $reference }: { $service }, { $region }, язык: { $language }. Её причина — в карточке дела.

relay-from-mediator =
    Ваш медиатор (обращение { $reference }):
    { $text }
relay-reply = Ответить
relay-from-reporter =
    Заявительница по { $reference }:
    { $text }
staff-relay-sent = Передано заявительнице по { $reference }.
staff-relay-blocked-no-contact = Заявительница по { $reference } просила не связываться с ней; ничего не отправлено, ваше сообщение сохранено в обращении.
staff-relay-callback-task = Заявительница по делу { $reference } просила перезвонить ей: ваше сообщение стало задачей «перезвонить» в очереди.
staff-relay-empty = Сообщение пустое, ничего не отправлено.
staff-relay-files-not-supported = Передавать файлы заявительнице через бота пока нельзя; отправлен только текст.

staff-callback-task = Перезвонить: { $reference } — { $what }
staff-callback-done = Звонок по { $reference } записан.
staff-callback-already-done = Этот звонок уже отмечен как сделанный.
callback-relay = Передать: { $text }
callback-requested = Перезвонить ей: { $text }

hotline-ask-service = Запись звонка на 12338: какая услуга?
hotline-ask-region = В каком районе находится звонившая?
hotline-ask-language = На каком языке она говорит?
hotline-ask-description = Кратко: о чём звонок?
hotline-ask-phone = Номер, по которому перезвонить?
staff-form-needs-number = Здесь нужен номер телефона (цифрами).
hotline-ask-safe-times = Когда ей безопасно перезвонить?
hotline-ask-risk = Уровень риска?
hotline-ask-minor = Затронут ли ребёнок?
hotline-language-zh-Hans-CN = Китайский
hotline-language-mn-Mong-CN = Монгольский (старомонгольское письмо)
hotline-language-mn-Cyrl-MN = Монгольский (кириллица)
hotline-language-ru = Русский
hotline-language-en = Английский
hotline-registered = Звонок записан как { $reference }. ПИН-код звонившей: { $pin } (сообщите ей по телефону).

field-service = услуга
field-region = район
field-consent_version = запись о согласии
field-description = описание
field-reason = причина
field-reason_code = тип причины
field-signposting = куда ещё обратиться
field-target = кому передать
field-reporter_opted_in = её выбор медиации
field-reporter_consent = её согласие
field-other_party_consent = согласие другой стороны
field-session_date = дата
field-attendees = участники
field-summary = краткое содержание
field-agreement_text = текст соглашения
field-agreement_form = форма соглашения
field-agency = ведомство
field-purpose = цель
field-share_consent = согласие на передачу сведений
field-outcome = результат
field-closure_code = основание закрытия
field-risk = уровень риска

# Работа сотрудников (задача 10): карточка после каждого действия, записи встреч и соглашений, даты, назначение по району, множественное число.
risk-unassessed = не оценён
refusal-risk-not-assessed = Риск в этом деле о домашнем насилии ещё не оценён; оцените его до медиации.
staff-case-usage = Как пользоваться: /case НОМЕР, например /case HLB-2026-000123. /queue и /cases показывают обращения, которые вы можете открыть.
staff-filter-not-valid = Фильтра «{ $filter }» нет.
staff-filter-values =
    Фильтры (в любом сочетании): /cases state=… service=… region=… assignee=НОМЕР-СОТРУДНИКА emergency overdue
    state (статус): { $states }
    service (услуга): { $services }
    region (район): { $regions }
staff-filter-value = { $code } ({ $name })
staff-counts-total =
    { NUMBER($total) ->
        [one] В вашей зоне доступа { $total } обращение:
        [few] В вашей зоне доступа { $total } обращения:
        [many] В вашей зоне доступа { $total } обращений:
       *[other] В вашей зоне доступа { $total } обращения:
    }
    { $lines }
staff-evidence-size =
    { NUMBER($size) ->
        [one] { $name } ({ $size } байт)
        [few] { $name } ({ $size } байта)
        [many] { $name } ({ $size } байт)
       *[other] { $name } ({ $size } байта)
    }
staff-already-acknowledged = Экстренное обращение { $reference } уже принято к сведению: { $who }, { $at }.
staff-timeline-acknowledged = { $at } экстренный случай принят к сведению: { $who }
staff-timeline-session = {"    "}встреча { $session_date }, место: { $place }; участники: { $attendees }; следующая встреча: { $next_date }. Итоги: { $summary }
staff-timeline-agreement = {"    "}соглашение ({ $agreement_form }): { $agreement_text }
staff-review-session =
    Записать эту встречу по обращению { $reference }?
    Дата: { $session_date }
    Место: { $place }
    Участники: { $attendees }
    Итоги: { $summary }
    Следующая встреча: { $next_date }
    Пока вы не подтвердите, ничего не сохраняется.
staff-review-agreement =
    Записать это соглашение по обращению { $reference }?
    Форма: { $agreement_form }
    Текст: { $agreement_text }
    Пока вы не подтвердите, ничего не сохраняется.
staff-ask-session-day = Запись встречи по обращению { $reference }: когда она состоялась?
staff-ask-session-next-day = Будет ли следующая встреча? Выберите или напишите её дату (год-месяц-день, например 2026-12-04).
staff-ask-date-typed = Напишите дату в виде год-месяц-день, например 2026-11-20.
staff-date-today = Сегодня
staff-date-yesterday = Вчера
staff-date-other = Другая дата
staff-date-none = Следующей встречи нет
staff-date-not-understood = Не удалось распознать дату. Напишите её в виде год-месяц-день, например 2026-11-20.
staff-date-too-early = Слишком ранняя дата: нужна { $earliest } или позже.
staff-date-too-late = Слишком поздняя дата: нужна { $latest } или раньше.
staff-button-more-regions = Ещё: другие районы
staff-dispatch-elsewhere =
    Другие районы для обращения { $reference }:
    { $lines }
point-hailar-jianshe = Женский дом на улице Цзяньшэ (Хайлар)
point-hailar-mobile-legal = Выездная юридическая группа Хайлара
point-manzhouli-border = Пограничный женский дом Маньчжурии
point-ergun-shiwei = Женский дом русской национальной волости Шивэй (Эргунь)
point-evenki-mobile = Выездная группа Эвенкийского хошуна
point-new-barag-left-pastoral = Женский дом пастбищных районов Новобаргутского левого хошуна
point-morin-dawa-daur = Даурский женский дом Морин-Дава
