# The staff side: one window, case cards, dispatch, handling, approvals, relay, hotline, queries.

staff-joined =
    欢迎加入。您的角色：
    { $roles }
    负责地区：
    { $regions }
staff-left = 您已退出工作人员身份，访问权限立即停止。
staff-no-access = 您已没有工作人员权限。如有疑问请联系管理员。
staff-menu = 工作台：请选择。
staff-help =
    工作人员命令：
    /queue 待办队列（紧急优先）
    /mine 我的案件（调解员）
    /case 编号 — 查看案件卡片和时间线
    /cases state=… service=… region=… assignee=… emergency overdue — 筛选案件
    /counts 各状态案件数
    /stats [month|week|quarter|year|2026-11|from=… to=…] [region] — 统计数据和图表（主管）
    /export [时段] [地区] [csv|xlsx|md] — 统计数据和案件清单文件，通过一次性链接下载（主管）
    /reply 编号 内容 — 通过机器人给求助人发消息
    /data 编号 — 她的案件所存资料：读给她听、发给她副本、申请删除
    /hotline 登记 12338 来电
    /orders 服务点单（等待派单的，或本服务队的）
    /order HLO-… — 点单卡片
    /events [from=… to=… region=… kind=… topic=…] — 已开展的活动（主管）
    /event 登记随机服务活动（没有点单）
    /duty on|off 上班／下班值班（紧急案件是否呼叫您；/duty 查看）
    /language 语言，/leave 退出，/cancel 取消当前表单
staff-unknown-command = 不认识的命令 { $command }。输入 /help 查看工作人员命令。
staff-menu-queue = 待办队列
staff-menu-hotline = 登记来电
staff-menu-mine = 我的案件
staff-menu-counts = 案件统计
staff-queue-title = 待办队列
staff-mine-title = 我的案件
staff-cases-title = 筛选结果
staff-list-empty = { $title }：暂无案件。
staff-case-list =
    { $title }（{ $count }）：
    { $lines }
staff-case-page =
    { $title }，从新到旧（显示 { $count } 件）：
    { $lines }
staff-button-more = 更多（更早的）
staff-case-line = { $reference } · { $status } · { $service } · { $region } · { $language } · 风险 { $risk } · 登记于 { $opened }
staff-case-not-found = 没有找到案件 { $reference }，或不在您的权限范围内。
staff-count-line = { $state }：{ $count }
staff-case-card =
    案件 { $reference } · { $status }
    服务：{ $service }　地区：{ $region }
    语言：{ $language }{ $spoken }　渠道：{ $channel }　风险：{ $risk }
    负责人：{ $owner }　承办：{ $assignee }
    期限：{ $due }
    标记：{ $flags }
    —— 内容 ——
    { $words }
    —— 材料 ——
    { $evidence }
    —— 时间线 ——
    { $timeline }
staff-timeline-line = { $at } { $trigger }（{ $role }）→ { $target }
staff-entry-description = [{ $at }] 求助人描述：{ $text }
staff-entry-message-in = [{ $at }] 求助人：{ $text }
staff-entry-message-out = [{ $at }] 工作人员：{ $text }
staff-entry-contact = [{ $at }] 联系方式：{ $text }
staff-entry-callback = [{ $at }] 回电请求：{ $text }
staff-card-spoken = （请用{ $language }电话联系）
flag-minor = 涉及儿童
flag-elder = 涉及老人
flag-anonymous = 匿名
flag-no-contact = 不要主动联系
flag-confidential = 保密
flag-overdue = 已超期
flag-call-back = 只打电话，不要发消息
channel-telegram = Telegram
channel-matrix = Matrix
channel-web = 网页
channel-hotline = 12338 热线

staff-button-open = 打开案件
staff-button-ack = 确认已收到
staff-button-accept = 受理
staff-button-dispatch = 派单
staff-button-take = 接单
staff-button-decline = 退单
staff-button-start-mediation = 申请调解
staff-button-parties-consent = 双方同意
staff-button-record-session = 记录调解
staff-button-agreement = 达成协议
staff-button-terminate = 终止调解
staff-button-refer = 转介
staff-button-feedback = 转介反馈
staff-button-resolve = 办结待回访
staff-button-close = 结案
staff-button-reject = 不予受理
staff-button-emergency = 转为紧急
staff-button-hold = 暂停
staff-button-resume = 恢复
staff-button-reopen = 重新开启
staff-button-message = 给求助人发消息
staff-button-confidential-on = 设为保密
staff-button-confidential-off = 取消保密
staff-confidential-on = { $reference } 已设为保密：只有负责人、承办人和本地区主管能看到。
staff-confidential-off = { $reference } 已取消保密。
staff-button-approve = 批准
staff-button-refuse = 不批准
staff-button-cancel = 取消
staff-button-callback-done = 已回电
staff-cancelled = 已取消。
staff-done = { $reference }：{ $trigger } 完成，现在状态：{ $status }。
staff-agreement-window = 司法确认须由双方自协议生效之日起 30 天内共同申请，期限：{ $due }。
staff-acknowledged = 已确认收到紧急案件 { $reference }，已记录您的姓名和时间。
staff-refusal-taken = 这个案件已由 { $who } 处理，目前状态：{ $state }。
staff-missing-field = 还缺少：{ $field }。

staff-ask-risk = 受理 { $reference }：请评估风险等级。
staff-ask-reject-reason = 不予受理 { $reference }：请选择原因。
staff-ask-signposting = 请写下告知求助人的其他求助渠道（会发给她）。
staff-ask-hold-reason = 暂停 { $reference }：请写明原因。
staff-ask-decline-reason = 退单 { $reference }：请写明原因，窗口人员会收到。
staff-ask-opted-in = 求助人是否明确选择调解？（家暴案件还需主管批准，风险须为中或低。）
staff-ask-both-consent = 双方是否都已同意调解并已记录？
staff-ask-session-place = 地点？
staff-ask-session-attendees = 参加人员？
staff-ask-session-summary = 调解情况摘要？
staff-ask-session-next = 下次调解日期？（没有请写“无”）
staff-ask-agreement-form = 协议形式？
staff-ask-agreement-text = 请写下协议内容。
staff-ask-terminate-reason = 终止调解 { $reference }：请写明原因。求助人会收到仲裁、行政和诉讼途径的告知。
staff-ask-agency = 转介给哪个部门？
staff-ask-referral-purpose = 转介目的？
staff-ask-share-basis = 向该部门提供信息的依据？
staff-ask-feedback = 部门反馈的结果？
staff-ask-outcome = 处理结果？（回访时间会自动安排在 7 天和 30 天后。）
staff-ask-closure = 结案类型？
staff-ask-reopen-reason = 重新开启 { $reference }：请写明原因。
staff-ask-emergency-reason = 转为紧急 { $reference }：请写明原因。
staff-ask-relay = 请写给 { $reference } 求助人的消息。她看到的是“您的调解员”，看不到您的账号。
staff-confirm-yes = 是，已确认
reject-reason-out_of_scope = 不在受理范围
reject-reason-duplicate = 重复求助
reject-reason-other_agency = 应由其他部门处理
reject-reason-no_response = 无法联系
reject-reason-other = 其他
closure-resolved = 问题已解决
closure-agreement_honoured = 协议已履行
closure-referred_out = 已转其他部门办结
closure-no_response = 无法联系
closure-duplicate = 重复案件
closure-other = 其他
agency-police = 公安
agency-court = 法院
agency-legal_aid = 法律援助
agency-civil_affairs = 民政
agency-human_resources = 人社
agency-education = 教育
agency-health = 卫健
share-basis-consent = 求助人已同意
share-basis-emergency = 紧急情况
share-basis-child_protection = 儿童保护强制报告
agreement-form-written = 书面协议
agreement-form-oral = 口头协议

staff-dispatch-suggestions =
    { $reference } 的派单建议：
    { $lines }
staff-suggestion-line = { $name }（{ $kind }，当前 { $load }/{ $capacity }）：{ $reasons }
staff-dispatch-none = 没有可派的调解员或服务点。请先用 walking-home seed --demo 或邀请调解员。
candidate-mediator = 调解员
candidate-point = 服务点
reason-region = 同一地区
reason-service = 提供该服务
reason-language = 会说求助人的语言
reason-spoken = 会说她要求的口语（电话沟通）
reason-load = 有余力
reason-full = 已满

staff-approval-requested = 需要您批准：{ $who } 申请对 { $reference }（{ $service }，{ $region }）进行“{ $trigger }”。
staff-approval-sent = 已提交主管批准：{ $reference }。批准后会自动执行。
staff-approval-no-supervisor = { $reference } 所在地区没有主管可以批准，请联系市妇联。
staff-approval-granted = 主管已批准 { $reference } 的“{ $trigger }”，已执行。
staff-approval-refused = 主管没有批准 { $reference } 的“{ $trigger }”。
staff-approval-failed = { $reference } 的“{ $trigger }”已批准，但案件状态已变化，未能执行。
staff-approval-already-decided = 这项申请已经处理过了。

staff-dispatch-offered = 派单给您：{ $reference }（{ $service }，{ $region }，语言：{ $language }）。请接单或退单。
staff-declined = { $reference } 被退单，已回到队列。原因：{ $reason }
staff-handed-back = { $staff } 已停用。案件 { $reference }（{ $service }，{ $region }）已退回队列，需要重新派单。
staff-case-reopened = 案件 { $reference } 被求助人重新开启：{ $service }，{ $region }，语言：{ $language }。她的理由在案件卡片里。

relay-from-mediator =
    您的调解员（案件 { $reference }）：
    { $text }
relay-reply = 回复
relay-from-reporter =
    { $reference } 的求助人：
    { $text }
staff-relay-sent = 已转给 { $reference } 的求助人。
staff-relay-blocked-no-contact = { $reference } 的求助人要求不要主动联系，消息没有发出，已记录在案件中。
staff-relay-callback-task = { $reference } 的求助人要求电话回访，消息已转为回电任务，请在队列中查看。
staff-relay-empty = 消息是空的，没有发送。
staff-relay-files-not-supported = 暂时不能通过机器人给求助人发送文件，只发送了文字。

staff-callback-task = 待回电：{ $reference } — { $what }
staff-callback-done = 已记录回电：{ $reference }。
staff-callback-already-done = 这个回电任务已经完成了。
callback-relay = 转告：{ $text }
callback-requested = 请回电：{ $text }

hotline-ask-service = 登记 12338 来电：服务类型？
hotline-ask-region = 来电人所在地区？
hotline-ask-language = 来电人使用的语言？
hotline-ask-description = 来电内容摘要？
hotline-ask-phone = 回电号码？
staff-form-needs-number = 这里需要一个电话号码（数字）。
hotline-ask-safe-times = 方便回电的安全时间？
hotline-ask-risk = 风险等级？
hotline-ask-minor = 是否涉及儿童？
hotline-language-zh-Hans-CN = 汉语
hotline-language-mn-Mong-CN = 蒙古语（传统蒙古文）
hotline-language-mn-Cyrl-MN = 蒙古语（西里尔蒙古文）
hotline-language-ru = 俄语
hotline-language-en = 英语
hotline-registered = 来电已登记为 { $reference }。来电人查询密码：{ $pin }（请电话告知）。

field-service = 服务
field-region = 地区
field-consent_version = 同意记录
field-description = 描述
field-reason = 原因
field-reason_code = 原因类型
field-signposting = 告知的其他渠道
field-target = 派单对象
field-reporter_opted_in = 求助人选择调解
field-reporter_consent = 求助人同意
field-other_party_consent = 对方同意
field-session_date = 日期
field-attendees = 参加人员
field-summary = 摘要
field-agreement_text = 协议内容
field-agreement_form = 协议形式
field-agency = 部门
field-purpose = 目的
field-share_consent = 信息共享同意
field-outcome = 结果
field-closure_code = 结案类型
field-risk = 风险等级

# 工作人员流程（第 10 号问题）：每步操作后显示案件卡片、调解会与协议记录、日期、按地区派单、复数。
risk-unassessed = 未评估
refusal-risk-not-assessed = 此家暴案件尚未评估风险；调解前请先评估。
staff-case-usage = 用法：/case 案件编号，例如 /case HLB-2026-000123。/queue 和 /cases 列出您可以打开的案件。
staff-filter-not-valid = “{ $filter }”不是可用的筛选条件。
staff-filter-values =
    筛选条件（可任意组合）：/cases state=… service=… region=… assignee=工作人员编号 emergency overdue
    state（状态）：{ $states }
    service（服务）：{ $services }
    region（地区）：{ $regions }
staff-filter-value = { $code }（{ $name }）
staff-counts-total =
    { NUMBER($total) ->
       *[other] 您范围内共 { $total } 个案件：
    }
    { $lines }
staff-evidence-size =
    { NUMBER($size) ->
       *[other] { $name }（{ $size } 字节）
    }
staff-already-acknowledged = 紧急案件 { $reference } 已由 { $who } 于 { $at } 确认收到。
staff-timeline-acknowledged = { $at } { $who } 确认收到紧急情况
staff-timeline-session = {"    "}调解会：{ $session_date }，地点：{ $place }；参加人：{ $attendees }；下次：{ $next_date }。摘要：{ $summary }
staff-timeline-agreement = {"    "}调解协议（{ $agreement_form }）：{ $agreement_text }
staff-review-session =
    为 { $reference } 记录这次调解会？
    日期：{ $session_date }
    地点：{ $place }
    参加人：{ $attendees }
    摘要：{ $summary }
    下次调解：{ $next_date }
    确认之前不会保存。
staff-review-agreement =
    为 { $reference } 记录这份调解协议？
    形式：{ $agreement_form }
    内容：{ $agreement_text }
    确认之前不会保存。
staff-ask-session-day = 记录 { $reference } 的调解会：哪天举行的？
staff-ask-session-next-day = 有下次调解吗？请选择，或输入日期（年-月-日，例如 2026-12-04）。
staff-ask-date-typed = 请按“年-月-日”输入日期，例如 2026-11-20。
staff-date-today = 今天
staff-date-yesterday = 昨天
staff-date-other = 其他日期
staff-date-none = 没有下次调解
staff-date-not-understood = 无法识别这个日期。请按“年-月-日”输入，例如 2026-11-20。
staff-date-too-early = 日期太早：应不早于 { $earliest }。
staff-date-too-late = 日期太晚：应不晚于 { $latest }。
staff-button-more-regions = 更多：其他地区
staff-dispatch-elsewhere =
    { $reference } 的其他地区候选：
    { $lines }
point-hailar-jianshe = 海拉尔建设街妇女之家
point-hailar-mobile-legal = 海拉尔流动法律服务队
point-manzhouli-border = 满洲里边境妇女之家
point-ergun-shiwei = 额尔古纳室韦俄罗斯族民族乡妇女之家
point-evenki-mobile = 鄂温克旗流动服务队
point-new-barag-left-pastoral = 新巴尔虎左旗牧区妇女之家
point-morin-dawa-daur = 莫力达瓦达斡尔族妇女之家
