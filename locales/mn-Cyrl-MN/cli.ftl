# walking-home командын мөр.

cli-migrated = Өгөгдлийн санг { $before } хувилбараас { $after } хувилбар хүртэл шинэчиллээ (хэрэгжүүлсэн: { $revisions }).
cli-migrated-nothing = Өгөгдлийн сан аль хэдийн хамгийн сүүлийн хувилбарт байна ({ $revision }): хийх зүйл алга.
cli-migration-waiting = Өгөгдлийн сангийн өөр шинэчлэлийг хүлээж байна: шинэчлэлийн түгжээг PostgreSQL-ийн { $pid } дугаар холболт барьж байна (төлөв { $state }, { $seconds } секунд; «active» бол хүсэлт ажиллаж байна гэсэн үг). Түүнийг эхлүүлсэн процесс зогссон эсвэл хүчээр дуусгагдсан бол тэр холболт хүсэлтээ дуустал ажилласаар байж болно; одоо дуусгах бол: SELECT pg_terminate_backend({ $pid });
cli-seeded = Үндсэн өгөгдөл ачааллаа (жишээ үйлчилгээний цэг { $points } нэмэгдсэн).
cli-service-point = #{ $id } { $name } ({ $kind }, { $region })
cli-invite-created = Урилга үүслээ: эрх { $roles }, бүс { $regions }, хүчинтэй хугацаа { $expires }. Урилгын код (зөвхөн одоо харагдана):
cli-staff-none = Ажилтан одоогоор алга.
cli-staff-row = #{ $id } { $name } · { $roles } · { $regions } · { $state }
cli-staff-active = ажиллаж байгаа
cli-staff-inactive = идэвхгүй болсон
cli-staff-deactivated = #{ $id } дугаартай ажилтныг идэвхгүй болголоо, нэвтрэх эрх нь шууд хаагдлаа. { $count ->
    [0] Түүнд шийдэгдээгүй хэрэг байгаагүй.
   *[other] Түүний шийдэгдээгүй { $count } хэргийг бүсийн дараалалд буцаалаа.
}
cli-staff-not-found = #{ $id } дугаартай ажилтан алга.
cli-case-not-found = { $reference } дугаартай хэрэг олдсонгүй.
cli-case-summary =
    Хэрэг { $reference }
    Төлөв: { $status }    Эрсдэл: { $risk }
    Үйлчилгээ: { $service }    Бүс: { $region }
    Хариуцагч: { $owner }    Гүйцэтгэгч: { $assignee }
    Хугацаа: { $due }
    Бичлэгийн тоо: { $entries }
    Явц:
cli-case-event =   { $seq }. { $at }  { $role } { $actor }  { $trigger }: { $source } → { $target }
cli-web-url = Вэб чат ажиллаж байна: { $url }
cli-web-failed = Вэб чатыг { $host }:{ $port } дээр эхлүүлж чадсангүй: { $detail }
cli-no-channels = Ашиглах суваг алга. WALKING_HOME_WEB_ENABLED=true гэж тохируулах, эсвэл Telegram / Matrix-ыг тохируулна уу (README-г үзнэ үү).
cli-channels-failed = Тохируулсан сувгуудын аль нь ч эхэлж чадсангүй (шалтгааныг дээрх мөрүүдээс үзнэ үү); бот зогсоно.
cli-running = Бот ажиллаж байна. Зогсоохдоо Ctrl+C дарна уу.
cli-stopping = Зогсоож байна...
cli-database-new = Шинэ өгөгдлийн сан үүсгэж байна: { $path } (өгөгдлийн хавтсыг WALKING_HOME_DATA_DIR тохируулна).
cli-already-running = { $path } өгөгдлийн санг өөр walking-home процесс ашиглаж байна; энэ процесс зогсоно. (Нэг SQLite санд нэг процесс; олон процесст PostgreSQL хэрэгтэй.)
cli-channel-standby = { $channel }: энэ бүртгэлийг өөр walking-home процесс ажиллуулж байна; энэ процесс бэлэн хүлээж, тэр зогсвол хэдхэн секундэд орлоно.
cli-metrics-url = Хэмжүүр ба төлөвийн шалгалт: { $url }
cli-metrics-failed = Хэмжүүрийн серверийг { $address } дээр эхлүүлж чадсангүй: { $detail }. WALKING_HOME_METRICS_ADDRESS тохируулагдсан тул бот үүнгүйгээр эхлэхгүй.
