# The web chat page's own words (bot/channels/web_static). The reference catalog.
# The title and the exit page stay neutral: someone may see the browser tab or its history.

web-title = 在线消息
web-conversation-label = 对话
web-quick-exit = 快速离开
web-quick-exit-hint = 立即关闭本页并清除对话
web-danger = 我现在有危险
web-danger-hint = 马上显示紧急电话
web-danger-local = 如果您现在有危险，请立即拨打电话。
web-call-110 = 报警 110
web-call-120 = 急救 120
web-call-12338 = 妇女维权 12338
web-input-label = 输入消息
web-input-placeholder = 输入消息…
web-send = 发送
web-attach = 发送文件
web-file-label = 文件
web-you = 我
web-bot = 回复
web-connecting = 正在连接…
web-reconnecting = 连接已断开，正在重新连接…
web-uploading = 正在发送文件…
web-error-too-large = 这条消息太长了，请分成几条发送。
web-error-upload-too-large = 文件太大，无法发送。
web-error-upload-failed = 文件没有发送成功，请再试一次。
web-error-bad-request = 这条消息无法处理，请再试一次。
web-error-session-expired = 连接已过期，请刷新页面。
web-error-failed = 出了点问题，请稍后再试。
web-error-not-recorded = 您的消息暂时没能保存。它保留在这里，会自动重新发送，您不需要再输入一遍。
web-error-upload-quota = 目前无法再接收更多文件。请用文字说明其余内容，或到妇女之家当面提交。
web-error-upload-busy = 上一个文件还在发送，请等它发送完再发。
web-error-too-many-sessions = 从这个网络新开的对话太多了。请等十分钟后刷新页面。紧急情况请拨打110。
web-bye-title = 新页面
web-bye-text = 页面已关闭。
# The tab title of the page quick exit falls back to: exactly what a browser shows for a blank new tab.
web-blank-tab-title = 新标签页
