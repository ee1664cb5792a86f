# Telegram сувгийн үгс (bot/channels/telegram.py). Тушаалын цэс төвийг сахисан: түүний утсанд бусад хүн харж магадгүй.

telegram-command-start = Үндсэн цэс
telegram-command-new = Шинэ хүсэлт гаргах
telegram-command-cases = Миний хүсэлтүүд
telegram-command-language = Хэл солих
telegram-command-help = Хэрэглэх заавар
telegram-command-exit = Шуурхай гарах: яриаг устгах
telegram-private-only = Сайн байна уу. Хүн бүрийн нууцыг хамгаалахын тулд энэ үйлчилгээг зөвхөн хувийн чатаар ашиглана. Надад шууд хувийн мессеж бичнэ үү. Би одоо энэ бүлгээс гарна.
cli-telegram-failed = Telegram-ыг эхлүүлж чадсангүй: { $detail }. Бусад суваг хэвийн ажиллаж байна.
cli-telegram-running = Telegram ажиллаж байна ({ $mode }), бүртгэл @{ $username }.
cli-telegram-retrying = Telegram-тай одоогоор холбогдож чадахгүй байна; цаана нь үргэлжлүүлэн оролдоно.
