# Matrix 渠道自己的话（bot/channels/matrix.py）。

matrix-choose-hint = 请回复您选择的数字。
matrix-private-only = 您好。为保护每个人的隐私，本服务只在您和我的私聊中使用。请与我开始一个私聊。我现在离开这个房间。
matrix-encrypted-room = 您好。我暂时无法读取加密的房间，所以看不到您在这里写的内容。请与我新建一个私聊，创建时关闭“端到端加密”（在 Element 中：开始聊天或新建房间，然后关闭加密开关）。我现在离开这个房间。
cli-matrix-failed = Matrix 无法启动：{ $detail }。其他渠道照常运行。
cli-matrix-running = Matrix 已运行，账号 { $user }。
cli-matrix-retrying = 暂时连不上 Matrix 服务器；将在后台继续尝试。
