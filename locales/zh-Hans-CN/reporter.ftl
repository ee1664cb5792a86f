# The reporter's journey. Phone numbers stay in Latin digits in every locale.

language-picker = 请选择语言 · Please choose a language
language-changed = 语言已切换为中文。
welcome = 您好，欢迎来到妇女之家服务。我们可以为您提供咨询、调解和帮助，您说的内容会被保密。
safety-check = 现在方便聊天吗？这是您自己的手机吗？
safety-yes = 方便，是我自己的手机
safety-no = 不方便 / 不是我的手机
minimal-mode =
    我们明白。您随时可以拨打 12338 妇女维权公益服务热线。
    如果需要，我们可以在您方便的时间给您回电话。
minimal-request-callback = 请给我回电话
minimal-ask-callback = 请写下回电号码和方便接听的时间（例如：晚上 8 点以后）。
minimal-callback-registered = 好的，我们会在您说的时间回电。如遇危险请立即拨打 110。

menu-prompt = 请问需要什么帮助？
menu-new = 我需要帮助（新的求助）
menu-cases = 我的案件
menu-language = 语言
menu-help = 帮助
help-text =
    使用方法：点“我需要帮助”提交求助，点“我的案件”查看进度（需要密码）。
    “紧急求助”按钮随时可用：会显示 110、120、12338 并通知值班人员。
    “快速离开”按钮会清除对话。
    遭受家庭暴力时：公安机关可以对施暴人出具告诫书；您可以向法院申请人身安全保护令，情况紧急的，法院应在 24 小时内作出裁定。
    命令：/start 主菜单，/cases 我的案件，/language 语言，/help 帮助。
reask-use-buttons = 请用下面的按钮选择。
reask-kept-text = 您写的内容已经保存，会放进求助描述里。请用下面的按钮选择。
warning-private-use-keyboard = 您的输入法发送的是旧式蒙古文编码，别人可能无法正确显示。建议换用符合 Unicode 标准的蒙古文输入法。您的文字已原样保存。
error-unknown-command = 不认识的命令 { $command }。输入 /help 查看可用的命令。
error-unsupported-content = 暂时无法读取这类内容（如贴纸、位置）。请用文字、照片、语音或文件。
error-stale-button = 这个按钮已经失效了，请使用最新消息里的按钮。
error-file-too-large = 文件太大，无法接收（上限 { $limit_mb } MB）。请发送较小的文件，或到妇女之家当面提交。
error-case-files-full = 这个案件能接收的文件已经满了。请用文字说明其余内容，或到妇女之家当面提交。

intake-ask-service = 请选择您需要的服务：
intake-ask-region = 您在哪个地区？
intake-ask-description =
    { $kept ->
        [0] 请用自己的话说说发生了什么。可以发文字，也可以发照片、语音或文件作为材料。
       *[other] 请用自己的话说说发生了什么。可以发文字，也可以发照片、语音或文件作为材料。已保存您之前写的 { $kept } 段内容。
    }
intake-description-received = 已收到。还可以继续补充，或点“继续”。
intake-ask-involved = 事情是否涉及儿童或老人？
involved-child = 涉及儿童
involved-elder = 涉及老人
involved-both = 儿童和老人都涉及
involved-none = 都不涉及
intake-ask-contact = 我们怎样联系您比较安全？
contact-this_chat = 只在这个对话里联系
contact-phone_callback = 电话回访
contact-no_contact = 不要主动联系我
intake-ask-phone = 请写下电话号码和方便接听的时间。
intake-phone-needs-number = 没有看到电话号码。请写下号码（数字）和方便接听的时间，您刚才写的内容已保存。
intake-ask-identity = 您希望匿名，还是留下姓名？匿名也可以获得咨询和帮助。
identity-anonymous = 匿名
identity-named = 留下姓名
intake-ask-name = 请写下您的姓名（只有处理您案件的工作人员能看到）。
consent-text =
    提交前请了解：
    · 我们保存：您选择的服务和地区、您写的内容和材料、联系方式（如果提供）。
    · 用途：只用于处理您的求助和回访。
    · 保存多久：仅咨询的案件 12 个月后匿名化；其他按规定保存，至少 3 年的记录用于监督。
    · 谁能看到：负责您所在地区的妇联工作人员和处理您案件的调解员。转交给公安、法院等机构前会另外征求您的同意（紧急情况和涉及儿童的除外）。
    · 您可以随时查看、更正、撤回同意。
    同意后才能登记求助。
consent-agree = 同意并继续
consent-decline = 不同意
consent-declined = 没有您的同意我们无法登记。您仍然可以拨打 12338 获得匿名咨询。
intake-review =
    请确认：
    服务：{ $service }
    地区：{ $region }
    您的描述：{ $description }
    材料：{ $attachments } 份
    涉及：{ $involved }
    联系方式：{ $contact }
    身份：{ $identity }
review-change-service = 修改服务
review-change-region = 修改地区
review-change-describe = 补充描述
review-change-involved = 修改涉及人员
review-change-contact = 修改联系方式
review-change-identity = 修改身份
case-receipt =
    已登记。您的案件编号：{ $reference }
    查询密码：{ $pin }（请记住，不要告诉别人）
    工作人员回应时限：{ $due }
    紧急情况请拨打 110（报警）、120（急救）或 12338（妇女维权热线）。
due-soon = 尽快

emergency-numbers =
    如果您现在有危险：
    报警 110 · 急救 120 · 妇女维权热线 12338
    遭受家庭暴力时，可以要求公安机关对施暴人出具告诫书，也可以向法院申请人身安全保护令。
emergency-raised = 已通知值班工作人员，您的案件 { $reference } 已转为紧急处理。
emergency-already-raised = 您的案件 { $reference } 已经在紧急处理中，值班人员已收到通知。
emergency-case-opened = 已通知值班工作人员。紧急案件编号：{ $reference }。

cases-ask-pin = 请输入查询密码（6 位数字）。
cases-ask-reference = 请输入案件编号和密码，中间空格隔开，例如：HLB-2026-000123 123456
cases-reference-format = 格式不对。请输入案件编号和密码，例如：HLB-2026-000123 123456
cases-pin-wrong =
    密码不正确。还可以再试 { $left } 次。
cases-pin-paused = 尝试次数过多，为了保护您的信息，请在 { $until } 之后再试。也可以拨打 12338。
cases-none = 没有找到您的案件。
cases-list = 您的案件（{ $count } 个），点一个查看：
cases-item = { $reference } · { $status }
case-view =
    案件 { $reference }
    服务：{ $service }
    状态：{ $status }
    登记时间：{ $opened }
case-messages =
    最近的消息：
    { $lines }
case-message-from-mediator = [{ $at }] 您的调解员：{ $text }
case-message-from-you = [{ $at }] 您：{ $text }
case-add-info = 补充信息
case-withdraw = 撤回求助
case-reopen = 重新开启
case-ask-info = 请发送要补充的文字、照片或文件，完成后点“完成”。
case-info-added = 已补充到案件中，处理人员会看到。
case-words-look-like-pin = 这看起来像您的查询密码，所以没有转给工作人员：这里没有人需要它，请自己保管。如果您想写的是一个数字，请加上文字（例如：6个孩子）。
case-closed-words-kept = 案件 { $reference } 已经结束，您写的内容已保存，但现在没有工作人员在处理。如果问题又出现，请点“重新开启”；如果有危险，请点紧急求助按钮或拨打 110。
case-withdraw-confirm = 确定要撤回案件 { $reference } 吗？
case-withdrawn = 案件 { $reference } 已撤回。需要时可以再联系我们。
case-ask-reopen-reason = 请简单说明为什么要重新开启。
case-reopened = 案件 { $reference } 已重新开启，工作人员会再联系您。

status-intake = 还在填写中。
status-new = 已登记，正在等待工作人员受理。
status-emergency = 紧急处理中，值班人员已收到通知。
status-accepted = 已受理，正在安排合适的工作人员。
status-not_accepted = 不在受理范围内，工作人员已告知可以求助的其他渠道。
status-dispatched = 已派给调解员或服务队，等待接单。
status-in_progress = 工作人员正在办理。
status-mediation_pending = 正在征求双方是否同意调解。
status-mediating = 调解正在进行。
status-agreement = 已达成调解协议。双方可以自协议生效之日起 30 天内共同向法院申请司法确认。
status-referred = 已转交相关部门，等待反馈。
status-follow_up = 已处理，我们会按约定回访。
status-on_hold = 暂时搁置，工作人员会定期复查。
status-closed = 已办结。如果问题又出现，可以重新开启。
status-withdrawn = 您已撤回。
status-short-intake = 填写中
status-short-new = 等待受理
status-short-emergency = 紧急处理中
status-short-accepted = 已受理
status-short-not_accepted = 不予受理
status-short-dispatched = 已派单
status-short-in_progress = 办理中
status-short-mediation_pending = 征求调解意见
status-short-mediating = 调解中
status-short-agreement = 已达成协议
status-short-referred = 已转介
status-short-follow_up = 回访中
status-short-on_hold = 暂停
status-short-closed = 已办结
status-short-withdrawn = 已撤回

exit-neutral = 谢谢，再见。

button-yes = 是
button-no = 否
button-continue = 继续
button-confirm = 确认提交
button-back = 返回
button-done = 完成
button-danger = 🆘 紧急求助
button-exit = 快速离开

# "Call me in my language" (issue 7): Daur, Evenki and Oroqen have no written standard in use;
# China Buryat reads traditional Mongolian. Each label shows the language in Chinese and in Mongolian.
call-me-in-my-language = 📞 请用我的语言给我打电话
call-me-choose-language = 您说哪种语言？我们会请会说这种语言的工作人员给您打电话。
spoken-language-label = { $zh } · { $mn }
spoken-language-dta = 达斡尔语
spoken-language-evn = 鄂温克语
spoken-language-orh = 鄂伦春语
spoken-language-bxu = 布里亚特语
call-me-ask-phone = 请写下电话号码和方便接听的安全时间（例如：晚上 8 点以后）。
call-me-registered = 好的，我们会请会说{ $language }的工作人员在您说的时间给您打电话。如遇危险请立即拨打 110 或 12338。

# Words typed outside a request, and notices she did not ask for (issue 10).
notice-first-line = 您有一条新消息。
menu-words-not-kept = 这段文字没有保存：开始求助之前，我们不保存您写的内容。想告诉我们发生了什么，请点“我需要帮助（新的求助）”，再在那里写。
reask-not-kept = 您写的内容没有保存。请用下面的按钮选择。
credentials-not-kept = 这看起来是案件编号和查询密码，所以没有保存，也没有转给任何人。要查看案件，请点“我的案件”。请不要把密码告诉别人。
reply-pin-first = 要把这段话发给处理您案件的工作人员，请先输入查询密码。密码正确之前不会发送。
reply-which-case = 这段话要发到哪个案件？
reply-sent = 已发送给处理案件 { $reference } 的工作人员，并保存在案件中。回复会在这里收到。
reply-not-sent = 您刚才写的那段话没有发送。
error-internal-not-kept = 抱歉，我们这边出了问题，您刚才发送的内容没有保存。请稍后再发一次。紧急情况请拨打 110 或 12338。
