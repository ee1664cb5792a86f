# 案件时限（docs/clock.md）：提醒、超期和督办，只发给工作人员。
# 第一行不写服务名称：这些消息可能显示在锁屏上。

clock-reminder-half = 案件 { $reference }（{ $status }）：办理时限已过一半。期限：{ $due }。
clock-reminder-late = 案件 { $reference }（{ $status }）：办理时限即将届满。期限：{ $due }。
clock-overdue = 案件 { $reference }（{ $status }）自 { $due } 起已超期，已在 /queue 和案件卡片上标为超期。
clock-escalation = 案件 { $reference }（{ $status }，{ $region }）已超期较久（期限 { $due }），仍未推进，请督办。
staff-case-line-overdue = { $line } · 已超期
staff-count-overdue = 已超期：{ $count }

# 调解时限（docs/clock.md）：征求调解同意、调解和司法确认期限过三分之二及 90% 时提醒调解员；转介反馈超期时提醒催办。
# 第一行不写服务名称：这些消息可能显示在锁屏上。

clock-window-consent-two-thirds =
    案件 { $reference }（{ $status }）：时限已过三分之二。期限：{ $due }。
    仍在征求双方当事人的调解同意。到期仍未取得同意的，调解终止，并告知当事人其他解决途径。
clock-window-consent-near-end =
    案件 { $reference }（{ $status }）：时限即将届满。期限：{ $due }。
    请在期限前记录双方当事人同意调解，或终止调解并告知当事人其他解决途径。
clock-window-mediation-two-thirds =
    案件 { $reference }（{ $status }）：时限已过三分之二。期限：{ $due }。
    调解已用去三分之二的时限。超过期限继续调解须经双方当事人同意。
clock-window-mediation-near-end =
    案件 { $reference }（{ $status }）：时限即将届满。期限：{ $due }。
    调解时限届时届满：请记录调解协议、终止调解，或经双方当事人同意后继续调解。
clock-window-confirmation-two-thirds =
    案件 { $reference }（{ $status }）：时限已过三分之二。期限：{ $due }。
    如需司法确认调解协议，双方当事人应在期限前共同向人民法院申请（《人民调解法》第三十三条）。请提醒有意申请的当事人。
clock-window-confirmation-near-end =
    案件 { $reference }（{ $status }）：时限即将届满。期限：{ $due }。
    双方当事人共同申请司法确认的期限届时届满（《人民调解法》第三十三条）。请向当事人确认是否已经申请。
clock-referral-overdue =
    案件 { $reference }（{ $status }）自 { $due } 起已超期，已在 /queue 和案件卡片上标为超期。
    转介机构尚未反馈：请向该机构催办，并记录其反馈。

# 服务点单（docs/clock.md「Service orders」）：未按时派单或接单（告知窗口），活动未按时登记（告知服务队），
# 督办（告知主管）。第一行只有点单编号、状态和期限，从不写点了什么。

clock-order-dispatch-due =
    服务点单 { $reference }（{ $status }）自 { $due } 起已超期。
    尚未派单，或服务队尚未接单：请派单或改派其他服务队。/order { $reference }
clock-order-record-due =
    服务点单 { $reference }（{ $status }）自 { $due } 起已超期。
    活动尚未登记：请登记服务队开展的活动。/order { $reference }
clock-order-escalation =
    服务点单 { $reference }（{ $status }，{ $region }）已超期较久（期限 { $due }），仍未推进，请督办。
    /order { $reference }
