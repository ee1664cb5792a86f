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
