# Notices: to the reporter when her case moves, and to staff when work arrives.

notice-accept = Your case { $reference } has been accepted; we are finding the right person.
notice-reject = Your case { $reference } is outside what we can handle; the staff will tell you where else to get help. You can also call 12338.
notice-take = A mediator is now handling your case { $reference } and will talk to you here.
notice-start_mediation = For your case { $reference } we are now asking about mediation. Mediation is voluntary; you can say no at any time.
notice-reach_agreement = An agreement was reached in your case { $reference }. Within 30 days of the agreement taking effect, you and the other party can jointly apply to a court for judicial confirmation.
notice-terminate_mediation = Mediation in your case { $reference } has ended. You can still use arbitration, administrative routes or the courts; the staff will keep helping you.
notice-refer = With your consent, your case { $reference } has been passed to an agency; we will follow up.
notice-resolve = Your case { $reference } has been dealt with; we will follow up as agreed.
notice-close = Your case { $reference } is closed. If the problem comes back, you can reopen it under "My cases".
notice-reopen = Your case { $reference } has been reopened.

staff-new-case = New case { $reference }: { $service }, { $region }, language: { $language }.
staff-alert-emergency = 🆘 Emergency case { $reference }: { $region }, { $service }, language: { $language }. Please acknowledge now.
staff-reporter-wrote = The reporter of case { $reference } added new information.

invite-error-role = Unknown role: { $role } (use operator, mediator, supervisor or admin).
invite-error-region = Unknown region code: { $region }.
invite-error-service-point = There is no service point { $service_point }.
invite-error-scope = A mediator needs a region or a service point.
join-error-unknown = That invitation code is not valid.
join-error-used = That invitation code has already been used.
join-error-expired = That invitation code has expired; ask an administrator for a new one.
