# Core vocabulary: states, triggers, roles, risks, services, regions, refusals.

language-self = English
list-separator = {", "}

state-intake = being written
state-new = registered
state-emergency = emergency
state-accepted = accepted
state-not_accepted = not accepted
state-dispatched = dispatched
state-in_progress = in progress
state-mediation_pending = mediation requested
state-mediating = in mediation
state-agreement = agreement reached
state-referred = referred
state-follow_up = follow-up
state-on_hold = on hold
state-closed = closed
state-withdrawn = withdrawn

trigger-submit = register
trigger-raise_emergency = raise emergency
trigger-accept = accept
trigger-reject = not accept
trigger-dispatch = dispatch
trigger-take = take
trigger-decline = decline
trigger-start_mediation = start mediation
trigger-parties_consent = both parties consent
trigger-record_session = record session
trigger-reach_agreement = reach agreement
trigger-terminate_mediation = end mediation
trigger-refer = refer
trigger-referral_feedback = referral feedback
trigger-resolve = resolve
trigger-close = close
trigger-hold = put on hold
trigger-resume = resume
trigger-withdraw = withdraw
trigger-reopen = reopen

role-reporter = reporter
role-operator = operator
role-mediator = mediator
role-supervisor = supervisor
role-system = system
role-admin = administrator

risk-low = low
risk-medium = medium
risk-high = high
risk-imminent = imminent danger

service-family_mediation = Family dispute mediation
service-rights = Rights / domestic violence
service-legal = Legal advice
service-employment = Jobs and business
service-family_education = Family education
service-mental_health = Mental health
service-assistance = Help for elderly and children
service-other = Something else

region-hailar = Hailar District
region-jalainur = Jalainur District
region-manzhouli = Manzhouli
region-yakeshi = Yakeshi
region-zhalantun = Zhalantun
region-ergun = Ergun
region-genhe = Genhe
region-arun = Arun Banner
region-morin-dawa = Morin Dawa Banner
region-oroqen = Oroqen Banner
region-evenki = Evenki Banner
region-old-barag = Old Barag Banner
region-new-barag-left = New Barag Left Banner
region-new-barag-right = New Barag Right Banner
region-unknown = Not sure
region-all = Whole city

point-kind-fixed_home = women's home
point-kind-mobile_team = mobile service team

refusal-role = Your role cannot do this.
refusal-not-reporter = Only the person who reported the case can do this.
refusal-not-assigned = This case is not assigned to you.
refusal-other-region = This case is not in your region.
refusal-confidential = This case is confidential; only its named staff can act on it.
refusal-supervisor-approval = This needs a supervisor's approval.
refusal-risk-too-high = The risk is too high for this domestic-violence case to go to mediation.
refusal-minor-involved = A child is involved, so by law the case stays open and cannot be withdrawn. If you have questions, talk to the person handling your case or call 12338.
refusal-reporter-reopens-closed-only = Only a closed case can be reopened by you. Please contact the staff or call 12338.
refusal-legal-basis-not-met = Without her consent, information may be shared only in an emergency (high risk) or to protect a child. Please ask for her consent first.
refusal-not-now = The case is now "{ $state }", so this cannot be done at the moment.
refusal-missing = Something needed is missing: { $field }.
error-stale-case = Someone else has just updated this case. Please try again.
error-case-not-found = That case was not found.
error-internal = Sorry, something went wrong on our side. What you sent has been kept; please try again shortly. In an emergency call 110 or 12338.
