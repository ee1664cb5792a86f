# Вэб чат хуудасны үгс (bot/channels/web_static).
# Гарчиг болон гарах хуудас төвийг сахисан байна: хөтчийн таб эсвэл түүхийг хэн нэгэн харж магадгүй.

web-title = Мессеж
web-conversation-label = Харилцан яриа
web-quick-exit = Шуурхай гарах
web-quick-exit-hint = Энэ хуудсыг шууд хааж, яриаг устгах
web-danger = Би одоо аюулд байна
web-danger-hint = Яаралтай утасны дугааруудыг шууд харуулах
web-danger-local = Хэрэв та одоо аюулд байгаа бол Хятадын дугаарт нэн даруй залгана уу (102, 103 биш).
web-call-110 = Цагдаа 110
web-call-120 = Түргэн тусламж 120
web-call-12338 = Эмэгтэйчүүдийн эрхийн утас 12338
web-input-label = Мессеж бичих
web-input-placeholder = Мессеж бичих...
web-send = Илгээх
web-attach = Файл илгээх
web-file-label = Файл
web-you = Би
web-bot = Хариу
web-connecting = Холбогдож байна...
web-reconnecting = Холболт тасарлаа, дахин холбогдож байна...
web-uploading = Файл илгээж байна...
web-error-too-large = Энэ мессеж хэт урт байна. Хэд хуваан илгээнэ үү.
web-error-upload-too-large = Файл хэт том тул илгээх боломжгүй.
web-error-upload-failed = Файл илгээгдсэнгүй. Дахин оролдоно уу.
web-error-bad-request = Энэ мессежийг боловсруулж чадсангүй. Дахин оролдоно уу.
web-error-session-expired = Холболтын хугацаа дууссан. Хуудсаа шинэчилнэ үү.
web-error-failed = Алдаа гарлаа. Түр хүлээгээд дахин оролдоно уу.
web-bye-title = Шинэ хуудас
web-bye-text = Хуудас хаагдлаа.
# Шуурхай гарсны дараах нөөц хуудасны табын гарчиг: хөтөч шинэ хоосон таб дээр яг ингэж бичдэг.
web-blank-tab-title = Шинэ таб
