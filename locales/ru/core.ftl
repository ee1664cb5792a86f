# Основные слова: состояния, действия, роли, риски, услуги, районы, отказы.
# Перевод сделан разработчиками; нужна проверка носителем языка.

language-self = русский
list-separator = {", "}

state-intake = заполняется
state-new = зарегистрировано
state-emergency = экстренное
state-accepted = принято
state-not_accepted = не принято
state-dispatched = передано исполнителю
state-in_progress = в работе
state-mediation_pending = запрошена медиация
state-mediating = идёт медиация
state-agreement = соглашение достигнуто
state-referred = передано в ведомство
state-follow_up = на контроле
state-on_hold = приостановлено
state-closed = закрыто
state-withdrawn = отозвано

trigger-submit = зарегистрировать
trigger-raise_emergency = сделать экстренным
trigger-accept = принять
trigger-reject = не принимать
trigger-dispatch = передать исполнителю
trigger-take = взять в работу
trigger-decline = отказаться
trigger-start_mediation = запросить медиацию
trigger-parties_consent = обе стороны согласны на медиацию
trigger-record_session = записать встречу
trigger-reach_agreement = соглашение достигнуто
trigger-terminate_mediation = прекратить медиацию
trigger-refer = передать в ведомство
trigger-referral_feedback = ответ ведомства
trigger-resolve = решено, на контроль
trigger-close = закрыть
trigger-hold = приостановить
trigger-resume = возобновить
trigger-withdraw = отозвать
trigger-reopen = открыть снова

role-reporter = заявительница
role-operator = сотрудник приёма
role-mediator = медиатор
role-supervisor = руководитель
role-system = система
role-admin = администратор

risk-low = низкий
risk-medium = средний
risk-high = высокий
risk-imminent = непосредственная опасность

service-family_mediation = Медиация в семейных спорах
service-rights = Защита прав / домашнее насилие
service-legal = Юридическая консультация
service-employment = Работа и своё дело
service-family_education = Семейное воспитание
service-mental_health = Психологическая помощь
service-assistance = Помощь пожилым и детям
service-other = Другое

region-hailar = район Хайлар
region-jalainur = район Чжалайнор
region-manzhouli = Маньчжурия
region-yakeshi = Якэши
region-zhalantun = Чжаланьтунь
region-ergun = Эргунь
region-genhe = Гэньхэ
region-arun = хошун Арун
region-morin-dawa = Морин-Дава-Даурский автономный хошун
region-oroqen = Орочонский автономный хошун
region-evenki = Эвенкийский автономный хошун
region-old-barag = Старобаргутский хошун
region-new-barag-left = Новобаргутский левый хошун
region-new-barag-right = Новобаргутский правый хошун
region-unknown = Не знаю
region-all = Весь город

point-kind-fixed_home = женский дом
point-kind-mobile_team = выездная группа

refusal-role = С вашей ролью это действие недоступно.
refusal-not-reporter = Это может сделать только сама заявительница.
refusal-not-assigned = Это обращение не поручено вам.
refusal-other-region = Это обращение не из вашего района.
refusal-confidential = Это конфиденциальное обращение: с ним работают только назначенные сотрудники.
refusal-supervisor-approval = Для этого нужно одобрение руководителя.
refusal-risk-too-high = Риск слишком высок: это дело о домашнем насилии нельзя передавать на медиацию.
refusal-minor-involved = В деле затронуты интересы ребёнка, поэтому по закону работа по нему продолжается, и отозвать его нельзя. Если есть вопросы, обратитесь к сотруднице, которая ведёт ваше обращение, или позвоните по номеру 12338.
refusal-reporter-reopens-closed-only = Снова открыть можно только закрытое обращение. Обратитесь к сотрудникам или позвоните по номеру 12338.
refusal-legal-basis-not-met = Без её согласия передавать сведения можно только в экстренной ситуации (высокий риск) или для защиты ребёнка. Сначала спросите её согласия.
refusal-not-now = Сейчас обращение в состоянии «{ $state }», поэтому это действие пока недоступно.
refusal-missing = Не хватает нужных сведений: { $field }.
error-stale-case = Обращение только что изменил кто-то другой. Попробуйте ещё раз.
error-case-not-found = Обращение не найдено.
error-internal = Извините, у нас произошёл сбой. То, что вы отправили, сохранено; попробуйте чуть позже. В экстренной ситуации звоните 110 или 12338.
