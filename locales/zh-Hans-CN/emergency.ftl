# 无人确认的紧急案件与值班（docs/clock.md，“Emergencies”）。仅发给工作人员。
# 第一行不提求助类别：通知可能显示在锁屏上。

clock-emergency-page = 案件 { $reference }（{ $region }）自 { $since } 起等待，至今无人确认。请立即确认。
clock-emergency-nobody-on-duty = 案件 { $reference }（{ $region }）刚刚进入，本地区无人值班。请立即确认，或安排能处理的人员。
staff-duty-on = 您正在值班：您所辖地区的紧急案件会呼叫您。下班时请发送 /duty off。
staff-duty-off = 您未在值班：紧急案件不会呼叫您。上班时请发送 /duty on。
staff-duty-usage = 请发送 /duty on 或 /duty off；只发送 /duty 可查看您是否在值班。
