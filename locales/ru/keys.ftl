# Data keys (walking-home keys ...) and earlier cases from the same number
# (docs/security.md, "Encryption at rest, keys and file modes").

hotline-same-number = { $count ->
    [one] С этого же номера уже было обращение: { $references }.
    [few] С этого же номера уже было { $count } обращения: { $references }.
    [many] С этого же номера уже было { $count } обращений: { $references }.
   *[other] С этого же номера уже было { $count } обращения: { $references }.
}
cli-keys-error = Связку ключей данных нельзя использовать: { $detail }
cli-keys-unknown = В базе есть значения, зашифрованные ключом { $ids }, которого нет в наборе ключей ({ $source }): файл ключей потерян или заменён? Восстановите его из резервной копии (или задайте WALKING_HOME_DATA_KEY) и запустите снова. Ничего не запущено, поэтому ничего не записано не тем ключом.
cli-keys-source-file = Связка ключей: { $path }
cli-keys-source-env = Связка ключей: из WALKING_HOME_DATA_KEY
cli-keys-status-key = { $key }: зашифрованных значений: { $values }, файлов доказательств: { $files }
cli-keys-status-missing-key = { $key } (ЭТОГО КЛЮЧА НЕТ В НАБОРЕ: восстановите файл ключей из резервной копии): зашифрованных значений: { $values }, файлов доказательств: { $files }
cli-keys-status-active-key = { $key } (действующий): зашифрованных значений: { $values }, файлов доказательств: { $files }
cli-keys-status-plaintext = Ещё не зашифровано: значений: { $values }, файлов доказательств: { $files } (их зашифрует walking-home keys rotate)
cli-keys-new-key = Добавлен новый ключ данных { $key }, теперь он действующий; старые ключи остаются в связке, чтобы читать старые данные.
cli-keys-env-rotate = Ключ данных задан в WALKING_HOME_DATA_KEY, и эта команда не может его изменить. Запишите в WALKING_HOME_DATA_KEY связку с новым действующим ключом (см. README), перезапустите бота и выполните: walking-home keys rotate --keep-key
cli-keys-column = { $column }: { $count }
cli-keys-rotated = Перешифровано ключом { $key }: значений: { $values }, файлов доказательств: { $files }.
