"""Whole journeys over Matrix: real nio clients as the people, a real Synapse, the real bot."""

from __future__ import annotations

import json
import re

from storage.channel_state import ChannelStateStore

from .conftest import Person, World, body

REFERENCE = re.compile(r"[A-Z]+-\d{4}-\d{6}")
PIN = re.compile(r"PIN: (\d{6})")


def number_of(event: dict, label: str) -> str:
    """The number the bot gave to the option whose label contains ``label``."""
    for line in body(event).splitlines():
        match = re.match(r"^(\d+)\. (.*)$", line)
        if match and label in match.group(2):
            return match.group(1)
    raise AssertionError(f"no option {label!r} in {body(event)!r}")


class Conversation:
    """Her side of one direct room: what she says, and the bot's next answer."""

    def __init__(self, person: Person, room_id: str, bot_user: str) -> None:
        self.person = person
        self.room_id = room_id
        self.bot_user = bot_user

    @property
    def seen(self) -> int:
        return len(self.person.from_bot(self.room_id, self.bot_user))

    async def next(self, contains: str, *, after: int | None = None, within: float = 10) -> dict:
        start = self.seen if after is None else after
        return await self.person.wait_for(
            self.room_id, self.bot_user, lambda e: contains in body(e), after=start, within=within
        )

    async def say(self, text: str, expect: str) -> dict:
        before = self.seen
        await self.person.say(self.room_id, text)
        return await self.next(expect, after=before)

    async def pick(self, prompt: dict, label: str, expect: str) -> dict:
        return await self.say(number_of(prompt, label), expect)


async def open_room(world: World, person: Person) -> tuple[Conversation, dict]:
    """She creates a direct room and invites the bot; the bot joins and offers the languages."""
    room_id = await person.dm(world.bot_user)
    chat = Conversation(person, room_id, world.bot_user)
    picker = await chat.next("English", after=0)
    return chat, picker


async def to_menu(chat: Conversation, picker: dict) -> dict:
    safety = await chat.pick(picker, "English", "Is it safe to talk")
    return await chat.pick(safety, "Yes, safe", "How can we help?")


async def file_case(
    chat: Conversation, menu: dict, words: str = "他喝醉了就打我。<b>not bold</b>"
) -> tuple[str, str, dict]:
    service = await chat.pick(menu, "new request", "Rights / domestic violence")
    region = await chat.pick(service, "Rights / domestic violence", "Hailar District")
    describe = await chat.pick(region, "Hailar District", "own words")
    received = await chat.say(words, "Continue")
    involved = await chat.pick(received, "Continue", "Neither")
    contact = await chat.pick(involved, "Neither", "Only in this chat")
    identity = await chat.pick(contact, "Only in this chat", "Stay anonymous")
    consent = await chat.pick(identity, "Stay anonymous", "I agree")
    review = await chat.pick(consent, "I agree", "Confirm and send")
    assert describe and review
    receipt = await chat.pick(review, "Confirm and send", "PIN")
    reference = REFERENCE.search(body(receipt))
    pin = PIN.search(body(receipt))
    assert reference and pin, body(receipt)
    return reference.group(0), pin.group(1), review


async def test_a_reporter_goes_from_inviting_the_bot_to_her_receipt(world: World) -> None:
    await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    # The options are a numbered list in the plain body and an HTML list in the formatted body.
    assert re.search(r"^\d+\. English$", body(picker), re.MULTILINE)
    assert "<ol>" in picker["content"]["formatted_body"]
    menu = await to_menu(chat, picker)
    assert "Danger now" in body(menu) and "Quick exit" in body(menu), "every prompt offers the safety options"
    reference, pin, review = await file_case(chat, menu)
    # Her words are shown as she wrote them, and escaped in the HTML body.
    assert "他喝醉了就打我" in body(review)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in review["content"]["formatted_body"]
    assert "<b>" not in review["content"]["formatted_body"]
    assert reference.startswith("HLB-") and len(pin) == 6


# --------------------------------------------------------------------------------------------
# Staff on the web chat (a recording channel), through the same dialogs and services


async def join_staff(world: World, bot, address: str, roles: tuple[str, ...]):
    """A staff member joins with an invitation code and ``/join CODE``; returns her actor."""
    from datetime import timedelta

    from bot.messages import Inbound
    from storage.people import person_for_address, staff_actor
    from storage.staff import create_invite

    app = bot.app
    async with app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=list(roles),
            regions=["all"],
            service_point_id=None,
            now=app.now(),
            valid_for=timedelta(days=1),
        )
        await uow.commit()
    await app.dialogs.handle(
        Inbound(address=address, update_id=f"{address}:join", text=f"/join {code}", locale_hint="en")
    )
    async with app.unit_of_work() as uow:
        person = await person_for_address(uow.session, address, app.now())
        actor = await staff_actor(uow.session, person.id)
        await uow.commit()
    assert actor is not None
    return actor


async def fire(bot, reference: str, trigger, actor, **data) -> None:
    from workflows.services import apply_trigger

    context = bot.app.dialogs.context
    await apply_trigger(
        bot.app.unit_of_work(),
        reference=reference,
        trigger=trigger,
        actor=actor,
        now=bot.app.now(),
        tz=context.zone,
        data=data,
        policy=context.policy,
        publish=context.publish,
    )
    bot.app.sender.notify()


async def web_message(world: World, address: str, contains: str, within: float = 10) -> str:
    import asyncio
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        for message in world.web.to(address):
            if contains in message.text:
                return message.text
        await asyncio.sleep(0.05)
    raise AssertionError(f"{address} got no message with {contains!r}: {[m.text[:60] for m in world.web.to(address)]}")


async def test_a_mediator_on_the_web_chat_and_a_reporter_on_matrix_talk_about_her_case(world: World) -> None:
    from bot.messages import Inbound
    from workflows.vocabulary import Trigger

    bot = await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    reference, pin, _ = await file_case(chat, await to_menu(chat, picker))

    supervisor = await join_staff(world, bot, "web:supervisor", ("operator", "supervisor"))
    mediator = await join_staff(world, bot, "web:mediator", ("mediator",))
    await fire(bot, reference, Trigger.ACCEPT, supervisor)
    await fire(bot, reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await fire(bot, reference, Trigger.TAKE, mediator)

    words = "We can meet on Friday <at the women's home>."
    await bot.app.dialogs.handle(
        Inbound(address="web:mediator", update_id="med-1", text=f"/reply {reference} {words}", locale_hint="en")
    )
    relayed = await chat.next("We can meet on Friday")
    assert "&lt;at the women&#x27;s home&gt;" in relayed["content"]["formatted_body"]

    # "Reply" under the mediator's message; her PIN first when the case is locked.
    answer = await chat.pick(relayed, "Reply", "")
    if "PIN" in body(answer):
        cases = await chat.say(pin, reference)
        view = await chat.pick(cases, reference, "Add information")
        answer = await chat.pick(view, "Add information", "")
    added = await chat.say("Friday is fine, after 3 pm.", "Added to your case")
    assert added
    text = await web_message(world, "web:mediator", "Friday is fine, after 3 pm.")
    assert reference in text


# --------------------------------------------------------------------------------------------
# Restarts


async def test_a_restart_mid_conversation_resumes_where_she_was(world: World) -> None:
    bot = await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    safety = await chat.pick(picker, "English", "Is it safe to talk")
    device = bot.channel.client.device_id
    await bot.stop()

    bot = await world.start_bot()
    assert bot.channel.client.device_id == device, "the device id is kept across restarts"
    # The options of the last prompt are found again, so her number still means the same choice.
    menu = await chat.pick(safety, "Yes, safe", "How can we help?")
    await chat.pick(menu, "new request", "Rights / domestic violence")
    state = await ChannelStateStore(bot.app.unit_of_work).load(bot.channel.state.key)  # a database row
    assert set(state) == {"account", "device_id", "sync_token", "rooms", "locales"}
    assert state["rooms"] == {her.user_id: chat.room_id}
    assert "bot-pw" not in json.dumps(state) and bot.channel.client.access_token not in json.dumps(state)
    assert not (world.tmp_path / "matrix" / "state.json").exists()


async def test_a_message_sent_while_the_bot_is_down_is_answered_once_it_is_back(world: World) -> None:
    import asyncio

    bot = await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    safety = await chat.pick(picker, "English", "Is it safe to talk")
    await bot.stop()

    before = chat.seen
    await her.say(chat.room_id, number_of(safety, "Yes, safe"))
    await her.pull(timeout_ms=300)
    assert chat.seen == before, "nobody answers while the bot is down"

    await world.start_bot()
    await chat.next("How can we help?", after=before)
    await asyncio.sleep(1.5)  # a few more sync rounds: a replay would show up here
    await her.pull(timeout_ms=200)
    answers = [e for e in her.from_bot(chat.room_id, world.bot_user)[before:] if "How can we help?" in body(e)]
    assert len(answers) == 1


# --------------------------------------------------------------------------------------------
# Safety and refusals


async def test_quick_exit_redacts_the_conversation_says_one_neutral_line_and_leaves(world: World) -> None:
    await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    menu = await to_menu(chat, picker)
    her_words = [e["event_id"] for e in her.inbox if e["room_id"] == chat.room_id and e["sender"] == her.user_id]
    bot_words = [e["event_id"] for e in her.from_bot(chat.room_id, world.bot_user)]

    goodbye = await chat.pick(menu, "Quick exit", "Thank you, goodbye.")
    for _ in range(20):
        await her.pull(timeout_ms=200)
        if chat.room_id in her.left:
            break
    assert chat.room_id in her.left, "the bot left the room"
    assert set(bot_words) <= her.redacted, "every earlier bot message is redacted"
    assert set(her_words) <= her.redacted, "hers too: the bot has the power in a trusted private chat"
    assert goodbye["event_id"] not in her.redacted
    assert "Danger" not in body(goodbye), "the neutral line offers nothing"

    # She may invite the bot again; it remembers her language, not the conversation.
    await her.client.room_invite(chat.room_id, world.bot_user)
    await chat.next("How can we help?")


async def test_an_encrypted_room_is_told_in_every_language_how_to_start_a_plain_one(world: World) -> None:
    await world.start_bot()
    her = await world.person()
    room_id = await her.dm(world.bot_user, encrypted=True)
    chat = Conversation(her, room_id, world.bot_user)
    notice = await chat.next("encrypt", after=0)
    assert "end-to-end encryption" in body(notice) and "端到端加密" in body(notice)
    for _ in range(20):
        await her.pull(timeout_ms=200)
        if room_id in her.left:
            break
    assert room_id in her.left


async def test_a_room_with_someone_else_in_it_is_refused(world: World) -> None:
    await world.start_bot()
    her = await world.person()
    friend = await world.person("friend")
    response = await her.client.room_create(invite=[friend.user_id])
    room_id = response.room_id
    await friend.client.join(room_id)
    await her.client.room_invite(room_id, world.bot_user)
    chat = Conversation(her, room_id, world.bot_user)
    notice = await chat.next("direct chat", after=0)
    assert "I am leaving this room" in body(notice)


# --------------------------------------------------------------------------------------------
# Files


async def upload(person: Person, data: bytes, name: str, mimetype: str) -> str:
    import io

    response, _ = await person.client.upload(io.BytesIO(data), content_type=mimetype, filename=name, filesize=len(data))
    return response.content_uri


async def test_a_photo_reaches_her_case_and_an_oversized_file_is_refused_clearly(world: World) -> None:
    from bot.messages import Inbound

    bot = await world.start_bot()
    seen: list[Inbound] = []
    handle = bot.channel.handle

    async def recording(inbound: Inbound) -> None:
        seen.append(inbound)
        await handle(inbound)

    bot.channel.handle = recording
    her = await world.person()
    chat, picker = await open_room(world, her)
    menu = await to_menu(chat, picker)
    service = await chat.pick(menu, "new request", "Rights / domestic violence")
    region = await chat.pick(service, "Rights / domestic violence", "Hailar District")
    await chat.pick(region, "Hailar District", "own words")

    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    url = await upload(her, photo, "bruise.png", "image/png")
    before = chat.seen
    await her.client.room_send(
        chat.room_id,
        "m.room.message",
        {"msgtype": "m.image", "body": "bruise.png", "url": url, "info": {"mimetype": "image/png", "size": len(photo)}},
    )
    await chat.next("Continue", after=before)
    attachment = seen[-1].attachments[0]
    assert (attachment.kind, attachment.data, attachment.too_large) == ("photo", photo, False)

    big = b"0" * (1024 * 1024 + 10)
    url = await upload(her, big, "video.bin", "application/octet-stream")
    before = chat.seen
    await her.client.room_send(
        chat.room_id,
        "m.room.message",
        {"msgtype": "m.file", "body": "video.bin", "url": url, "info": {"size": len(big)}},
    )
    await chat.next("too large", after=before)
    assert seen[-1].attachments[0].too_large and seen[-1].attachments[0].data == b""
