# The reporter's journey. Phone numbers stay in Latin digits in every locale.

language-picker = Please choose a language · 请选择语言
language-changed = The language is now English.
welcome = Hello, and welcome to the Women's Home service. We offer advice, mediation and help, and what you tell us stays confidential.
safety-check = Is it safe to talk now, and is this your own phone?
safety-yes = Yes, safe, my own phone
safety-no = Not safe / not my phone
minimal-mode =
    We understand. You can call the 12338 women's rights hotline at any time.
    If you like, we can call you back at a time that is safe for you.
minimal-request-callback = Please call me back
minimal-ask-callback = Write the number to call and a safe time (for example: after 8 pm).
minimal-callback-registered = Thank you. We will call at the time you gave. If you are in danger, call 110 now.

menu-prompt = How can we help?
menu-new = I need help (new request)
menu-cases = My cases
menu-language = Language
menu-help = Help
help-text =
    How it works: tap "I need help" to make a request, "My cases" to follow it (needs your PIN).
    The emergency button is always there: it shows 110, 120 and 12338 and alerts the staff on duty.
    "Quick exit" clears the conversation.
    Against domestic violence: the police can give the abuser a written warning (告诫书); you can ask a court for a personal safety protection order (人身安全保护令), which in an emergency the court must decide within 24 hours.
    Commands: /start menu, /cases my cases, /language language, /help help.
reask-use-buttons = Please choose with the buttons below.
reask-kept-text = What you wrote has been kept and will go into your description. Please choose with the buttons below.
warning-private-use-keyboard = Your keyboard sends old-style Mongolian codes that others may not see correctly. Please switch to a Unicode Mongolian keyboard. Your text was kept exactly as sent.
error-unknown-command = I don't know the command { $command }. Send /help to see what you can use.
error-unsupported-content = I can't read this kind of content (stickers, locations). Please send text, photos, voice notes or files.
error-stale-button = That button is no longer valid. Please use the buttons of the latest message.
error-file-too-large = That file is too large (the limit is { $limit_mb } MB). Please send a smaller file, or bring it to a women's home.
error-case-files-full = This case already holds as many files as it can take here. Please describe the rest in words, or bring the files to a women's home.

intake-ask-service = Which service do you need?
intake-ask-region = Where are you?
intake-ask-description =
    { $kept ->
        [0] Please tell us in your own words what happened. You can send text, and photos, voice notes or files as evidence.
        [one] Please tell us in your own words what happened. You can send text, and photos, voice notes or files as evidence. We kept one message you wrote earlier.
       *[other] Please tell us in your own words what happened. You can send text, and photos, voice notes or files as evidence. We kept { $kept } messages you wrote earlier.
    }
intake-description-received = Received. You can add more, or tap "Continue".
intake-ask-involved = Is a child or an elderly person involved?
involved-child = A child
involved-elder = An elderly person
involved-both = Both
involved-none = Neither
intake-ask-contact = How can we contact you safely?
contact-this_chat = Only in this chat
contact-phone_callback = Call me back
contact-no_contact = Do not contact me
intake-ask-phone = Write the phone number and safe times to call.
intake-phone-needs-number = I could not find a phone number. Please write the number (digits) and a safe time; what you wrote has been kept.
intake-ask-identity = Would you like to stay anonymous or give your name? You can get advice and help anonymously.
identity-anonymous = Stay anonymous
identity-named = Give my name
intake-ask-name = Write your name (only the staff handling your case will see it).
consent-text =
    Before you send:
    · What we keep: the service and region you chose, what you wrote and sent, and contact details if you gave them.
    · Why: only to handle your request and follow it up.
    · How long: advice-only cases are anonymised after 12 months; others as the rules require, with records kept at least 3 years for oversight.
    · Who sees it: federation staff for your region and the mediator handling your case. Before anything is shared with police, courts or other agencies we ask you separately (except in an emergency or where a child must be protected).
    · You can see, correct or withdraw your consent at any time.
    We can only register your request with your consent.
consent-agree = I agree, continue
consent-decline = I do not agree
consent-declined = Without your consent we cannot register a request. You can still call 12338 for anonymous advice.
intake-review =
    Please check:
    Service: { $service }
    Region: { $region }
    Your words: { $description }
    Files: { $attachments }
    Involved: { $involved }
    Contact: { $contact }
    Identity: { $identity }
review-change-service = Change service
review-change-region = Change region
review-change-describe = Add to description
review-change-involved = Change who is involved
review-change-contact = Change contact
review-change-identity = Change identity
case-receipt =
    Registered. Your case reference: { $reference }
    Your PIN: { $pin } (remember it and tell no one)
    Our reply is due: { $due }
    In an emergency call 110 (police), 120 (ambulance) or 12338 (women's rights hotline).
due-soon = as soon as possible

emergency-numbers =
    If you are in danger now:
    Police 110 · Ambulance 120 · Women's rights hotline 12338
    Against domestic violence you can ask the police to give the abuser a written warning (告诫书), and ask a court for a personal safety protection order (人身安全保护令).
emergency-raised = The staff on duty have been alerted; your case { $reference } is now an emergency.
emergency-already-raised = Your case { $reference } is already being handled as an emergency; the staff on duty know.
emergency-case-opened = The staff on duty have been alerted. Emergency case reference: { $reference }.

cases-ask-pin = Please enter your PIN (6 digits).
cases-ask-reference = Enter your case reference and PIN separated by a space, for example: HLB-2026-000123 123456
cases-reference-format = That is not the right format. Enter the reference and PIN, for example: HLB-2026-000123 123456
cases-pin-wrong =
    { $left ->
        [one] That PIN is not right. You can try once more.
       *[other] That PIN is not right. You can try { $left } more times.
    }
cases-pin-paused = Too many attempts. To protect your information, please try again after { $until }. You can also call 12338.
cases-none = No cases were found for you.
cases-list =
    { $count ->
        [one] Your case — tap it to see it:
       *[other] Your { $count } cases — tap one to see it:
    }
cases-item = { $reference } · { $status }
case-view =
    Case { $reference }
    Service: { $service }
    Status: { $status }
    Registered: { $opened }
case-messages =
    Latest messages:
    { $lines }
case-message-from-mediator = [{ $at }] Your mediator: { $text }
case-message-from-you = [{ $at }] You: { $text }
case-add-info = Add information
case-withdraw = Withdraw
case-reopen = Reopen
case-ask-info = Send the text, photos or files to add, then tap "Done".
case-info-added = Added to your case; the person handling it will see it.
case-words-look-like-pin = This looks like your PIN, so it was not passed on: nobody needs it here, keep it to yourself. If you meant a number, write it with a word (for example: 6 children).
case-closed-words-kept = Case { $reference } has ended. What you wrote is kept, but nobody is handling the case now. If the problem is back, tap "Reopen"; if you are in danger, tap the danger button or call 110.
case-withdraw-confirm = Do you really want to withdraw case { $reference }?
case-withdrawn = Case { $reference } has been withdrawn. You can contact us again whenever you need.
case-ask-reopen-reason = Briefly, why should the case be reopened?
case-reopened = Case { $reference } is open again; the staff will contact you.

status-intake = Still being written.
status-new = Registered, waiting for the staff to accept it.
status-emergency = Being handled as an emergency; the staff on duty know.
status-accepted = Accepted; the right person is being found.
status-not_accepted = Outside what we can handle; the staff told you where else to get help.
status-dispatched = Offered to a mediator or service team, waiting for them to take it.
status-in_progress = Being handled.
status-mediation_pending = Asking both sides whether they agree to mediation.
status-mediating = Mediation is under way.
status-agreement = An agreement was reached. Within 30 days of the agreement taking effect, both parties can jointly apply to a court for judicial confirmation.
status-referred = Passed to an agency; waiting for its answer.
status-follow_up = Dealt with; we will follow up as agreed.
status-on_hold = Paused for now; the staff review it regularly.
status-closed = Closed. If the problem comes back, you can reopen it.
status-withdrawn = You withdrew it.
status-short-intake = being written
status-short-new = waiting
status-short-emergency = emergency
status-short-accepted = accepted
status-short-not_accepted = not accepted
status-short-dispatched = dispatched
status-short-in_progress = in progress
status-short-mediation_pending = mediation asked
status-short-mediating = in mediation
status-short-agreement = agreement
status-short-referred = referred
status-short-follow_up = follow-up
status-short-on_hold = on hold
status-short-closed = closed
status-short-withdrawn = withdrawn

exit-neutral = Thank you, goodbye.

button-yes = Yes
button-no = No
button-continue = Continue
button-confirm = Confirm and send
button-back = Back
button-done = Done
button-danger = 🆘 Danger now
button-exit = Quick exit

# "Call me in my language" (issue 7): Daur, Evenki and Oroqen have no written standard in use;
# China Buryat reads traditional Mongolian. Each label shows the language in Chinese and in Mongolian.
call-me-in-my-language = 📞 Call me in my language
call-me-choose-language = Which language do you speak? Someone who speaks it will call you.
spoken-language-label = { $zh } · { $mn }
spoken-language-dta = Daur
spoken-language-evn = Evenki
spoken-language-orh = Oroqen
spoken-language-bxu = Buryat
call-me-ask-phone = Write the number to call and a safe time (for example: after 8 pm).
call-me-registered = Thank you. Someone who speaks { $language } will call you at the time you gave. If you are in danger, call 110 or 12338 now.

# Words typed outside a request, and notices she did not ask for (issue 10).
notice-first-line = You have a new message.
menu-words-not-kept = This was not saved: nothing you write is kept before you start a request. To tell us what happened, tap "I need help (new request)" and write it there.
reask-not-kept = What you wrote was not saved. Please choose with the buttons below.
credentials-not-kept = This looks like a case number and PIN, so it was not saved or passed on to anyone. To see your case, tap "My cases". Keep your PIN to yourself.
reply-pin-first = To send this to the staff handling your case, please enter your PIN first. Nothing is sent until then.
reply-which-case = Which case is this message for?
reply-sent = Sent to the staff handling your case { $reference }, and kept on the case. Their answer will come here.
reply-not-sent = What you just wrote was not sent.
error-internal-not-kept = Sorry, something went wrong on our side and what you just sent was not saved. Please send it again shortly. In an emergency call 110 or 12338.
