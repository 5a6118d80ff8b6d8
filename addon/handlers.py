"""What each endpoint does, once the request is verified and the event parsed (no Flask here).

Gmail calls: the message card costs one (threads.get, format=full: the whole conversation for the analysis,
and its drafts, so an existing Regrets draft is found without drafts.list, which the add-on scopes do not
allow); a draft costs two (threads.get again -- the state may have changed since the card was drawn, and it is
the idempotency check -- then drafts.create, or drafts.update for a redraft). A calendar invite too big to be
inline, or an invitation forwarded as an attachment, costs one more call each (two at most). Changing the intent
on the card redraws it through the refresh endpoint (one call).
When threads.get is refused for an id form or scope reason, the open message alone is read (messages.get).
Gmail's answer is read by the Gmail adapter's own reader (`gmail.reading.build_thread`), exactly as `regrets scan`
reads it; a message whose decoded headers could name another recipient than its bytes costs one more call
(messages.get format=raw, see `gmail.decode.needs_raw`).
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from dataclasses import dataclass
from typing import Any

from gmail.reading import DraftSeen, build_thread, message_resource_thread
from regrets.analyze import analyze_thread
from regrets.compose import ComposeOptions, compose_reply
from regrets.decision import INTENTS, Intent, intent_for
from regrets.errors import RegretsError
from regrets.model import Analysis, Thread
from regrets.urgency import assess

from . import cards, paths
from .cardcache import LRUCache
from .cardtext import Text, card_language
from .choices import Choices, compose_choices
from .config import AddonConfig
from .draftstore import Claim, DraftStore, StoreError, idempotency_key
from .events import AddonEvent, MalformedEvent, api_id
from .facts import ExistingDraft, thread_facts
from .gmailapi import GmailClient, GmailProblem, UserGmail

log = logging.getLogger("regrets.addon")
_DRAFT_ID = re.compile(r"^[A-Za-z0-9_\-:]{1,128}$")
__all__ = ["Context", "Outcome", "compose_choices", "draft", "homepage", "on_message", "open_draft", "refresh"]


@dataclass
class Outcome:
    body: dict[str, Any]
    gmail_calls: int = 0
    card: str | None = None  # card name, for the log line
    gmail_seconds: float = 0.0  # waiting for Gmail


@dataclass(frozen=True)
class ThreadView:
    """What the message card needs from a conversation (cacheable: no message bodies)."""

    thread_id: str
    subject: str
    last_gmail_id: str
    drafts: tuple[DraftSeen, ...]
    drafts_visible: bool  # False: only the open message was read (no drafts to see)
    analysis: Analysis | None  # None: no readable message


@dataclass
class Context:
    config: AddonConfig
    gmail: GmailClient
    store: DraftStore
    cache: LRUCache[ThreadView] = dataclasses.field(default_factory=lambda: LRUCache(0))

    def urls(self) -> dict[str, str]:
        u = self.config.endpoint_url
        return {"draft": u(paths.DRAFT), "open_draft": u(paths.OPEN_DRAFT), "refresh": u(paths.REFRESH)}


# ---- endpoints ------------------------------------------------------------------------------------------------
def homepage(ctx: Context, ev: AddonEvent) -> Outcome:
    c = cards.homepage_card(text_for(ev))
    return Outcome(cards.push(c), 0, c["name"])


def on_message(ctx: Context, ev: AddonEvent, *, as_update: bool = False) -> Outcome:
    """The card for the open conversation. As an update (refresh, or the intent radio's onChangeAction) it keeps
    the choices the event's form carries, and keeps the form open while the user is changing them."""
    thread_id, message_id = _ids(ev)
    t = text_for(ev)
    form = compose_choices(ev)
    gm = _user_gmail(ctx, ev)
    params = {"threadId": thread_id or "", "messageId": message_id or ""}
    wrap = cards.update if as_update else cards.push
    now = ctx.config.now()
    try:
        view = thread_view(ctx, gm, thread_id, message_id, ev.time_zone, now)
    except GmailProblem as p:
        c = cards.error_card(p.kind, t, ctx.urls(), params)
        return _out(wrap(c), gm, c["name"])
    if view.analysis is None:
        c = cards.error_card("unreadable", t, ctx.urls(), params)
        return _out(wrap(c), gm, c["name"])
    analysis = view.analysis
    urgency = assess(analysis, now)
    try:
        existing = find_existing(ctx.store, analysis.owner, view.thread_id, list(view.drafts), view.drafts_visible)
    except StoreError as exc:
        c = cards.error_card(exc.kind, t, ctx.urls(), params)
        return _out(wrap(c), gm, c["name"])
    facts = thread_facts(view.subject, analysis, urgency, user_zone=ev.time_zone, user_offset_ms=ev.tz_offset_ms,
                         existing=existing, text=t)
    params = {"threadId": view.thread_id, "messageId": message_id or view.last_gmail_id}
    c = cards.thread_card(facts, t, ctx.urls(), params, form, expanded=as_update and bool(ev.form))
    return _out(wrap(c), gm, c["name"])


def thread_view(ctx: Context, gm: UserGmail, thread_id: str | None, message_id: str | None, zone: str | None,
                now: Any) -> ThreadView:
    """One Gmail call, then the analysis -- or the cached one for a byte-identical answer (see addon.cardcache)."""
    res, single = fetch_thread(gm, thread_id, message_id)
    key = hashlib.sha256(gm.last_digest + f"|{zone or ''}|{int(single)}".encode()).hexdigest()
    hit = ctx.cache.get(key)
    if hit is not None:
        return hit
    thread, drafts = convert_thread(gm, res, single)
    tid = thread.gmail_thread_id or thread_id or ""
    if not thread.messages:
        return ThreadView(tid, thread.subject, "", tuple(drafts), not single, None)
    analysis = analyze_thread(thread, None, now, home_zone=zone)
    slim = dataclasses.replace(analysis, reply_target=None, interview=dataclasses.replace(analysis.interview, source_text="")
                               if analysis.interview else None)
    view = ThreadView(tid, thread.subject, thread.last.gmail_id or "", tuple(drafts), not single, slim)
    ctx.cache.put(key, view)
    return view


def refresh(ctx: Context, ev: AddonEvent) -> Outcome:
    return on_message(ctx, ev, as_update=True)


def draft(ctx: Context, ev: AddonEvent) -> Outcome:
    """Create the reply draft in the thread, once; answer with the card as it is now (the draft made: Open draft,
    Redraft with other options) and the draft opened for review.

    Whether a draft exists is decided by the draft record's claim (`addon.draftstore`), shared by every worker
    and instance, whichever way the conversation was read: a Regrets draft seen in the thread counts first;
    otherwise exactly one request per (mailbox, thread, intent) gets the claim and makes the draft, and the
    others open the draft it recorded. A record whose draft is not in a fresh read of the thread was deleted or
    sent by the user, and is replaced. When only the open message can be read (threads.get refused, or no
    thread id), drafts are invisible and the record alone decides.

    "Redraft" (parameter ``redraft`` = a draft id) replaces the content of the Regrets draft with that id --
    only one this add-on recorded, so never a draft the user wrote -- see `DraftJob.redraft`."""
    t = text_for(ev)
    choices = compose_choices(ev)
    thread_id, message_id = _ids(ev)
    replace = _draft_id_param(ev, "replaces")
    redraft = _draft_id_param(ev, "redraft") or None
    gm = _user_gmail(ctx, ev)
    params = {"threadId": thread_id or "", "messageId": message_id or ""}
    try:
        read = read_conversation(gm, thread_id, message_id)
    except GmailProblem as p:
        c = cards.error_card(p.kind, t, ctx.urls(), params)
        return _out(cards.update(c, t("note.read_failed")), gm, c["name"])
    if not read.thread.messages:
        c = cards.error_card("unreadable", t, ctx.urls(), params)
        return _out(cards.update(c), gm, c["name"])
    now = ctx.config.now()
    analysis = analyze_thread(read.thread, None, now, home_zone=ev.time_zone)
    intent = intent_for(analysis, choices.intent)
    tid = read.thread.gmail_thread_id or thread_id or ""
    params = {"threadId": tid, "messageId": message_id or read.thread.last.gmail_id or ""}
    job = DraftJob(ctx, gm, ev, t, read, analysis, intent, tid, choices, now, params)
    try:
        return job.redraft(redraft) if redraft else job.run(replace)
    except StoreError as exc:
        c = cards.error_card(exc.kind, t, ctx.urls(), params)
        return _out(cards.update(c), gm, c["name"])


@dataclass
class DraftJob:
    """One draft click, once the conversation is read and analysed."""

    ctx: Context
    gm: UserGmail
    ev: AddonEvent
    t: Text
    read: Conversation
    analysis: Analysis
    intent: Intent
    tid: str
    choices: Choices
    now: Any
    params: dict[str, str]

    def run(self, replace: str | None) -> Outcome:
        store, owner = self.ctx.store, self.analysis.owner
        key = idempotency_key(owner, self.tid, self.intent)
        seen = None
        if self.read.drafts_visible:
            replace = None  # the thread itself shows whether the recorded draft is still there
            seen = find_existing(store, owner, self.tid, self.read.drafts, True, intents=(self.intent,))
            if seen is not None and seen.draft_id:
                return self.existing(seen)
        for attempt in (1, 2):
            with store.claimed(key, replace=replace) as claim:
                if claim.owned:
                    # a Regrets draft without a record (made by `regrets scan`, or its record lost): never a second
                    return self.existing(seen) if seen is not None else self.write(claim)
            rec = claim.existing
            assert rec is not None
            if seen is not None:  # in the thread, and recorded meanwhile by the click that made it
                return self.existing(dataclasses.replace(seen, draft_id=rec.draft_id or None))
            if not self.read.drafts_visible or attempt == 2:
                return self.existing(ExistingDraft(self.intent, rec.draft_id or None, rec.message_id, seen=False))
            # recorded but not in our read: made after we read (another click), or deleted/sent since: look again
            try:
                self.read = read_conversation(self.gm, self.tid, self.params["messageId"] or None)
            except GmailProblem as p:
                return self.error(p.kind, self.t("note.read_failed"))
            found = find_existing(store, owner, self.tid, self.read.drafts, self.read.drafts_visible,
                                  intents=(self.intent,))
            if found is not None:
                return self.existing(found)
            replace = rec.draft_id  # gone from the thread: replace that record, unless another click already did
        raise AssertionError("unreachable")

    def redraft(self, old_id: str) -> Outcome:
        """Replace the Regrets draft `old_id` with a letter written from this click's choices (drafts.update: the
        draft keeps its id). Only a draft in this add-on's record is replaced: an id it never recorded -- a draft
        the user wrote, or a forged parameter -- gets the not_ours card and touches nothing. The new letter's
        intent takes over the record; a draft the user deleted or sent meanwhile is made anew (drafts.create)."""
        store, owner = self.ctx.store, self.analysis.owner
        records = {i: store.settled(idempotency_key(owner, self.tid, i)) for i in INTENTS}
        old_intent = next((i for i, rec in records.items() if rec is not None and rec.draft_id == old_id), None)
        if old_intent is None:
            rec = records[self.intent]
            if rec is not None and rec.draft_id:  # another click replaced it meanwhile: open the one on record
                return self.existing(ExistingDraft(self.intent, rec.draft_id, rec.message_id,
                                                   seen=self.read.drafts_visible))
            return self.error("not_ours")
        same = old_intent == self.intent
        with store.claimed(idempotency_key(owner, self.tid, self.intent), replace=old_id if same else None) as claim:
            if not claim.owned:  # another click replaced it first, or a draft for the new intent exists: open it
                rec = claim.existing
                assert rec is not None
                return self.existing(ExistingDraft(self.intent, rec.draft_id or None, rec.message_id,
                                                   seen=self.read.drafts_visible))
            outcome = self.write(claim, replacing=old_id)
        if not same and outcome.card in ("draft-replaced", "draft-created"):
            # the draft now holds the other letter: drop the old intent's record (take it over, then release it)
            try:
                with store.claimed(idempotency_key(owner, self.tid, old_intent), replace=old_id, wait=0):
                    pass
            except StoreError:  # another click holds it right now: it will find the record names a moved draft
                log.info("old draft record left in place")
        return outcome

    def write(self, claim: Claim, replacing: str | None = None) -> Outcome:
        """Compose the letter and create the draft (or replace the content of draft `replacing`), then record it."""
        ch, analysis = self.choices, self.analysis
        lang = ch.language or analysis.language or "en"
        options = ComposeOptions(intent=self.intent, language=ch.language, reason=ch.reason,
                                 other_roles=ch.other_roles(lang), referral=ch.referral, sender_email=analysis.owner,
                                 zone=self.ev.time_zone, calendar_reply=ch.calendar_reply)
        try:
            reply = compose_reply(self.read.thread, analysis, options, self.now)
        except RegretsError:
            return self.error("compose")
        raw = reply.as_bytes()
        try:
            try:
                made = self.gm.update_draft(replacing, self.tid, raw) if replacing else None
            except GmailProblem as p:
                if p.kind != "not_found":
                    raise
                made = None  # deleted or sent since: make it anew
            replaced = made is not None
            made = made or self.gm.create_draft(self.tid, raw)
        except GmailProblem as p:
            if p.kind == "unavailable":  # the answer may be lost after Gmail made the draft: remember that
                self.ctx.store.complete(claim, replacing or "", "")
            note = self.t("note.lost_answer" if p.kind == "unavailable" else "note.not_created")
            return self.error(p.kind, note)
        if not self.ctx.store.complete(claim, made.draft_id, made.message_id):
            log.warning("draft record lease lost before the draft was recorded")
        note = self.t("note.replaced" if replaced else "note.created") if reply["To"] else self.t("note.created_no_to")
        c = self.card(ExistingDraft(self.intent, made.draft_id, made.message_id))
        return _out(cards.update_and_open_draft(c, made.draft_id, made.thread_id, note), self.gm,
                    "draft-replaced" if replaced else "draft-created")

    def existing(self, ex: ExistingDraft) -> Outcome:
        c = self.card(ex)
        if ex.draft_id:
            return _out(cards.update_and_open_draft(c, ex.draft_id, self.tid, self.t("note.already")), self.gm,
                        "open-existing-draft")
        if ex.seen:
            return _out(cards.update(c, self.t("note.already_bottom")), self.gm, "existing-draft")
        # Gmail did not confirm an earlier draft and the thread's drafts cannot be read: say so, offer to redo it
        return _out(cards.update(c, self.t("note.unconfirmed")), self.gm, "unconfirmed-draft")

    def card(self, ex: ExistingDraft) -> cards.Card:
        """The thread's card as it is after this click, with the choices the user made in it."""
        facts = thread_facts(self.read.thread.subject, self.analysis, assess(self.analysis, self.now),
                             user_zone=self.ev.time_zone, user_offset_ms=self.ev.tz_offset_ms, existing=ex,
                             text=self.t)
        return cards.thread_card(facts, self.t, self.ctx.urls(), self.params, self.choices)

    def error(self, kind: str, note: str | None = None) -> Outcome:
        c = cards.error_card(kind, self.t, self.ctx.urls(), self.params)
        return _out(cards.update(c, note), self.gm, c["name"])


def open_draft(ctx: Context, ev: AddonEvent) -> Outcome:
    """Open a draft Regrets made earlier (its id travels in the button's parameters). No Gmail call."""
    draft_id = ev.parameters.get("draftId") or ""
    thread_id, _ = _ids(ev)
    if not _DRAFT_ID.match(draft_id):
        raise MalformedEvent("parameters.draftId is missing or malformed")
    if not thread_id:
        raise MalformedEvent("missing thread id")
    return Outcome(cards.open_created_draft(draft_id, thread_id, text_for(ev)("note.opening")), 0, "open-draft")


# ---- helpers --------------------------------------------------------------------------------------------------
def text_for(ev: AddonEvent) -> Text:
    """The card catalogue in the user's language (the event's userLocale)."""
    return Text(card_language(ev.locale))


def _out(body: dict[str, Any], gm: UserGmail, card: str | None) -> Outcome:
    return Outcome(body, gm.calls, card, gm.wait_seconds)


def _ids(ev: AddonEvent) -> tuple[str | None, str | None]:
    """(thread id, message id) in API form. Button parameters win: a third-party changelog reports
    gmail.messageId missing on some card actions (UNCONFIRMED; Google's captured button event has it), so the
    card passes the ids along."""
    thread_id = api_id(ev.parameters.get("threadId") or ev.thread_id, "thread")
    message_id = api_id(ev.parameters.get("messageId") or ev.message_id, "message")
    if not thread_id and not message_id:
        raise MalformedEvent("missing gmail.messageId / gmail.threadId")
    return thread_id, message_id


def _user_gmail(ctx: Context, ev: AddonEvent) -> UserGmail:
    if not ev.user_oauth_token:
        raise MalformedEvent("missing authorizationEventObject.userOAuthToken")
    if not ev.gmail_access_token:
        raise MalformedEvent("missing gmail.accessToken")
    return ctx.gmail.for_user(ev.user_oauth_token, ev.gmail_access_token)


def fetch_thread(gm: UserGmail, thread_id: str | None, message_id: str | None) -> tuple[dict[str, Any], bool]:
    """(Gmail's answer, whether it is the single open message): threads.get, or messages.get when the thread
    cannot be read by that id or scope."""
    if thread_id:
        try:
            return gm.thread(thread_id), False
        except GmailProblem as p:
            if not message_id or p.kind not in ("bad_id", "not_found", "scope"):
                raise
    assert message_id is not None
    return gm.message(message_id), True


MAX_ATTACHMENT_FETCHES = 2  # a big calendar invite, a forwarded invitation: worth an extra call each, not more


def convert_thread(gm: UserGmail, res: dict[str, Any], single: bool) -> tuple[Thread, list[DraftSeen]]:
    """Gmail's answer (threads.get, or messages.get when `single`) as the core's thread and its drafts."""
    budget = [MAX_ATTACHMENT_FETCHES]

    def attachment(mid: str, aid: str) -> bytes | None:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        return gm.attachment(mid, aid)

    resource = message_resource_thread(res) if single else res
    gt = build_thread(resource, None, attachment=attachment, raw=gm.raw_message)
    return gt.thread, gt.drafts


@dataclass(frozen=True)
class Conversation:
    thread: Thread
    drafts: list[DraftSeen]
    drafts_visible: bool  # False: only the open message was read (messages.get), which shows no drafts


def read_conversation(gm: UserGmail, thread_id: str | None, message_id: str | None) -> Conversation:
    res, single = fetch_thread(gm, thread_id, message_id)
    thread, drafts = convert_thread(gm, res, single)
    return Conversation(thread, drafts, not single)


def find_existing(store: DraftStore, owner: str | None, thread_id: str, drafts: list[DraftSeen],
                  drafts_visible: bool, intents: tuple[str, ...] = INTENTS) -> ExistingDraft | None:
    """A Regrets draft already made for the thread (for one of `intents`), with its draft id when recorded.

    When the thread's drafts are visible: found by the ``X-Regrets`` header on a draft message; or, when Gmail
    re-saved the draft after the user edited it (new message id, and custom headers are not guaranteed to
    survive: UNCONFIRMED), by our record of the draft id plus a draft still present in the thread. When they are
    not (only the open message could be read), the draft record alone says whether one was made."""
    if drafts_visible and not drafts:
        return None
    records = {i: store.get(idempotency_key(owner, thread_id, i)) for i in intents}
    if not drafts_visible:
        for intent, rec in records.items():
            if rec is not None:
                return ExistingDraft(intent, rec.draft_id or None, rec.message_id, seen=False)
        return None
    marked = [d for d in drafts if d.regrets in intents]
    for d in marked:
        rec = records.get(d.regrets or "")
        return ExistingDraft(d.regrets, rec.draft_id or None if rec else None, d.gmail_id)
    unmarked = [d for d in drafts if d.regrets is None]
    for intent, rec in records.items():
        if rec is not None and rec.draft_id and unmarked:
            match = next((d for d in unmarked if d.gmail_id == rec.message_id), unmarked[-1])
            return ExistingDraft(intent, rec.draft_id, match.gmail_id)
    return None


def _draft_id_param(ev: AddonEvent, name: str) -> str | None:
    """A draft id a button carries: ``replaces`` (the recorded draft "Draft again" replaces, '' for one Gmail
    never confirmed) or ``redraft`` (the Regrets draft "Redraft" rewrites); None when absent."""
    value = ev.parameters.get(name)
    if value is None:
        return None
    if value and not _DRAFT_ID.match(value):
        raise MalformedEvent(f"parameters.{name} is malformed")
    return value
