# Диалоги заказа услуг (bot/dialogs/orders.py, bot/dialogs/order_staff.py, docs/orders.md).

## Её меню
menu-order = Заказать услугу для нашего места
menu-my-orders = Мои заказы услуг

## Заказ, шаг за шагом
order-ask-kind = Что вы хотите заказать для вашего места?
order-ask-topic = На какую тему?
order-ask-region = В каком районе это место?
order-ask-place-kind = Что это за место?
order-ask-place-name = Напишите, пожалуйста, название места: гачи (села), микрорайона, школы или предприятия.
order-ask-dates = Какие даты вам подходят? Напишите до трёх, например 2026-12-20, 20.12 или «завтра». Или нажмите «Дата не важна».
order-button-no-dates = Дата не важна
order-ask-audience = Сколько примерно придёт людей? Напишите число, например 40.
order-audience-many = Чтобы всё спланировать, нам нужно число, хотя бы примерное: например 40 или 100.
order-ask-language = На каком языке провести?
order-ask-format = На месте или онлайн?
order-ask-contact = С кем связаться группе? Напишите имя и номер телефона или нажмите «Без контакта». Если вы оставите контакт, вы получите PIN, чтобы следить за заказом.
order-button-no-contact = Без контакта
order-review =
    Проверьте, пожалуйста, ваш заказ:
    { $kind }
    Тема: { $topic }
    Место: { $place_kind }, { $place }, { $region }
    Даты: { $dates }
    Людей: { $audience }
    Язык: { $language }, { $format }
    Контакт: { $contact }
order-review-no-dates = не важно
order-review-no-contact = нет
order-placed = Спасибо. Ваш заказ зарегистрирован: { $reference }. Союз женщин найдёт группу и сообщит вам дату здесь. Сохраните номер, чтобы следить за заказом.
order-placed-pin = PIN этого заказа: { $pin }. Никому его не говорите: вместе с номером он открывает ваш заказ. Больше он показан не будет.
order-credentials-not-kept = Это похоже на номер заказа и PIN, поэтому это не сохранено. Чтобы посмотреть заказ, нажмите «Мои заказы услуг».

## Её заказы
order-mine-none = Из этого чата у вас нет заказов услуг.
order-mine-list =
    Ваши заказы услуг:
    { $lines }
    Нажмите на заказ, чтобы открыть его.
order-mine-line = { $reference } · { $state }
order-ask-pin = Напишите, пожалуйста, PIN заказа { $reference }.
order-card =
    Заказ { $reference }: { $state }
    { $kind }, { $topic }
    Место: { $place_kind }, { $place }, { $region }
    Людей: { $audience } · { $language } · { $format }
    { $schedule }
order-card-when = Дата: { $when }, место: { $venue }
order-card-no-date = Дата ещё не назначена.
order-button-cancel = Отменить этот заказ
order-ask-cancel-reason = Почему вы отменяете заказ? Достаточно нескольких слов.
order-cancelled = Заказ { $reference } отменён.
order-not-now = Заказ { $reference } сейчас в состоянии «{ $state }»: это уже невозможно.
order-button-erase = Удалить мои данные из этого заказа
order-erase-confirm = Заказ { $reference } завершён. Удалить из него ваше имя, телефон и место, как вы его написали? Запись группы о мероприятии останется, но без них. Отменить это будет нельзя.
order-erased = Ваши данные удалены из заказа { $reference }.
order-button-back = Назад в меню

## Сотрудники: списки
staff-menu-orders = Заказы услуг
orders-staff-waiting-title = Заказы услуг, ждущие группу
orders-staff-team-title = Заказы услуг вашей группы
orders-staff-found-title = Найденные заказы услуг
orders-staff-list =
    { $title } ({ $count }):
    { $lines }
orders-staff-list-empty = { $title }: нет.
orders-staff-line = { $reference } · { $state } · { $kind } · { $topic } · { $region } · { $audience }
orders-staff-filters-help =
    Фильтры для /orders (руководители): region=, kind=, topic=, state=
    Виды: { $kinds }
    Темы: { $topics }
    Состояния: { $states }
    Районы: { $regions }
orders-staff-filters-supervisors = Фильтры доступны руководителям. Вот заказы, ждущие в ваших районах.
orders-staff-usage = Напишите номер заказа, например: /order HLO-2026-000001
orders-staff-not-found = Нет доступного вам заказа { $reference }.

## Сотрудники: карточка
orders-staff-card =
    Заказ { $reference }: { $state }
    { $kind }, { $topic }
    Место: { $place_kind }, { $place }, { $region }
    Людей: { $audience } · { $language } · { $format }
    Желаемые даты: { $dates }
    Контакт: { $contact }
    Группа: { $team }
    { $schedule }
orders-staff-no-team = пока нет
orders-staff-suggestions =
    Предлагаемые группы:
    { $lines }
orders-staff-suggestion = { $team }: { $reasons }
orders-staff-no-suggestion = Сейчас ни одна группа не может взять заказ.
orders-staff-button-dispatch = Передать: { $team }
orders-staff-button-accept = Принять (дата, время, место)
orders-staff-button-decline = Отказаться
orders-staff-button-reschedule = Новая дата
orders-staff-button-record = Записать мероприятие
orders-staff-button-cancel = Отменить заказ
orders-staff-dispatched = Заказ { $reference } передан: { $team }.

## Сотрудники: формы
orders-staff-ask-date = Какого числа? Например 2026-12-20 или 20.12.
orders-staff-ask-time = В какое время? Например 14:30.
orders-staff-ask-venue = Где именно: зал, адрес или ссылка?
orders-staff-ask-reason = Почему? Несколько слов.
orders-staff-ask-held-on = Когда прошло мероприятие? Например 2026-12-20 или «сегодня».
orders-staff-ask-place = Где оно прошло (название места)?
orders-staff-ask-spot-kind = Какое мероприятие прошло?
orders-staff-ask-spot-language = На каком языке его провели?
orders-staff-ask-format = На месте или онлайн?
orders-staff-ask-attendees = Сколько было участников (человеко-раз)? Напишите число, например 45.
orders-staff-ask-women-helped = Скольким женщинам помогли индивидуально? Напишите число; 0, если никому.
orders-staff-ask-topics = Какие темы были затронуты? Нажмите каждую, затем «Готово». Выбрано: { $chosen }
orders-staff-ask-notes = Заметки (необязательно): что было, о чём спрашивали. Или нажмите «Пропустить».
orders-staff-button-done = Готово
orders-staff-button-skip = Пропустить
orders-staff-not-a-time = Напишите время, например 14:30.
orders-staff-accepted = Заказ { $reference } назначен; тому, кто заказал, сообщено.
orders-staff-declined-done = Заказ { $reference } возвращён операторам района: они направят его другой группе.
orders-staff-cancelled-done = Заказ { $reference } отменён.
orders-staff-recorded = Мероприятие по заказу { $reference } записано: участников { $attendees }, индивидуальная помощь { $helped } женщинам.
orders-staff-form-cancelled = Ничего не изменено.
orders-staff-spot-recorded = Мероприятие записано (на месте, без заказа): участников { $attendees }, индивидуальная помощь { $helped } женщинам.
orders-staff-spot-no-team = Мероприятие без заказа записывает сотрудник дома или группы, которые его провели: ваша учётная запись не относится ни к одному.

## Сотрудники: отказы
orders-staff-refused = Для заказа { $reference } это невозможно: { $why }
orders-why-not_team = он у другой группы.
orders-why-other_region = он в районе, которым вы не занимаетесь.
orders-why-role = ваша роль этого не позволяет.
orders-why-date_in_past = эти дата и время уже прошли.
orders-staff-time-passed = Это время сегодня уже прошло. Укажите более позднее время или нажмите «Отмена», чтобы выбрать другой день.
orders-why-team_unknown = эта группа не работает.
orders-why-out_of_reach = эта группа не выезжает в этот район на очные мероприятия; направить её туда может только руководитель.
orders-why-not_visible = вам он недоступен.
orders-why-not_orderer = это не ваш заказ.
orders-why-missing = чего-то не хватает.

## Сотрудники: мероприятия
orders-staff-events =
    Мероприятия с { $first } по { $last } ({ $count }):
    { $lines }
orders-staff-events-none = С { $first } по { $last } мероприятий не записано.
orders-staff-event-line = { $date } · { $kind } · { $region } · участников { $attendees } · помощь { $helped } · { $format }
orders-staff-events-usage = Напишите, например: /events from=2026-01-01 to=2026-12-31 region=hailar kind=team_visit topic=health
orders-staff-events-unread = Не удалось разобрать «{ $part }».
orders-staff-events-period-reversed = Период заканчивается раньше, чем начинается.
orders-staff-events-supervisors = /events доступна руководителям.
orders-staff-figures =
    Показатели с { $first } по { $last }, { $scope }:
    Стационарные женские дома: { $homes } · выездные группы: { $teams }
    Лекции: { $lectures } ({ $by_kind })
    Мероприятия: { $events } (онлайн: { $online }; по заказу: { $ordered }, на месте: { $spot }) · человеко-раз: { $person_times }
    Получили помощь: { $helped } (обращения: { $cases }, помощь на мероприятиях: { $at_events })
orders-staff-figures-kind = { $kind }: { $count }
orders-staff-figures-scope-all = все ваши районы
orders-staff-figures-not-yours = { $region } — не ваш район: вы видите показатели только своих районов.

orders-staff-ask-photos = Фотографии мероприятия (необязательно): отправьте их сюда, одну или несколько, затем нажмите «Готово». { $count ->
    [0] Пока не сохранено ни одной.
   *[other] Сохранено фотографий: { $count }.
}
orders-staff-button-photos-done = Готово
orders-staff-photos-only = Здесь сохраняются только фотографии: отправьте изображение или нажмите «Готово».
orders-staff-photos-full = Для одного мероприятия сохраняется не больше { $limit } фотографий.
orders-staff-ask-cases = Обратилась ли на мероприятии женщина за помощью по своему делу? Откройте для неё дело сейчас (вопросы формы 12338; дело будет связано с этим мероприятием) или нажмите «Готово». Открыто дел: { $count } ({ $references })
orders-staff-button-open-case = Открыть дело женщины
orders-staff-button-cases-done = Готово
orders-staff-button-case-stop = Стоп: не открывать это дело
orders-staff-case-intro = Дело женщины, с которой вы встретились на мероприятии: далее вопросы формы 12338 («звонок» здесь — ваш разговор с ней).
orders-staff-case-needs-answer = Напишите ответ или нажмите «Стоп».
orders-staff-case-not-opened = Дело не открыто.
orders-staff-case-opened = Для неё открыто дело { $reference }, оно будет связано с этим мероприятием. Её PIN: { $pin } (скажите ей лично; не записывайте его там, где его могут прочитать другие).
