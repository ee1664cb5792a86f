"""Issue 10 in the real web chat (Chromium): her reference and PIN never become her words; a
mediator's message opens neutrally under the page's safety buttons; her typed answer reaches the case."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.async_api import Browser, Page, expect
from sqlalchemy import select

from bot.messages import Inbound
from storage.people import person_for_address, staff_actor
from storage.records import CaseEntryRecord, ConversationRecord
from storage.staff import create_invite, redeem_invite
from workflows.services import apply_trigger
from workflows.vocabulary import Trigger

from .chromium import CHROMIUM
from .lifecycle_fixtures import ON_BOTH_DATABASES, RunningBot, running_bot, web_database  # noqa: F401  (fixture)
from .test_web_staff_lifecycle import click, open_page, say, sees

pytestmark = [
    ON_BOTH_DATABASES,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
EN = "en"
MEDIATOR = "web:mediator-of-the-test"


async def file_case(page: Page, bot: RunningBot) -> tuple[str, str]:
    words = lambda message_id: bot.words(EN, message_id)  # noqa: E731
    await click(page, bot.words(EN, "language-self"))
    await click(page, words("safety-yes"))
    await click(page, words("menu-new"))
    await click(page, words("service-family_mediation"))
    await click(page, words("region-hailar"))
    await say(page, "We argue about the children every night.")
    for label in ("button-continue", "involved-none", "contact-this_chat", "identity-anonymous", "consent-agree"):
        await click(page, words(label))
    await click(page, words("button-confirm"))
    receipt = page.locator(".bubble.bot", has_text=re.compile(r"HLB-\d{4}-\d{6}")).last
    await expect(receipt).to_be_visible()
    text = await receipt.inner_text()
    return re.search(r"HLB-\d{4}-\d{6}", text).group(0), re.search(r"PIN: (\d{6})", text).group(1)


async def stored_anywhere(bot: RunningBot, secret: str) -> list[str]:
    found = []
    async with bot.app.unit_of_work() as uow:
        for row in await uow.session.execute(select(ConversationRecord.__table__)):
            if secret in str(row.data):
                found.append("conversation")
        for row in await uow.session.execute(select(CaseEntryRecord.__table__)):
            if secret in str(row.text or ""):
                found.append(f"entry {row.kind}")
    return found


async def test_reference_and_pin_typed_after_a_pause_never_become_her_next_description(
    browser: Browser,
    running_bot: RunningBot,  # noqa: F811
) -> None:
    bot = running_bot
    words = lambda message_id: bot.words(EN, message_id)  # noqa: E731
    first = await open_page(browser, bot.url, EN)
    reference, pin = await file_case(first, bot)

    # Another device: her cases by reference and PIN; three wrong PINs pause lookups.
    page = await open_page(browser, bot.url, EN)
    await click(page, bot.words(EN, "language-self"))
    await click(page, words("safety-yes"))
    await click(page, words("menu-cases"))
    for wrong in [w for w in ("000000", "111111", "222222", "333333") if w != pin][:3]:
        await say(page, f"{reference} {wrong}")
    await sees(page, "Too many attempts")
    paused = page.locator(".bubble.bot", has_text="Too many attempts")
    before = await paused.count()

    await say(page, f"{reference} {pin}")

    await expect(paused).to_have_count(before + 1)
    await click(page, words("menu-new"))
    await click(page, words("service-rights"))
    await click(page, words("region-hailar"))
    describe = page.locator(".bubble.bot", has_text="own words").last
    await expect(describe).to_be_visible()
    assert "kept" not in await describe.inner_text()
    assert await page.locator("button.choice:enabled", has_text=words("button-continue")).count() == 0
    assert await stored_anywhere(bot, pin) == []


async def staff_member(bot: RunningBot):
    async with bot.app.unit_of_work() as uow:
        now = bot.app.now()
        code = await create_invite(
            uow.session,
            roles=["operator", "supervisor", "mediator"],
            regions=["all"],
            service_point_id=None,
            now=now,
            valid_for=timedelta(hours=1),
        )
        person = await person_for_address(uow.session, MEDIATOR, now)
        await redeem_invite(uow.session, code, person_id=person.id, now=now, name="Saran")
        actor = await staff_actor(uow.session, person.id)
        await uow.commit()
    return actor


async def test_a_mediators_message_opens_neutrally_under_the_safety_buttons_and_her_typed_answer_reaches_her(
    browser: Browser,
    running_bot: RunningBot,  # noqa: F811
) -> None:
    bot = running_bot
    page = await open_page(browser, bot.url, EN)
    reference, _ = await file_case(page, bot)
    staff = await staff_member(bot)
    context = bot.app.dialogs.context
    for trigger, data in (
        (Trigger.ACCEPT, {"risk": "low"}),
        (Trigger.DISPATCH, {"assignee_id": staff.id}),
        (Trigger.TAKE, {}),
    ):
        await apply_trigger(
            bot.app.unit_of_work(),
            reference=reference,
            trigger=trigger,
            actor=staff,
            now=bot.app.now(),
            tz=context.zone,
            data=data,
            policy=context.policy,
            publish=context.publish,
        )
    await bot.app.dialogs.handle(Inbound(address=MEDIATOR, update_id="m-1", text=f"/reply {reference} Friday at 10?"))

    relayed = page.locator(".bubble.bot", has_text="Friday at 10?").last
    await expect(relayed).to_be_visible()
    assert (await relayed.inner_text()).split("\n")[0] == "You have a new message."
    await expect(page.locator("#danger")).to_be_visible()
    await expect(page.locator("#exit")).to_be_visible()

    await say(page, "Friday is fine.")
    await sees(page, f"Sent to the staff handling your case {reference}")
    async with bot.app.unit_of_work() as uow:
        case = await uow.cases.get(reference)
        entries = await uow.entries.for_case(case.id)
    assert [e.text for e in entries if e.kind == "message_in"] == ["Friday is fine."]
