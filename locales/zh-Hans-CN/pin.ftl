# 查询密码防猜测与安全密码：bot.pin_guard、bot.dialogs.cases。

cases-button-duress = 设置安全密码
duress-explain = 安全密码用于有人逼您打开案件的时候：用它代替查询密码，会显示“没有找到您的案件。”，同时悄悄通知我们的工作人员，把您的案件作为紧急处理。请输入与查询密码不同的 6 位数字。
duress-same-as-pin = 这是您的查询密码。安全密码必须不同：请输入另外 6 位数字。
duress-set = 安全密码已设置。同样不要告诉任何人。

staff-alert-duress = 🆘 案件 { $reference }（{ $region }，{ $service }，语言：{ $language }）：求助人输入了安全密码，可能有人逼她打开案件。案件已调为高风险。她看到的是“没有找到案件”；在确认安全之前，不要在聊天中给她发消息。
staff-alert-pin-spray = ⚠️ 查询密码猜测：最近 { $minutes } 分钟内对 { $cases } 个案件输入了 { $count } 次错误的查询密码。按案件编号和查询密码查询在 24 小时内限制更严。
staff-timeline-duress = { $at } 求助人输入了安全密码：案件已调为高风险，已通知值班工作人员
