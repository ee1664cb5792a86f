"""Her answers so far (the conversation's intake data) as the domain's `Intake`."""

from __future__ import annotations

from typing import Any

from bot.dialogs.turn import Turn
from workflows.case import Intake
from workflows.vocabulary import DOMESTIC_VIOLENCE_SERVICE, UNKNOWN_REGION, Channel, ContactPreference, Risk, Service

#: The case channel each chat scheme files its cases under; a new chat channel adds its row here.
CASE_CHANNELS: dict[str, Channel] = {"telegram": Channel.TELEGRAM, "matrix": Channel.MATRIX, "web": Channel.WEB}


def channel_of(turn: Turn) -> Channel:
    """The case channel of the conversation; a scheme with no case channel is a wiring error, never filed as another."""
    scheme = turn.inbound.channel
    try:
        return CASE_CHANNELS[scheme]
    except KeyError:
        raise ValueError(f"no case channel for the scheme {scheme!r}: add it to CASE_CHANNELS") from None


def initial_risk(answers: dict[str, Any], emergency_reason: str) -> Risk:
    """Before anyone has assessed it: imminent for "danger now", medium for violence, else not assessed."""
    if emergency_reason:
        return Risk.IMMINENT
    return Risk.MEDIUM if answers.get("service") == DOMESTIC_VIOLENCE_SERVICE.value else Risk.UNASSESSED


def build_intake(turn: Turn, answers: dict[str, Any], emergency_reason: str = "") -> Intake:
    """An `Intake` from the answers; missing ones take the safe defaults (other service, region unsure)."""
    involved = answers.get("involved", "none")
    consent = answers.get("consent") or {}
    extra: dict[str, Any] = {"consent_locale": consent.get("locale", turn.locale)}
    if answers.get("phone"):
        extra["has_phone"] = True
    return Intake(
        service=Service(answers.get("service", Service.OTHER.value)),
        region=answers.get("region", UNKNOWN_REGION),
        language=turn.locale,
        channel=channel_of(turn),
        description="\n\n".join(answers.get("description", [])),
        attachment_count=len(answers.get("attachments", [])),
        consent_version=consent.get("version", ""),
        minor_involved=involved in ("child", "both"),
        elder_involved=involved in ("elder", "both"),
        anonymous=not answers.get("name"),
        contact=ContactPreference(answers.get("contact", ContactPreference.THIS_CHAT.value)),
        risk=initial_risk(answers, emergency_reason),
        emergency_reason=emergency_reason,
        extra=extra,
    )
