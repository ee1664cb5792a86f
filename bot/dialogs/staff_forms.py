"""Short guided forms staff fill in before a trigger fires (one question per message).

A field is free text or a choice among buttons; a form's answers become the
trigger's data. Validation of the data itself stays in `workflows.rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Agency, Risk, Service, Trigger


@dataclass(frozen=True)
class Field:
    name: str
    prompt: str  # catalog message id
    choices: tuple[str, ...] = ()  # empty: free text
    label_prefix: str = ""  # catalog id prefix of the choice labels
    min_digits: int = 0  # a phone number: at least this many digits in the answer

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)

    def rows(self, form_key: str) -> list[list[tuple[Any, str]]]:
        buttons = [(f"{self.label_prefix}{value}", f"sf:{form_key}:{value}") for value in self.choices]
        return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


REJECT_REASONS = ("out_of_scope", "duplicate", "other_agency", "no_response", "other")
CLOSURE_CODES = ("resolved", "agreement_honoured", "referred_out", "no_response", "duplicate", "other")
SHARE_BASES = ("consent", "emergency", "child_protection")
YES = ("yes",)

FORMS: dict[Trigger, tuple[Field, ...]] = {
    Trigger.ACCEPT: (Field("risk", "staff-ask-risk", tuple(r.value for r in Risk), "risk-"),),
    Trigger.REJECT: (
        Field("reason_code", "staff-ask-reject-reason", REJECT_REASONS, "reject-reason-"),
        Field("signposting", "staff-ask-signposting"),
    ),
    Trigger.HOLD: (Field("reason", "staff-ask-hold-reason"),),
    Trigger.DECLINE: (Field("reason", "staff-ask-decline-reason"),),
    Trigger.START_MEDIATION: (Field("reporter_opted_in", "staff-ask-opted-in", YES, "staff-confirm-"),),
    Trigger.PARTIES_CONSENT: (Field("both_consent", "staff-ask-both-consent", YES, "staff-confirm-"),),
    Trigger.RECORD_SESSION: (
        Field("session_date", "staff-ask-session-date"),
        Field("place", "staff-ask-session-place"),
        Field("attendees", "staff-ask-session-attendees"),
        Field("summary", "staff-ask-session-summary"),
        Field("next_date", "staff-ask-session-next"),
    ),
    Trigger.REACH_AGREEMENT: (
        Field("agreement_form", "staff-ask-agreement-form", ("written", "oral"), "agreement-form-"),
        Field("agreement_text", "staff-ask-agreement-text"),
    ),
    Trigger.TERMINATE_MEDIATION: (Field("reason", "staff-ask-terminate-reason"),),
    Trigger.REFER: (
        Field("agency", "staff-ask-agency", tuple(a.value for a in Agency), "agency-"),
        Field("purpose", "staff-ask-referral-purpose"),
        Field("share_basis", "staff-ask-share-basis", SHARE_BASES, "share-basis-"),
    ),
    Trigger.REFERRAL_FEEDBACK: (Field("outcome", "staff-ask-feedback"),),
    Trigger.RESOLVE: (Field("outcome", "staff-ask-outcome"),),
    Trigger.CLOSE: (Field("closure_code", "staff-ask-closure", CLOSURE_CODES, "closure-"),),
    Trigger.REOPEN: (Field("reason", "staff-ask-reopen-reason"),),
    Trigger.RAISE_EMERGENCY: (Field("reason", "staff-ask-emergency-reason"),),
}

HOTLINE_FORM: tuple[Field, ...] = (
    Field("service", "hotline-ask-service", tuple(s.value for s in Service), "service-"),
    Field("region", "hotline-ask-region", (*REGIONS, UNKNOWN_REGION), "region-"),
    Field(
        "language", "hotline-ask-language", ("zh-Hans-CN", "mn-Mong-CN", "mn-Cyrl-MN", "ru", "en"), "hotline-language-"
    ),
    Field("description", "hotline-ask-description"),
    Field("phone", "hotline-ask-phone", min_digits=5),
    Field("safe_times", "hotline-ask-safe-times"),
    Field("risk", "hotline-ask-risk", tuple(r.value for r in Risk), "risk-"),
    Field("minor", "hotline-ask-minor", ("yes", "no"), "button-"),
)


def trigger_data(trigger: Trigger, answers: dict[str, str]) -> dict[str, Any]:
    """Form answers → the data the trigger's guard expects."""
    data: dict[str, Any] = dict(answers)
    if trigger is Trigger.START_MEDIATION:
        data["reporter_opted_in"] = answers.get("reporter_opted_in") == "yes"
    elif trigger is Trigger.PARTIES_CONSENT:
        both = data.pop("both_consent", "") == "yes"
        data.update(reporter_consent=both, other_party_consent=both)
    elif trigger is Trigger.REFER:
        basis = data.pop("share_basis", "")
        if basis == "consent":
            data["share_consent"] = True
        elif basis:
            data["legal_basis"] = basis
    return data
