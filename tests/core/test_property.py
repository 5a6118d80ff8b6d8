"""Property: whatever bytes are in the mail files, the real pipeline (read_paths -> analyse_all -> compose_reply,
and the `analyze --json` CLI) never lets an exception escape and never loses a thread.

Inputs are mutated and malformed messages: random bytes, truncated real samples, header mutations (dropped,
duplicated, garbage values with CR/LF/NUL/encoded words), broken MIME boundaries, random charsets, random
transfer encodings, huge lines and byte flips. "No thread lost" means one output record per .eml file, and for
an mbox at least one record per message group (each generated mbox message carries its own X-GM-THRID, so
every message is its own group). Derandomized so that CI sees the same examples every run.
"""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from regrets.compose import ComposeOptions, compose_reply
from regrets.detect import might_be_invite
from regrets.pipeline import Analysed, Failed, analyse_all
from regrets.sources import read_paths

from .conftest import INVITE_ID, MAIL, NOW, OWNER, PICK_A_SLOT, make_mail

CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:prop-1@x.com\r\n"
            "DTSTART;TZID=Asia/Jakarta:20261210T140000\r\nDTEND;TZID=Asia/Jakarta:20261210T150000\r\n"
            "SUMMARY:Interview\r\nORGANIZER:mailto:rina@x.com\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _seeds() -> list[bytes]:
    files = [p.read_bytes() for p in sorted(MAIL.glob("*.eml")) if p.stat().st_size > 0 and p.name != "binary_junk.eml"]
    made = [
        make_mail(),
        make_mail(body=INVITE_ID, sender="Rina Kusuma <rina@majujaya.co.id>", subject="Undangan Wawancara \u2013 PT Maju"),
        make_mail(body=PICK_A_SLOT, html="<p>Pick a <b>time</b>: <a href='https://calendly.com/x'>here</a></p>"),
        make_mail(ics=CALENDAR, in_reply_to="<a@x.com>", references=["<root@x.com>", "<a@x.com>"]),
    ]
    return files + made


SEEDS = _seeds()
CHARSETS = ["utf-8", "us-ascii", "iso-8859-1", "windows-1252", "utf-16", "utf-16-le", "utf-7", "utf-32", "koi8-r",
            "shift_jis", "gb2312", "big5", "x-unknown", "unicode_escape", "rot13", "base64", "idna", "punycode", "",
            '"', "utf-8\x00", "a" * 300, "=?utf-8?q?x?=", "iso-2022-jp", "cp1252; format=flowed"]
ENCODINGS = ["base64", "quoted-printable", "7bit", "8bit", "binary", "x-uuencode", "uuencode", "gibberish", "BASE64 ",
             ""]
GARBAGE = st.one_of(
    st.text(max_size=200),
    st.sampled_from(["=?utf-8?b?????=", "=?x?q?=ZZ=?=", "\r\nBcc: x@y.com", "\x00\x00", "<<<>>>", "@", '"unterminated',
                     "=?utf-8?B?" + "A" * 500 + "?=", "(((((((((((comment", "a@b@c@d", "Mon, 99 Xyz 2026 99:99 +9999",
                     "-0000", "Thu, 01 Jan 1970 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 +1400", "1e309"]),
)


def _split(raw: bytes) -> tuple[list[bytes], bytes]:
    raw = raw.replace(b"\r\n", b"\n")
    head, sep, body = raw.partition(b"\n\n")
    return head.split(b"\n"), body if sep else b""


@st.composite
def mutated_message(draw) -> bytes:
    kind = draw(st.sampled_from(["random", "truncate", "header", "boundary", "charset", "encoding", "huge", "flip",
                                 "combo"]))
    if kind == "random":
        return draw(st.binary(max_size=3000))
    raw = draw(st.sampled_from(SEEDS))
    kinds = draw(st.lists(st.sampled_from(["truncate", "header", "boundary", "charset", "encoding", "huge", "flip"]),
                          min_size=2, max_size=4)) if kind == "combo" else [kind]
    for k in kinds:
        raw = _mutate(draw, k, raw)
    return raw


def _mutate_header(draw, raw: bytes) -> bytes:
    """A header line dropped, doubled, garbled, added, or a garbage continuation line."""
    lines, body = _split(raw)
    op = draw(st.sampled_from(["drop", "dup", "garbage", "add", "fold"]))
    i = draw(st.integers(0, max(0, len(lines) - 1)))
    if op == "drop" and lines:
        del lines[i]
    elif op == "dup" and lines:
        lines.insert(i, lines[i])
    elif op == "garbage" and lines:
        name = lines[i].split(b":", 1)[0]
        lines[i] = name + b": " + draw(GARBAGE).encode("utf-8", "surrogatepass")
    elif op == "add":
        name = draw(st.sampled_from(["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                                     "References", "Content-Type", "Content-Transfer-Encoding", "X-GM-THRID"]))
        lines.insert(i, name.encode() + b": " + draw(GARBAGE).encode("utf-8", "surrogatepass"))
    else:
        lines.insert(i, b" " + draw(GARBAGE).encode("utf-8", "surrogatepass"))
    return b"\n".join(lines) + b"\n\n" + body


def _mutate_boundary(draw, raw: bytes) -> bytes:
    """A multipart boundary renamed, a closing or every delimiter dropped, a nested part, an empty boundary."""
    m = re.search(rb'boundary="?([^";\s]+)"?', raw)
    if not m:
        return raw + b"\n--nothing--\n"
    b = m.group(1)
    op = draw(st.sampled_from(["rename", "drop_close", "drop_all", "nest", "empty"]))
    if op == "rename":
        return raw.replace(b"boundary=", b"boundary=x", 1)
    if op == "drop_close":
        return raw.replace(b"--" + b + b"--", b"")
    if op == "drop_all":
        return raw.replace(b"--" + b, b"")
    if op == "nest":
        return raw.replace(b"--" + b + b"\n", b"--" + b + b"\nContent-Type: multipart/mixed; boundary=\"" + b + b"\"\n\n--" + b + b"\n", 1)
    return raw.replace(b"boundary=", b'boundary=""; x=', 1)


def _mutate(draw, kind: str, raw: bytes) -> bytes:
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw)))]
    if kind == "flip":
        b = bytearray(raw)
        for _ in range(draw(st.integers(1, 20))):
            if b:
                b[draw(st.integers(0, len(b) - 1))] = draw(st.integers(0, 255))
        return bytes(b)
    if kind == "header":
        return _mutate_header(draw, raw)
    if kind == "boundary":
        return _mutate_boundary(draw, raw)
    if kind == "charset":
        cs = draw(st.sampled_from(CHARSETS)).encode("utf-8", "surrogateescape")
        if b"charset=" in raw:
            return re.sub(rb'charset="?[^";\s]*"?', b'charset="' + cs.replace(b"\\", b"\\\\") + b'"', raw, count=draw(st.integers(0, 3)))
        return raw.replace(b"\n\n", b"\nContent-Type: text/plain; charset=" + cs + b"\n\n", 1)
    if kind == "encoding":
        enc = draw(st.sampled_from(ENCODINGS)).encode()
        if b"Content-Transfer-Encoding:" in raw:
            return re.sub(rb"Content-Transfer-Encoding:[^\n]*", b"Content-Transfer-Encoding: " + enc, raw,
                          count=draw(st.integers(0, 3)))
        return raw.replace(b"\n\n", b"\nContent-Transfer-Encoding: " + enc + b"\n\n", 1)
    if kind == "huge":
        n = draw(st.sampled_from([2_000, 50_000, 250_000]))
        chunk = draw(st.sampled_from([b"a", b" ", b"interview ", b"14:00 ", b"=?utf-8?q?x?= ", b"<div>", b"\xff", b"3/12 "]))
        line = (chunk * (n // len(chunk) + 1))[:n]
        where = draw(st.sampled_from(["subject", "body", "html"]))
        if where == "subject":
            return re.sub(rb"(?m)^Subject:", lambda m: b"Subject: " + line, raw, count=1)
        if where == "html":
            return raw.replace(b"\n\n", b"\n\n<html><body>" + line + b"</body></html>\n", 1)
        return raw + b"\n" + line + b"\n"
    raise AssertionError(kind)


def _mbox(messages: list[bytes], base: int) -> bytes:
    """mboxrd; each message gets its own Takeout thread id in front of it (so each is its own group)."""
    out = []
    for i, raw in enumerate(messages):
        body = raw.replace(b"\r\n", b"\n")
        lines = [b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln for ln in body.split(b"\n")]
        out.append(b"From MAILER-DAEMON Mon Nov 23 17:15:00 2026\nX-GM-THRID: " + str(base + i).encode() + b"\n"
                   + b"\n".join(lines) + b"\n\n")
    return b"".join(out)


def _write(d: Path, emls: list[bytes], boxes: list[list[bytes]]) -> tuple[list[Path], list[tuple[Path, int]]]:
    eml_paths, box_paths = [], []
    for i, raw in enumerate(emls):
        p = d / f"m{i:03d}.eml"
        p.write_bytes(raw)
        eml_paths.append(p)
    for j, msgs in enumerate(boxes):
        p = d / f"b{j:03d}.mbox"
        p.write_bytes(_mbox(msgs, 1786000000000000000 + 1000 * j))
        box_paths.append((p, len(msgs)))
    return eml_paths, box_paths


def _check_counts(records: list[tuple[str, object]], eml_paths: list[Path], box_paths: list[tuple[Path, int]]) -> None:
    sources = [s for s, _ in records]
    for p in eml_paths:
        assert sources.count(str(p)) == 1, (p.name, sources)
    for p, n in box_paths:
        mine = [s for s in sources if s.startswith(f"{p}#")]
        assert len(mine) >= n, (p.name, n, mine)
    assert len(sources) == len(eml_paths) + sum(len([s for s in sources if s.startswith(f"{p}#")]) for p, _ in box_paths)


FILES = st.tuples(st.lists(mutated_message(), min_size=0, max_size=4),
                  st.lists(st.lists(mutated_message(), min_size=1, max_size=4), min_size=0, max_size=2)).filter(
    lambda t: t[0] or t[1])


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(FILES)
def test_pipeline_never_raises_and_never_loses_a_thread(files):
    emls, boxes = files
    with tempfile.TemporaryDirectory() as tmp:
        eml_paths, box_paths = _write(Path(tmp), emls, boxes)
        paths = [str(p) for p in eml_paths] + [str(p) for p, _ in box_paths]
        threads = list(read_paths(paths, relevant=might_be_invite))
        results = list(analyse_all(threads, OWNER, NOW))
        assert len(results) == len(threads)
        for r in results:
            # the pipeline's last-resort guard must never be what saved us: the analysis itself does not raise
            failed = isinstance(r, Failed)
            assert not (failed and r.error.startswith("could not analyse")), (r.thread.source, r.error)
            assert failed or isinstance(r, Analysed)
            event("unreadable" if failed else ("invite" if r.analysis.is_invite else "not an invite"))
            if not failed and r.analysis.is_invite:
                assert r.urgency is not None
                start = r.analysis.interview_start
                assert start is None or start.tzinfo is not None
                msg = compose_reply(r.thread, r.analysis, ComposeOptions(), NOW)
                raw = msg.as_bytes()
                assert b"\nX-Regrets: " in raw
        _check_counts([(r.thread.source, r) for r in results], eml_paths, box_paths)


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(FILES)
def test_cli_analyze_json_outputs_one_record_per_thread_whatever_the_input(cli, files):
    emls, boxes = files
    with tempfile.TemporaryDirectory() as tmp:
        eml_paths, box_paths = _write(Path(tmp), emls, boxes)
        paths = [str(p) for p in eml_paths] + [str(p) for p, _ in box_paths]
        res = cli("analyze", "--json", "--me", OWNER, "--now", "2026-11-26T09:00:00+07:00", *paths)
        assert res.exception is None, res.exception
        records = [json.loads(ln) for ln in res.stdout.splitlines()]
        # exit 0 when some thread could be read, 1 (with one Error: line) when none could
        assert res.exit_code == (0 if any("error" not in rec for rec in records) else 1), res.stderr
        assert "Traceback" not in res.stderr
        for rec in records:
            assert {"source", "thread", "is_invite", "interview_start", "urgency"} <= set(rec)
        _check_counts([(rec["source"], rec) for rec in records], eml_paths, box_paths)


def _tree_signature(msg):
    """What a parsed tree holds that Regrets can read: headers as stored, part types, and the raw payloads of the
    parts it reads (the fast path leaves an attachment's payload empty: it is never decoded)."""
    from regrets.mimesplit import read_by_us as _read_by_us

    return [(p.items(), p.get_content_type(), None if p.is_multipart() or not _read_by_us(p) else p._payload)
            for p in msg.walk()]


@settings(max_examples=600, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_message())
def test_fast_mime_path_builds_the_same_tree_as_the_email_package_or_steps_aside(raw):
    import email

    from regrets.mimesplit import POLICY as _POLICY
    from regrets.mimesplit import fast_tree

    fast = fast_tree(raw)
    event("fast path" if fast is not None else "fallback")
    if fast is None:
        return
    slow = email.message_from_bytes(raw, policy=_POLICY)
    assert _tree_signature(fast) == _tree_signature(slow)


MBOX_PIECES = st.one_of(st.sampled_from([b"From ", b"\n", b"\n\n", b"From x@y Mon Nov 23 2026\n", b"a", b"\r\n", b">From ",
                                         b"xFrom ", b"\nFrom", b"Subject: s\n", b"\r", b"From\n"]), st.binary(max_size=12))


def _index_like_mailbox_mbox(data: bytes, kind: type | None = None) -> list[bytes]:
    """Index `data` as an mbox with MboxFile (or a subclass), check every message against mailbox.mbox's, and
    that spans() as found gives the same cuts; the messages."""
    import mailbox

    from regrets.sources import MboxFile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.mbox"
        path.write_bytes(data)
        box = mailbox.mbox(str(path), create=False)
        want = [box.get_bytes(k) for k in box.iterkeys()]
        box.close()
        ours = (kind or MboxFile)(path)
        try:
            assert [ours.get_bytes(k) for k in ours.iterkeys()] == want
            assert list((kind or MboxFile)(path).spans()) == [ours.span(k) for k in ours.iterkeys()]
        finally:
            ours.close()
        return want


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(MBOX_PIECES, max_size=60).map(b"".join))
def test_mbox_index_cuts_messages_exactly_like_mailbox_mbox(data):
    _index_like_mailbox_mbox(data)


ADDRESS_CHARS = st.lists(st.sampled_from(list("ab Z.'\"<>@,;:()[]\\=?_-+ \t\u00e9") + ["=?utf-8?q?x?="]), max_size=25).map("".join)


NAME_CHARS = st.lists(st.sampled_from(list("abZ .'=?_-+!#$%&*/^`{|}~\u00e9\t,\"")), max_size=20).map("".join)
LOCAL_CHARS = st.lists(st.sampled_from(list("ab.+-_=Z9")), min_size=1, max_size=12).map("".join)


@settings(max_examples=1500, deadline=None, derandomize=True, database=None)
@given(st.one_of(ADDRESS_CHARS, st.builds(lambda n, a: f"{n} <{a}@x.com>", NAME_CHARS, LOCAL_CHARS),
                 st.builds(lambda n, a: f'"{n}" <{a}@x.co.id>', NAME_CHARS, LOCAL_CHARS),
                 st.builds(lambda a, d: f" {a}@{d} ", LOCAL_CHARS, LOCAL_CHARS),
                 st.builds(lambda n, a, d: f"{n} <{a}@{d}>", ADDRESS_CHARS, ADDRESS_CHARS, ADDRESS_CHARS),
                 st.builds(lambda n, a: f'"{n}" <{a}@x.com>', ADDRESS_CHARS, ADDRESS_CHARS)))
def test_plain_address_shortcut_agrees_with_getaddresses(value):
    from email.utils import getaddresses

    from regrets.mailparse import _PLAIN_ADDRESS

    m = _PLAIN_ADDRESS.fullmatch(value)
    if not m or (m.group("name") or "").startswith("."):
        return
    event("shortcut")
    mine = (" ".join((m.group("name") or m.group("quoted") or "").split()), m.group("a1") or m.group("a2"))
    ref = getaddresses([value])
    assert len(ref) == 1 and (" ".join(ref[0][0].split()), ref[0][1]) == mine


HTML_BITS = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<span style='x'>", "</span>", "<td>", "</td>", "<tr>",
    "<style>p{}</style>", "<style>@media only screen { .interview { } }</style>", "<!-- interview -->", "<head><title>t</title></head>",
    "<script>var interview=1</script>", "&amp;", "&nbsp;", "&#105;", "&lt;", "<a href='https://x.example/interview'>", "</a>",
    "We would like to invite you to an ", "interview", "Inter", "view", " for the ", "Backend Engineer", " role",
    " on Thursday, December 3, 2026 at 2:00 PM PST.", "Kami mengundang Anda untuk ", "wawancara", " posisi ", "Data Analyst",
    " a quick call", " with our hiring manager", " about your application", "\n", " ", "Hello", "newsletter", "screen",
])


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(HTML_BITS, max_size=40).map("".join))
def test_skim_html_never_hides_an_invite_from_the_prefilter(html):
    """Whatever the full parse (html_to_text) lets the prefilter see, the skim's quick HTML text shows it too."""
    raw = make_mail(body="x", subject="Hello").replace(b"Content-Type: text/plain", b"Content-Type: text/html")
    raw = raw.split(b"\n\n", 1)[0] + b"\n\n" + html.encode() + b"\n"
    raw = raw.replace(b"Content-Transfer-Encoding: 7bit", b"Content-Transfer-Encoding: 8bit")
    from regrets.mailparse import parse_bytes

    full, skim = parse_bytes(raw), parse_bytes(raw, skim=True)
    if might_be_invite(full):
        event("prefilter passes")
        assert might_be_invite(skim)


@pytest.mark.parametrize("blank", [b"", b"\n"])
@pytest.mark.parametrize("shift", range(-8, 9))
def test_mbox_index_is_the_same_across_map_windows(shift, blank):
    # the index maps the file a window at a time: a 'From ' line, or the blank line before it, cut by a window's
    # edge still counts
    import mmap as mmap_module

    from regrets.sources import MboxFile

    window = mmap_module.ALLOCATIONGRANULARITY

    class SmallWindows(MboxFile):
        WINDOW = window

    head = b"From a@x Mon Nov 23 2026\nSubject: one\n\n"
    body = b"a" * (window - len(head) - len(blank) + shift)
    data = head + body + blank + b"\nFrom b@x Mon Nov 23 2026\nSubject: two\n\nb\n" + b"c" * (window - 40) + b"\n\n"
    assert len(_index_like_mailbox_mbox(data, SmallWindows)) == 2
