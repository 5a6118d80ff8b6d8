"""One hostile message never ends a mailbox: it is read as well as it can be, or reported once and skipped, and
the rest of the batch goes on (issue 12 §5 and the reading path's audit)."""
from __future__ import annotations

from email.message import EmailMessage
from html import unescape

from regrets.detect import might_be_invite
from regrets.htmltext import html_to_text, shorten_charrefs, skim_html
from regrets.mailparse import parse_bytes, parse_date_header
from regrets.sources import read_paths

from .conftest import INVITE_EN, make_mail, mbox_bytes

HUGE_REF = "&#" + "9" * 5000 + ";"


def _html_only(html: str, subject: str = "Interview invitation", message_id: str = "<h@x.com>") -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Message-ID"] = "hr@orbitalfreight.com", "sam.lee@gmail.com", subject, message_id
    m["Date"] = "Mon, 23 Nov 2026 17:15:00 +0000"
    m.set_content(html, subtype="html")
    return m.as_bytes()


def test_long_numeric_character_references_mean_what_a_browser_reads():
    assert unescape(shorten_charrefs(HUGE_REF)) == "\ufffd"  # above U+10FFFF
    assert unescape(shorten_charrefs("&#" + "0" * 5000 + "65;")) == "A"  # zero-padded: still 'A'
    assert unescape(shorten_charrefs("&#x" + "0" * 5000 + "41")) == "A"
    for ref in ("&#65;", "&#x41;", "&#1114111;", "&#x110000;", "&#01114112;", "&#99999999x", "&amp;"):
        assert unescape(shorten_charrefs(ref)) == unescape(ref)


def test_skim_and_html_to_text_survive_a_huge_character_reference():
    assert "Interview" in skim_html(f"<p>Interview {HUGE_REF} on Monday</p>")
    # the real conversion keeps its structure (it used to fall back to stripping tags)
    assert html_to_text(f"<p>Interview {HUGE_REF} on <b>Monday</b></p><p>Next</p>") == "Interview \ufffd on Monday\n\nNext"


def test_a_huge_character_reference_does_not_end_the_mailbox(tmp_path):
    box = tmp_path / "inbox.mbox"
    box.write_bytes(mbox_bytes([make_mail(message_id="<a@x.com>"),
                                _html_only(f"<p>We would like to invite you to an interview {HUGE_REF}</p>"),
                                make_mail(message_id="<c@x.com>", subject="Second invitation")]))
    threads = list(read_paths([box], relevant=might_be_invite))
    assert sorted(t.key for t in threads) == ["<a@x.com>", "<c@x.com>", "<h@x.com>"]
    assert all(not t.problems for t in threads)


def test_a_date_header_past_the_last_datetime_is_no_date():
    assert parse_date_header("Fri, 31 Dec 99999999999999999999 23:59:59 +0000") is None  # was OverflowError
    assert parse_date_header("Fri, 31 Dec 9999 23:59:59 -1400") is None  # in UTC it is past year 9999
    assert parse_date_header("Fri, 31 Dec 9999 23:59:59 +1400") is None  # no room for "a year after it"
    assert parse_date_header("Fri, 31 Dec 8999 23:59:59 +1400").year == 8999


def test_a_mail_dated_in_the_year_9999_is_analysed_without_overflow(tmp_path):
    from regrets.analyze import analyze_thread
    from regrets.model import Thread

    body = ("We would like to invite you to a technical interview on Sunday, December 19, 9999 at 2:00 PM WIB.\n\n"
            "Or on December 31, 9999 at 11:59 PM, or 9999-12-31 at 23:59.\n")
    raw = make_mail(body=body).replace(b"Date: Mon, 23 Nov 2026", b"Date: Fri, 1 Jan 9999")
    msg = parse_bytes(raw)
    analyze_thread(Thread(key="k", messages=[msg], source="x"), "sam.lee@gmail.com")  # raised OverflowError


def test_a_message_with_an_impossible_date_is_read_and_the_mailbox_goes_on(tmp_path):
    bad = make_mail(message_id="<bad@x.com>").replace(b"Date: Mon, 23 Nov 2026", b"Date: Mon, 23 Nov 99999999999999999999")
    assert b"99999999999999999999" in bad
    box = tmp_path / "inbox.mbox"
    box.write_bytes(mbox_bytes([bad, make_mail(message_id="<good@x.com>", body=INVITE_EN)]))
    threads = {t.key: t for t in read_paths([box], relevant=might_be_invite)}
    assert set(threads) == {"<bad@x.com>", "<good@x.com>"}
    assert threads["<bad@x.com>"].messages[0].date is None
    assert parse_bytes(bad).date is None


def test_an_unexpected_failure_inside_one_message_is_reported_and_skipped(tmp_path, monkeypatch):
    """The last-resort guards: whatever goes wrong while reading one message becomes that message's problem."""
    import regrets.mailparse as mailparse

    original = mailparse.from_email

    def flaky(msg, **kw):
        if "<boom@x.com>" in (msg.get("Message-ID") or ""):
            raise RecursionError("deep")
        return original(msg, **kw)

    monkeypatch.setattr(mailparse, "from_email", flaky)
    box = tmp_path / "inbox.mbox"
    box.write_bytes(mbox_bytes([make_mail(message_id="<boom@x.com>"), make_mail(message_id="<ok@x.com>")]))
    threads = list(read_paths([box], relevant=might_be_invite))
    assert [t.key for t in threads if t.messages] == ["<ok@x.com>"]
    assert [p for t in threads for p in t.problems] == ["message 1: cannot read message: RecursionError"]


# --------------------------------------------------------------------------------------------- HTML and size bounds

def test_html_to_text_is_linear_in_tags_and_comments_that_never_close():
    from .test_pathological import assert_linear

    for unit in ("<a ", "<p a=1 ", "<!--x", "<a href='"):  # '<a ' x 27,000 took 64 s
        assert_linear(html_to_text, lambda n, u=unit: "<p>Interview</p>" + u * n, 2000)
    # what such a tail means is unchanged: text, as html.parser emits an unclosed construct at the end
    assert html_to_text("<p>Interview</p><a <b") == "Interview\n\n<a <b"
    assert html_to_text("<p>x</p><!-- a > b") == "x\n\n<!-- a > b"


def test_skim_is_linear_in_tags_and_comments_that_never_close():
    from .test_pathological import assert_linear

    for unit in ("<", "<!--x", "<style>", "<p "):
        assert_linear(skim_html, lambda n, u=unit: "<p>Interview</p>" + u * n, 4000)
    assert skim_html("<p>Interview</p><style>p{}</style><!-- x -->now") == "\nInterview\n  now"
    assert "Interview" in skim_html("<style>p{}<p>Interview</p>")  # unclosed: kept, as before


def test_what_is_read_of_a_message_is_bounded():
    from regrets.htmltext import MAX_HTML_CHARS
    from regrets.mailparse import MAX_NAME_CHARS, MAX_REFERENCES, MAX_SUBJECT_CHARS, MAX_TEXT_CHARS

    line = "word " * 1_000_000  # 5 MB on one line
    head = ["From: =?utf-8?q?" + "=C3=A9" * 4000 + "?= <keisha.grant@orbitalfreight.com>", "To: sam.lee@gmail.com",
            "Subject: " + "Interview " * 100_000, "Date: Mon, 23 Nov 2026 17:15:00 +0000", "Message-ID: <big@x.com>",
            "References: " + " ".join(f"<{i}@x.com>" for i in range(10_000)), "Content-Type: text/plain; charset=utf-8"]
    msg = parse_bytes(("\n".join(head) + "\n\n" + INVITE_EN + line).encode())
    assert msg.text.startswith(INVITE_EN) and len(msg.text) <= MAX_TEXT_CHARS
    assert len(msg.subject) <= MAX_SUBJECT_CHARS
    assert msg.sender.email == "keisha.grant@orbitalfreight.com" and msg.sender.name == ""
    assert len(msg.sender.name) <= MAX_NAME_CHARS
    assert len(msg.references) == MAX_REFERENCES and msg.references[0] == "<0@x.com>" and msg.references[-1] == "<9999@x.com>"
    html = _html_only("<p>We would like to invite you to an interview.</p>" + "<div>x</div>" * (MAX_HTML_CHARS // 12 + 10))
    big = parse_bytes(html)
    assert big.html is None and big.text.startswith("We would like to invite you") and len(big.text) <= MAX_TEXT_CHARS


def test_a_5_mb_body_costs_no_more_per_byte_than_5_kb():
    """Issue 10: every step linear; what is analysed is capped, so a huge body is cheaper per byte."""
    import time

    from regrets.analyze import analyze_thread
    from regrets.model import Thread

    def per_byte(pad: str) -> float:
        raw = make_mail(body=INVITE_EN + pad)
        t0 = time.perf_counter()
        analyze_thread(Thread(key="k", messages=[parse_bytes(raw)], source="x"), "sam.lee@gmail.com")
        return (time.perf_counter() - t0) / len(raw)

    small = min(per_byte("We met the team at 10:00 on Monday. " * 140) for _ in range(3))  # ~5 KB
    assert per_byte("We met the team at 10:00 on Monday. " * 140_000) <= small  # ~5 MB on one line


def test_a_huge_broken_message_is_read_in_its_first_part_by_the_fallback_parser(monkeypatch):
    """Found by the fuzz campaign: a truncated 66 MB message (no closing boundary, so the fast splitter steps
    aside) made the email package hold several copies (577 MB). It now parses the first MAX_FALLBACK_BYTES."""
    import email as email_pkg

    from regrets import mailparse

    seen: list[int] = []
    original = email_pkg.message_from_bytes
    monkeypatch.setattr(email_pkg, "message_from_bytes", lambda data, **kw: seen.append(len(data)) or original(data, **kw))
    monkeypatch.setattr(mailparse, "MAX_FALLBACK_BYTES", 64_000)
    raw = (b"From: Keisha Grant <keisha.grant@orbitalfreight.com>\nTo: sam.lee@gmail.com\n"
           b"Subject: Interview invitation\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
           b"--b\nContent-Type: text/plain\n\nWe would like to invite you to an interview.\n"
           b"--b\nContent-Type: application/octet-stream\n\n" + b"A" * 200_000)  # truncated: no closing boundary
    msg = mailparse.parse_bytes(raw)
    assert seen == [64_000]
    assert "invite you to an interview" in msg.text
