# 服务点单与派单（docs/orders.md）：妇女群众或社区为所在地点单讲堂、流动服务队上门或“十送到基层”活动；
# 妇联派单给妇女之家或流动服务队；服务队记录服务情况。

## 可点的服务
orders-kind-lecture_teaching = 教学讲堂
orders-kind-lecture_thematic = 专题讲堂
orders-kind-lecture_service = 服务讲堂
orders-kind-lecture_activity = 活动讲堂
orders-kind-lecture_publicity = 宣传讲堂
orders-kind-team_visit = 流动服务队上门 / 咨询日
orders-kind-ten_deliveries = “十送到基层”活动

orders-topic-rights_law = 维权与法律
orders-topic-family_education = 家庭教育
orders-topic-marriage_family = 婚姻家庭
orders-topic-mental_health = 心理健康
orders-topic-health = 健康
orders-topic-employment = 创业就业
orders-topic-literacy = 科学与金融知识
orders-topic-rural_revitalisation = 乡村振兴
orders-topic-care_elderly_children = 关爱老人和儿童

orders-place-gacha = 嘎查 / 村
orders-place-community = 社区
orders-place-school = 学校
orders-place-enterprise = 企业

orders-language-mongolian = 蒙古语
orders-language-chinese = 汉语
orders-language-bilingual = 蒙汉双语
orders-language-other = 其他语言

orders-format-on_site = 线下
orders-format-online = 线上

orders-point-fixed_home = 妇女之家
orders-point-mobile_team = 流动服务队

## 点单的进度
orders-state-requested = 等待派单
orders-state-dispatched = 已派给服务队
orders-state-scheduled = 时间已确认
orders-state-delivered = 已开展，待记录
orders-state-recorded = 已开展并记录
orders-state-cancelled = 已取消

## 推荐服务队的理由（另见 reason-region、reason-language、reason-load、reason-full）
orders-reason-travels = 可前往该地区
orders-reason-topic = 能讲该主题
orders-reason-online = 可线上开展

## 点单或记录中有误：先说哪一项，再说问题
orders-field-kind = 点单的服务
orders-field-topic = 主题
orders-field-region = 地区
orders-field-place_kind = 地点类型
orders-field-place_name = 地点名称
orders-field-language = 语言
orders-field-format = 线下或线上
orders-field-audience = 预计人数
orders-field-preferred_dates = 希望的日期
orders-field-contact_name = 联系人姓名
orders-field-contact_phone = 联系电话
orders-field-topics = 讲授的主题
orders-field-held_on = 活动日期
orders-field-scheduled_on = 商定的活动日期
orders-field-attendees = 参加人次
orders-field-women_helped = 个别帮助的妇女人数
orders-field-notes = 备注
orders-field-case_ids = 关联的案件

orders-invalid = 这个点单或记录中有不正确的内容。请核对后再试。
orders-invalid-unknown = { $field }：请从给出的选项中选择。
orders-invalid-missing = { $field }：此项必填。
orders-invalid-too_long = { $field }：内容太长，请缩短。
orders-invalid-not_a_number = { $field }：请用数字填写一个整数，例如 40。
orders-invalid-too_small = { $field }：数字太小。
orders-invalid-too_large = { $field }：数字太大。
orders-invalid-too_many = { $field }：最多填写三个。
orders-invalid-not_a_date = { $field }：请填写日期，例如 2026-05-20。
orders-invalid-in_past = { $field }：这个日期已经过去，请填写以后的日期。
orders-invalid-too_far = { $field }：这个日期太远，请填写一年以内的日期。
orders-invalid-in_future = { $field }：这个日期还没到。活动开展之后才能记录。
orders-invalid-before_order = { $field }：这个日期早于点单的日期。请填写活动实际开展的日期。
orders-invalid-more_than_attendees = { $field }：不能多于参加人次。

## 给工作人员的通知
orders-staff-new = 新的服务点单 { $reference }：{ $kind }，{ $topic }，{ $region }，约 { $audience } 人。等待派单。
orders-staff-offered = 服务点单 { $reference } 已派给您的服务队：{ $kind }，{ $topic }，{ $region }，约 { $audience } 人。请确认日期、时间和地点后接单，或说明理由后退单。
orders-staff-declined = 服务点单 { $reference } 被 { $team } 退回：{ $reason }。等待重新派单。
orders-staff-cancelled = 服务点单 { $reference } 已取消：{ $reason }。

## 给点单人的通知（用她的语言）
orders-notice-scheduled = 您的点单 { $reference } 已确认：{ $team } 将于 { $when } 在 { $venue } 开展服务。
orders-notice-rescheduled = 您的点单 { $reference } 改了时间：{ $when }，地点：{ $venue }。
orders-notice-rearranging = 您的点单 { $reference }：服务队无法按约定日期前来。我们正在安排其他服务队，确定新日期后会告诉您。
orders-notice-cancelled = 您的点单 { $reference } 已取消：{ $reason }。
orders-notice-recorded = 谢谢您：点单 { $reference } 的活动已开展并记录（参加 { $attendees } 人次）。

## 拒绝
orders-error-not-found = 没有这个编号的点单。请核对后再试。
orders-error-stale = 有人同时修改了这个点单。请重新查看。
