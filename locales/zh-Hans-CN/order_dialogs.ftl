# 服务点单的对话（bot/dialogs/orders.py、bot/dialogs/order_staff.py、docs/orders.md）。

## 她的菜单
menu-order = 为我们这里点一项服务
menu-my-orders = 我的服务点单

## 点单，一步一步
order-ask-kind = 您想为您那里点什么服务？
order-ask-topic = 什么主题？
order-ask-region = 地点在哪个旗市区？
order-ask-place-kind = 是什么样的地方？
order-ask-place-name = 请写地点的名称：嘎查（村）、社区、学校或企业。
order-ask-dates = 哪些日期合适？最多写三个，例如 2026-12-20、12月20日或“明天”。也可以点“日期不限”。
order-button-no-dates = 日期不限
order-ask-audience = 大约有多少人参加？请写一个数字，例如 40。
order-audience-many = 我们需要一个数字来安排，大概的也可以：例如 40 或 100。
order-ask-language = 用什么语言讲？
order-ask-format = 线下还是线上？
order-ask-contact = 服务队联系谁？请写姓名和电话，或点“不留联系方式”。留了联系方式，您会得到一个 PIN 码，用来查看点单。
order-button-no-contact = 不留联系方式
order-review =
    请核对您的点单：
    { $kind }
    主题：{ $topic }
    地点：{ $place_kind }，{ $place }，{ $region }
    日期：{ $dates }
    人数：{ $audience }
    语言：{ $language }，{ $format }
    联系人：{ $contact }
order-review-no-dates = 日期不限
order-review-no-contact = 无
order-placed = 谢谢。您的点单已登记：{ $reference }。妇联会安排服务队，并在这里告诉您日期。请保存编号，用来查看点单。
order-placed-pin = 这个点单的 PIN 码：{ $pin }。请自己保管：它和编号一起可以打开您的点单。它不会再显示。
order-credentials-not-kept = 这看起来像点单编号和 PIN 码，所以没有保存。要查看点单，请点“我的服务点单”。

## 她的点单
order-mine-none = 这个对话里还没有您的服务点单。
order-mine-list =
    您的服务点单：
    { $lines }
    点一个打开。
order-mine-line = { $reference } · { $state }
order-ask-pin = 请写点单 { $reference } 的 PIN 码。
order-card =
    点单 { $reference }：{ $state }
    { $kind }，{ $topic }
    地点：{ $place_kind }，{ $place }，{ $region }
    人数：{ $audience } · { $language } · { $format }
    { $schedule }
order-card-when = 日期：{ $when }，地点：{ $venue }
order-card-no-date = 还没有确定日期。
order-button-cancel = 取消这个点单
order-ask-cancel-reason = 为什么取消？写几个字就可以。
order-cancelled = 点单 { $reference } 已取消。
order-not-now = 点单 { $reference } 现在是“{ $state }”：已经不能这样做了。
order-button-erase = 删除我在这个点单里的信息
order-erase-confirm = 点单 { $reference } 已结束。要删除其中您的姓名、电话和您写的地点吗？服务队的活动记录会保留，但不再包含这些信息。删除后无法恢复。
order-erased = 点单 { $reference } 中您的信息已删除。
order-button-back = 返回菜单

## 工作人员：列表
staff-menu-orders = 服务点单
orders-staff-waiting-title = 等待派单的服务点单
orders-staff-team-title = 您的服务队手上的点单
orders-staff-found-title = 查到的服务点单
orders-staff-list =
    { $title }（{ $count }）：
    { $lines }
orders-staff-list-empty = { $title }：没有。
orders-staff-line = { $reference } · { $state } · { $kind } · { $topic } · { $region } · { $audience }
orders-staff-filters-help =
    /orders 的筛选条件（主管）：region=、kind=、topic=、state=
    类型：{ $kinds }
    主题：{ $topics }
    状态：{ $states }
    地区：{ $regions }
orders-staff-filters-supervisors = 筛选只供主管使用。下面是您负责地区等待派单的点单。
orders-staff-usage = 请写点单编号，例如：/order HLO-2026-000001
orders-staff-not-found = 没有您能查看的点单 { $reference }。

## 工作人员：点单卡片
orders-staff-card =
    点单 { $reference }：{ $state }
    { $kind }，{ $topic }
    地点：{ $place_kind }，{ $place }，{ $region }
    人数：{ $audience } · { $language } · { $format }
    希望的日期：{ $dates }
    联系人：{ $contact }
    服务队：{ $team }
    { $schedule }
orders-staff-no-team = 还没有
orders-staff-suggestions =
    建议的服务队：
    { $lines }
orders-staff-suggestion = { $team }：{ $reasons }
orders-staff-no-suggestion = 现在没有能接单的服务队。
orders-staff-button-dispatch = 派给 { $team }
orders-staff-button-accept = 接单（日期、时间、地点）
orders-staff-button-decline = 不能接单
orders-staff-button-reschedule = 改日期
orders-staff-button-record = 登记活动
orders-staff-button-cancel = 取消点单
orders-staff-dispatched = 点单 { $reference } 已派给 { $team }。

## 工作人员：表单
orders-staff-ask-date = 哪一天？例如 2026-12-20 或 12月20日。
orders-staff-ask-time = 几点？例如 14:30。
orders-staff-ask-venue = 具体在哪里：会场、地址或链接？
orders-staff-ask-reason = 原因是什么？写几个字。
orders-staff-ask-held-on = 活动是哪天举办的？例如 2026-12-20 或“今天”。
orders-staff-ask-place = 在哪里举办的（地点名称）？
orders-staff-ask-spot-kind = 开展的是什么活动？
orders-staff-ask-spot-language = 用什么语言开展的？
orders-staff-ask-format = 线下还是线上？
orders-staff-ask-attendees = 参加的有多少人次？请写数字，例如 45。
orders-staff-ask-women-helped = 个别帮助了多少名妇女？请写数字；没有就写 0。
orders-staff-ask-topics = 讲了哪些主题？逐个点选，然后点“完成”。已选：{ $chosen }
orders-staff-ask-notes = 备注（可不填）：发生了什么，大家问了什么。或点“跳过”。
orders-staff-button-done = 完成
orders-staff-button-skip = 跳过
orders-staff-not-a-time = 请写一个时间，例如 14:30。
orders-staff-accepted = 点单 { $reference } 已定好日期，已通知点单人。
orders-staff-declined-done = 点单 { $reference } 已退回窗口重新派单。
orders-staff-cancelled-done = 点单 { $reference } 已取消。
orders-staff-recorded = 点单 { $reference } 的活动已登记：{ $attendees } 人次参加，个别帮助 { $helped } 名妇女。
orders-staff-form-cancelled = 没有做任何更改。
orders-staff-spot-recorded = 活动已登记（随机服务，没有点单）：{ $attendees } 人次参加，个别帮助 { $helped } 名妇女。
orders-staff-spot-no-team = 随机服务的活动由举办它的妇女之家或服务队的成员登记：您的账号不属于任何妇女之家或服务队。

## 工作人员：拒绝
orders-staff-refused = 点单 { $reference } 不能这样做：{ $why }
orders-why-not_team = 它在另一个服务队手上。
orders-why-other_region = 它在您不负责的地区。
orders-why-role = 您的角色不允许。
orders-why-date_in_past = 这个日期和时间已经过去了。
orders-staff-time-passed = 今天的这个时间已经过去了。请填写更晚的时间，或点“取消”另选一天。
orders-why-team_unknown = 这个服务队没有在服务。
orders-why-out_of_reach = 这个服务队不去该地区开展现场活动；只有主管可以派它去。
orders-why-not_visible = 您不能查看它。
orders-why-not_orderer = 这不是您的点单。
orders-why-missing = 缺少一些内容。

## 工作人员：活动
orders-staff-events =
    { $first } 至 { $last } 举办的活动（{ $count }）：
    { $lines }
orders-staff-events-none = { $first } 至 { $last } 没有登记的活动。
orders-staff-event-line = { $date } · { $kind } · { $region } · { $attendees } 人次 · 个别帮助 { $helped } · { $format }
orders-staff-events-usage = 例如这样写：/events from=2026-01-01 to=2026-12-31 region=hailar kind=team_visit topic=health
orders-staff-events-unread = 无法识别“{ $part }”。
orders-staff-events-period-reversed = 结束日期早于开始日期。
orders-staff-events-supervisors = /events 只供主管使用。
orders-staff-figures =
    { $first } 至 { $last } 的数据（{ $scope }）：
    固定妇女之家：{ $homes } 个 · 流动服务队：{ $teams } 支
    讲堂：{ $lectures } 场（{ $by_kind }）
    活动：{ $events } 场（线上 { $online }；点单 { $ordered }，随机 { $spot }）· { $person_times } 人次
    帮助妇女：{ $helped } 人次（案件 { $cases }，活动中个别帮助 { $at_events }）
orders-staff-figures-kind = { $kind } { $count } 场
orders-staff-figures-scope-all = 您负责的全部地区
orders-staff-figures-not-yours = { $region } 不在您负责的地区内：您只能查看自己地区的数据。

orders-staff-ask-photos = 活动照片（可不传）：在这里发送一张或多张，然后点“完成”。{ $count ->
    [0] 还没有保存照片。
   *[other] 已保存照片：{ $count } 张。
}
orders-staff-button-photos-done = 完成
orders-staff-photos-only = 这里只能保存照片：请发送图片，或点“完成”。
orders-staff-photos-full = 一场活动最多保存 { $limit } 张照片，不再保存更多。
orders-staff-ask-cases = 活动中是否有妇女为自己的事求助？现在为她立案（12338 登记表的问题；案件与本次活动关联），或点“完成”。已立案：{ $count }（{ $references }）
orders-staff-button-open-case = 为一位妇女立案
orders-staff-button-cases-done = 完成
orders-staff-button-case-stop = 停止：不立此案
orders-staff-case-intro = 为您在活动中遇到的一位妇女立案：下面是 12338 登记表的问题（这里的“来电”指您与她的谈话）。
orders-staff-case-needs-answer = 请输入回答，或点“停止”。
orders-staff-case-not-opened = 未立案。
orders-staff-case-opened = 已为她立案 { $reference }，将与本次活动关联。她的 PIN：{ $pin }（当面告诉她；不要写在别人能看到的地方）。
