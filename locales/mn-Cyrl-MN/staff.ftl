# Ажилтны тал: нэг цонх, хэргийн карт, хуваарилалт, шийдвэрлэлт, зөвшөөрөл, мессеж дамжуулалт, утасны дуудлага, хайлт.
# Орчуулгыг хөгжүүлэгчид хийсэн; эх хэлтэн шалгах шаардлагатай.

staff-joined =
    Тавтай морил. Таны үүрэг:
    { $roles }
    Хариуцах бүс:
    { $regions }
staff-left = Та ажилтны бүрэлдэхүүнээс гарлаа; нэвтрэх эрх тань шууд хаагдлаа.
staff-no-access = Танд ажилтны эрх байхгүй болсон. Асуух зүйл байвал админд хандана уу.
staff-menu = Ажлын самбар: сонгоно уу.
staff-help =
    Ажилтны тушаал:
    /queue хүлээгдэж буй ажил (яаралтай нь эхэнд)
    /mine миний хариуцсан хэргүүд (эвлэрүүлэн зуучлагчид)
    /case ДУГААР — хэргийн карт ба явц
    /cases state=... service=... region=... assignee=... emergency overdue — хэрэг шүүж харах
    /counts төлөв бүрийн хэргийн тоо
    /stats [month|week|quarter|year|2026-11|from=… to=…] [region] — үзүүлэлт, график (удирдагч)
    /export [хугацаа] [бүс] [csv|xlsx|md] — үзүүлэлт, хэргийн жагсаалт файлаар, нэг удаагийн холбоосоор (удирдагч)
    /reply ДУГААР бичвэр — хүсэлт гаргагчид ботоор дамжуулж бичих
    /data ДУГААР — түүний хэргийн хадгалсан мэдээлэл: уншиж өгөх, хуулбар илгээх, устгахыг хүсэх
    /hotline 12338 утасны дуудлага бүртгэх
    /orders үйлчилгээний захиалга (баг хүлээж буй, эсвэл таны багийн)
    /order HLO-… — захиалгын карт
    /events [from=… to=… region=… kind=… topic=…] — болсон арга хэмжээ (удирдагч)
    /event захиалгагүй арга хэмжээг бүртгэх
    /duty on|off — жижүүрт байх эсэх (яаралтай хэрэг танд дуудлага өгөх эсэх; /duty — шалгах)
    /language хэл, /leave ажилтнаас гарах, /cancel одоогийн маягтыг цуцлах
staff-unknown-command = { $command } тушаал танигдсангүй. Ажилтны тушаалуудыг харахын тулд /help илгээнэ үү.
staff-menu-queue = Дараалал
staff-menu-hotline = Дуудлага бүртгэх
staff-menu-mine = Миний хариуцсан хэргүүд
staff-menu-counts = Тоон мэдээ
staff-queue-title = Дараалал
staff-mine-title = Миний хариуцсан хэргүүд
staff-cases-title = Шүүлтийн үр дүн
staff-list-empty = { $title }: хэрэг алга.
staff-case-list =
    { $title } ({ $count }):
    { $lines }
staff-case-page =
    { $title }, шинэ нь эхэндээ ({ $count } харуулав):
    { $lines }
staff-button-more = Цааш нь (өмнөх)
staff-case-line = { $reference } · { $status } · { $service } · { $region } · { $language } · эрсдэл: { $risk } · бүртгэсэн: { $opened }
staff-case-not-found = { $reference } дугаартай хэрэг олдсонгүй, эсвэл таны эрхийн хүрээнд хамаарахгүй.
staff-count-line = { $state }: { $count }
staff-case-card =
    Хэрэг { $reference } · { $status }
    Үйлчилгээ: { $service }   Бүс: { $region }
    Хэл: { $language }{ $spoken }   Суваг: { $channel }   Эрсдэл: { $risk }
    Хариуцагч: { $owner }   Гүйцэтгэгч: { $assignee }
    Хугацаа: { $due }
    Тэмдэглэгээ: { $flags }
    — Түүний үг —
    { $words }
    — Материал —
    { $evidence }
    — Явц —
    { $timeline }
staff-timeline-line = { $at } { $trigger } ({ $role }) → { $target }
staff-entry-description = [{ $at }] Хүсэлт гаргагчийн тайлбар: { $text }
staff-entry-message-in = [{ $at }] Хүсэлт гаргагч: { $text }
staff-entry-message-out = [{ $at }] Ажилтан: { $text }
staff-entry-contact = [{ $at }] Холбоо барих: { $text }
staff-entry-callback = [{ $at }] Эргэж залгах хүсэлт: { $text }
staff-card-spoken = {" "}(утсаар ярих хэл: { $language })
flag-minor = хүүхэд холбогдсон
flag-elder = ахмад настан холбогдсон
flag-anonymous = нэрээ нууцалсан
flag-no-contact = өөрсдөө холбогдохгүй
flag-confidential = нууц
flag-overdue = хугацаа хэтэрсэн
flag-call-back = зөвхөн залгах, мессеж бичихгүй
channel-telegram = Telegram
channel-matrix = Matrix
channel-web = вэб чат
channel-hotline = 12338 утас

staff-button-open = Хэргийг нээх
staff-button-ack = Хүлээн авснаа батлах
staff-button-accept = Хүлээн авах
staff-button-dispatch = Хуваарилах
staff-button-take = Хариуцаж авах
staff-button-decline = Буцаах
staff-button-start-mediation = Эвлэрүүлэх хүсэлт
staff-button-parties-consent = Хоёр тал зөвшөөрсөн
staff-button-record-session = Уулзалт тэмдэглэх
staff-button-agreement = Тохиролцоонд хүрсэн
staff-button-terminate = Эвлэрүүлэхийг зогсоох
staff-button-refer = Шилжүүлэх
staff-button-feedback = Хариу бүртгэх
staff-button-resolve = Шийдсэн, эргэх холбоо
staff-button-close = Хаах
staff-button-reject = Хүлээн авахгүй
staff-button-emergency = Яаралтай болгох
staff-button-hold = Түр зогсоох
staff-button-resume = Үргэлжлүүлэх
staff-button-reopen = Дахин нээх
staff-button-message = Хүсэлт гаргагчид бичих
staff-button-confidential-on = Нууцлах
staff-button-confidential-off = Нууцлалыг цуцлах
staff-confidential-on = { $reference } хэргийг нууцалсан: зөвхөн хариуцагч, гүйцэтгэгч болон бүсийн удирдлага харна.
staff-confidential-off = { $reference } хэргийн нууцлалыг цуцалсан.
staff-button-approve = Зөвшөөрөх
staff-button-refuse = Татгалзах
staff-button-cancel = Цуцлах
staff-button-callback-done = Эргэж залгасан
staff-cancelled = Цуцаллаа.
staff-done = { $reference }: «{ $trigger }» хийгдлээ. Одоогийн төлөв: { $status }.
staff-agreement-window = Шүүхээр баталгаажуулах хүсэлтийг хоёр тал тохиролцоо хүчин төгөлдөр болсон өдрөөс хойш 30 хоногийн дотор хамтран гаргана, эцсийн хугацаа: { $due }.
staff-acknowledged = { $reference } дугаартай яаралтай хэргийг хүлээн авснаа баталлаа; таны нэр, цагийг бүртгэсэн.
staff-refusal-taken = Энэ хэргийг { $who } хариуцаж байна. Одоогийн төлөв: { $state }.
staff-missing-field = Дутуу байна: { $field }.

staff-ask-risk = { $reference } хэргийг хүлээн авах: эрсдэлийн түвшинг үнэлнэ үү.
staff-ask-reject-reason = { $reference } хэргийг хүлээн авахгүй: шалтгааныг сонгоно уу.
staff-ask-signposting = Хүсэлт гаргагч өөр хаана хандаж болохыг бичнэ үү (түүнд илгээгдэнэ).
staff-ask-hold-reason = { $reference } хэргийг түр зогсоох: шалтгааныг бичнэ үү.
staff-ask-decline-reason = { $reference } хэргийг буцаах: шалтгааныг бичнэ үү, хүлээн авах ажилтанд мэдэгдэнэ.
staff-ask-opted-in = Хүсэлт гаргагч эвлэрүүлэн зуучлалыг өөрөө тодорхой сонгосон уу? (Гэр бүлийн хүчирхийллийн хэрэгт мөн удирдах ажилтны зөвшөөрөл хэрэгтэй, эрсдэл дунд буюу бага байх ёстой.)
staff-ask-both-consent = Хоёр тал эвлэрүүлэн зуучлалд зөвшөөрч, үүнийг тэмдэглэсэн үү?
staff-ask-session-place = Газар?
staff-ask-session-attendees = Хэн оролцсон бэ?
staff-ask-session-summary = Уулзалтын товч агуулга?
staff-ask-session-next = Дараагийн уулзалтын огноо? (байхгүй бол «үгүй» гэж бичнэ үү)
staff-ask-agreement-form = Тохиролцооны хэлбэр?
staff-ask-agreement-text = Тохиролцооны агуулгыг бичнэ үү.
staff-ask-terminate-reason = { $reference } хэргийн эвлэрүүлэн зуучлалыг зогсоох: шалтгааныг бичнэ үү. Хүсэлт гаргагчид арбитр, захиргааны журам, шүүхэд хандах боломжийг мэдэгдэнэ.
staff-ask-agency = Аль байгууллагад шилжүүлэх вэ?
staff-ask-referral-purpose = Шилжүүлэх зорилго?
staff-ask-share-basis = Тухайн байгууллагад мэдээлэл өгөх үндэслэл?
staff-ask-feedback = Байгууллагаас ямар хариу ирсэн бэ?
staff-ask-outcome = Үр дүн? (Эргэх холбоог 7 болон 30 хоногийн дараа автоматаар товлоно.)
staff-ask-closure = Хаах үндэслэл?
staff-ask-reopen-reason = { $reference } хэргийг дахин нээх: шалтгааныг бичнэ үү.
staff-ask-emergency-reason = { $reference } хэргийг яаралтай болгох: шалтгааныг бичнэ үү.
staff-ask-relay = { $reference } хэргийн хүсэлт гаргагчид илгээх мессежээ бичнэ үү. Тэр «Таны эвлэрүүлэн зуучлагч» гэж харах бөгөөд таны бүртгэлийг харахгүй.
staff-confirm-yes = Тийм, баталж байна
reject-reason-out_of_scope = Хүлээн авах хүрээнд хамаарахгүй
reject-reason-duplicate = Давхардсан хүсэлт
reject-reason-other_agency = Өөр байгууллагын асуудал
reject-reason-no_response = Холбогдох боломжгүй
reject-reason-other = Бусад
closure-resolved = Асуудал шийдэгдсэн
closure-agreement_honoured = Тохиролцоо биелсэн
closure-referred_out = Өөр байгууллага шийдвэрлэсэн
closure-no_response = Холбогдох боломжгүй
closure-duplicate = Давхардсан хэрэг
closure-other = Бусад
agency-police = Цагдаа
agency-court = Шүүх
agency-legal_aid = Хууль зүйн туслалцаа
agency-civil_affairs = Иргэний хэрэг, халамж
agency-human_resources = Хөдөлмөр, нийгмийн хамгаалал
agency-education = Боловсрол
agency-health = Эрүүл мэнд
share-basis-consent = Хүсэлт гаргагч зөвшөөрсөн
share-basis-emergency = Яаралтай нөхцөл
share-basis-child_protection = Хүүхэд хамгаалал (заавал мэдээлэх)
agreement-form-written = Бичгээр
agreement-form-oral = Амаар

staff-dispatch-suggestions =
    { $reference } хэргийг хуваарилах санал:
    { $lines }
staff-suggestion-line = { $name } ({ $kind }, одоо { $load }/{ $capacity }): { $reasons }
staff-dispatch-none = Хуваарилах эвлэрүүлэн зуучлагч эсвэл үйлчилгээний цэг алга. Эхлээд walking-home seed --demo ажиллуулах эсвэл эвлэрүүлэн зуучлагч урина уу.
candidate-mediator = эвлэрүүлэн зуучлагч
candidate-point = үйлчилгээний цэг
reason-region = ижил бүс
reason-service = энэ үйлчилгээг үзүүлдэг
reason-language = хүсэлт гаргагчийн хэлээр ярьдаг
reason-spoken = түүний хүссэн хэлээр ярьдаг
reason-load = ачаалал даах боломжтой
reason-full = ачаалал дүүрсэн

staff-approval-requested = Таны зөвшөөрөл хэрэгтэй: { $who } { $reference } хэрэгт ({ $service }, { $region }) «{ $trigger }» хийх хүсэлт гаргалаа.
staff-approval-sent = Удирдах ажилтанд зөвшөөрөл хүсэж илгээлээ: { $reference }. Зөвшөөрмөгц автоматаар хийгдэнэ.
staff-approval-no-supervisor = { $reference } хэргийн бүсэд зөвшөөрөл өгөх удирдах ажилтан алга; хотын эмэгтэйчүүдийн холбоонд хандана уу.
staff-approval-granted = { $reference } хэрэгт «{ $trigger }» хийхийг удирдах ажилтан зөвшөөрч, хийгдлээ.
staff-approval-refused = { $reference } хэрэгт «{ $trigger }» хийхийг удирдах ажилтан зөвшөөрсөнгүй.
staff-approval-failed = { $reference } хэрэгт «{ $trigger }» хийхийг зөвшөөрсөн боловч хэргийн төлөв энэ хооронд өөрчлөгдсөн тул хийж чадсангүй.
staff-approval-already-decided = Энэ хүсэлтийг аль хэдийн шийдвэрлэсэн.

staff-dispatch-offered = Танд хуваарилагдлаа: { $reference } ({ $service }, { $region }, хэл: { $language }). Хариуцаж авах эсвэл буцаана уу.
staff-declined = { $reference } хэргийг буцаасан тул дараалалд эргэж орлоо. Шалтгаан: { $reason }
staff-handed-back = { $staff } нэвтрэх эрхгүй боллоо. { $reference } хэрэг ({ $service }, { $region }) дараалалд буцаж орсон, хариуцагчгүй байна: дахин хуваарилна уу.
staff-case-reopened = Хүсэлт гаргагч { $reference } хэргийг дахин нээлээ: { $service }, { $region }, хэл: { $language }. Түүний шалтгаан хэргийн картад байна.

relay-from-mediator =
    Таны эвлэрүүлэн зуучлагч ({ $reference } дугаартай хэрэг):
    { $text }
relay-reply = Хариулах
relay-from-reporter =
    { $reference } хэргийн хүсэлт гаргагч:
    { $text }
staff-relay-sent = { $reference } хэргийн хүсэлт гаргагчид дамжууллаа.
staff-relay-blocked-no-contact = { $reference } хэргийн хүсэлт гаргагч өөрт нь холбогдохгүй байхыг хүссэн тул мессеж илгээгдсэнгүй; таны мессежийг хэрэгт хадгаллаа.
staff-relay-callback-task = { $reference } хэргийн хүсэлт гаргагч эргэж залгахыг хүссэн тул таны мессежийг эргэж залгах даалгавар болгон дараалалд орууллаа.
staff-relay-empty = Мессеж хоосон тул илгээгдсэнгүй.
staff-relay-files-not-supported = Ботоор дамжуулж хүсэлт гаргагчид файл илгээх боломж одоогоор алга; зөвхөн бичвэрийг илгээлээ.

staff-callback-task = Эргэж залгах: { $reference } — { $what }
staff-callback-done = { $reference }: эргэж залгасныг бүртгэлээ.
staff-callback-already-done = Энэ дуудлагыг аль хэдийн хийсэн байна.
callback-relay = Дамжуулах үг: { $text }
callback-requested = Түүн рүү буцааж залгах: { $text }

hotline-ask-service = 12338 дуудлага бүртгэх: ямар үйлчилгээ?
hotline-ask-region = Залгасан хүн аль бүсэд байна?
hotline-ask-language = Залгасан хүн ямар хэлээр ярьдаг вэ?
hotline-ask-description = Дуудлагын товч агуулга?
hotline-ask-phone = Эргэж залгах дугаар?
staff-form-needs-number = Энд утасны дугаар (тоогоор) хэрэгтэй.
hotline-ask-safe-times = Эргэж залгахад аюулгүй цаг?
hotline-ask-risk = Эрсдэлийн түвшин?
hotline-ask-minor = Хүүхэд холбогдсон уу?
hotline-language-zh-Hans-CN = Хятад хэл
hotline-language-mn-Mong-CN = Монгол хэл (монгол бичиг)
hotline-language-mn-Cyrl-MN = Монгол хэл (кирилл)
hotline-language-ru = Орос хэл
hotline-language-en = Англи хэл
hotline-registered = Дуудлагыг { $reference } дугаараар бүртгэлээ. Залгасан хүний нууц код: { $pin } (утсаар хэлж өгнө үү).

field-service = үйлчилгээ
field-region = бүс
field-consent_version = зөвшөөрлийн бүртгэл
field-description = тайлбар
field-reason = шалтгаан
field-reason_code = шалтгааны төрөл
field-signposting = хандаж болох бусад газар
field-target = хэнд хуваарилах
field-reporter_opted_in = хүсэлт гаргагч эвлэрүүлэн зуучлалыг сонгосон эсэх
field-reporter_consent = хүсэлт гаргагчийн зөвшөөрөл
field-other_party_consent = нөгөө талын зөвшөөрөл
field-session_date = огноо
field-attendees = оролцогчид
field-summary = товч агуулга
field-agreement_text = тохиролцооны агуулга
field-agreement_form = тохиролцооны хэлбэр
field-agency = байгууллага
field-purpose = зорилго
field-share_consent = мэдээлэл дамжуулах зөвшөөрөл
field-outcome = үр дүн
field-closure_code = хаах үндэслэл
field-risk = эрсдэлийн түвшин

# Ажилтны ажлын урсгал (10-р асуудал): үйлдэл бүрийн дараах хэргийн карт, уулзалт ба гэрээний бүртгэл, огноо, бүсээр хуваарилах, олон тоо.
risk-unassessed = үнэлээгүй
refusal-risk-not-assessed = Гэр бүлийн хүчирхийллийн энэ хэргийн эрсдэлийг хараахан үнэлээгүй байна; эвлэрүүлэн зуучлахаас өмнө үнэлнэ үү.
staff-case-usage = Хэрэглэх нь: /case ДУГААР, жишээ нь /case HLB-2026-000123. /queue болон /cases таны нээж болох хэргүүдийг жагсаана.
staff-filter-not-valid = «{ $filter }» гэсэн шүүлтүүр байхгүй.
staff-filter-values =
    Шүүлтүүр (дурын хослолоор): /cases state=… service=… region=… assignee=АЖИЛТНЫ-ДУГААР emergency overdue
    state (төлөв): { $states }
    service (үйлчилгээ): { $services }
    region (бүс): { $regions }
staff-filter-value = { $code } ({ $name })
staff-counts-total =
    { NUMBER($total) ->
        [one] Таны хүрээнд { $total } хэрэг байна:
       *[other] Таны хүрээнд нийт { $total } хэрэг байна:
    }
    { $lines }
staff-evidence-size =
    { NUMBER($size) ->
       *[other] { $name } ({ $size } байт)
    }
staff-already-acknowledged = Яаралтай хэрэг { $reference }: { $who } аль хэдийн хүлээн авсан ({ $at }).
staff-timeline-acknowledged = { $at } яаралтай хэргийг хүлээн авсан: { $who }
staff-timeline-session = {"    "}уулзалт: { $session_date }, газар: { $place }; оролцогчид: { $attendees }; дараагийн уулзалт: { $next_date }. Товч агуулга: { $summary }
staff-timeline-agreement = {"    "}тохиролцоо ({ $agreement_form }): { $agreement_text }
staff-review-session =
    Хэрэг { $reference }: энэ уулзалтыг бүртгэх үү?
    Огноо: { $session_date }
    Газар: { $place }
    Оролцогчид: { $attendees }
    Товч агуулга: { $summary }
    Дараагийн уулзалт: { $next_date }
    Та батлах хүртэл юу ч хадгалагдахгүй.
staff-review-agreement =
    Хэрэг { $reference }: энэ тохиролцоог бүртгэх үү?
    Хэлбэр: { $agreement_form }
    Агуулга: { $agreement_text }
    Та батлах хүртэл юу ч хадгалагдахгүй.
staff-ask-session-day = Хэрэг { $reference }: уулзалтыг бүртгэх. Уулзалт хэзээ болсон бэ?
staff-ask-session-next-day = Дараагийн уулзалт байх уу? Сонгох буюу огноог бичнэ үү (он-сар-өдөр, жишээ нь 2026-12-04).
staff-ask-date-typed = Огноог он-сар-өдөр хэлбэрээр бичнэ үү, жишээ нь 2026-11-20.
staff-date-today = Өнөөдөр
staff-date-yesterday = Өчигдөр
staff-date-other = Өөр огноо
staff-date-none = Дараагийн уулзалт байхгүй
staff-date-not-understood = Огноог ойлгосонгүй. Он-сар-өдөр хэлбэрээр бичнэ үү, жишээ нь 2026-11-20.
staff-date-too-early = Огноо хэт эрт байна: { $earliest } буюу түүнээс хойш байх ёстой.
staff-date-too-late = Огноо хэт хожуу байна: { $latest } буюу түүнээс өмнө байх ёстой.
staff-button-more-regions = Бусад бүс
staff-dispatch-elsewhere =
    Хэрэг { $reference }: бусад бүсийн санал
    { $lines }
point-hailar-jianshe = Хайлаарын Бүтээн байгуулалтын гудамжны эмэгтэйчүүдийн гэр
point-hailar-mobile-legal = Хайлаарын явуулын хуулийн үйлчилгээний баг
point-manzhouli-border = Манжуурын хилийн эмэгтэйчүүдийн гэр
point-ergun-shiwei = Эргүнэ хотын Шивэй орос үндэстний сумын эмэгтэйчүүдийн гэр
point-evenki-mobile = Эвэнки хошууны явуулын үйлчилгээний баг
point-new-barag-left-pastoral = Шинэ Баргын зүүн хошууны малчдын эмэгтэйчүүдийн гэр
point-morin-dawa-daur = Морин даваагийн Дагуур эмэгтэйчүүдийн гэр
