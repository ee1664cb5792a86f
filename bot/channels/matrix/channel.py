"""The Matrix channel's lifecycle: log in, sync with backoff, stop, state; rooms and their events to the dialogs.

Translation lives in `translate`, delivery (and leaving rooms) in `delivery`, the state (in the
database) in `state`.

The sync token moves only past what is durable: every event of a sync is handed to the dialogs
(each room's events in order, rooms side by side), and only when none of them raised `NotRecorded`
is the sync's ``next_batch`` taken, and saved in the background (`MatrixState.save_soon`: a stalled
database never holds the next sync). Otherwise the channel backs off and syncs again from the old
token; the events come again with the same event ids, which the dialog engine deduplicates.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import ClientError
from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    JoinError,
    LoginResponse,
    MegolmEvent,
    RoomEncryptionEvent,
    RoomMemberEvent,
    RoomMessage,
    RoomMessagesResponse,
    SyncResponse,
    WhoamiResponse,
)

from bot.channels.base import Channel, Handle, RecentIds
from bot.channels.matrix.delivery import HISTORY_PAGES, MatrixDelivery
from bot.channels.matrix.state import MatrixState
from bot.channels.matrix.translate import SCHEME, EventTranslator, Offer
from bot.lifecycle import Health, Lines, StartError
from bot.messages import Inbound, NotRecorded, Outbound
from bot.outage import DangerFallback

if TYPE_CHECKING:
    from bot.channels.plugin import ChannelStateStore
    from bot.i18n import Localizer

logger = logging.getLogger("bot.channels.matrix")

#: Only the events the channel translates; presence, receipts and typing are not asked for.
SYNC_FILTER: dict[str, Any] = {
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {
        "timeline": {
            "limit": 100,
            "types": [
                "m.room.message",
                "m.room.encrypted",
                "m.reaction",
                "m.sticker",
                "m.room.member",
                "m.room.encryption",
            ],
        },
        "state": {"types": ["m.room.member", "m.room.encryption"]},
        "ephemeral": {"types": []},
        "account_data": {"types": []},
    },
}


#: After `NotRecorded` (the database is down), the same sync is tried again after this long, doubling up to
#: `NOT_RECORDED_RETRY_CAP`: the events wait at the homeserver, not in memory.
NOT_RECORDED_RETRY = 0.5
NOT_RECORDED_RETRY_CAP = 5.0

#: On stop, how long the last state write may take before it is given up (the next start replays).
STOP_SAVE_SECONDS = 5.0


class MatrixStartError(StartError):
    """The channel cannot start for a reason retrying will not fix (bad credentials or settings)."""


class MatrixChannel:
    """A `bot.lifecycle.Component`: hands room events to ``handle`` and delivers `Outbound` as room messages."""

    name = SCHEME
    scheme = SCHEME
    lines = Lines("cli-matrix-failed", "cli-matrix-running", "cli-matrix-retrying")

    def __init__(
        self,
        *,
        homeserver: str,
        user: str,
        password: str = "",
        access_token: str = "",
        state_store: ChannelStateStore,
        handle: Handle,
        localizer: Localizer,
        max_download_bytes: int = 10 * 1024 * 1024,
        sync_timeout_ms: int = 30_000,
        start_retry_cap: float = 60.0,
        on_started: Callable[[Channel], None] | None = None,
        device_name: str = "walking-home",
        state_dir: Path | None = None,
        turn_timeout: float = 15.0,
    ) -> None:
        self.homeserver = homeserver.rstrip("/")
        self.user = user
        self._password = password
        self._access_token = access_token
        self.handle = handle
        self.localizer = localizer
        self.sync_timeout_ms = sync_timeout_ms
        self.start_retry_cap = start_retry_cap
        self.on_started = on_started
        self.device_name = device_name
        legacy_file = Path(state_dir) / "state.json" if state_dir is not None else None
        self.state = MatrixState(state_store, f"{self.homeserver} {user}", legacy_file=legacy_file)
        self._state_loaded = False
        config = AsyncClientConfig(max_timeouts=1, max_limit_exceeded=3, request_timeout=30, encryption_enabled=False)
        self.client = AsyncClient(self.homeserver, user, config=config)
        self.offers: dict[str, Offer] = {}  # room id → the options last offered there
        self.translator = EventTranslator(
            self.client, user=user, offers=self.offers, max_download_bytes=max_download_bytes
        )
        self.delivery = MatrixDelivery(
            self.client,
            user=user,
            state=self.state,
            offers=self.offers,
            localizer=localizer,
            is_running=lambda: self._running,
        )
        self._seen = RecentIds()  # event ids handed on and recorded
        #: Seconds one event may wait for the dialogs to record it; past that it is not recorded (token stays).
        self.turn_timeout = turn_timeout
        #: Her "danger now" gets the numbers from the channel itself when the database cannot record it.
        self.danger = DangerFallback(
            localizer, self.deliver, locale_of=lambda address: self.state.locales.get(address.partition(":")[2])
        )
        self._not_recorded = False  # the last sync round met NotRecorded (one log line per outage)
        self._task: asyncio.Task | None = None
        self._running = False
        self._unreachable = False

    @property
    def running(self) -> bool:
        return self._running

    def health(self) -> Health:
        detail = "unreachable" if self._unreachable else ("" if self._running else "stopped")
        return Health(self.name, ok=self._running and not self._unreachable, detail=detail)

    def describe(self) -> dict[str, str]:
        return {"user": self.user}

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Log in and start syncing; an unreachable homeserver is retried in the background."""
        if not (self._password or self._access_token):
            await self.client.close()
            raise MatrixStartError("set WALKING_HOME_MATRIX_PASSWORD or WALKING_HOME_MATRIX_ACCESS_TOKEN")
        try:
            await self._load_state()
            await self._log_in()
        except MatrixStartError:
            await self.client.close()
            raise
        except (ClientError, OSError, TimeoutError) as error:
            self._say_unreachable(error)
            self._task = asyncio.create_task(self._run(logged_in=False), name="matrix-channel")
            return
        except Exception as error:  # the database could not be read: retried in the background too
            logger.warning("matrix state could not be read (%s); retrying in the background", type(error).__name__)
            self._task = asyncio.create_task(self._run(logged_in=False), name="matrix-channel")
            return
        self._became_ready()
        self._task = asyncio.create_task(self._run(logged_in=True), name="matrix-channel")

    async def stop(self) -> None:
        """Stop syncing and close the HTTP session; never raises."""
        self._running = False
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._state_loaded and not await self.state.flush(within=STOP_SAVE_SECONDS):
            logger.warning("matrix state not saved before stopping; the next start replays the last events")
        with contextlib.suppress(Exception):
            await self.client.close()
        self._running = False

    async def _load_state(self) -> None:
        if not self._state_loaded:
            await self.state.load()
            self.client.device_id = self.state.device_id or None
            self._state_loaded = True

    async def _log_in(self) -> None:
        if self._access_token:
            self.client.access_token = self._access_token
            who = await self.client.whoami()
            if not isinstance(who, WhoamiResponse):
                raise MatrixStartError(f"the homeserver refused the access token ({who.status_code})")
            if who.user_id != self.user:
                raise MatrixStartError("the access token belongs to another user")
            self.client.restore_login(who.user_id, who.device_id or self.state.device_id, self._access_token)
        else:
            response = await self.client.login(self._password, device_name=self.device_name)
            if not isinstance(response, LoginResponse):
                raise MatrixStartError(f"the homeserver refused the login ({response.status_code})")
        if self.client.device_id != self.state.device_id:
            self.state.device_id = self.client.device_id or ""
            self.state.save_soon()

    def _became_ready(self) -> None:
        self._running = True
        if self.on_started is not None:
            self.on_started(self)
        logger.info("matrix channel running as %s (device %s)", self.user, self.client.device_id)

    def _say_unreachable(self, error: BaseException) -> None:
        if not self._unreachable:
            self._unreachable = True
            logger.warning(
                "matrix homeserver unreachable (%s); retrying in the background, up to every %.0f s",
                type(error).__name__,
                self.start_retry_cap,
            )

    async def _run(self, *, logged_in: bool) -> None:
        delay = 1.0
        unrecorded_delay = NOT_RECORDED_RETRY
        while True:
            try:
                if not logged_in:
                    await self._load_state()
                    await self._log_in()
                    logged_in = True
                    self._became_ready()
                await self._sync_once()
                if self._unreachable:
                    self._unreachable = False
                    logger.info("matrix homeserver reachable again")
                if self._not_recorded:
                    self._not_recorded = False
                    logger.info("matrix events recorded again; the sync token moves on")
                delay = 1.0
                unrecorded_delay = NOT_RECORDED_RETRY
            except asyncio.CancelledError:
                raise
            except NotRecorded:
                if not self._not_recorded:
                    self._not_recorded = True
                    logger.warning("matrix events could not be recorded; the sync token stays and they come again")
                await asyncio.sleep(unrecorded_delay)
                unrecorded_delay = min(unrecorded_delay * 2, NOT_RECORDED_RETRY_CAP)
            except MatrixStartError as error:
                logger.error("matrix channel stops: %s", error)
                return
            except (ClientError, OSError, TimeoutError) as error:
                self._say_unreachable(error)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.start_retry_cap)
            except Exception:
                logger.exception("matrix sync round failed")
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.start_retry_cap)

    async def _sync_once(self) -> None:
        since = self.state.sync_token
        response = await self.client.sync(
            timeout=self.sync_timeout_ms if since else 0, sync_filter=SYNC_FILTER, since=since or None
        )
        if not isinstance(response, SyncResponse):
            if response.status_code == "M_UNKNOWN_TOKEN" and self._password:
                logger.warning("matrix session ended; logging in again")
                await self._log_in()
                return
            raise OSError(f"sync failed: {response.status_code}")
        await self._handle_sync(response, first=not since)  # raises NotRecorded: the token stays
        self.state.sync_token = response.next_batch
        self.state.save_soon()  # in the background: a database that stalls does not stall the sync

    # -- inbound -----------------------------------------------------------------------------

    async def _handle_sync(self, response: SyncResponse, *, first: bool) -> None:
        for room_id, info in response.rooms.invite.items():
            await self._on_invite(room_id, info.invite_state)
        work = []
        skipped = 0
        for room_id, info in response.rooms.join.items():
            events = list(info.timeline.events)
            if first:  # no token yet: what came before the bot's first start is not replayed
                skipped += sum(isinstance(e, RoomMessage) for e in events)
                continue
            if info.timeline.limited and info.timeline.prev_batch:
                events = await self._gap(room_id, info.timeline.prev_batch, self.state.sync_token) + events
            work.append(self._on_room_events(room_id, events))
        if skipped:
            logger.info("matrix first sync: %d earlier messages not replayed", skipped)
        for room_id in response.rooms.leave:
            user = self.state.user_in(room_id)
            if user is not None:
                self.delivery.forget_room(user)
        # Rooms side by side, each room's events in order; every room runs to its end (or to its first
        # event that could not be recorded) before the sync counts as done or failed.
        outcomes = await asyncio.gather(*work, return_exceptions=True)
        failed = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        if failed:
            raise next((f for f in failed if isinstance(f, NotRecorded)), failed[0])

    async def _gap(self, room_id: str, prev_batch: str, since: str) -> list:
        """Events a limited timeline left out (more happened than the sync returned), oldest first."""
        found: list = []
        token = prev_batch
        for _ in range(HISTORY_PAGES):
            page = await self.client.room_messages(room_id, start=token, end=since, limit=100)
            if not isinstance(page, RoomMessagesResponse) or not page.chunk:
                break
            found.extend(page.chunk)
            if not page.end or page.end == token:
                break
            token = page.end
        return list(reversed(found))

    async def _on_invite(self, room_id: str, invite_state: list) -> None:
        inviter = next(
            (e.sender for e in invite_state if isinstance(e, InviteMemberEvent) and e.state_key == self.user),
            None,
        )
        joined = await self.client.join(room_id)
        if isinstance(joined, JoinError):
            logger.warning("could not join a room we were invited to: %s", joined.status_code)
            return
        if inviter is None:
            await self.delivery.refuse(room_id, "matrix-private-only", None)
            return
        encryption = await self.client.room_get_state_event(room_id, "m.room.encryption")
        if isinstance(getattr(encryption, "content", None), dict) and encryption.content.get("algorithm"):
            await self.delivery.refuse(room_id, "matrix-encrypted-room", inviter)
            return
        members = await self.client.joined_members(room_id)
        if getattr(members, "members", None) is not None and len(members.members) > 2:
            await self.delivery.refuse(room_id, "matrix-private-only", inviter)
            return
        await self._take_room(inviter, room_id)
        logger.info("matrix: joined a direct room")
        # She is greeted when the bot's join comes back in the room's timeline (`_greet`): its event id
        # is the update id, the same in every replay of that sync, in any process.

    async def _take_room(self, user: str, room_id: str) -> None:
        """``room_id`` is her direct room now; the bot leaves the one she had before."""
        old = self.state.rooms.get(user)
        self.state.rooms[user] = room_id
        if old and old != room_id:
            self.offers.pop(old, None)
            await self.delivery.leave(old)

    async def _on_room_events(self, room_id: str, events: list) -> None:
        """One room's events in order; raises `NotRecorded` at the first one the dialogs could not record."""
        joins = [i for i, e in enumerate(events) if self._is_own_join(e)]
        if joins:
            events = events[joins[-1] :]  # what she wrote before the bot joined is answered by the greeting
        for event in events:
            if not getattr(event, "event_id", None) or event.event_id in self._seen:
                continue
            if self._is_own_join(event):
                await self._greet(room_id, event)
                self._seen.add(event.event_id)
                continue
            if getattr(event, "sender", None) == self.user:
                continue
            try:
                if not await self._on_event(room_id, event):
                    self._seen.add(event.event_id)
                    return  # the bot left the room
            except NotRecorded:
                raise  # this event and the room's later ones come again with the next sync
            except Exception as error:
                logger.error("matrix event in a room could not be handled: %s", type(error).__name__)
            self._seen.add(event.event_id)

    def _is_own_join(self, event: Any) -> bool:
        return (
            isinstance(event, RoomMemberEvent)
            and event.state_key == self.user
            and event.membership == "join"
            and event.prev_membership != "join"  # not a change of the bot's display name
        )

    async def _greet(self, room_id: str, event: RoomMemberEvent) -> None:
        """The bot joined her room: the dialogs greet her (update id: the join's event id)."""
        owner = self.state.user_in(room_id)
        if owner is None:  # joined by a process that stopped before it saved the room: ask the room
            members = await self.client.joined_members(room_id)
            others = [m.user_id for m in getattr(members, "members", None) or () if m.user_id != self.user]
            if len(others) != 1:
                return
            owner = others[0]
            await self._take_room(owner, room_id)
        await self._dispatch(Inbound(address=f"{SCHEME}:{owner}", update_id=event.event_id, text="/start"))

    async def _on_event(self, room_id: str, event: Any) -> bool:
        """Translate one event; False when the bot left the room."""
        sender = event.sender
        if isinstance(event, RoomEncryptionEvent | MegolmEvent):
            await self.delivery.refuse(room_id, "matrix-encrypted-room", sender)
            return False
        if isinstance(event, RoomMemberEvent):
            return await self._on_member(room_id, event)
        owner = self.state.user_in(room_id)
        if owner is not None and owner != sender:
            await self.delivery.refuse(room_id, "matrix-private-only", owner)
            return False
        inbound = await self.translator.inbound(room_id, event)
        if inbound is None:
            return True
        if owner is None:  # a room she wrote in that the state does not know (yet): saved with the token
            old = self.state.rooms.get(sender)
            self.state.rooms[sender] = room_id
            if old and old != room_id:
                self.offers.pop(old, None)
        await self._dispatch(inbound)
        return True

    async def _on_member(self, room_id: str, event: RoomMemberEvent) -> bool:
        owner = self.state.user_in(room_id)
        if event.state_key == self.user:
            return True
        if event.membership == "join" and owner is not None and event.state_key != owner:
            await self.delivery.refuse(room_id, "matrix-private-only", owner)
            return False
        if event.membership in ("leave", "ban") and event.state_key == owner:
            self.delivery.forget_room(owner)
            await self.delivery.leave(room_id)  # she left: nobody else should find the conversation here
            return False
        return True

    async def _dispatch(self, inbound: Inbound) -> None:
        """Hand one inbound to the dialogs (at most ``turn_timeout`` seconds); `NotRecorded` goes up (the
        sync token must not pass it). Her "danger now" that is not recorded gets the numbers directly."""
        try:
            await self.danger.handle(self.handle, inbound, self.turn_timeout)
        except NotRecorded:
            raise
        except Exception as error:
            logger.error("matrix inbound could not be handled: %s", type(error).__name__)

    # -- leaving -----------------------------------------------------------------------------

    # -- outbound ----------------------------------------------------------------------------

    async def deliver(self, message: Outbound) -> None:
        """Send one rendered message (`delivery.MatrixDelivery`)."""
        await self.delivery.deliver(message)
