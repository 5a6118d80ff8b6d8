"""Urgency from the time left before the interview at `now`: every level, every boundary, configurable
thresholds, how long the invite has waited, and the rule that `now` must be timezone-aware."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from regrets.mailparse import parse_bytes
from regrets.model import Analysis, InterviewTime, Thread, Urgency
from regrets.pipeline import Failed, analyse_all
from regrets.report import sort_key
from regrets.urgency import ADVICE, ORDER, UrgencyPolicy, assess

from .conftest import NOW, OWNER, WIB, invite_at

H = timedelta(hours=1)


def invite(start: datetime | None, *, invited_at: datetime | None = None, is_invite: bool = True) -> Analysis:
    it = InterviewTime(start, start.tzinfo.key if isinstance(start.tzinfo, ZoneInfo) else None, "text") if start else None
    return Analysis(is_invite=is_invite, interview=it, invited_at=invited_at)


@pytest.mark.parametrize("left, level", [
    (-1000, Urgency.PAST),
    (-0.01, Urgency.PAST),
    (0, Urgency.CRITICAL),  # starting right now: still time to phone
    (0.01, Urgency.CRITICAL),
    (23.99, Urgency.CRITICAL),
    (24, Urgency.URGENT),
    (47.99, Urgency.URGENT),
    (48, Urgency.SOON),
    (167.99, Urgency.SOON),
    (168, Urgency.NORMAL),
    (24 * 365, Urgency.NORMAL),
])
def test_levels_and_boundaries(left, level):
    r = assess(invite(NOW + left * H), NOW)
    assert r.level is level
    assert r.hours_left == round(left, 1)
    assert r.advice == ADVICE[level]


def test_non_invite_is_none_even_with_a_time():
    r = assess(invite(NOW + 5 * H, is_invite=False, invited_at=NOW - 5 * H), NOW)
    assert (r.level, r.hours_left, r.waited_hours) == (Urgency.NONE, None, None)


def test_invite_without_a_fixed_time_is_unknown_and_says_reply_promptly():
    r = assess(invite(None, invited_at=NOW - 30 * H), NOW)
    assert r.level is Urgency.UNKNOWN and r.hours_left is None and r.waited_hours == 30.0
    assert "promptly" in r.advice


def test_critical_advice_says_to_phone():
    assert "phone" in assess(invite(NOW + 2 * H), NOW).advice.lower()


def test_past_advice_says_no_draft_by_default():
    assert "no decline draft" in assess(invite(NOW - 2 * H), NOW).advice.lower()


def test_zones_do_not_matter_only_the_instant():
    start = datetime(2026, 11, 26, 15, 0, tzinfo=WIB)  # 08:00 UTC, NOW is 02:00 UTC
    la = start.astimezone(ZoneInfo("America/Los_Angeles"))
    assert assess(invite(start), NOW).hours_left == assess(invite(la), NOW).hours_left == 6.0
    assert assess(invite(start), NOW.astimezone(ZoneInfo("Asia/Tokyo"))).hours_left == 6.0


def test_hours_across_a_dst_change_are_real_hours():
    # US clocks fall back on Sun 1 Nov 2026: 24 wall-clock hours from Sat 09:00 PDT to Sun 09:00 PST are 25 real ones
    la = ZoneInfo("America/Los_Angeles")
    now = datetime(2026, 10, 31, 9, 0, tzinfo=la)
    r = assess(invite(datetime(2026, 11, 1, 9, 0, tzinfo=la)), now)
    assert r.hours_left == 25.0 and r.level is Urgency.URGENT


@pytest.mark.parametrize("left, level", [(11.9, Urgency.CRITICAL), (12, Urgency.URGENT), (35.9, Urgency.URGENT),
                                         (36, Urgency.SOON), (71.9, Urgency.SOON), (72, Urgency.NORMAL)])
def test_thresholds_are_configurable(left, level):
    policy = UrgencyPolicy(critical_hours=12, urgent_hours=36, soon_hours=72)
    assert assess(invite(NOW + left * H), NOW, policy).level is level


def test_default_policy_matches_the_documented_thresholds():
    p = UrgencyPolicy()
    assert (p.critical_hours, p.urgent_hours, p.soon_hours) == (24, 48, 168)


@pytest.mark.parametrize("invited, waited", [(NOW - 30 * H, 30.0), (NOW - 0.04 * H, 0.0), (NOW - 100.25 * H, 100.2),
                                             (NOW + 3 * H, 0.0), (None, None)])
def test_waited_hours(invited, waited):
    assert assess(invite(NOW + 100 * H, invited_at=invited), NOW).waited_hours == waited


def test_waited_hours_reported_for_past_interviews_too():
    r = assess(invite(NOW - 5 * H, invited_at=NOW - 50 * H), NOW)
    assert r.level is Urgency.PAST and r.waited_hours == 50.0


def test_now_must_be_aware():
    with pytest.raises(ValueError, match="aware"):
        assess(invite(NOW + H), datetime(2026, 11, 26, 9, 0))


def test_order_puts_the_most_pressing_first():
    levels = sorted(Urgency, key=lambda u: ORDER[u])
    assert levels == [Urgency.CRITICAL, Urgency.URGENT, Urgency.SOON, Urgency.UNKNOWN, Urgency.NORMAL, Urgency.PAST, Urgency.NONE]
    recs = [{"urgency": "soon", "hours_left": 100.0, "source": "b"}, {"urgency": "soon", "hours_left": 50.0, "source": "a"},
            {"urgency": "none", "hours_left": None, "source": "c"}, {"urgency": "critical", "hours_left": 3.0, "source": "d"}]
    assert [r["source"] for r in sorted(recs, key=sort_key)] == ["d", "a", "b", "c"]


def test_pipeline_applies_a_custom_policy_and_reports_waiting_time():
    sent = datetime(2026, 11, 24, 9, 0, tzinfo=WIB)  # 48 h before NOW
    t = Thread("t", [parse_bytes(invite_at("Friday, November 27, 2026 at 3:00 PM WIB", sent))], "t")  # 30 h away
    (default,) = analyse_all([t], OWNER, NOW)
    (strict,) = analyse_all([t], OWNER, NOW, policy=UrgencyPolicy(critical_hours=36))
    assert default.urgency.level is Urgency.URGENT and strict.urgency.level is Urgency.CRITICAL
    assert default.urgency.hours_left == 30.0 and default.urgency.waited_hours == 48.0


def test_pipeline_with_a_naive_now_reports_each_thread_instead_of_crashing(capsys):
    t = Thread("t", [parse_bytes(invite_at("Friday, November 27, 2026 at 3:00 PM WIB", datetime(2026, 11, 24, 9, tzinfo=WIB)))], "t")
    (r,) = analyse_all([t], OWNER, datetime(2026, 11, 26, 9, 0))
    assert isinstance(r, Failed) and r.error
