# 案件时限（docs/clock.md）：提醒、超期和督办，只发给工作人员。
# 第一行不写服务名称：这些消息可能显示在锁屏上。

clock-reminder-half = 案件 { $reference }（{ $status }）：办理时限已过一半。期限：{ $due }。
clock-reminder-late = 案件 { $reference }（{ $status }）：办理时限即将届满。期限：{ $due }。
clock-overdue = 案件 { $reference }（{ $status }）自 { $due } 起已超期，已在 /queue 和案件卡片上标为超期。
clock-escalation = 案件 { $reference }（{ $status }，{ $region }）已超期较久（期限 { $due }），仍未推进，请督办。
staff-case-line-overdue = { $line } · 已超期
staff-count-overdue = 已超期：{ $count }
