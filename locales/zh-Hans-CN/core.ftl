# Core vocabulary: states, triggers, roles, risks, services, regions, refusals.
# Reference catalog: every other locale must have exactly these ids and variables.

language-self = 中文
list-separator = 、

state-intake = 填写中
state-new = 已登记
state-emergency = 紧急处置
state-accepted = 已受理
state-not_accepted = 不予受理
state-dispatched = 已派单
state-in_progress = 办理中
state-mediation_pending = 申请调解
state-mediating = 调解中
state-agreement = 达成协议
state-referred = 已转介
state-follow_up = 回访中
state-on_hold = 暂停
state-closed = 已办结
state-withdrawn = 已撤回

trigger-submit = 登记
trigger-raise_emergency = 转为紧急
trigger-accept = 受理
trigger-reject = 不予受理
trigger-dispatch = 派单
trigger-take = 接单
trigger-decline = 退单
trigger-start_mediation = 申请调解
trigger-parties_consent = 双方同意调解
trigger-record_session = 记录调解
trigger-reach_agreement = 达成协议
trigger-terminate_mediation = 终止调解
trigger-refer = 转介
trigger-referral_feedback = 转介反馈
trigger-resolve = 办结待回访
trigger-close = 结案
trigger-hold = 暂停
trigger-resume = 恢复
trigger-withdraw = 撤回
trigger-reopen = 重新开启

role-reporter = 求助人
role-operator = 窗口工作人员
role-mediator = 调解员
role-supervisor = 主管
role-system = 系统
role-admin = 管理员

risk-low = 低
risk-medium = 中
risk-high = 高
risk-imminent = 紧迫危险

service-family_mediation = 婚姻家庭纠纷调解
service-rights = 权益维护 / 反家暴
service-legal = 法律咨询
service-employment = 创业就业
service-family_education = 家庭教育
service-mental_health = 心理健康
service-assistance = 帮扶救助（老人、儿童）
service-other = 其他

region-hailar = 海拉尔区
region-jalainur = 扎赉诺尔区
region-manzhouli = 满洲里市
region-yakeshi = 牙克石市
region-zhalantun = 扎兰屯市
region-ergun = 额尔古纳市
region-genhe = 根河市
region-arun = 阿荣旗
region-morin-dawa = 莫力达瓦达斡尔族自治旗
region-oroqen = 鄂伦春自治旗
region-evenki = 鄂温克族自治旗
region-old-barag = 陈巴尔虎旗
region-new-barag-left = 新巴尔虎左旗
region-new-barag-right = 新巴尔虎右旗
region-unknown = 不确定
region-all = 全市

point-kind-fixed_home = 妇女之家
point-kind-mobile_team = 流动服务队

refusal-role = 您的身份不能进行这项操作。
refusal-not-reporter = 只有求助人本人可以进行这项操作。
refusal-not-assigned = 这个案件没有派给您。
refusal-other-region = 这个案件不在您负责的地区。
refusal-confidential = 这是保密案件，只有指定的工作人员可以处理。
refusal-supervisor-approval = 这项操作需要主管批准。
refusal-risk-too-high = 风险较高，这个家暴案件不能进行调解。
refusal-minor-involved = 案件涉及儿童，依法需要继续跟进，不能撤回。如有疑问，请联系处理您案件的工作人员或拨打 12338。
refusal-reporter-reopens-closed-only = 只有已办结的案件可以由您重新开启。请联系工作人员或拨打 12338。
refusal-legal-basis-not-met = 没有求助人的同意时，只有紧急情况（高风险）或涉及儿童保护时才能向其他部门提供信息。请先征得她的同意。
refusal-not-now = 案件目前的状态是“{ $state }”，现在不能进行这项操作。
refusal-missing = 还缺少必要的信息：{ $field }。
error-stale-case = 案件刚刚被其他人更新，请再试一次。
error-case-not-found = 没有找到这个案件。
error-internal = 抱歉，系统出了点问题。您发的内容已经保存，请稍后再试。紧急情况请拨打 110 或 12338。
