# The WeChat channel's own words (bot/channels/wechat/).

wechat-choose-hint = 请回复您选择的数字。
wechat-menu-hint = 请点击您的选择。
wechat-safety-note = 安全提示：这段对话会保存在您的手机微信里，本服务无法删除它，“快速离开”也不能删除。如果别人可能会看您的手机，用完后请自己删除聊天：在微信的聊天列表里长按这个对话，选择“删除”。
wechat-staff-refused = 工作人员不能通过微信公众号办公。请在网页、Telegram 或 Matrix 上使用您的邀请码；邀请码仍然有效。
wechat-menu-help = 我要求助
wechat-menu-cases = 我的案件
wechat-menu-danger = 紧急求助
wechat-card-unreachable = 她最后一条消息已超过 48 小时：在她再次发消息之前，无法通过微信联系她。
channel-wechat = 微信
cli-wechat-failed = 微信无法启动：{ $detail }。其他渠道照常运行。
cli-wechat-running = 微信已运行，公众号 { $app }，服务器地址 { $path }。
cli-wechat-retrying = 暂时连不上微信接口；消息在发件箱中等待，接口恢复后发出。
cli-wechat-off = 微信未配置：请设置 WALKING_HOME_WECHAT_APP_ID、WALKING_HOME_WECHAT_APP_SECRET 和 WALKING_HOME_WECHAT_TOKEN。
cli-wechat-menu-pushed = 公众号菜单已设置：{ $labels }。
cli-wechat-menu-failed = 公众号菜单未能设置：{ $detail }。
