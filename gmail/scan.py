"""`regrets scan`: search the mailbox, read candidate threads in batches, analyse each with the core, and (with
``create_drafts``) leave one threaded decline draft per invite that needs one; optionally label threads.

Work is interleaved: each batch of threads is analysed (and drafted) as soon as it arrives, while the pacer
holds the next batch back, so the analysis costs no wall time once the quota is the limit.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from regrets.compose import ComposeOptions
from regrets.errors import RegretsError
from regrets.model import Urgency
from regrets.pipeline import Failed, Rules, analyse_one
from regrets.progress import Progress
from regrets.report import error_record, record

from . import drafting, reading
from .calls import Gateway, describe_failure, ensure_http_error_message
from .identity import Identity
from .labels import ALL as ALL_LABELS
from .labels import LabelSet
from .lock import mailbox_lock
from .query import DEFAULT_NEWER_THAN, build_query
from .state import DraftLog, LoggedDraft
from .state import mailbox_key as state_key
from .sync import Checkpoint, SyncState, changed_threads, fingerprint, keep_order


@dataclass
class ScanOptions:
    now: datetime
    query: str | None = None
    newer_than: str | None = DEFAULT_NEWER_THAN
    pretend_now: bool = False  # --now given: count the age from it (after:) instead of Gmail's clock
    zone: str | None = None
    create_drafts: bool = False
    label: bool = False
    force_past: bool = False
    compose: ComposeOptions = field(default_factory=ComposeOptions)
    limit: int | None = None  # at most this many threads (newest first)
    incremental: bool = False  # continue from the last scan's checkpoint (with a SyncState; not with limit)


@dataclass
class ScanReport:
    mailbox: str
    query: str
    rows: list[dict[str, Any]] = field(default_factory=list)  # one record per thread
    created: int = 0
    duplicates_removed: int = 0
    labelled: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # what could not be read or done, per thread
    unread: dict[str, str] = field(default_factory=dict)  # thread id -> why Gmail did not give it to us
    since: str | None = None  # incremental: the history id the scan continued from (None: a full scan)
    history_expired: bool = False  # a checkpoint existed but Gmail no longer had its history (404)

    @property
    def failed_drafts(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r.get("draft_status") == drafting.FAILED]

    def failure(self) -> str | None:
        """What the run could not do (threads not read, drafts not made), for the user; None when all went."""
        parts = []
        if self.unread:
            kinds = Counter(why.split(": ", 1)[-1] for why in self.unread.values())
            listed = "; ".join(f"{why} x{n}" if n > 1 else why for why, n in kinds.most_common(3))
            parts.append(f"{len(self.unread)} of {len(self.rows)} thread(s) could not be read from Gmail ({listed})")
        if self.failed_drafts:
            parts.append(f"{len(self.failed_drafts)} draft(s) could not be created (see the warnings)")
        if not parts:
            return None
        return "; ".join(parts) + ". Run the scan again to retry them."

    @property
    def invites(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r.get("is_invite")]

    @property
    def problems(self) -> list[tuple[str, str]]:
        """Threads that could not be read, and what could not be read or done in the others (an analysis's own
        doubts, such as "several times are offered", are in each row's `problems`, not here)."""
        out = [(r.get("thread_id") or r.get("source") or "?", r["error"]) for r in self.rows if r.get("error")]
        return out + self.warnings


def identity_of(gw: Gateway) -> Identity:
    """getProfile (1 unit) + settings.sendAs.list (1 unit)."""
    return read_profile(gw)[0]


def read_profile(gw: Gateway) -> tuple[Identity, str | None]:
    """Who the mailbox owner is, and the mailbox's current history id."""
    try:
        profile = gw.call("getProfile", lambda: gw.users.getProfile(userId="me"))
    except RegretsError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ensure_http_error_message(exc, "Reading the Gmail profile") from None
    try:
        send_as = gw.call("settings.sendAs.list", lambda: gw.users.settings().sendAs().list(userId="me"))
    except RegretsError:
        raise
    except Exception:  # noqa: BLE001 - aliases are a nicety: the primary address still works
        send_as = None
    history = profile.get("historyId")
    return Identity.from_api(profile, send_as), (str(history) if history else None)


class Scanner:
    def __init__(self, gw: Gateway, opts: ScanOptions, *, log: DraftLog | None = None, api_root: str | None = None,
                 progress: Progress | None = None, on_row: Callable[[dict[str, Any]], None] | None = None,
                 on_wait: Callable[[str], None] | None = None, sync: SyncState | None = None) -> None:
        self.gw = gw
        self.sync = sync if not opts.limit else None  # a limited scan sees part of the mailbox: no checkpoint
        self.on_wait = on_wait  # told when another scan of this mailbox holds the lock
        self.api_root = api_root
        self.opts = opts
        self.log = log
        self.log_key = ""
        self.progress = progress or Progress()
        self.on_row = on_row
        self.index = drafting.DraftIndex(gw)
        self.labels: LabelSet | None = None
        self.crowded: dict[str, list[reading.DraftSeen]] = {}  # threads seen with several Regrets drafts
        self.unsure: set[str] = set()  # threads whose draft was sent again after a lost answer
        self.rows_by_thread: dict[str, dict[str, Any]] = {}
        self.own_added: list[str] = []  # message ids of the drafts this scan made
        self.own_deleted: list[str] = []  # ... and removed
        self.unsettled: set[str] = set()  # threads the duplicate sweep could not settle
        self.history_id: str | None = None

    def run(self) -> ScanReport:
        me, self.history_id = read_profile(self.gw)
        self.identity = me
        self.log_key = state_key(me.email, self.api_root)
        writes = self.opts.create_drafts or self.opts.label
        with (mailbox_lock(self.log.path.parent, self.log_key, on_wait=self.on_wait)
              if writes and self.log is not None else nullcontext()):
            return self._run()

    def _run(self) -> ScanReport:
        q = build_query(self.opts.query, self.opts.newer_than, self.opts.now if self.opts.pretend_now else None)
        report = ScanReport(self.identity.email, q)
        if self.opts.label:
            self.labels = LabelSet(self.gw)
            self.labels.ensure()
        fp = fingerprint(q, create_drafts=self.opts.create_drafts, label=self.opts.label,
                         force_past=self.opts.force_past)
        try:
            ids = self._thread_ids(q, fp, report)
        except RegretsError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ensure_http_error_message(exc, "Searching the mailbox") from None
        self.progress.start(len(ids), "Reading threads")
        group: list[dict[str, Any]] = []
        for tid, resource, failure in reading.fetch_threads(self.gw, ids):
            if failure is not None or resource is None:
                self._emit(report, self._unread(report, tid, failure or "the answer held no thread"))
                self.progress.advance()
                continue
            group.append(resource)
            if len(group) >= self.gw.batch_size:
                self._process(group, report)
                group = []
        if group:
            self._process(group, report)
        if self.opts.create_drafts and (self.crowded or self.unsure):
            self._converge(report)
        report.stats = self.gw.stats.as_dict()
        self._checkpoint(fp, report)
        return report

    def _thread_ids(self, q: str, fp: str, report: ScanReport) -> list[str]:
        """The threads to read: those the query lists, or with a checkpoint, those of them that changed."""
        prior = self.sync.get(self.log_key) if self.sync is not None and self.opts.incremental else None
        if prior is not None and prior.fingerprint == fp:
            changed = changed_threads(self.gw, prior)
            if changed is not None:
                report.since = prior.history_id
                return keep_order(reading.list_thread_ids(self.gw, q), changed) if changed else []
            report.history_expired = True
        return reading.list_thread_ids(self.gw, q, limit=self.opts.limit)

    def _checkpoint(self, fp: str, report: ScanReport) -> None:
        """Where the next scan continues: this scan's starting history id, its own writes, what it left undone."""
        if self.sync is None or not self.history_id:
            return
        pending = set(report.unread) | {str(r["thread_id"]) for r in report.failed_drafts} | self.unsettled
        own_labels = sorted(self.labels.ids[n] for n in ALL_LABELS if n in self.labels.ids) if self.labels else []
        self.sync.put(self.log_key, Checkpoint(self.history_id, fp, sorted(self.own_added), sorted(self.own_deleted),
                                               own_labels, sorted(pending), _iso_now()))

    def _converge(self, report: ScanReport) -> None:
        """One Regrets draft per thread: extra copies go, the record and the report name the one kept."""
        done = drafting.converge(self.gw, self.crowded, self.unsure, self.index)
        report.duplicates_removed = done.removed
        self.own_deleted += done.removed_messages
        self.unsettled = set(done.problems)
        for tid, (draft_id, kept) in done.kept.items():
            row = self.rows_by_thread.get(tid)
            if row is None or not draft_id:
                continue
            row["draft_id"] = draft_id
            known = self.log.get(self.log_key, tid) if self.log is not None else None
            if known is None or known.draft_id != draft_id:
                self._record_found(tid, draft_id, kept, row)
        for tid, problem in done.problems.items():
            report.warnings.append((tid, problem))
            row = self.rows_by_thread.get(tid)
            if row is not None:
                row["problems"] = [*row.get("problems", []), problem]

    def _emit(self, report: ScanReport, row: dict[str, Any]) -> None:
        report.rows.append(row)
        if row.get("thread_id"):
            self.rows_by_thread[str(row["thread_id"])] = row
        if self.on_row is not None:
            self.on_row(row)

    def _process(self, group: list[dict[str, Any]], report: ScanReport) -> None:
        for tid, gt, why in reading.read_group(self.gw, group, self.identity.email):
            if gt is None:
                self._emit(report, self._unread(report, tid, why or "not read"))
            else:
                self._emit(report, self._handle(gt, report))
            self.progress.advance()

    @staticmethod
    def _unread(report: ScanReport, tid: str, why: str) -> dict[str, Any]:
        report.unread[tid] = why
        return {**error_record(f"gmail:{tid}", f"thread not read: {why}"), "thread_id": tid, "draft_id": None,
                "draft_status": None}

    def _handle(self, gt: reading.GmailThread, report: ScanReport) -> dict[str, Any]:
        alias = self.identity.alias_for(gt.recipients)
        result = analyse_one(gt.thread, alias.email, self.opts.now, home_zone=self.opts.zone, owns=self.identity.owns,
                             rules=Rules(forced_intent=self.opts.compose.intent, force_past=self.opts.force_past))
        if isinstance(result, Failed):
            return {**error_record(gt.thread.source, result.error), "thread_id": gt.id, "draft_id": None,
                    "draft_status": None, "problems": list(gt.thread.problems)}
        report.warnings += [(gt.id, p) for p in gt.thread.problems]
        a, u = result.analysis, result.urgency
        rec = record(gt.thread, a, u, result.decision)
        status = drafting.decide(gt, result.decision)
        draft_id = None
        if status == drafting.EXISTS:
            ours = [d for d in gt.drafts if d.regrets]
            if len(ours) > 1:
                self.crowded[gt.id] = ours
            draft_id = self._adopt(gt, rec)
        elif status == drafting.WOULD_CREATE and self.opts.create_drafts:
            try:
                msg = drafting.reply_for(gt, a, self.opts.compose, alias, self.opts.now)
                made = drafting.create(self.gw, gt, msg, self.index)
            except RegretsError:
                raise
            except Exception as exc:  # noqa: BLE001 - one failed draft must not stop the scan
                status = drafting.FAILED
                rec["problems"] = [*rec.get("problems", []), f"draft not created: {describe_failure(exc)}"]
                report.warnings.append((gt.id, rec["problems"][-1]))
            else:
                status = drafting.CREATED
                report.created += 1
                draft_id = made.draft_id
                self.own_added.append(made.message_id)
                if made.resent:
                    self.unsure.add(gt.id)
                self._remember(gt.id, made.draft_id, made.message_id, str(msg["Message-ID"]).strip(), rec, msg)
        if self.labels is not None and a.is_invite:
            self._label(gt, status, u.level, report, rec)
        rec.update({"thread_id": gt.id, "draft_id": draft_id, "draft_status": status})
        return rec

    def _adopt(self, gt: reading.GmailThread, rec: dict[str, Any]) -> str | None:
        """The id of the Regrets draft already in the thread, recorded locally if an earlier run could not."""
        ours = drafting.keeper([d for d in gt.drafts if d.regrets])
        known = self.log.get(self.log_key, gt.id) if self.log is not None else None
        if known is not None and known.message_id == ours.gmail_id:
            return known.draft_id
        try:
            draft_id = self.index.draft_of(ours.gmail_id)
        except RegretsError:
            raise
        except Exception:  # noqa: BLE001 - only a nicety for the report
            return None
        if draft_id:
            self._record_found(gt.id, draft_id, ours, rec)
        return draft_id

    def _record_found(self, tid: str, draft_id: str, seen: reading.DraftSeen, rec: dict[str, Any]) -> None:
        """Record a Regrets draft found in a thread (made by an earlier run, or the copy kept by the sweep)."""
        if self.log is not None:
            self.log.put(self.log_key, LoggedDraft(
                draft_id, seen.gmail_id, _iso_now(), thread_id=tid, rfc_message_id=seen.rfc_id,
                subject=rec.get("subject") or "", to=rec.get("reply_to") or "", intent=seen.regrets or "",
                urgency=rec.get("urgency") or "", interview_start=rec.get("interview_start")))

    def _remember(self, tid: str, draft_id: str, message_id: str, rfc_id: str, rec: dict[str, Any], msg: Any) -> None:
        if self.log is None:
            return
        self.log.put(self.log_key, LoggedDraft(
            draft_id, message_id, _iso_now(), thread_id=tid, rfc_message_id=rfc_id, subject=str(msg["Subject"] or ""),
            to=str(msg["To"] or ""), intent=str(msg["X-Regrets"] or ""), urgency=rec.get("urgency") or "",
            interview_start=rec.get("interview_start")))

    def _label(self, gt: reading.GmailThread, status: str | None, level: Urgency, report: ScanReport,
               rec: dict[str, Any]) -> None:
        assert self.labels is not None
        drafted = status in (drafting.CREATED, drafting.EXISTS, drafting.SENT)
        add, remove = self.labels.changes(gt.label_ids, drafted=drafted, urgency=level)
        if add or remove:
            try:
                self.labels.apply(gt.id, add, remove)
                report.labelled += 1
            except RegretsError:
                raise
            except Exception as exc:  # noqa: BLE001
                rec["problems"] = [*rec.get("problems", []), f"labels not applied: {describe_failure(exc)}"]
                report.warnings.append((gt.id, rec["problems"][-1]))


def _iso_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
