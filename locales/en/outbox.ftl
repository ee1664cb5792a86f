# The walking-home outbox command: messages the bot gave up on (dead letters).
# Never her words or her address: a case reference or a short recipient tag instead.

cli-outbox-dead-none = No dead letters: every message was delivered or is still on its way.
cli-outbox-dead-count = { $count ->
    [one] One dead letter:
   *[other] { $count } dead letters, the most recent first:
}
cli-outbox-dead-row = #{ $id } · { $channel } · { $recipient } · { $message } · attempts: { $attempts } · { $when } · { $reason } · { $retry }
cli-outbox-recipient-case = case { $reference }
cli-outbox-recipient-tag = recipient { $tag }
cli-outbox-can-retry = can be sent again
cli-outbox-args-cleared = cannot be rendered again (its arguments were cleared)
cli-outbox-dropped = dropped on purpose
cli-outbox-dropped-quick-exit = she used the quick exit
cli-outbox-dropped-staff = the staff member's access ended
cli-outbox-reason-unreadable = could not be read
cli-outbox-reason-not-renderable = could not be put into words
cli-outbox-retried = Message #{ $id } is queued again; the running bot sends it within seconds.
cli-outbox-retried-all = Dead letters queued again: { $count }. Cannot be sent again as they were: { $refused }.
cli-outbox-retry-nothing = Name one or more message ids (as "outbox dead" shows them), or use --all.
cli-outbox-not-found = There is no outbox message #{ $id }.
cli-outbox-not-dead = Message #{ $id } is not a dead letter (it is { $status }); nothing changed.
cli-outbox-cannot-rerender = Message #{ $id } cannot be sent again: its arguments were cleared when it was given up, so it cannot be rendered as it was. Nothing changed.
cli-outbox-dropped-on-purpose = Message #{ $id } was dropped on purpose and is never sent again. Nothing changed.
cli-outbox-status-pending = waiting to be sent
cli-outbox-status-sent = sent
cli-outbox-status-dead = a dead letter
