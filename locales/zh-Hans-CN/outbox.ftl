# walking-home outbox 命令：机器人已放弃投递的消息（死信）。
# 从不显示她的话或她的地址：只显示案件编号或简短的收件人标记。

cli-outbox-dead-none = 没有死信：所有消息都已送达或仍在发送中。
cli-outbox-dead-count = 死信 { $count } 条，最新的在前：
cli-outbox-dead-row = #{ $id } · { $channel } · { $recipient } · { $message } · 尝试次数：{ $attempts } · { $when } · { $reason } · { $retry }
cli-outbox-recipient-case = 案件 { $reference }
cli-outbox-recipient-tag = 收件人 { $tag }
cli-outbox-can-retry = 可以重新发送
cli-outbox-args-cleared = 无法重新生成（其参数已清除）
cli-outbox-dropped = 有意丢弃
cli-outbox-dropped-quick-exit = 她使用了“快速离开”
cli-outbox-dropped-staff = 该工作人员的访问权限已终止
cli-outbox-reason-unreadable = 无法读取
cli-outbox-reason-not-renderable = 无法生成文字
cli-outbox-retried = 消息 #{ $id } 已重新排队；运行中的机器人会在几秒内发送。
cli-outbox-retried-all = 已重新排队的死信：{ $count } 条。无法按原样重新发送：{ $refused } 条。
cli-outbox-retry-nothing = 请给出一个或多个消息编号（如 "outbox dead" 所示），或使用 --all。
cli-outbox-not-found = 没有待发消息 #{ $id }。
cli-outbox-not-dead = 消息 #{ $id } 不是死信（状态：{ $status }）；未做任何更改。
cli-outbox-cannot-rerender = 消息 #{ $id } 无法重新发送：放弃投递时其参数已被清除，无法按原样生成。未做任何更改。
cli-outbox-dropped-on-purpose = 消息 #{ $id } 是有意丢弃的，永远不会再发送。未做任何更改。
cli-outbox-status-pending = 等待发送
cli-outbox-status-sent = 已发送
cli-outbox-status-dead = 死信
