# Заказ услуг (点单/派单, docs/orders.md): женщина или сообщество заказывает лекцию, выезд группы
# или акцию «десять доставок на места»; Федерация женщин направляет женский дом или выездную группу;
# группа записывает, что было сделано.

## Что можно заказать
orders-kind-lecture_teaching = Обучающая лекция
orders-kind-lecture_thematic = Тематическая лекция
orders-kind-lecture_service = Лекция-консультация
orders-kind-lecture_activity = Лекция-мероприятие
orders-kind-lecture_publicity = Просветительская лекция
orders-kind-team_visit = Выезд группы / день консультаций
orders-kind-ten_deliveries = Акция «Десять доставок на места»

orders-topic-rights_law = Права и закон
orders-topic-family_education = Семейное воспитание
orders-topic-marriage_family = Брак и семья
orders-topic-mental_health = Психологическое здоровье
orders-topic-health = Здоровье
orders-topic-employment = Работа и своё дело
orders-topic-literacy = Научная и финансовая грамотность
orders-topic-rural_revitalisation = Возрождение села
orders-topic-care_elderly_children = Забота о пожилых и детях

orders-place-gacha = Гача / село
orders-place-community = Жилой квартал
orders-place-school = Школа
orders-place-enterprise = Предприятие

orders-language-mongolian = Монгольский
orders-language-chinese = Китайский
orders-language-bilingual = Монгольский и китайский
orders-language-other = Другой язык

orders-format-on_site = На месте
orders-format-online = Онлайн

orders-point-fixed_home = Женский дом
orders-point-mobile_team = Выездная группа

## Где заказ сейчас
orders-state-requested = Ждёт группу
orders-state-dispatched = Предложен группе
orders-state-scheduled = Дата подтверждена
orders-state-delivered = Проведён, ждёт записи
orders-state-recorded = Проведён и записан
orders-state-cancelled = Отменён

## Почему предлагается группа (кроме reason-region, reason-language, reason-load, reason-full)
orders-reason-travels = выезжает туда
orders-reason-topic = ведёт эту тему
orders-reason-online = может провести онлайн

## Что не так в заказе или записи: сначала поле, затем ошибка
orders-field-kind = Что заказано
orders-field-topic = Тема
orders-field-region = Район
orders-field-place_kind = Вид места
orders-field-place_name = Название места
orders-field-language = Язык
orders-field-format = На месте или онлайн
orders-field-audience = Ожидаемое число людей
orders-field-preferred_dates = Желаемые даты
orders-field-contact_name = Имя для связи
orders-field-contact_phone = Телефон для связи
orders-field-topics = Темы мероприятия
orders-field-held_on = Дата мероприятия
orders-field-scheduled_on = Согласованная дата мероприятия
orders-field-attendees = Число участников
orders-field-women_helped = Число женщин, получивших помощь лично
orders-field-notes = Заметки
orders-field-case_ids = Связанные обращения

orders-invalid = В этом заказе или записи что-то не так. Проверьте, пожалуйста, и попробуйте снова.
orders-invalid-unknown = { $field }: выберите, пожалуйста, один из предложенных вариантов.
orders-invalid-missing = { $field }: это нужно указать.
orders-invalid-too_long = { $field }: слишком длинно. Сократите, пожалуйста.
orders-invalid-not_a_number = { $field }: напишите, пожалуйста, целое число цифрами, например 40.
orders-invalid-too_small = { $field }: число слишком маленькое.
orders-invalid-too_large = { $field }: число слишком большое.
orders-invalid-too_many = { $field }: укажите, пожалуйста, не больше трёх.
orders-invalid-not_a_date = { $field }: укажите, пожалуйста, дату, например 2026-05-20.
orders-invalid-in_past = { $field }: эта дата уже прошла. Укажите, пожалуйста, более позднюю.
orders-invalid-too_far = { $field }: эта дата слишком далеко. Укажите, пожалуйста, дату в пределах года.
orders-invalid-in_future = { $field }: эта дата ещё не наступила. Мероприятие записывают после того, как оно прошло.
orders-invalid-before_order = { $field }: эта дата раньше, чем был сделан заказ. Укажите день, когда прошло мероприятие.
orders-invalid-more_than_attendees = { $field }: не может быть больше числа участников.

## Уведомления сотрудникам
orders-staff-new = Новый заказ услуги { $reference }: { $kind }, { $topic }, { $region }, около { $audience } чел. Ждёт группу.
orders-staff-offered = Заказ услуги { $reference } предложен вашей группе: { $kind }, { $topic }, { $region }, около { $audience } чел. Примите его, указав дату, время и место, или откажитесь, указав причину.
orders-staff-declined = От заказа услуги { $reference } отказалась группа { $team }: { $reason }. Ждёт другую группу.
orders-staff-cancelled = Заказ услуги { $reference } отменён: { $reason }.

## Уведомления той, кто заказал (на её языке)
orders-notice-scheduled = Ваш заказ { $reference } подтверждён: { $team } приедет { $when }, место: { $venue }.
orders-notice-rescheduled = У вашего заказа { $reference } новая дата: { $when }, место: { $venue }.
orders-notice-rearranging = Ваш заказ { $reference }: группа не сможет приехать в согласованный день. Мы ищем другую группу и сообщим вам новую дату.
orders-notice-cancelled = Ваш заказ { $reference } отменён: { $reason }.
orders-notice-recorded = Спасибо: мероприятие по вашему заказу { $reference } проведено и записано (участников: { $attendees }).

## Отказы
orders-error-not-found = Заказа с таким номером нет. Проверьте номер и попробуйте снова.
orders-error-stale = Кто-то одновременно изменил этот заказ. Посмотрите его, пожалуйста, ещё раз.
