# Her data rights (see, copy, erase) and the retention command.

case-my-data = 我的资料
data-menu = 关于案件 { $reference }，我们保存的资料：您可以查看，可以在这里的对话中获取一份副本，也可以申请删除。
data-button-see = 查看
data-button-copy = 发给我一份副本
data-button-erase = 删除
data-view =
    案件 { $reference }
    服务：{ $service }
    地区：{ $region }
    状态：{ $status }
    登记时间：{ $opened }
    风险：{ $risk }
    标记：{ $flags }
    办理人员：{ $handlers }
    文字：{ $words }
    文件：{ $files }
    办理步骤：{ $steps }
data-word-line = { $at } · { $kind }：{ $text }
data-file-line = { $at } · { $name }（{ $size } 字节）
data-step-line = { $at } · { $trigger }（{ $role }）
data-handler-point = 服务点
data-kind-description = 您的陈述
data-kind-message-in = 您的留言
data-kind-message-out = 工作人员的留言
data-kind-contact = 联系方式
data-kind-callback = 回电请求
data-kind-evidence = 文件
data-kind-other = 记录
data-copy-header = 以下是我们保存的关于案件 { $reference } 的全部资料副本（共 { $parts } 条消息）。拿到这部手机的人都能看到；“快速离开”会清除对话。
data-copy-entry =
    { $at } · { $kind }：
    { $text }
data-copy-end = 案件 { $reference } 的副本到此结束。
data-copy-sent = 案件 { $reference } 的副本见上文。
data-erase-blocked = 案件 { $reference } 现在不能删除。{ $why }
erase-why-legal-hold = 该案件因法院或公安机关的需要而被保留（法律保全）。保全结束后可以再次申请删除。您仍然可以查看并获取副本。
erase-why-child = 该案件涉及儿童，法律要求保留此类记录以保护儿童。您仍然可以查看并获取副本。
erase-why-mediation = 该案件的调解正在进行。调解结束后可以再次申请删除。
erase-why-open = 案件未能先行结束。请稍后再申请。
data-erase-already-asked = 删除案件 { $reference } 的申请已在等待主管审批。
data-erase-confirm = 删除案件 { $reference } 将清除您的文字、文件、联系方式以及您与该案件的关联。只保留匿名统计数据（服务、地区、日期、结果）。删除须经主管批准。要申请删除吗？
data-erase-confirm-open = 案件 { $reference } 仍在办理中：删除将结束该案件（撤回），并清除您的文字、文件、联系方式以及您与该案件的关联。只保留匿名统计数据（服务、地区、日期、结果）。删除须经主管批准。要申请删除吗？
data-erase-cancelled = 没有删除任何内容。
data-erase-requested = 您删除案件 { $reference } 的申请已提交主管。{ $quiet ->
    [yes] 您选择了不在这里联系您，所以不会另发消息：删除完成后，在"我的案件"里将找不到这个案件。
   *[no] 有结果后会在这里告诉您。
}
data-erase-refused = 主管没有批准删除案件 { $reference }。您可以询问工作人员原因，或再次申请。
data-erase-done = 已按您的要求删除案件 { $reference }：您的文字、文件和联系方式均已清除，只保留匿名统计数据。

staff-data-usage = 用法：/data 案件编号（查看她的案件所存资料、向她的对话发送副本，或代她申请删除）。
staff-data-button-copy = 给她发送副本
staff-data-button-erase = 申请删除
staff-data-not-in-chat = 案件 { $reference } 不能通过对话联系（热线、回电或“请勿联系”）：请在电话中向她读出资料。
staff-data-copy-sent = 案件 { $reference } 的副本已发送到她的对话。
staff-erase-blocked = 案件 { $reference } 现在不能删除。{ $why }
staff-erasure-requested = 申请删除案件 { $reference }（{ $service }，{ $region }）的个人信息，申请方式：{ $whose }。是否批准？
staff-erasure-by-her = 本人凭 PIN 申请
staff-erasure-by-staff = 工作人员代为申请
staff-erasure-refused = 删除案件 { $reference } 未获批准。
staff-erasure-done = 案件 { $reference } 已删除：她的文字、文件和身份信息已清除，匿名事实数据保留。

cli-retention-done = 保存期限清理完成：共删除 { $total } 项。
cli-retention-dry-run = 试运行：将删除 { $total } 项（未做任何更改）。
cli-legal-hold-on = 案件 { $reference } 已设为法律保全：解除保全前不会被删除。
cli-legal-hold-off = 案件 { $reference } 的法律保全已解除。
cli-retention-kind = { $kind }：{ $count }
retention-kind-abandoned-intakes = 未完成的申请
retention-kind-conversations = 闲置的对话
retention-kind-processed-updates = 已处理的消息编号
retention-kind-sent-outbox = 已发送或失败的待发消息
retention-kind-dead-outbox-args = 已清空内容的失败消息
retention-kind-transcripts = 已结案件的聊天记录
retention-kind-consultation-cases = 仅咨询的案件
retention-kind-closed-cases = 已结案件
retention-kind-evidence-files = 证据文件
retention-kind-pin-guesses = PIN 尝试记录

data-orders = 您的服务点单：{ $orders }
data-order-line = { $reference } · { $kind } · { $state } · 点单于 { $placed } · 日期 { $scheduled } · 联系方式 { $contact }
retention-kind-orders = 服务点单（联系方式和地点已删除）
