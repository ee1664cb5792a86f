"""Every trigger in one table: its card button, the staff form that fills its data, the notice
she is told, and the approval rule (read from `workflows.rules.APPROVALS`, the one place it is
written).

Adding a trigger to the bot is one row here plus its catalog entries (docs/architecture.md,
"Declarative dialogs"). The case card (`bot.dialogs.case_card`), the forms
(`bot.dialogs.staff_forms`) and the notifications read this table; nothing else lists triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.dialogs.fields import (
    CLOSURE_CODES,
    DATE_PICKS,
    NEXT_DATE_PICKS,
    REJECT_REASONS,
    SHARE_BASES,
    YES,
    Field,
)
from workflows.case import Actor, Case
from workflows.rules import APPROVALS, ApprovalRule, needs_approval
from workflows.vocabulary import ASSESSED_RISKS, Agency, Trigger


def _as_given(answers: Mapping[str, str]) -> dict[str, Any]:
    return dict(answers)


def _opted_in(answers: Mapping[str, str]) -> dict[str, Any]:
    return {**answers, "reporter_opted_in": answers.get("reporter_opted_in") == "yes"}


def _both_consent(answers: Mapping[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = dict(answers)
    both = data.pop("both_consent", "") == "yes"
    return {**data, "reporter_consent": both, "other_party_consent": both}


def _share_basis(answers: Mapping[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = dict(answers)
    basis = data.pop("share_basis", "")
    if basis == "consent":
        data["share_consent"] = True
    elif basis:
        data["legal_basis"] = basis
    return data


@dataclass(frozen=True)
class TriggerSpec:
    """One trigger as the bot shows it. Catalog ids: ``trigger-<value>`` names it everywhere."""

    trigger: Trigger
    #: The card button's label, and the verb of its action ``st:<verb>:<reference>``; None: no button.
    button: str | None = None
    verb: str | None = None
    #: The staff form asked before it fires (one question per message); empty: it fires at once.
    form: tuple[Field, ...] = ()
    #: Form answers -> the data the trigger's guard (`workflows.rules`) expects.
    to_data: Callable[[Mapping[str, str]], dict[str, Any]] = _as_given
    #: The form is shown back with this message, to confirm before anything is saved.
    review: str | None = None
    #: The record shown in full under the trigger's timeline line (the form's fields are its arguments).
    record: str | None = None
    #: The notice she is told when staff (or the system) fire it; None: she is not told.
    notice: str | None = None

    @property
    def approval(self) -> ApprovalRule | None:
        """When a supervisor of the case's region must approve it (`workflows.rules.APPROVALS`)."""
        return APPROVALS.get(self.trigger)

    def needs_approval(self, case: Case, actor: Actor) -> bool:
        return needs_approval(case, actor, self.trigger)


T = Trigger

#: In the order the card shows the buttons.
TRIGGERS: dict[Trigger, TriggerSpec] = {
    spec.trigger: spec
    for spec in (
        TriggerSpec(
            T.ACCEPT,
            "staff-button-accept",
            "accept",
            form=(Field("risk", "staff-ask-risk", ASSESSED_RISKS, "risk-"),),
            notice="notice-accept",
        ),
        TriggerSpec(T.DISPATCH, "staff-button-dispatch", "dsp"),
        TriggerSpec(T.TAKE, "staff-button-take", "take", notice="notice-take"),
        TriggerSpec(T.DECLINE, "staff-button-decline", "decline", form=(Field("reason", "staff-ask-decline-reason"),)),
        TriggerSpec(
            T.START_MEDIATION,
            "staff-button-start-mediation",
            "mediate",
            form=(Field("reporter_opted_in", "staff-ask-opted-in", YES, "staff-confirm-"),),
            to_data=_opted_in,
            notice="notice-start_mediation",
        ),
        TriggerSpec(
            T.PARTIES_CONSENT,
            "staff-button-parties-consent",
            "consent",
            form=(Field("both_consent", "staff-ask-both-consent", YES, "staff-confirm-"),),
            to_data=_both_consent,
        ),
        TriggerSpec(
            T.RECORD_SESSION,
            "staff-button-record-session",
            "session",
            form=(
                Field("session_date", "staff-ask-session-day", DATE_PICKS, "staff-date-", date="past"),
                Field("place", "staff-ask-session-place"),
                Field("attendees", "staff-ask-session-attendees"),
                Field("summary", "staff-ask-session-summary"),
                Field("next_date", "staff-ask-session-next-day", NEXT_DATE_PICKS, "staff-date-", date="next"),
            ),
            review="staff-review-session",
            record="staff-timeline-session",
        ),
        TriggerSpec(
            T.REACH_AGREEMENT,
            "staff-button-agreement",
            "agree",
            form=(
                Field("agreement_form", "staff-ask-agreement-form", ("written", "oral"), "agreement-form-"),
                Field("agreement_text", "staff-ask-agreement-text"),
            ),
            review="staff-review-agreement",
            record="staff-timeline-agreement",
            notice="notice-reach_agreement",
        ),
        TriggerSpec(
            T.TERMINATE_MEDIATION,
            "staff-button-terminate",
            "terminate",
            form=(Field("reason", "staff-ask-terminate-reason"),),
            notice="notice-terminate_mediation",
        ),
        TriggerSpec(
            T.REFER,
            "staff-button-refer",
            "refer",
            form=(
                Field("agency", "staff-ask-agency", tuple(a.value for a in Agency), "agency-"),
                Field("purpose", "staff-ask-referral-purpose"),
                Field("share_basis", "staff-ask-share-basis", SHARE_BASES, "share-basis-"),
            ),
            to_data=_share_basis,
            notice="notice-refer",
        ),
        TriggerSpec(
            T.REFERRAL_FEEDBACK, "staff-button-feedback", "feedback", form=(Field("outcome", "staff-ask-feedback"),)
        ),
        TriggerSpec(
            T.RESOLVE,
            "staff-button-resolve",
            "resolve",
            form=(Field("outcome", "staff-ask-outcome"),),
            notice="notice-resolve",
        ),
        TriggerSpec(
            T.CLOSE,
            "staff-button-close",
            "close",
            form=(Field("closure_code", "staff-ask-closure", CLOSURE_CODES, "closure-"),),
            notice="notice-close",
        ),
        TriggerSpec(
            T.REJECT,
            "staff-button-reject",
            "reject",
            form=(
                Field("reason_code", "staff-ask-reject-reason", REJECT_REASONS, "reject-reason-"),
                Field("signposting", "staff-ask-signposting"),
            ),
            notice="notice-reject",
        ),
        TriggerSpec(
            T.RAISE_EMERGENCY,
            "staff-button-emergency",
            "emerg",
            form=(Field("reason", "staff-ask-emergency-reason"),),
        ),
        TriggerSpec(T.HOLD, "staff-button-hold", "hold", form=(Field("reason", "staff-ask-hold-reason"),)),
        TriggerSpec(T.RESUME, "staff-button-resume", "resume"),
        TriggerSpec(
            T.REOPEN,
            "staff-button-reopen",
            "reopen",
            form=(Field("reason", "staff-ask-reopen-reason"),),
            notice="notice-reopen",
        ),
        # Hers alone: no staff button, and she is answered in her own dialog, not by a notice.
        TriggerSpec(T.SUBMIT),
        TriggerSpec(T.WITHDRAW),
    )
}

#: The triggers she is told about (by their ``notice``).
REPORTER_NOTICES = frozenset(trigger for trigger, spec in TRIGGERS.items() if spec.notice)

#: A card button's verb -> its trigger.
VERB_TRIGGER: dict[str, Trigger] = {spec.verb: trigger for trigger, spec in TRIGGERS.items() if spec.verb}
