"""A 12338 hotline call becomes a case: the operator's answers, her number as a contact entry and
in the blind phone index, and the earlier cases from the same number that the operator may see.

One transaction (a savepoint inside a dialog turn); refusals raise `workflows.errors`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.case import Actor, Intake
from workflows.events import CaseEntry
from workflows.ports import UnitOfWork
from workflows.services.triggers import OpenedCase, TriggerContext, open_case
from workflows.vocabulary import Channel, ContactPreference, Risk, Role, Service

#: The consent a hotline caller gives by telephone (recorded as the case's consent version).
HOTLINE_CONSENT = "hotline-oral-v1"


@dataclass(frozen=True)
class HotlineCall:
    """What the operator noted during the call (the hotline form's answers)."""

    actor: Actor
    now: datetime
    service: Service
    region: str
    language: str
    description: str
    risk: Risk
    phone: str = ""
    safe_times: str = ""
    minor: bool = False


@dataclass(frozen=True)
class RegisteredCall:
    """The case opened for the call, and earlier cases from the same number within her scope."""

    opened: OpenedCase
    earlier: tuple[str, ...]


async def register_call(uow: UnitOfWork, call: HotlineCall, clock: TriggerContext) -> RegisteredCall:
    """Open the case (anonymous, call back only), keep her number as a contact entry and in the
    blind index; the number itself is never shown, only the references of earlier cases."""
    intake = Intake(
        service=call.service,
        region=call.region,
        language=call.language,
        channel=Channel.HOTLINE,
        description=call.description,
        consent_version=HOTLINE_CONSENT,
        minor_involved=call.minor,
        anonymous=True,
        contact=ContactPreference.PHONE_CALLBACK,
        risk=call.risk,
        extra={"safe_times": call.safe_times},
    )
    async with uow:
        opened = await open_case(
            uow, intake=intake, actor=call.actor, now=call.now, tz=clock.tz, policy=clock.policy, publish=clock.publish
        )
        case_id = opened.case.id
        contact = f"{call.phone}\n{call.safe_times}".strip()
        await uow.entries.add(CaseEntry(case_id, "contact", call.now, Role.OPERATOR, call.actor.id, text=contact))
        earlier: list[str] = []
        index = await uow.phones.remember_phone(case_id, call.phone)
        if index is not None:  # only cases of her own regions
            earlier = await uow.phones.earlier_references(index, call.actor, exclude_case_id=case_id)
        await uow.commit()
    return RegisteredCall(opened=opened, earlier=tuple(earlier))
