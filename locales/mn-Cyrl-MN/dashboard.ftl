# Удирдах ажилтны үзүүлэлтийн хуудас (чатад /dashboard; bot/dashboard.py).
dashboard-link =
    Таны үзүүлэлтийн хуудас: { $url }
    Холбоос нэг л удаа, { $minutes } минутын дотор нээгдэнэ. Бусдад бүү дамжуулаарай.
dashboard-not-allowed = Үзүүлэлтийн хуудсыг зөвхөн удирдах ажилтан нээж болно.
dashboard-title = Үзүүлэлтийн самбар
dashboard-filter-period = Хугацаа
dashboard-filter-day = Хугацааны нэг өдөр
dashboard-filter-region = Бүс нутаг
dashboard-filter-point = Үйлчилгээний цэг
dashboard-apply = Харуулах
dashboard-all-regions = Миний бүх бүс нутаг
dashboard-all-points = Бүх үйлчилгээний цэг
dashboard-period-day = Өдөр
dashboard-period-week = Долоо хоног
dashboard-period-month = Сар
dashboard-period-quarter = Улирал
dashboard-period-year = Жил
dashboard-col-figure = Үзүүлэлт
dashboard-col-change = Өөрчлөлт
dashboard-change-same = өөрчлөлтгүй
dashboard-change-up = ▲ { $amount }
dashboard-change-down = ▼ { $amount }
dashboard-private-note = Энэ хуудсанд эмэгтэйчүүдийн нэр, утасны дугаар, тэдний үг байхгүй. Бусадтай бүү хуваалцаарай; хуудас өөрөө хаагдана.
dashboard-bad-filter = Шүүлтүүрийг ойлгосонгүй. Хугацаа, өдөр, бүс нутаг, үйлчилгээний цэгээ дахин сонгоно уу.
dashboard-refused-unknown = Энэ холбоос хүчингүй. Шинэ холбоос авахын тулд чатад /dashboard гэж илгээнэ үү.
dashboard-refused-used = Энэ холбоосыг аль хэдийн ашигласан: холбоос бүр нэг л удаа нээгдэнэ. Шинийг авахын тулд чатад /dashboard гэж илгээнэ үү.
dashboard-refused-expired = Энэ холбоос эсвэл хуудасны хугацаа дууссан. Шинийг авахын тулд чатад /dashboard гэж илгээнэ үү.
dashboard-refused-revoked = Энэ холбоос ажиллахаа больсон: таны эрх дууссан эсвэл өөрчлөгдсөн.
dashboard-refused-outside = Энэ бүс нутаг эсвэл үйлчилгээний цэг таных биш. Өөрийн бүс нутгаас сонгоно уу.

# Чатад /export (bot/dialogs/export_link.py), хуудаснаас татах (bot/export_download.py).
export-link =
    Таны экспорт ({ $period }, { $format }): { $url }
    Холбоос нэг л удаа, { $minutes } минутын дотор нээгдэнэ: файл татахад бэлэн үзүүлэлтийн хуудас. Бусдад бүү дамжуулаарай.
export-not-allowed = /export нь удирдах ажилтан, админд зориулагдсан.
export-usage =
    Жишээ нь: /export, /export week csv, /export 2026-11 hailar xlsx, /export from=2026-11-01 to=2026-11-20 md
    Хугацаа /stats-тай адил: day, week, month, quarter, year, 2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026, from=… to=… (заагаагүй бол энэ сар). Дараа нь өөрийн нэг бүс нутгийн код эсвэл нэр (заагаагүй бол таны бүх бүс нутаг). Формат: { $choices } (заагаагүй бол xlsx).
    Бүс нутаг (код эсвэл нэр):
    { $regions }
export-bad-format = “{ $typed }” нь экспортын файлын формат биш. Эдгээрээс сонгоно уу: { $choices }.
export-outside = Хэргийн жагсаалтыг зөвхөн өөрийн бүс нутгаар гаргана; { $region } таных биш.
export-outside-all = Хэргийн жагсаалтыг зөвхөн өөрийн бүс нутгаар гаргана, бүх бүс нутгаар гаргахгүй.
export-ready = Таны экспорт бэлэн: эндээс татаж авна уу. Татах бүрийг аудитын бүртгэлд тэмдэглэнэ.
export-refused-unknown = Энэ холбоос хүчингүй. Шинэ холбоос авахын тулд чатад /export гэж илгээнэ үү.
export-refused-used = Энэ холбоосыг аль хэдийн ашигласан: холбоос бүр нэг л удаа нээгдэнэ. Шинийг авахын тулд чатад /export гэж илгээнэ үү.
export-refused-expired = Энэ холбоосны хугацаа дууссан. Шинийг авахын тулд чатад /export гэж илгээнэ үү.
dashboard-download-csv = CSV татах
dashboard-download-xlsx = XLSX (Excel) татах
dashboard-download-md = Markdown татах
dashboard-download-note = Файлд эдгээр үзүүлэлт, хэргийн жагсаалт байна (эмэгтэйчүүдийн нэр, утасны дугаар, тэдний үг, нууц хэрэг байхгүй). Татах бүрийг тэмдэглэнэ. Файлыг хамгаалж хадгална уу.
dashboard-busy = Үйлчилгээ одоогоор завгүй байна. Нэг минутын дараа дахин оролдоно уу.
