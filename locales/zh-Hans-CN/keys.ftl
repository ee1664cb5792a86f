# Data keys (walking-home keys ...) and earlier cases from the same number
# (docs/security.md, "Encryption at rest, keys and file modes").

hotline-same-number = 同一号码此前已有 { $count } 个案件：{ $references }。
cli-keys-error = 数据密钥环无法使用：{ $detail }
cli-keys-unknown = 数据库中有用密钥 { $ids } 加密的内容，但密钥环（{ $source }）中没有这把密钥：密钥文件是否丢失或被替换？请从备份恢复（或设置 WALKING_HOME_DATA_KEY）后再启动。程序没有启动，因此没有用错误的密钥写入任何内容。
cli-keys-source-file = 密钥环：{ $path }
cli-keys-source-env = 密钥环：来自 WALKING_HOME_DATA_KEY
cli-keys-status-key = { $key }：加密值 { $values } 个，证据文件 { $files } 个
cli-keys-status-missing-key = { $key }（密钥环中没有这把密钥：请从备份恢复密钥文件）：加密值 { $values } 个，证据文件 { $files } 个
cli-keys-status-active-key = { $key }（当前使用）：加密值 { $values } 个，证据文件 { $files } 个
cli-keys-status-plaintext = 尚未加密：{ $values } 个值，{ $files } 个证据文件（walking-home keys rotate 会将其加密）
cli-keys-new-key = 已添加新数据密钥 { $key } 并设为当前使用；旧密钥保留在密钥环中，用于读取旧数据。
cli-keys-env-rotate = 数据密钥来自 WALKING_HOME_DATA_KEY，本命令无法修改。请在 WALKING_HOME_DATA_KEY 中放入含新当前密钥的密钥环（见 README），重启机器人，然后运行：walking-home keys rotate --keep-key
cli-keys-column = { $column }：{ $count }
cli-keys-rotated = 已用密钥 { $key } 重新加密：{ $values } 个值，{ $files } 个证据文件。
