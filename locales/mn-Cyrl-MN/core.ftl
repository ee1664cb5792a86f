# Үндсэн үгс: төлөв, үйлдэл, үүрэг, эрсдэл, үйлчилгээ, бүс, татгалзал.
# Орчуулгыг хөгжүүлэгчид хийсэн; эх хэлтэн шалгах шаардлагатай.

language-self = монгол
list-separator = {", "}

state-intake = бөглөж байна
state-new = бүртгэсэн
state-emergency = яаралтай
state-accepted = хүлээн авсан
state-not_accepted = хүлээн аваагүй
state-dispatched = хуваарилсан
state-in_progress = шийдвэрлэж байна
state-mediation_pending = эвлэрүүлэх хүсэлт
state-mediating = эвлэрүүлж байна
state-agreement = тохиролцоонд хүрсэн
state-referred = шилжүүлсэн
state-follow_up = эргэх холбоо
state-on_hold = түр зогсоосон
state-closed = шийдвэрлэж хаасан
state-withdrawn = буцаан авсан

trigger-submit = бүртгэх
trigger-raise_emergency = яаралтай болгох
trigger-accept = хүлээн авах
trigger-reject = хүлээн авахгүй
trigger-dispatch = хуваарилах
trigger-take = хариуцаж авах
trigger-decline = буцаах
trigger-start_mediation = эвлэрүүлэх хүсэлт гаргах
trigger-parties_consent = хоёр тал эвлэрүүлэхийг зөвшөөрсөн
trigger-record_session = уулзалтыг тэмдэглэх
trigger-reach_agreement = тохиролцоонд хүрэх
trigger-terminate_mediation = эвлэрүүлэхийг зогсоох
trigger-refer = шилжүүлэх
trigger-referral_feedback = шилжүүлсэн газрын хариу
trigger-resolve = шийдвэрлэж эргэх холбоонд шилжүүлэх
trigger-close = хаах
trigger-hold = түр зогсоох
trigger-resume = үргэлжлүүлэх
trigger-withdraw = буцаан авах
trigger-reopen = дахин нээх

role-reporter = хүсэлт гаргагч
role-operator = хүлээн авах ажилтан
role-mediator = эвлэрүүлэн зуучлагч
role-supervisor = удирдах ажилтан
role-system = систем
role-admin = админ

risk-low = бага
risk-medium = дунд
risk-high = өндөр
risk-imminent = шууд аюул

service-family_mediation = Гэр бүлийн маргааныг эвлэрүүлэн зуучлах
service-rights = Эрх хамгаалал / гэр бүлийн хүчирхийлэл
service-legal = Хуулийн зөвлөгөө
service-employment = Ажил эрхлэлт, бизнес
service-family_education = Гэр бүлийн боловсрол
service-mental_health = Сэтгэцийн эрүүл мэнд
service-assistance = Ахмад настан, хүүхдэд туслах
service-other = Бусад

region-hailar = Хайлаар дүүрэг
region-jalainur = Жалайнуур дүүрэг
region-manzhouli = Манжуур хот
region-yakeshi = Ягши хот
region-zhalantun = Жалантун хот
region-ergun = Эргүнэ хот
region-genhe = Гэгээн гол хот
region-arun = Арун хошуу
region-morin-dawa = Морин даваа Дагуурын өөртөө засах хошуу
region-oroqen = Орчоны өөртөө засах хошуу
region-evenki = Эвэнкийн өөртөө засах хошуу
region-old-barag = Хуучин Баргын хошуу
region-new-barag-left = Шинэ Баргын зүүн хошуу
region-new-barag-right = Шинэ Баргын баруун хошуу
region-unknown = Мэдэхгүй
region-all = Бүх хот

point-kind-fixed_home = эмэгтэйчүүдийн гэр
point-kind-mobile_team = явуулын үйлчилгээний баг

refusal-role = Таны эрхээр энэ үйлдлийг хийх боломжгүй.
refusal-not-reporter = Үүнийг зөвхөн хүсэлт гаргагч өөрөө хийж болно.
refusal-not-assigned = Энэ хэрэг танд хуваарилагдаагүй байна.
refusal-other-region = Энэ хэрэг таны хариуцсан бүсэд хамаарахгүй.
refusal-confidential = Энэ бол нууц хэрэг, зөвхөн томилогдсон ажилтан шийдвэрлэнэ.
refusal-supervisor-approval = Үүнд удирдах ажилтны зөвшөөрөл хэрэгтэй.
refusal-risk-too-high = Эрсдэл өндөр тул энэ гэр бүлийн хүчирхийллийн хэргийг эвлэрүүлэн зуучлах боломжгүй.
refusal-minor-involved = Хэрэгт хүүхэд холбогдсон тул хуулийн дагуу үргэлжлүүлэн хянах ёстой, буцаан авах боломжгүй. Асуух зүйл байвал таны хэргийг хариуцсан ажилтантай холбогдох буюу 12338 дугаарт залгана уу.
refusal-reporter-reopens-closed-only = Та зөвхөн хаагдсан хэргийг дахин нээж болно. Ажилтантай холбогдох буюу 12338 дугаарт залгана уу.
refusal-legal-basis-not-met = Түүний зөвшөөрөлгүйгээр мэдээллийг зөвхөн яаралтай үед (өндөр эрсдэлтэй) эсвэл хүүхдийг хамгаалахын тулд дамжуулж болно. Эхлээд түүний зөвшөөрлийг аваарай.
refusal-not-now = Хэргийн одоогийн төлөв «{ $state }» тул одоо энэ үйлдлийг хийх боломжгүй.
refusal-missing = Шаардлагатай мэдээлэл дутуу байна: { $field }.
error-stale-case = Энэ хэргийг өөр хүн дөнгөж сая шинэчилсэн байна. Дахин оролдоно уу.
error-case-not-found = Энэ хэрэг олдсонгүй.
error-internal = Уучлаарай, системд алдаа гарлаа. Таны илгээсэн зүйл хадгалагдсан, түр хүлээгээд дахин оролдоно уу. Яаралтай үед 110 эсвэл 12338 дугаарт залгана уу.
