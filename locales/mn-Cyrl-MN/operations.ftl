# Ажиллагаа: walking-home backup, restore, db check (docs/operations.md).
# Зам, хувилбарын дугаар, түлхүүрийн ID, тушаалыг байгаагаар нь харуулна.

cli-no-database = { $path } замд өгөгдлийн сан алга (өгөгдлийн хавтсыг WALKING_HOME_DATA_DIR тохируулна).
cli-backup-target-not-empty = { $path } аль хэдийн байгаа бөгөөд хоосон биш: нөөцийг зөвхөн шинэ эсвэл хоосон хавтаст хийнэ, юу ч дарж бичихгүй.
cli-backup-database = Өгөгдлийн санг хуулав: { $path } ({ $megabytes } MB; хэрэг: { $cases }; схемийн хувилбар { $revision }).
cli-backup-postgres = Өгөгдлийн сан нь PostgreSQL: бот ажиллаж байхад pg_dump үүнийг нийцтэй хуулна. Энэ тушаалыг ажиллуулна уу (pg_dump нууц үгийг PGPASSWORD эсвэл ~/.pgpass-аас уншина):
cli-backup-evidence = Хуулсан нотлох баримтын файл: { $count }.
cli-backup-holidays = Ажлын хуанлийг хуулав: { $name }.
cli-backup-key-file = Өгөгдлийн түлхүүрийн багц энэ нөөцөд санаатайгаар ОРООГҮЙ: { $path }-г тусад нь, энэ нөөцийн хажууд биш нөөцөлж, хуучин түлхүүрээр шифрлэсэн нөөц хадгалагдаж байх хугацаанд тэр түлхүүрийг хадгална уу. Түлхүүргүйгээр энэ нөөцийг уншиж болохгүй. Энэ нөөцөд хэрэгтэй түлхүүрүүд: { $keys }.
cli-backup-key-env = Өгөгдлийн түлхүүр WALKING_HOME_DATA_KEY-д байгаа бөгөөд энэ нөөцөд ОРООГҮЙ: түүний утгыг энэ нөөцөөс тусад нь найдвартай хадгална уу. Энэ нөөцөд хэрэгтэй түлхүүрүүд: { $keys }.
cli-backup-done = Нөөцлөлт дууслаа: { $path }
cli-backup-failed = Нөөцлөлт амжилтгүй боллоо ({ $detail }): { $path } ашиглаж болох нөөц биш.
cli-database-unreachable = { $address } дээрх өгөгдлийн сантай { $seconds } секундын дотор холбогдож чадсангүй ({ $cause }); юу ч хийгдсэнгүй.
cli-restore-not-a-backup = { $path } нь walking-home-ийн нөөц биш (manifest.json алга эсвэл уншигдахгүй байна).
cli-restore-wrong-database = Энэ нөөцөд { $backup } өгөгдлийн сан байна, харин WALKING_HOME_DATABASE_URL нь { $configured } өгөгдлийн санг заажээ. Юу ч өөрчлөөгүй.
cli-restore-database-exists = { $path } өгөгдлийн сан аль хэдийн байна: зөвхөн хоосон өгөгдлийн хавтаст сэргээнэ. Юу ч өөрчлөөгүй.
cli-restore-postgres-not-empty = Тохируулсан өгөгдлийн сан хоосон биш (хүснэгт: { $count }): зөвхөн хоосон өгөгдлийн санд сэргээнэ. Юу ч өөрчлөөгүй.
cli-restore-evidence-exists = { $path } нотлох баримтын хавтас хоосон биш: зөвхөн хоосон өгөгдлийн хавтаст сэргээнэ. Юу ч өөрчлөөгүй.
cli-restore-no-dump = Нөөцөд өгөгдлийн сангийн хуулбар алга ({ $path }): walking-home backup-ийн хэвлэсэн pg_dump тушаалыг нөөцийн хавтаст ажиллуулах эсвэл өөр нөөцөөс сэргээнэ үү. Юу ч өөрчлөөгүй.
cli-restore-file-exists = { $path } аль хэдийн байна. Юу ч өөрчлөөгүй.
cli-restore-running = { $path } дээр walking-home процесс ажиллаж байна: эхлээд түүнийг зогсооно уу. Юу ч өөрчлөөгүй.
cli-restore-database = Өгөгдлийн санг сэргээв: { $path } (хэрэг: { $cases }; схемийн хувилбар { $revision }).
cli-restore-postgres = Өгөгдлийн сан нь PostgreSQL: энэ тушаалаар хуулбарыг хоосон өгөгдлийн санд сэргээгээд (pg_restore нууц үгийг PGPASSWORD эсвэл ~/.pgpass-аас уншина), дараа нь walking-home db upgrade ажиллуулна уу:
cli-restore-evidence = Сэргээсэн нотлох баримтын файл: { $count }.
cli-restore-holidays = Ажлын хуанлийг { $path } руу сэргээв: WALKING_HOME_HOLIDAYS_FILE-д үүнийг заана уу.
cli-restore-holidays-kept = Нөөцийн ажлын хуанлийг сэргээгээгүй: WALKING_HOME_HOLIDAYS_FILE аль хэдийн { $path }-г заажээ.
cli-restore-keys = Сэргээсэн өгөгдлийг { $keys } түлхүүрээр шифрлэсэн; түлхүүрийн багцад ({ $source }) эдгээр бий.
cli-restore-keys-missing = Сэргээсэн өгөгдлийг { $keys } түлхүүрээр шифрлэсэн боловч түлхүүрийн багцад ({ $source }) эдгээр алга: ботыг эхлүүлэхээс өмнө түлхүүрийн файлыг өөрийнх нь нөөцөөс сэргээнэ үү (эсвэл WALKING_HOME_DATA_KEY тохируулна уу).
cli-restore-failed = Сэргээлт амжилтгүй боллоо ({ $detail }).
cli-restore-done = Сэргээлт дууслаа. Ботыг walking-home run-аар эхлүүлнэ үү (нөөц хуучин хувилбараас бол өгөгдлийн санг шинэчилнэ).
cli-db-check-ok = Өгөгдлийн сангийн схем энэ хувилбарын walking-home-д тохирч байна (хувилбар { $revision }).
cli-db-check-empty = Өгөгдлийн санд walking-home-ийн схем хараахан алга: walking-home db upgrade ажиллуулна уу.
cli-db-check-behind = Өгөгдлийн сангийн схемийн хувилбар { $current }; энэ хувилбарын walking-home-д { $head } хэрэгтэй: walking-home db upgrade ажиллуулна уу.
cli-db-check-unknown = Өгөгдлийн сангийн схемийн хувилбар { $current }-г энэ хувилбарын walking-home мэдэхгүй (шинэ хувилбараас уу?); түүний мэдэх хамгийн сүүлийнх нь { $head }.
cli-db-check-differences = Өгөгдлийн сангийн схем энэ хувилбарын walking-home-ийн хүлээснээс ялгаатай (ялгаа: { $count }):
cli-db-check-difference = - { $difference }
