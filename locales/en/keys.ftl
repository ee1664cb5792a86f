# Data keys (walking-home keys ...) and earlier cases from the same number
# (docs/security.md, "Encryption at rest, keys and file modes").

hotline-same-number = { $count ->
    [one] An earlier case came from the same number: { $references }.
   *[other] { $count } earlier cases came from the same number: { $references }.
}
cli-keys-error = The data key ring cannot be used: { $detail }
cli-keys-unknown = The database holds values sealed with key { $ids }, which the key ring ({ $source }) does not have: was the key file lost or replaced? Restore it from your backup (or set WALKING_HOME_DATA_KEY) and start again. Nothing was started, so nothing was written with the wrong key.
cli-keys-source-file = Key ring: { $path }
cli-keys-source-env = Key ring: from WALKING_HOME_DATA_KEY
cli-keys-status-key = { $key }: { $values } sealed values, { $files } evidence files
cli-keys-status-missing-key = { $key } (NOT IN THE RING: restore the key file from your backup): { $values } sealed values, { $files } evidence files
cli-keys-status-active-key = { $key } (active): { $values } sealed values, { $files } evidence files
cli-keys-status-plaintext = Not sealed yet: { $values } values, { $files } evidence files (walking-home keys rotate seals them)
cli-keys-new-key = New data key { $key } added and made active; the old keys stay in the ring to read old values.
cli-keys-env-rotate = The data key comes from WALKING_HOME_DATA_KEY, which this command cannot change. Put a ring with a new active key in WALKING_HOME_DATA_KEY (see the README), restart the bot, then run: walking-home keys rotate --keep-key
cli-keys-column = { $column }: { $count }
cli-keys-rotated = Re-sealed with key { $key }: { $values } values and { $files } evidence files.
