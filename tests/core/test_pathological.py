"""Pathological input stays linear: runs of blank lines or tab+newline, long runs of date-like words.

Each test times one step at n and at 4n (best of a few runs) and checks that the cost grows about linearly
(4x; at most 8x allowed, plus a small constant for timer noise). The quadratic versions grew 12-20x at these
sizes (issue 12, section 3), so the tests fail on them while staying fast on linear code."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone

from regrets import datetext, detect, people, zones
from regrets.analyze import analyze_thread
from regrets.mailparse import parse_bytes
from regrets.model import Address, Message, Thread

from .conftest import INVITE_EN, OWNER, make_mail

SENT = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def _best(fn: Callable[[str], object], text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def assert_linear(fn: Callable[[str], object], make: Callable[[int], str], n: int) -> None:
    small, big = _best(fn, make(n)), _best(fn, make(4 * n), runs=1)
    assert big < 8 * small + 0.05, f"cost grew {big / max(small, 1e-9):.1f}x from n={n} to 4n ({small:.3f}s -> {big:.3f}s)"


def _classify(text: str) -> None:
    detect.classify("Interview", [text], has_request=False, has_future_time=False)


def test_conditional_clauses_are_linear_in_blank_lines():
    assert_linear(_classify, lambda n: "Interview\n" + "\n" * n + "x", 2000)


def test_conditional_clauses_are_linear_in_tab_newline_runs():
    assert_linear(_classify, lambda n: "Interview\n" + "\t\n" * n + "x", 1000)


def _describe(text: str) -> None:
    msg = Message(subject="Interview", sender=Address("Keisha Grant", "keisha@orbitalfreight.com"), text=text)
    people.describe(Thread(key="k", messages=[msg], source="x"), msg, msg.sender, [text])


def test_role_and_company_lines_are_linear_in_blank_lines():
    assert_linear(_describe, lambda n: "Hello\n" + "\n" * n + "x", 4000)
    assert_linear(_describe, lambda n: "Hello\n" + "\t\n" * n + "x", 2000)


def test_date_overlap_check_is_linear_in_date_words():
    def find(text: str) -> None:
        datetext.find_candidates(text, sent=SENT, lang="en", default_zone=zones.fixed(0))

    assert_linear(find, lambda n: "Interview at 2pm " + "Monday Tuesday " * n, 1000)


def test_a_thread_with_blank_runs_is_linear_end_to_end():
    """The invitation and the owner's own reply (acceptance and cancellation cues are line-anchored too)."""
    def analyse(pad: str) -> None:
        invite = parse_bytes(make_mail(body=INVITE_EN + pad + "Cancelled\n"))
        reply = parse_bytes(make_mail(sender=f"Sam Lee <{OWNER}>", to="keisha.grant@orbitalfreight.com",
                                      subject="Re: Interview invitation: Backend Engineer", message_id="<r@x>",
                                      body="Thanks" + pad + "ok saya hadir\n"))
        analyze_thread(Thread(key="k", messages=[invite, reply], source="x"), OWNER)

    assert_linear(analyse, lambda n: "\n" * n, 2000)
