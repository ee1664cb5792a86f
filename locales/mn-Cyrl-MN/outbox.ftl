# walking-home outbox тушаал: бот хүргэхээ больсон мессежүүд (хүргэгдээгүй).
# Түүний үг, хаягийг хэзээ ч харуулахгүй: хэргийн дугаар эсвэл хүлээн авагчийн богино тэмдэг.

cli-outbox-dead-none = Хүргэгдээгүй мессеж алга: бүгд хүргэгдсэн эсвэл замдаа явж байна.
cli-outbox-dead-count = Хүргэгдээгүй мессеж: { $count } (хамгийн сүүлийнх нь эхэнд):
cli-outbox-dead-row = #{ $id } · { $channel } · { $recipient } · { $message } · оролдлого: { $attempts } · { $when } · { $reason } · { $retry }
cli-outbox-recipient-case = хэрэг { $reference }
cli-outbox-recipient-tag = хүлээн авагч { $tag }
cli-outbox-can-retry = дахин илгээж болно
cli-outbox-args-cleared = дахин бүрдүүлэх боломжгүй (агуулгыг нь арилгасан)
cli-outbox-dropped = санаатайгаар цуцалсан
cli-outbox-dropped-quick-exit = тэр «Шуурхай гарах»-ыг ашигласан
cli-outbox-dropped-staff = ажилтны эрх дууссан
cli-outbox-reason-unreadable = уншиж чадсангүй
cli-outbox-reason-not-renderable = бичвэр болгож чадсангүй
cli-outbox-retried = #{ $id } мессеж дахин дараалалд орлоо; ажиллаж буй бот хэдхэн секундэд илгээнэ.
cli-outbox-retried-all = Дахин дараалалд орсон: { $count }. Урьдынхаараа дахин илгээх боломжгүй: { $refused }.
cli-outbox-retry-nothing = Нэг буюу хэд хэдэн мессежийн дугаар («outbox dead»-ийн харуулснаар) эсвэл --all заана уу.
cli-outbox-not-found = #{ $id } дугаартай мессеж дараалалд алга.
cli-outbox-not-dead = #{ $id } мессеж хүргэгдээгүй мессеж биш (төлөв: { $status }); юу ч өөрчлөгдсөнгүй.
cli-outbox-cannot-rerender = #{ $id } мессежийг дахин илгээх боломжгүй: хүргэхээ больсон үед агуулгыг нь арилгасан тул урьдынхаар нь бүрдүүлж чадахгүй. Юу ч өөрчлөгдсөнгүй.
cli-outbox-dropped-on-purpose = #{ $id } мессежийг санаатайгаар цуцалсан бөгөөд хэзээ ч илгээхгүй. Юу ч өөрчлөгдсөнгүй.
cli-outbox-status-pending = илгээхийг хүлээж байна
cli-outbox-status-sent = илгээсэн
cli-outbox-status-dead = хүргэгдээгүй
