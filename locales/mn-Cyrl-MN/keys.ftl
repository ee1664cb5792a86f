# Data keys (walking-home keys ...) and earlier cases from the same number
# (docs/security.md, "Encryption at rest, keys and file modes").

hotline-same-number = Энэ дугаараас өмнө ирсэн хэрэг ({ $count }): { $references }.
cli-keys-error = Өгөгдлийн түлхүүрийн багцыг ашиглах боломжгүй: { $detail }
cli-keys-unknown = Өгөгдлийн санд { $ids } түлхүүрээр шифрлэсэн утга байгаа ч түлхүүрийн багцад ({ $source }) тэр түлхүүр алга: түлхүүрийн файл алдагдсан эсвэл солигдсон уу? Нөөц хуулбараас сэргээгээд (эсвэл WALKING_HOME_DATA_KEY тохируулаад) дахин эхлүүлнэ үү. Юу ч эхлээгүй тул буруу түлхүүрээр юу ч бичигдээгүй.
cli-keys-source-file = Түлхүүрийн багц: { $path }
cli-keys-source-env = Түлхүүрийн багц: WALKING_HOME_DATA_KEY
cli-keys-status-key = { $key }: шифрлэсэн утга { $values }, нотлох баримтын файл { $files }
cli-keys-status-missing-key = { $key } (ТҮЛХҮҮРИЙН БАГЦАД АЛГА: түлхүүрийн файлыг нөөцөөс сэргээнэ үү): шифрлэсэн утга { $values }, нотлох баримтын файл { $files }
cli-keys-status-active-key = { $key } (идэвхтэй): шифрлэсэн утга { $values }, нотлох баримтын файл { $files }
cli-keys-status-plaintext = Шифрлээгүй: утга { $values }, нотлох баримтын файл { $files } (walking-home keys rotate шифрлэнэ)
cli-keys-new-key = Өгөгдлийн шинэ түлхүүр { $key } нэмж идэвхжүүллээ; хуучин өгөгдлийг уншихын тулд хуучин түлхүүрүүд багцад үлдэнэ.
cli-keys-env-rotate = Өгөгдлийн түлхүүр WALKING_HOME_DATA_KEY-д байгаа тул энэ команд түүнийг өөрчилж чадахгүй. WALKING_HOME_DATA_KEY-д шинэ идэвхтэй түлхүүртэй багц оруулж (README-г үзнэ үү), ботыг дахин эхлүүлээд ажиллуулна уу: walking-home keys rotate --keep-key
cli-keys-column = { $column }: { $count }
cli-keys-rotated = { $key } түлхүүрээр дахин шифрлэлээ: утга { $values }, нотлох баримтын файл { $files }.
