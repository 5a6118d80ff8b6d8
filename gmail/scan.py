"""`regrets scan`: search the mailbox, read candidate threads in batches, analyse each with the core, and (with
``create_drafts``) leave one threaded decline draft per invite that needs one; optionally label threads.

Work is interleaved: each batch of threads is analysed (and drafted) as soon as it arrives, while the pacer
holds the next batch back, so the analysis costs no wall time once the quota is the limit.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from regrets.compose import ComposeOptions
from regrets.errors import RegretsError
from regrets.model import Urgency
from regrets.pipeline import analyse_all
from regrets.report import error_record, record

from . import drafting, reading
from .calls import Gateway, describe_failure, ensure_http_error_message
from .identity import Identity
from .labels import LabelSet
from .query import DEFAULT_NEWER_THAN, build_query
from .state import DraftLog, DraftRecord
from .state import mailbox_key as state_key


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

    @property
    def invites(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r.get("is_invite")]

    @property
    def problems(self) -> list[tuple[str, str]]:
        """Threads that could not be read, and what could not be read or done in the others (an analysis's own
        doubts, such as "several times are offered", are in each row's `problems`, not here)."""
        out = [(r.get("thread_id") or r.get("source") or "?", r["error"]) for r in self.rows if r.get("error")]
        return out + self.warnings


class Progress:
    """Progress callbacks (the CLI shows a bar on a terminal)."""

    def start(self, total: int) -> None: ...

    def advance(self, n: int = 1) -> None: ...


def identity_of(gw: Gateway) -> Identity:
    """getProfile (1 unit) + settings.sendAs.list (1 unit)."""
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
    return Identity.from_api(profile, send_as)


class Scanner:
    def __init__(self, gw: Gateway, opts: ScanOptions, *, log: DraftLog | None = None, api_root: str | None = None,
                 progress: Progress | None = None, on_row: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.gw = gw
        self.api_root = api_root
        self.opts = opts
        self.log = log
        self.log_key = ""
        self.progress = progress or Progress()
        self.on_row = on_row
        self.index = drafting.DraftIndex(gw)
        self.labels: LabelSet | None = None
        self.made: dict[str, tuple[str, str]] = {}

    def run(self) -> ScanReport:
        me = identity_of(self.gw)
        self.identity = me
        self.log_key = state_key(me.email, self.api_root)
        q = build_query(self.opts.query, self.opts.newer_than, self.opts.now if self.opts.pretend_now else None)
        report = ScanReport(me.email, q)
        if self.opts.label:
            self.labels = LabelSet(self.gw)
            self.labels.ensure()
        try:
            ids = reading.list_thread_ids(self.gw, q, limit=self.opts.limit)
        except RegretsError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ensure_http_error_message(exc, "Searching the mailbox") from None
        self.progress.start(len(ids))
        group: list[dict[str, Any]] = []
        for tid, resource, failure in reading.fetch_threads(self.gw, ids):
            if failure is not None:
                self._emit(report, {**error_record(f"gmail:{tid}", f"thread not read: {failure}"),
                                    "thread_id": tid, "draft_id": None, "draft_status": None})
                self.progress.advance()
                continue
            group.append(resource)
            if len(group) >= self.gw.batch_size:
                self._process(group, report)
                group = []
        if group:
            self._process(group, report)
        if self.made:
            report.duplicates_removed = drafting.remove_duplicates(self.gw, self.made)
        report.stats = self.gw.stats.as_dict()
        return report

    def _emit(self, report: ScanReport, row: dict[str, Any]) -> None:
        report.rows.append(row)
        if self.on_row is not None:
            self.on_row(row)

    def _process(self, group: list[dict[str, Any]], report: ScanReport) -> None:
        atts, problems = reading.fetch_calendars(self.gw, group)
        owner_of_msg = {str(m.get("id")): str(t.get("id")) for t in group for m in t.get("messages") or ()}
        per_thread: dict[str, list[str]] = {}
        for p in problems:
            mid = p.split(":", 1)[0].removeprefix("message ").strip()
            per_thread.setdefault(owner_of_msg.get(mid, ""), []).append(p)
        for resource in group:
            tid = str(resource.get("id"))
            gt = reading.build_thread(resource, atts, self.identity.email, per_thread.get(tid, ()))
            self._emit(report, self._handle(gt, report))
            self.progress.advance()

    def _handle(self, gt: reading.GmailThread, report: ScanReport) -> dict[str, Any]:
        alias = self.identity.alias_for(gt.recipients)
        result = next(analyse_all([gt.thread], alias.email, self.opts.now, home_zone=self.opts.zone))
        if not result.error:
            report.warnings += [(gt.id, p) for p in gt.thread.problems]
        if result.error:
            return {**error_record(gt.thread.source, result.error), "thread_id": gt.id, "draft_id": None,
                    "draft_status": None, "problems": list(gt.thread.problems)}
        a, u = result.analysis, result.urgency
        rec = record(gt.thread, a, u)
        status = drafting.decide(gt, a, u, self.identity, force_past=self.opts.force_past)
        draft_id = None
        if status == drafting.EXISTS:
            draft_id = self._adopt(gt, rec)
        elif status == drafting.WOULD_CREATE and self.opts.create_drafts:
            try:
                msg = drafting.reply_for(gt, a, self.opts.compose, alias, self.opts.now)
                draft_id, message_id = drafting.create(self.gw, gt, msg, self.index)
            except RegretsError:
                raise
            except Exception as exc:  # noqa: BLE001 - one failed draft must not stop the scan
                status = drafting.FAILED
                rec["problems"] = [*rec.get("problems", []), f"draft not created: {describe_failure(exc)}"]
                report.warnings.append((gt.id, rec["problems"][-1]))
            else:
                status = drafting.CREATED
                report.created += 1
                self.made[gt.id] = (draft_id, str(msg["Message-ID"]).strip())
                self._remember(gt.id, draft_id, message_id, str(msg["Message-ID"]).strip(), rec, msg)
        if self.labels is not None and a.is_invite:
            self._label(gt, status, u.level, report, rec)
        rec.update({"thread_id": gt.id, "draft_id": draft_id, "draft_status": status})
        return rec

    def _adopt(self, gt: reading.GmailThread, rec: dict[str, Any]) -> str | None:
        """The id of the Regrets draft already in the thread, recorded locally if an earlier run could not."""
        ours = next(d for d in gt.drafts if d.regrets)
        known = self.log.get(self.log_key, gt.id) if self.log is not None else None
        if known is not None and known.message_id == ours.gmail_id:
            return known.draft_id
        try:
            draft_id = self.index.draft_of(ours.gmail_id)
        except RegretsError:
            raise
        except Exception:  # noqa: BLE001 - only a nicety for the report
            return None
        if draft_id and self.log is not None:
            self.log.put(self.log_key, DraftRecord(
                gt.id, draft_id, ours.gmail_id, ours.rfc_id, _iso_now(), rec.get("subject") or "",
                rec.get("reply_to") or "", ours.regrets or "", rec.get("urgency") or "", rec.get("interview_start")))
        return draft_id

    def _remember(self, tid: str, draft_id: str, message_id: str, rfc_id: str, rec: dict[str, Any], msg: Any) -> None:
        if self.log is None:
            return
        self.log.put(self.log_key, DraftRecord(tid, draft_id, message_id, rfc_id, _iso_now(), str(msg["Subject"] or ""),
                                               str(msg["To"] or ""), str(msg["X-Regrets"] or ""),
                                               rec.get("urgency") or "", rec.get("interview_start")))

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
