# 结案后的回访（docs/clock.md）。问题是主动发给她的：前面有中性的第一行；不提服务名称。

follow-up-ask-solved = 关于您的案件 { $reference }：您向我们反映的问题解决了吗？
follow-up-button-yes = 解决了
follow-up-button-partly = 部分解决
follow-up-button-no = 没有解决
follow-up-ask-satisfaction = 您对得到的帮助满意吗？1 表示很不满意，5 表示非常满意。
follow-up-ask-comment = 您还有什么想补充的吗？请在这里写下，或跳过。
follow-up-button-skip = 跳过
follow-up-thanks = 谢谢您的回答。
follow-up-closed = 这个回访已经结束。如需帮助，请给我们留言或点“我的案件”。
# 工作人员：第一行以案件编号开头，不提帮助的类别。
follow-up-callback-task = 案件 { $reference }：第 { $round } 次回访电话。请问她：问题解决了吗（解决 / 部分解决 / 没有解决）？对得到的帮助满意吗（1 到 5）？还有什么要补充的吗？ 然后记录她的回答：/followup { $reference } { $round }
follow-up-concern = 案件 { $reference }：第 { $round } 次回访时她说问题{ $solved }。请再跟进。
follow-up-solved-yes = 已解决
follow-up-solved-partly = 部分解决
follow-up-solved-no = 没有解决
# 工作人员：案件卡片上她的回访回答。
flag-follow-up = 第 { $round } 次回访：{ $solved }，满意度 { $satisfaction }/5
staff-entry-follow-up = [{ $at }] 她的回访意见：{ $text }
follow-up-queue-title = 回访中她说未解决
follow-up-staff-usage = 记录她的回访回答：/followup 编号 次数(1 或 2) yes|partly|no 满意度(1-5 或 -) 意见(可选)
follow-up-staff-recorded = 案件 { $reference } 第 { $round } 次回访已记录。
follow-up-staff-closed = 案件 { $reference }：第 { $round } 次回访不在等待回答（已回答、已结束或未发起）。
