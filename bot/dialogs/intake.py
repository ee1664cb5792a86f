"""The reporter's intake as a table: one row per question, and her answers as the domain's `Intake`.

Each `Question` names its dialog step, its catalog prompt, its buttons (`bot.dialogs.choices`),
how her answer is read (a button of the row's ``values``, or words checked by ``check``), where
the answer is kept (``key`` in the conversation's ``state.intake``), what it means for the case
(``to_intake``: fields of `workflows.case.Intake`) and how the review screen shows it. The
reporter dialog (`bot.dialogs.reporter`) asks, reads, reviews and builds the `Intake` from these
rows alone; docs/dialogs.md is drawn from them (``python -m bot.dialogs.diagram``).

Adding a question is one row here plus its catalog messages in every locale (docs/architecture.md,
"The reporter intake").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.dialogs import choices
from bot.dialogs.turn import Turn
from workflows.case import Intake
from workflows.vocabulary import (
    DOMESTIC_VIOLENCE_SERVICE,
    REGIONS,
    UNKNOWN_REGION,
    Channel,
    ContactPreference,
    Risk,
    Service,
)

#: The case channel each chat scheme files its cases under; a new chat channel adds its row here.
CASE_CHANNELS: dict[str, Channel] = {
    "telegram": Channel.TELEGRAM,
    "matrix": Channel.MATRIX,
    "web": Channel.WEB,
    "wechat": Channel.WECHAT,
}

#: The consent text's version she agrees to (`consent-text` in the catalogs).
CONSENT_VERSION = "2026-11-v1"
#: A call-back number has at least this many digits (5: short local numbers; mobiles have 11).
MIN_PHONE_DIGITS = 5

Answers = Mapping[str, Any]

# The kinds of question, each read by its own handler of `bot.dialogs.reporter.ReporterDialog`.
CHOICE = "choice"  # one of the row's buttons
TEXT = "text"  # a line of words, checked, kept up to ``limit`` characters
WORDS = "words"  # her account: words and files, as many messages as she likes, then Continue
CONSENT = "consent"  # agree (on to the review) or decline (back to the menu)
REVIEW = "review"  # everything shown back, each answer changeable, then Confirm


def _none(answers: Answers, locale: str) -> dict[str, Any]:
    return {}


def _no_rows(answers: Answers) -> choices.Rows:
    return []


@dataclass(frozen=True)
class Question:
    """One step of the intake."""

    step: str
    #: The catalog message that asks it.
    prompt: str
    kind: str
    #: Where her answer is kept in the conversation's ``state.intake`` ("" : not kept itself).
    key: str = ""
    #: The buttons under the prompt, from her answers so far.
    buttons: Callable[[Answers], choices.Rows] = _no_rows
    #: Button answers: the action prefix and the values it may carry (`choices.parse`).
    prefix: str = ""
    values: tuple[str, ...] = ()
    #: (answer, step): this answer asks that follow-up question next (e.g. the number to call).
    follow: tuple[str, str] | None = None
    #: Any other answer drops this kept answer (the follow-up's, no longer wanted).
    clears: str = ""
    #: Asked only as another row's follow-up; the intake goes on past it otherwise.
    follow_up: bool = False
    #: Words: kept up to this many characters; ``check`` names the message that asks again (None: fine).
    limit: int = 0
    check: Callable[[str], str | None] | None = None
    #: Words that fail ``check`` still join her account (they go to her case, never lost).
    keep_unusable: bool = False
    #: Her answer as `Intake` fields (``extra`` entries are merged), given the answers and her locale.
    to_intake: Callable[[Answers, str], dict[str, Any]] = _none
    #: The review screen: a button to change this answer (``review-change-<step>``) ...
    changeable: bool = False
    #: ... and the arguments of ``intake-review`` this row fills.
    review: Callable[[Answers], dict[str, Any]] = lambda answers: {}
    #: More arguments of the prompt, from her answers so far.
    prompt_args: Callable[[Answers], dict[str, Any]] = lambda answers: {}


def _phone_check(text: str) -> str | None:
    return None if sum(ch.isdigit() for ch in text) >= MIN_PHONE_DIGITS else "intake-phone-needs-number"


def _words(answers: Answers) -> str:
    words = "\n".join(answers.get("description", []))
    return words[:600] + ("…" if len(words) > 600 else "")


def _describe_buttons(answers: Answers) -> choices.Rows:
    given = bool(answers.get("description") or answers.get("attachments"))
    return [[("button-continue", "continue")]] if given else []


def _involved(answers: Answers, locale: str) -> dict[str, Any]:
    involved = answers.get("involved", "none")
    return {"minor_involved": involved in ("child", "both"), "elder_involved": involved in ("elder", "both")}


def _consent(answers: Answers, locale: str) -> dict[str, Any]:
    consent = answers.get("consent") or {}
    return {"consent_version": consent.get("version", ""), "extra": {"consent_locale": consent.get("locale", locale)}}


QUESTIONS: tuple[Question, ...] = (
    Question(
        "service",
        "intake-ask-service",
        CHOICE,
        key="service",
        buttons=lambda answers: choices.service_rows(),
        prefix="svc",
        values=tuple(s.value for s in Service),
        to_intake=lambda answers, locale: {"service": Service(answers.get("service", Service.OTHER.value))},
        changeable=True,
        review=lambda answers: {"service": {"$msg": f"service-{answers.get('service', 'other')}"}},
    ),
    Question(
        "region",
        "intake-ask-region",
        CHOICE,
        key="region",
        buttons=lambda answers: choices.region_rows(),
        prefix="reg",
        values=(*REGIONS, UNKNOWN_REGION),
        to_intake=lambda answers, locale: {"region": answers.get("region", UNKNOWN_REGION)},
        changeable=True,
        review=lambda answers: {"region": {"$msg": f"region-{answers.get('region', UNKNOWN_REGION)}"}},
    ),
    Question(
        "describe",
        "intake-ask-description",
        WORDS,
        key="description",
        buttons=_describe_buttons,
        prompt_args=lambda answers: {"kept": len(answers.get("description", []))},
        to_intake=lambda answers, locale: {
            "description": "\n\n".join(answers.get("description", [])),
            "attachment_count": len(answers.get("attachments", [])),
        },
        changeable=True,
        review=lambda answers: {
            "description": {"$text": _words(answers)},
            "attachments": len(answers.get("attachments", [])),
        },
    ),
    Question(
        "involved",
        "intake-ask-involved",
        CHOICE,
        key="involved",
        buttons=lambda answers: choices.involved_rows(),
        prefix="inv",
        values=choices.INVOLVED,
        to_intake=_involved,
        changeable=True,
        review=lambda answers: {"involved": {"$msg": f"involved-{answers.get('involved', 'none')}"}},
    ),
    Question(
        "contact",
        "intake-ask-contact",
        CHOICE,
        key="contact",
        buttons=lambda answers: choices.contact_rows(),
        prefix="contact",
        values=choices.CONTACTS,
        follow=("phone_callback", "contact_phone"),
        clears="phone",
        to_intake=lambda answers, locale: {
            "contact": ContactPreference(answers.get("contact", ContactPreference.THIS_CHAT.value))
        },
        changeable=True,
        review=lambda answers: {"contact": {"$msg": f"contact-{answers.get('contact', 'this_chat')}"}},
    ),
    Question(
        "contact_phone",
        "intake-ask-phone",
        TEXT,
        key="phone",
        follow_up=True,
        limit=300,  # as she wrote it
        check=_phone_check,
        keep_unusable=True,  # no number to call: what she wrote goes into her account
        to_intake=lambda answers, locale: {"extra": {"has_phone": True}} if answers.get("phone") else {},
    ),
    Question(
        "identity",
        "intake-ask-identity",
        CHOICE,
        buttons=lambda answers: choices.identity_rows(),
        prefix="id",
        values=("anonymous", "named"),
        follow=("named", "name"),
        clears="name",
        changeable=True,
        review=lambda answers: {
            "identity": {"$msg": "identity-named" if answers.get("name") else "identity-anonymous"}
        },
    ),
    Question(
        "name",
        "intake-ask-name",
        TEXT,
        key="name",
        follow_up=True,
        limit=200,
        to_intake=lambda answers, locale: {"anonymous": not answers.get("name")},
    ),
    Question(
        "consent",
        "consent-text",
        CONSENT,
        key="consent",
        buttons=lambda answers: choices.yes_no_rows("consent", "consent-agree", "consent-decline"),
        prefix="consent",
        values=("yes", "no"),
        to_intake=_consent,
    ),
    Question("review", "intake-review", REVIEW),
)

BY_STEP: dict[str, Question] = {q.step: q for q in QUESTIONS}
#: The steps of the intake, in order (her answers there are a request under way).
INTAKE_STEPS = tuple(q.step for q in QUESTIONS)
#: Steps that read typed words rather than buttons.
WORD_STEPS = tuple(q.step for q in QUESTIONS if q.kind in (TEXT, WORDS))
#: The answers the review screen offers to change (``chg:<step>``; message ``review-change-<step>``).
REVIEW_FIELDS = tuple(q.step for q in QUESTIONS if q.changeable)


def next_step(question: Question) -> str:
    """The step after ``question``: the next row that is not only a follow-up."""
    later = QUESTIONS[QUESTIONS.index(question) + 1 :]
    return next(q.step for q in later if not q.follow_up)


def review_args(answers: Answers) -> dict[str, Any]:
    """The arguments of ``intake-review``: each row's part."""
    args: dict[str, Any] = {}
    for question in QUESTIONS:
        args.update(question.review(answers))
    return args


def channel_of(turn: Turn) -> Channel:
    """The case channel of the conversation; a scheme with no case channel is a wiring error, never filed as another."""
    scheme = turn.inbound.channel
    try:
        return CASE_CHANNELS[scheme]
    except KeyError:
        raise ValueError(f"no case channel for the scheme {scheme!r}: add it to CASE_CHANNELS") from None


def initial_risk(answers: Answers, emergency_reason: str) -> Risk:
    """Before anyone has assessed it: imminent for "danger now", medium for violence, else not assessed."""
    if emergency_reason:
        return Risk.IMMINENT
    return Risk.MEDIUM if answers.get("service") == DOMESTIC_VIOLENCE_SERVICE.value else Risk.UNASSESSED


def build_intake(turn: Turn, answers: Answers, emergency_reason: str = "") -> Intake:
    """An `Intake` from the answers, row by row; missing ones take the safe defaults (other
    service, region unsure, no one else involved, this chat, anonymous)."""
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for question in QUESTIONS:
        part = dict(question.to_intake(answers, turn.locale))
        extra.update(part.pop("extra", {}))
        fields.update(part)
    return Intake(
        language=turn.locale,
        channel=channel_of(turn),
        risk=initial_risk(answers, emergency_reason),
        emergency_reason=emergency_reason,
        extra=extra,
        **fields,
    )
