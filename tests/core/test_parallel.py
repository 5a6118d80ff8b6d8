"""A big mailbox read and analysed by worker processes gives what one process gives, in the same order."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from regrets import parallel, pipeline, sources
from regrets.detect import might_be_invite
from regrets.pipeline import Analysed, Failed, analyse_all
from regrets.progress import Progress
from regrets.report import error_record, record
from regrets.sources import Unread, plan_paths, read_paths

from .conftest import INVITE_EN, NEWSLETTER, NOW, OWNER, make_mail, mbox_bytes


def _mailbox(tmp_path, n: int = 240):
    """A Takeout-style mbox: invitations with replies, newsletters, broken messages and chains without X-GM-THRID."""
    raw = []
    for i in range(n):
        kind = i % 6
        thrid = {"X-GM-THRID": str(1786000000000000000 + i // 2)}
        when = NOW - timedelta(days=30) + timedelta(hours=i)
        if kind == 0:
            raw.append(make_mail(message_id=f"<inv-{i}@orbitalfreight.com>", date=when, extra=thrid))
        elif kind == 1:
            raw.append(make_mail(sender=f"Sam Lee <{OWNER}>", to="keisha.grant@orbitalfreight.com", subject="Re: Interview",
                                 message_id=f"<re-{i}@gmail.com>", in_reply_to=f"<inv-{i - 1}@orbitalfreight.com>",
                                 body="Thanks, that works for me.\n", date=when, extra=thrid))
        elif kind == 2:
            raw.append(make_mail(sender="Garden Club <news@garden.example>", subject=f"Garden news {i}", body=NEWSLETTER,
                                 message_id=f"<news-{i}@garden.example>", date=when))
        elif kind == 3:
            raw.append(b"this is not a mail message at all\n\x00\x01")
        elif kind == 4:
            raw.append(make_mail(subject="Interview invitation", message_id=f"<chain-{i}@acme.example>", date=when,
                                 body=INVITE_EN.replace("Orbital Freight", f"Acme {i}")))
        else:
            raw.append(make_mail(sender=f"Sam Lee <{OWNER}>", subject="Re: Interview invitation", date=when,
                                 message_id=f"<chain-re-{i}@gmail.com>", in_reply_to=f"<chain-{i - 1}@acme.example>",
                                 references=[f"<chain-{i - 1}@acme.example>"], body="I accept, see you then.\n"))
    box = tmp_path / "takeout.mbox"
    box.write_bytes(mbox_bytes(raw))
    return box


def _records(results) -> list[str]:
    out = []
    for r in results:
        rec = (error_record(r.thread.source, r.error) if isinstance(r, Failed)
               else record(r.thread, r.analysis, r.urgency, r.decision))
        out.append(json.dumps(rec, sort_keys=True))
    return out


@pytest.fixture
def workers_for_any_size(monkeypatch):
    # the thresholds below which one process does the work (workers take ~0.5 s to start) are lowered
    monkeypatch.setattr(sources, "_SERIAL_BYTES", 0)
    monkeypatch.setattr(sources, "_BATCH", 7)
    monkeypatch.setattr(pipeline, "_BATCH", 3)


def test_workers_read_and_analyse_exactly_what_one_process_does(tmp_path, workers_for_any_size):
    box = _mailbox(tmp_path)
    one = list(analyse_all(read_paths([box], relevant=might_be_invite), OWNER, NOW))
    planned = list(plan_paths([box], relevant=might_be_invite, jobs=2))
    assert any(isinstance(t, Unread) for t in planned)  # the workers read the kept threads
    two = list(analyse_all(planned, OWNER, NOW, jobs=2))
    assert _records(two) == _records(one)
    assert [t.key for t in read_paths([box], relevant=might_be_invite, jobs=2)] == [r.thread.key for r in one]
    assert [[m.message_id for m in r.thread.messages] for r in two] == [[m.message_id for m in r.thread.messages] for r in one]
    assert sum(isinstance(r, Analysed) and r.analysis.is_invite for r in one) >= 40
    assert sum(isinstance(r, Failed) for r in one) == 40  # the broken messages, each reported once


def test_progress_hears_both_passes(tmp_path, workers_for_any_size):
    heard: list[tuple[str, int]] = []

    class Counting(Progress):
        def start(self, total: int, label: str) -> None:
            heard.append((label, total))

        def advance(self, n: int = 1) -> None:
            label, done = heard[-1]
            heard[-1] = (label, done - n)  # counts down to 0 when every unit was reported

    box = _mailbox(tmp_path, 60)
    list(read_paths([box], relevant=might_be_invite, jobs=2, progress=Counting()))
    assert heard == [("Reading messages", 0), ("Analysing threads", 0)]


def test_ordered_map_keeps_the_order_with_workers_or_without():
    batches = [[i, i + 1] for i in range(0, 40, 2)]
    assert list(parallel.ordered_map(sum, batches, 2)) == [sum(b) for b in batches]
    assert list(parallel.ordered_map(sum, batches, 1)) == [sum(b) for b in batches]
    assert list(parallel.chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(parallel.ordered_map(sum, [], 2)) == []
    assert 1 <= parallel.default_jobs() <= 4


def test_a_worker_that_dies_is_a_clear_error_not_a_traceback():
    import os

    from regrets.errors import ExitCode, WorkerStopped, exit_code_for

    with pytest.raises(WorkerStopped, match="--jobs 1") as caught:
        list(parallel.ordered_map(os._exit, [3], 2))
    assert exit_code_for(caught.value) is ExitCode.FAILED
    assert list(parallel.ordered_map(sum, [[1, 2]], 2)) == [3]  # a new pool serves the next run


def test_a_thread_whose_mailbox_went_away_is_reported_not_a_crash(tmp_path):
    from regrets.sources import Unread

    gone = Unread("t1", f"{tmp_path}/gone.mbox#t1", str(tmp_path / "gone.mbox"), ((0, 10),))
    (r,) = analyse_all([gone], OWNER, NOW, jobs=2)
    assert isinstance(r, Failed) and "cannot read" in r.error and r.thread.source.endswith("#t1")


def test_without_worker_processes_the_work_is_done_here(monkeypatch):
    def no_pool(jobs):
        raise OSError("no POSIX semaphores here")

    monkeypatch.setattr(parallel, "_pool", no_pool)
    assert list(parallel.ordered_map(sum, [[1, 2], [3], [4, 5]], 2)) == [3, 3, 9]
