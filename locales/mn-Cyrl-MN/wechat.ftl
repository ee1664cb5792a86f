# The WeChat channel's own words (bot/channels/wechat/).

wechat-choose-hint = Сонгосон хувилбарынхаа дугаарыг бичиж хариулна уу.
wechat-menu-hint = Сонголтоо дарна уу.
wechat-safety-note = Таны аюулгүй байдлын төлөө: WeChat энэ яриаг таны утсанд хадгалдаг бөгөөд энэ үйлчилгээ үүнийг устгаж чадахгүй, «Шуурхай гарах» ч устгахгүй. Хэрэв өөр хүн таны утсыг харж болзошгүй бол дууссаны дараа чатаа өөрөө устгаарай: чатын жагсаалтаас энэ яриаг удаан дарж «Устгах»-ыг сонгоно уу.
wechat-staff-refused = Ажилтнууд WeChat-ийн бүртгэлээр ажиллах боломжгүй. Урилгын кодоо вэб чат, Telegram эсвэл Matrix дээр ашиглана уу; код хүчинтэй хэвээр байна.
wechat-menu-help = Тусламж
wechat-menu-cases = Хүсэлт
wechat-menu-danger = Яаралтай
wechat-card-unreachable = Түүнийг дахин бичих хүртэл WeChat-ээр холбогдох боломжгүй: сүүлийн мессеж нь 48 цагаас хуучин байна.
channel-wechat = WeChat
cli-wechat-failed = WeChat эхэлж чадсангүй: { $detail }. Бусад сувгууд хэвийн ажиллаж байна.
cli-wechat-running = WeChat ажиллаж байна, бүртгэл { $app }, серверийн хаяг { $path }.
cli-wechat-retrying = WeChat API-тай одоогоор холбогдохгүй байна; мессежүүд гарах дараалалд хүлээж байна.
cli-wechat-off = WeChat тохируулагдаагүй: WALKING_HOME_WECHAT_APP_ID, WALKING_HOME_WECHAT_APP_SECRET, WALKING_HOME_WECHAT_TOKEN-ийг тохируулна уу.
cli-wechat-menu-pushed = Бүртгэлийн цэс тохируулагдлаа: { $labels }.
cli-wechat-menu-failed = Бүртгэлийн цэсийг тохируулж чадсангүй: { $detail }.
