# Her data rights (see, copy, erase) and the retention command.

case-my-data = Миний мэдээлэл
data-menu = { $reference } хэргийн талаар бидний хадгалж буй мэдээлэл: та үүнийг харах, энд чатаар хуулбар авах, эсвэл устгуулахыг хүсэж болно.
data-button-see = Харах
data-button-copy = Хуулбар илгээх
data-button-erase = Устгах
data-view =
    Хэрэг { $reference }
    Үйлчилгээ: { $service }
    Бүс: { $region }
    Төлөв: { $status }
    Бүртгэсэн огноо: { $opened }
    Эрсдэл: { $risk }
    Тэмдэглэгээ: { $flags }
    Хариуцсан: { $handlers }
    Бичвэр: { $words }
    Файлууд: { $files }
    Алхмууд: { $steps }
data-word-line = { $at } · { $kind }: { $text }
data-file-line = { $at } · { $name } ({ $size } байт)
data-step-line = { $at } · { $trigger } ({ $role })
data-handler-point = үйлчилгээний цэг
data-kind-description = таны тайлбар
data-kind-message-in = таны мессеж
data-kind-message-out = ажилтны мессеж
data-kind-contact = холбоо барих мэдээлэл
data-kind-callback = эргэж залгах хүсэлт
data-kind-evidence = файл
data-kind-other = тэмдэглэл
data-copy-header = { $reference } хэргийн талаар бидний хадгалж буй бүх мэдээллийн хуулбар доор байна ({ $parts } мессеж). Энэ утсыг барьсан хэн ч уншиж чадна; «Шуурхай гарах» чатыг цэвэрлэнэ.
data-copy-entry =
    { $at } · { $kind }:
    { $text }
data-copy-end = { $reference } хэргийн хуулбар энд дуусав.
data-copy-sent = { $reference } хэргийн хуулбар дээр байна.
data-erase-blocked = { $reference } хэргийг одоо устгах боломжгүй. { $why }
erase-why-legal-hold = Шүүх эсвэл цагдаад зориулж хадгалж байна (хуулийн хориг). Хориг дуусмагц устгахыг дахин хүсэж болно. Та үүнийг харах, хуулбар авах боломжтой хэвээр.
erase-why-child = Хэрэгт хүүхэд холбогдсон бөгөөд хүүхдийг хамгаалахын тулд ийм бүртгэлийг хадгалахыг хууль шаарддаг. Та үүнийг харах, хуулбар авах боломжтой хэвээр.
erase-why-mediation = Эвлэрүүлэн зуучлал явагдаж байна. Дууссаны дараа устгахыг дахин хүсэж болно.
erase-why-open = Хэргийг эхлээд хааж чадсангүй. Дараа дахин хүснэ үү.
data-erase-already-asked = { $reference } хэргийг устгах хүсэлт удирдах ажилтны шийдвэрийг хүлээж байна.
data-erase-confirm = { $reference } хэргийг устгавал таны бичвэр, файл, холбоо барих мэдээлэл болон таныг хэрэгтэй холбосон холбоос арилна. Зөвхөн нэргүй статистик (үйлчилгээ, бүс, огноо, үр дүн) үлдэнэ. Удирдах ажилтан зөвшөөрөх ёстой. Устгахыг хүсэх үү?
data-erase-confirm-open = { $reference } хэрэг нээлттэй хэвээр: устгавал хэрэг дуусна (буцаан авна), таны бичвэр, файл, холбоо барих мэдээлэл болон таныг хэрэгтэй холбосон холбоос арилна. Зөвхөн нэргүй статистик (үйлчилгээ, бүс, огноо, үр дүн) үлдэнэ. Удирдах ажилтан зөвшөөрөх ёстой. Устгахыг хүсэх үү?
data-erase-cancelled = Юу ч устгаагүй.
data-erase-requested = { $reference } хэргийг устгах таны хүсэлтийг удирдах ажилтанд илгээлээ. { $quiet ->
    [yes] Танд бичихгүй байхыг хүссэн тул мессеж ирэхгүй: устгасны дараа энэ хэрэг "Миний хүсэлтүүд" хэсэгт харагдахаа болино.
   *[no] Шийдвэр гармагц энд мэдэгдэнэ.
}
data-erase-refused = Удирдах ажилтан { $reference } хэргийг устгахыг зөвшөөрсөнгүй. Шалтгааныг ажилтнаас асуух эсвэл дахин хүсэж болно.
data-erase-done = Таны хүсэлтээр { $reference } хэргийг устгалаа: таны бичвэр, файл, холбоо барих мэдээлэл арилсан. Зөвхөн нэргүй статистик үлдсэн.

staff-data-usage = Хэрэглэх: /data ДУГААР (түүний хэргийн хадгалсан мэдээлэл, түүний чат руу хуулбар, эсвэл түүний өмнөөс устгах хүсэлт).
staff-data-button-copy = Түүнд хуулбар илгээх
staff-data-button-erase = Устгахыг хүсэх
staff-data-not-in-chat = { $reference } хэрэгт чатаар бичих боломжгүй (утасны шугам, эргэж залгах эсвэл «бүү холбогдох»): мэдээллийг утсаар уншиж өгнө үү.
staff-data-copy-sent = { $reference } хэргийн хуулбарыг түүний чат руу илгээлээ.
staff-erase-blocked = { $reference } хэргийг одоо устгах боломжгүй. { $why }
staff-erasure-requested = { $reference } хэргийн ({ $service }, { $region }) хувийн мэдээллийг устгах хүсэлт, { $whose }. Зөвшөөрөх үү?
staff-erasure-by-her = өөрөө нууц кодоо оруулж хүссэн
staff-erasure-by-staff = ажилтан түүний өмнөөс хүссэн
staff-erasure-refused = { $reference } хэргийг устгахыг зөвшөөрсөнгүй.
staff-erasure-done = { $reference } хэргийг устгалаа: түүний бичвэр, файл, хувийн мэдээлэл арилсан; нэргүй баримт үлдсэн.

cli-retention-done = Хадгалах хугацааны цэвэрлэгээ: { $total } устгав.
cli-retention-dry-run = Туршилт: { $total } устгагдах байсан (юу ч өөрчлөөгүй).
cli-legal-hold-on = { $reference } хэрэгт хуулийн хориг тогтоолоо: хориг цуцлагдах хүртэл устгагдахгүй.
cli-legal-hold-off = { $reference } хэргийн хуулийн хоригийг цуцаллаа.
cli-retention-kind = { $kind }: { $count }
retention-kind-abandoned-intakes = орхисон хүсэлтүүд
retention-kind-conversations = идэвхгүй ярианууд
retention-kind-processed-updates = боловсруулсан шинэчлэлтийн дугаарууд
retention-kind-sent-outbox = илгээсэн эсвэл хүргэгдээгүй мессежүүд
retention-kind-dead-outbox-args = агуулгыг нь арилгасан хүргэгдээгүй мессежүүд
retention-kind-transcripts = дууссан хэргийн чатын бичлэг
retention-kind-consultation-cases = зөвхөн зөвлөгөөний хэргүүд
retention-kind-closed-cases = хаагдсан хэргүүд
retention-kind-evidence-files = нотлох файлууд
retention-kind-pin-guesses = нууц код оролдлогууд

data-orders = Таны үйлчилгээний захиалгууд: { $orders }
data-order-line = { $reference } · { $kind } · { $state } · захиалсан { $placed } · огноо { $scheduled } · холбоо барих { $contact }
retention-kind-orders = үйлчилгээний захиалга (холбоо барих, газар устгасан)
