# The follow-up visit (回访) after a case is resolved (docs/clock.md). Her questions arrive
# unprompted: the rendering puts the neutral first line before them; none names the service.

follow-up-ask-solved = About your case { $reference }: is the problem you brought to us solved?
follow-up-button-yes = Yes, solved
follow-up-button-partly = Partly
follow-up-button-no = No, not solved
follow-up-ask-satisfaction = How satisfied are you with the help you received? 1 is not at all, 5 is very satisfied.
follow-up-ask-comment = Is there anything you would like to add? Write it here, or skip.
follow-up-button-skip = Skip
follow-up-thanks = Thank you for your answers.
follow-up-closed = This question has closed. If you need help, write to us or press "My cases".
# Staff: the first line starts with the case reference and never names the kind of help.
follow-up-callback-task = Case { $reference }: follow-up call { $round }. Ask her: is the problem solved (yes / partly / no)? How satisfied is she with the help (1 to 5)? Anything she wants to add? Then record her answers: /followup { $reference } { $round }
follow-up-concern = Case { $reference }: at follow-up { $round } she said the problem is { $solved }. Please look into it again.
follow-up-solved-yes = solved
follow-up-solved-partly = partly solved
follow-up-solved-no = not solved
# Staff: her answers on the case card.
flag-follow-up = follow-up { $round }: { $solved }, satisfaction { $satisfaction } of 5
staff-entry-follow-up = [{ $at }] Her follow-up comment: { $text }
follow-up-queue-title = Not solved, she says (follow-up)
follow-up-staff-usage = To record her follow-up answers: /followup reference round(1 or 2) yes|partly|no satisfaction(1-5 or -) comment(optional)
follow-up-staff-recorded = Follow-up { $round } of case { $reference } recorded.
follow-up-staff-closed = Case { $reference }: follow-up { $round } is not waiting for answers (answered, closed or never asked).
