# Notices: to the reporter when her case moves, and to staff when work arrives.

notice-accept = 您的案件 { $reference } 已受理，我们正在安排工作人员。
notice-reject = 您的案件 { $reference } 不在我们的受理范围内，工作人员会告诉您可以求助的其他渠道。您也可以拨打 12338。
notice-take = 您的案件 { $reference } 已有调解员负责，她会通过这里和您联系。
notice-start_mediation = 您的案件 { $reference } 开始征求调解意见。调解必须双方自愿，您随时可以不同意。
notice-reach_agreement = 您的案件 { $reference } 已达成调解协议。您和对方可以自协议生效之日起 30 天内共同向法院申请司法确认。
notice-terminate_mediation = 您的案件 { $reference } 的调解已终止。您还可以通过仲裁、行政途径或向法院起诉解决，工作人员会继续帮助您。
notice-refer = 您的案件 { $reference } 已按您的同意转交相关部门，我们会跟进结果。
notice-resolve = 您的案件 { $reference } 已处理完毕，我们会按约定回访。
notice-close = 您的案件 { $reference } 已办结。如果问题再次出现，可以在“我的案件”里重新开启。
notice-reopen = 您的案件 { $reference } 已重新开启。

staff-new-case = 新案件 { $reference }：{ $service }，{ $region }，语言：{ $language }。
staff-alert-emergency = 🆘 紧急案件 { $reference }：{ $region }，{ $service }，语言：{ $language }。请立即确认处理。
staff-reporter-wrote = 案件 { $reference } 的求助人补充了新信息。

invite-error-role = 无效的角色：{ $role }（可选 operator、mediator、supervisor、admin）。
invite-error-region = 无效的地区代码：{ $region }。
invite-error-service-point = 没有编号为 { $service_point } 的服务点。
invite-error-scope = 调解员需要指定地区或服务点。
join-error-unknown = 邀请码不正确。
join-error-used = 这个邀请码已经用过了。
join-error-expired = 这个邀请码已过期，请向管理员申请新的。
