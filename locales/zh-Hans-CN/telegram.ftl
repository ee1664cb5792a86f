# Telegram 渠道自己的用语（bot/channels/telegram.py）。命令菜单保持中性：别人可能会在她的手机上看到。

telegram-command-start = 主菜单
telegram-command-new = 提出新的求助
telegram-command-cases = 我的案件
telegram-command-language = 更换语言
telegram-command-help = 使用说明
telegram-command-exit = 快速离开：清除本次对话
telegram-private-only = 您好。为保护每个人的隐私，本服务只在私聊中使用。请直接给我发私信。我现在退出这个群。
cli-telegram-failed = Telegram 无法启动：{ $detail }。其他渠道照常运行。
cli-telegram-running = Telegram 已运行（{ $mode }），账号 @{ $username }。
cli-telegram-retrying = 暂时连不上 Telegram；将在后台继续尝试。
