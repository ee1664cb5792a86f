# Core vocabulary: states, triggers, roles, risks, services, regions, refusals.
# Traditional Mongolian (Inner Mongolian written standard). Written by developers:
# needs review by a native speaker before production.

language-self = ᠮᠣᠩᠭᠣᠯ
list-separator = {"᠂ "}

state-intake = ᠳᠦᠭᠦᠷᠭᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
state-new = ᠳᠠᠩᠰᠠᠯᠠᠭᠰᠠᠨ
state-emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠠᠷᠭ᠎ᠠ ᠬᠡᠮᠵᠢᠶ᠎ᠡ
state-accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ
state-not_accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ
state-dispatched = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠭᠰᠠᠨ
state-in_progress = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
state-mediation_pending = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠭᠰᠠᠨ
state-mediating = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
state-agreement = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠲᠦ ᠬᠦᠷᠦᠭᠰᠡᠨ
state-referred = ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠭᠰᠡᠨ
state-follow_up = ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠬᠢᠵᠦ ᠪᠠᠢᠨ᠎ᠠ
state-on_hold = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ
state-closed = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳ ᠬᠠᠭᠠᠭᠰᠠᠨ
state-withdrawn = ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ

trigger-submit = ᠳᠠᠩᠰᠠᠯᠠᠬᠤ
trigger-raise_emergency = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠣᠯᠭᠠᠬᠤ
trigger-accept = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
trigger-reject = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
trigger-dispatch = ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ
trigger-take = ᠬᠠᠷᠢᠭᠤᠴᠠᠨ ᠠᠪᠬᠤ
trigger-decline = ᠪᠤᠴᠠᠭᠠᠬᠤ
trigger-start_mediation = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠭᠤᠶᠤᠬᠤ
trigger-parties_consent = ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠳᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ
trigger-record_session = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ
trigger-reach_agreement = ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠲᠦ ᠬᠦᠷᠬᠦ
trigger-terminate_mediation = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
trigger-refer = ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ
trigger-referral_feedback = ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠯᠲᠡ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤ
trigger-resolve = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳ ᠡᠭᠡᠷᠡᠬᠦ ᠠᠢᠯᠴᠢᠯᠠᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠬᠦ
trigger-close = ᠬᠡᠷᠡᠭ ᠢ ᠬᠠᠭᠠᠬᠤ
trigger-hold = ᠲᠦᠷ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
trigger-resume = ᠰᠡᠷᠭᠦᠭᠡᠬᠦ
trigger-withdraw = ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠬᠤ
trigger-reopen = ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠬᠦ

role-reporter = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ
role-operator = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠠᠵᠢᠯᠲᠠᠨ
role-mediator = ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ
role-supervisor = ᠡᠷᠬᠢᠯᠡᠭᠴᠢ
role-system = ᠰᠢᠰᠲ᠋ᠧᠮ
role-admin = ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ

risk-low = ᠳᠣᠣᠷ᠎ᠠ
risk-medium = ᠳᠤᠮᠳᠠ
risk-high = ᠥᠨᠳᠦᠷ
risk-imminent = ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠠᠶᠤᠯ

service-family_mediation = ᠭᠡᠷᠯᠡᠯᠲᠡ ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠮᠠᠷᠭᠠᠭᠠᠨ ᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ
service-rights = ᠡᠷᠬᠡ ᠠᠰᠢᠭ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ / ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠴᠦᠷᠬᠡᠯ ᠢ ᠡᠰᠡᠷᠭᠦᠴᠡᠬᠦ
service-legal = ᠬᠠᠤᠯᠢ ᠵᠦᠢ ᠶᠢᠨ ᠵᠥᠪᠯᠡᠭᠡ
service-employment = ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠬᠦ ᠪᠠ ᠠᠵᠤ ᠠᠬᠤᠢ ᠡᠬᠢᠯᠡᠬᠦ
service-family_education = ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠮᠦᠵᠢᠯ
service-mental_health = ᠰᠡᠳᠬᠢᠯ ᠰᠠᠨᠠᠭᠠᠨ ᠤ ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ
service-assistance = ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠤᠷᠤᠯᠲᠠ (ᠥᠲᠡᠭᠦᠰ᠂ ᠬᠡᠦᠬᠡᠳ)
service-other = ᠪᠤᠰᠤᠳ

region-hailar = ᠬᠠᠢᠯᠠᠷ ᠲᠣᠭᠣᠷᠢᠭ
region-jalainur = ᠵᠠᠯᠠᠢᠨᠠᠭᠤᠷ ᠲᠣᠭᠣᠷᠢᠭ
region-manzhouli = ᠮᠠᠨᠵᠤᠯᠢ ᠬᠣᠲᠠ
region-yakeshi = ᠶᠠᠭᠰᠢ ᠬᠣᠲᠠ
region-zhalantun = ᠵᠠᠯᠠᠨᠲᠦᠨ ᠬᠣᠲᠠ
region-ergun = ᠡᠷᠭᠦᠨ᠎ᠡ ᠬᠣᠲᠠ
region-genhe = ᠭᠡᠭᠡᠨ ᠭᠣᠣᠯ ᠬᠣᠲᠠ
region-arun = ᠠᠷᠤᠨ ᠬᠣᠰᠢᠭᠤ
region-morin-dawa = ᠮᠣᠷᠢᠨ ᠳᠠᠪᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠷ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠬᠣᠰᠢᠭᠤ
region-oroqen = ᠣᠷᠴᠣᠨ ᠤ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠬᠣᠰᠢᠭᠤ
region-evenki = ᠡᠸᠡᠩᠬᠢ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠬᠣᠰᠢᠭᠤ
region-old-barag = ᠬᠠᠭᠤᠴᠢᠨ ᠪᠠᠷᠭᠤ ᠬᠣᠰᠢᠭᠤ
region-new-barag-left = ᠰᠢᠨ᠎ᠡ ᠪᠠᠷᠭᠤ ᠵᠡᠭᠦᠨ ᠬᠣᠰᠢᠭᠤ
region-new-barag-right = ᠰᠢᠨ᠎ᠡ ᠪᠠᠷᠭᠤ ᠪᠠᠷᠠᠭᠤᠨ ᠬᠣᠰᠢᠭᠤ
region-unknown = ᠲᠣᠳᠣᠷᠬᠠᠢ ᠦᠭᠡᠢ
region-all = ᠪᠦᠬᠦ ᠬᠣᠲᠠ

point-kind-fixed_home = ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠦᠨ ᠭᠡᠷ
point-kind-mobile_team = ᠶᠠᠪᠤᠭᠤᠯ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡᠨ ᠦ ᠪᠠᠭ

refusal-role = ᠲᠠᠨ ᠤ ᠪᠠᠢᠷᠢ ᠰᠠᠭᠤᠷᠢ ᠡᠨᠡ ᠦᠢᠯᠡᠳᠦᠯ ᠢ ᠬᠢᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ᠃
refusal-not-reporter = ᠵᠥᠪᠬᠡᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠭᠴᠢ ᠥᠪᠡᠷ ᠢᠶᠡᠨ ᠡᠨᠡ ᠦᠢᠯᠡᠳᠦᠯ ᠢ ᠬᠢᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
refusal-not-assigned = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠲᠠᠨ ᠳᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
refusal-other-region = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠰᠠᠨ ᠣᠷᠣᠨ ᠳᠤ ᠬᠠᠮᠠᠭᠠᠷᠠᠬᠤ ᠦᠭᠡᠢ᠃
refusal-confidential = ᠡᠨᠡ ᠪᠣᠯ ᠨᠢᠭᠤᠴᠠ ᠬᠡᠷᠡᠭ᠂ ᠵᠥᠪᠬᠡᠨ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
refusal-supervisor-approval = ᠡᠨᠡ ᠦᠢᠯᠡᠳᠦᠯ ᠳᠦ ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
refusal-risk-too-high = ᠠᠶᠤᠯ ᠥᠨᠳᠦᠷ ᠲᠤᠯᠠ᠂ ᠡᠨᠡ ᠭᠡᠷ ᠪᠦᠯᠢ ᠶᠢᠨ ᠬᠦᠴᠦᠷᠬᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ ᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
refusal-minor-involved = ᠬᠡᠷᠡᠭ ᠲᠦ ᠬᠡᠦᠬᠡᠳ ᠬᠠᠮᠢᠶᠠᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ᠂ ᠬᠠᠤᠯᠢ ᠶᠣᠰᠣᠭᠠᠷ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠬᠢᠨᠠᠵᠤ ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠂ ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠴᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠠᠰᠠᠭᠤᠬᠤ ᠵᠦᠢᠯ ᠪᠠᠢᠪᠠᠯ ᠲᠠᠨ ᠤ ᠬᠡᠷᠡᠭ ᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠪᠤᠶᠤ 12338 ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ᠃
refusal-reporter-reopens-closed-only = ᠵᠥᠪᠬᠡᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳ ᠬᠠᠭᠠᠭᠰᠠᠨ ᠬᠡᠷᠡᠭ ᠢ ᠲᠠ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠪᠤᠶᠤ 12338 ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ᠃
refusal-legal-basis-not-met = ᠲᠡᠭᠦᠨ ᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠦᠭᠡᠢ ᠪᠣᠯ ᠵᠥᠪᠬᠡᠨ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠠᠢᠳᠠᠯ ᠳᠤ ᠪᠤᠶᠤ ᠬᠡᠦᠬᠡᠳ ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠳᠤ ᠯᠡ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠪᠤᠰᠤᠳ ᠳᠤ ᠦᠭᠴᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠤᠷᠢᠳᠠ ᠲᠡᠭᠦᠨ ᠦ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠯ ᠢ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃
refusal-not-now = ᠬᠡᠷᠡᠭ ᠣᠳᠣ “{ $state }” ᠭᠡᠰᠡᠨ ᠪᠠᠢᠳᠠᠯ ᠲᠠᠢ ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ᠂ ᠡᠨᠡ ᠦᠢᠯᠡᠳᠦᠯ ᠢ ᠬᠢᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
refusal-missing = ᠬᠡᠷᠡᠭᠲᠡᠢ ᠮᠡᠳᠡᠭᠡ ᠳᠤᠲᠠᠭᠤ ᠪᠠᠢᠨ᠎ᠠ: { $field }᠃
error-stale-case = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠰᠠᠢᠬᠠᠨ ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠰᠢᠨᠡᠳᠬᠡᠭᠰᠡᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠳᠠᠬᠢᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃
error-case-not-found = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠣᠯᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
error-internal = ᠠᠭᠤᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠂ ᠰᠢᠰᠲ᠋ᠧᠮ ᠳᠦ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠭᠠᠷᠪᠠ᠃ ᠲᠠᠨ ᠤ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠂ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠠᠢᠳᠠᠯ ᠳᠤ 110 ᠪᠤᠶᠤ 12338 ᠳᠤ ᠤᠲᠠᠰᠤ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ᠃
