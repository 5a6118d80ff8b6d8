"""Hostile and malformed header content never stops a draft nor reaches the headers we write (issues 12 §6-7 and
13 §2): control characters of every kind in Message-ID / In-Reply-To / References (raw or RFC 2047-encoded),
sender addresses with a trailing dot or '..', a Subject whose encoded word leaves a lone surrogate, and
pathologically long display names and References, which are bounded."""
from __future__ import annotations

import base64
import email
import email.policy
import re

import pytest

from regrets import headers
from regrets.analyze import analyze_thread
from regrets.compose import ComposeOptions, compose_reply
from regrets.mailparse import parse_bytes
from regrets.model import Address, Thread

from .conftest import NOW, OWNER, mbox_bytes

BODY = (b"Hi Sam,\n\nWe would like to invite you to a technical interview for the Backend Engineer role on "
        b"Thursday, December 3, 2026 at 2:00 PM PST.\n\nBest regards,\nKeisha Grant\n")

# every control character class the adversarial campaign used, raw (as bytes in the header) and encoded
CONTROLS = {"CR": "\r", "LF": "\n", "CRLF": "\r\n", "VT": "\x0b", "FF": "\x0c", "FS": "\x1c", "GS": "\x1d",
            "RS": "\x1e", "NEL": "\x85", "LS": "\u2028", "PS": "\u2029", "NUL": "\x00"}
FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def mail(**over: bytes) -> bytes:
    h = {"From": b"Keisha Grant <keisha.grant@orbitalfreight.com>", "To": b"Sam Lee <sam.lee@gmail.com>",
         "Subject": b"Interview invitation", "Date": b"Mon, 23 Nov 2026 09:15:00 -0800",
         "Message-ID": b"<inv-1@orbitalfreight.com>"}
    h.update({k.replace("_", "-"): v for k, v in over.items()})
    return b"".join(k.encode() + b": " + v + b"\n" for k, v in h.items() if v is not None) + b"\n" + BODY


def draft_of(raw: bytes, options: ComposeOptions | None = None):
    t = Thread("t", [parse_bytes(raw)], "t.eml")
    a = analyze_thread(t, OWNER, NOW)
    out = compose_reply(t, a, options or ComposeOptions(), NOW).as_bytes()
    return out, email.message_from_bytes(out, policy=email.policy.default)


def assert_clean_headers(out: bytes, m) -> None:
    head = out.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # 7-bit on the wire
    for line in head.split(b"\r\n"):
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), line
    for k, v in m.items():
        assert not FORBIDDEN.search(str(v)), (k, v)


def encoded(value: str) -> bytes:
    return b"=?utf-8?b?" + base64.b64encode(value.encode("utf-8", "surrogatepass")) + b"?="


def _raw_forms(ch: str) -> list[tuple[str, bytes]]:
    forms = [("encoded", encoded(f"<a{ch}b@evil.example>"))]
    raw = ch.encode("utf-8")
    if ch not in ("\r", "\n", "\r\n"):  # a raw CR/LF ends the header line itself
        forms.append(("raw", b"<a" + raw + b"b@evil.example>"))
    return forms


CASES = [(f"{name}-{form}", value) for name, ch in CONTROLS.items() for form, value in _raw_forms(ch)]


@pytest.mark.parametrize("header", ["Message-ID", "In-Reply-To", "References"])
@pytest.mark.parametrize("case, value", CASES, ids=[c for c, _ in CASES])
def test_hostile_message_ids_are_dropped_not_fatal(header, case, value):
    over = {header.replace("-", "_"): value}
    if header == "References":
        over["References"] = b"<root@orbitalfreight.com> " + value
    out, m = draft_of(mail(**over))
    assert_clean_headers(out, m)
    ids = " ".join(str(m.get(h, "")) for h in ("In-Reply-To", "References"))
    assert "evil.example" not in ids
    if header != "Message-ID":
        assert m["In-Reply-To"] == "<inv-1@orbitalfreight.com>"  # the good id still threads the reply
        assert m["References"].split()[-1] == "<inv-1@orbitalfreight.com>"
    if header == "References":
        assert m["References"].split()[0] == "<root@orbitalfreight.com>"


def test_one_hostile_message_does_not_stop_the_batch(cli, tmp_path):
    bad = mail(Message_ID=encoded("<x\r\nBcc: evil@attacker.example>"), In_Reply_To=b"<p\x0bq@x.com>")
    good = mail(Message_ID=b"<good@orbitalfreight.com>", Subject=b"Interview invitation: Backend Engineer")
    box = tmp_path / "in.mbox"
    box.write_bytes(mbox_bytes([bad, good]))
    res = cli("draft", "--me", OWNER, "--now", "2026-11-26T09:00:00+07:00", "--out", tmp_path / "out", box)
    assert res.exit_code == 0 and res.exception is None, res.stderr
    drafts = sorted((tmp_path / "out").glob("*.eml"))
    assert len(drafts) == 2
    for p in drafts:
        raw = p.read_bytes()
        assert_clean_headers(raw, email.message_from_bytes(raw, policy=email.policy.default))
        assert b"attacker" not in raw.split(b"\r\n\r\n", 1)[0]


@pytest.mark.parametrize("sender, to", [
    (b"Keisha <keisha@orbitalfreight.com.>", "keisha@orbitalfreight.com"),  # root dot: same domain
    (b"keisha@orbitalfreight.com.", "keisha@orbitalfreight.com"),
    (b"Keisha <keisha.@orbitalfreight.com>", "keisha.@orbitalfreight.com"),  # carriers hand these out
    (b"Keisha <kei..sha@orbitalfreight.com>", "kei..sha@orbitalfreight.com"),
    (b"Keisha <keisha@orbitalfreight..com>", None),  # not a domain: the draft has no recipient, not a crash
])
def test_sender_with_a_trailing_dot_or_two_dots_does_not_crash(sender, to):
    out, m = draft_of(mail(From=sender))
    assert_clean_headers(out, m)
    if to is None:
        assert m["To"] is None
    else:
        assert str(m["To"]).endswith(to) or str(m["To"]).endswith(to + ">")


@pytest.mark.parametrize("subject", [
    b"=?utf-7?q?+2D0-?=\xe9",  # a UTF-7 word decodes to a lone surrogate, an 8-bit byte follows
    b"Interview =?utf-7?b?KzJEMC0=?= \xff\xfe",
    b"=?utf-8?q?Interview=E2?= \xe9t\xe9",
    b"=?utf-8?b?SW50Z?=\xff invitation",
])
def test_broken_encoded_word_then_8bit_byte_in_the_subject(subject):
    out, m = draft_of(mail(Subject=subject))
    assert_clean_headers(out, m)
    assert m["Subject"].startswith("Re: ")


def test_lone_surrogates_from_options_or_the_quote_never_break_the_body():
    raw = mail().replace(b"Best regards", "Best r\u00e9gards".encode("utf-8"))
    out, m = draft_of(raw, ComposeOptions(reason="I am moving \udcff abroad", sender_name="Sam \udcfe Lee",
                                          other_roles="data \ud83d"))
    assert_clean_headers(out, m)
    assert "moving \ufffd abroad" in m.get_body(("plain",)).get_content()


@pytest.mark.parametrize("n", [2000, 8000])
def test_long_encoded_display_names_are_bounded(n):
    name = encoded("\u00e9" * n)
    out, m = draft_of(mail(From=name + b" <keisha.grant@orbitalfreight.com>"))
    assert m["To"].addresses[0].addr_spec == "keisha.grant@orbitalfreight.com"
    assert len(m["To"].addresses[0].display_name) <= headers.MAX_NAME
    out, m = draft_of(mail(), ComposeOptions(sender_name="\u00e9" * n, sender_email=OWNER))
    assert len(m["From"].addresses[0].display_name) <= headers.MAX_NAME


def test_references_of_100k_ids_are_bounded_to_the_root_and_the_latest():
    ids = [f"<r{i}@x.com>".encode() for i in range(100_000)]
    out, m = draft_of(mail(References=b" ".join(ids), In_Reply_To=ids[-1]))
    refs = m["References"].split()
    assert len(refs) == headers.MAX_REFERENCES
    assert refs[0] == "<r0@x.com>" and refs[-2:] == ["<r99999@x.com>", "<inv-1@orbitalfreight.com>"]
    assert refs[1:-1] == [f"<r{i}@x.com>" for i in range(100_000 - headers.MAX_REFERENCES + 2, 100_000)]


def test_long_subjects_are_bounded():
    out, m = draft_of(mail(Subject=encoded("Interview " + "\u00e9" * 8000)))
    assert len(m["Subject"]) <= headers.MAX_SUBJECT


# ----------------------------------------------------------------------------------------------- the helpers

@pytest.mark.parametrize("value, ok", [
    ("<a@b.c>", True), ("<CAFx+q=Q@mail.gmail.com>", True), ("<a b@c>", False), ("<a\x0bb@c>", False),
    ("<a\u2028b@c>", False), ("<a<b@c>", False), ("a@b", False), ("<\u00e9@b>", False), ("<" + "x" * 300 + ">", False),
])
def test_message_id_accepts_only_plain_ids(value, ok):
    assert (headers.message_id(value) == value) is ok


def test_one_line_removes_every_control_class_and_bounds():
    assert headers.one_line("a\r\nb\x0bc\x0cd\x1ce\x1df\x1eg\x85h\u2028i\u2029j\x00k\x7fl") == "a b c d e f g h i j k l"
    assert headers.one_line("word " * 100, 20) == "word word word word"


def test_address_refuses_what_cannot_be_written():
    assert headers.address(Address("", "a@b..c")) is None
    assert headers.address(Address("", "a b@c.d")) is None
    assert headers.address(Address("", "@c.d")) is None
    assert str(headers.address(Address("Zo\u00eb", "zoe@m\u00fcnchen.de")).domain) == "xn--mnchen-3ya.de"
