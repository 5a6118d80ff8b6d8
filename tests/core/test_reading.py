"""Reading mail from files: .eml, mbox (Takeout X-GM-THRID and reply chains), Maildir, folders, and robust
MIME decoding (alternative/mixed, HTML-only, QP/base64, RFC 2047, odd charsets, .ics parts, bad dates,
empty and junk files). Input files live in tests/core/mail/, named after the case they cover."""
from __future__ import annotations

import mailbox
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from regrets.analyze import analyze_thread
from regrets.detect import might_be_invite
from regrets.errors import MalformedMessage, UnreadablePath
from regrets.htmltext import html_to_text
from regrets.mailparse import decode_words, parse_bytes, parse_date_header
from regrets.pipeline import Analysed, Failed, analyse_all
from regrets.sources import read_paths

from .conftest import INVITE_EN, MAIL, NEWSLETTER, NOW, OWNER, make_mail, mbox_bytes


def parse(name: str):
    return parse_bytes((MAIL / name).read_bytes())


def threads(*paths, relevant=might_be_invite):
    return list(read_paths([str(p) for p in paths], relevant=relevant))


def by_key(ts):
    return {t.key: t for t in ts}


# --------------------------------------------------------------------------------------------- .eml files

def test_eml_is_one_thread_whose_source_is_the_path():
    (t,) = threads(MAIL / "invite_plain_en.eml")
    assert t.source == str(MAIL / "invite_plain_en.eml")
    assert "#" not in t.source
    assert t.key == "<plain-en-1@orbitalfreight.com>"
    assert [m.message_id for m in t.messages] == ["<plain-en-1@orbitalfreight.com>"]
    assert t.messages[0].sender.email == "keisha.grant@orbitalfreight.com"
    assert t.messages[0].to[0].email == OWNER


def test_each_eml_file_is_read_on_its_own_even_from_one_conversation(tmp_path):
    first = make_mail(message_id="<a@x.com>", extra={"X-GM-THRID": "1786000000000000099"})
    reply = make_mail(sender=f"Sam Lee <{OWNER}>", to="keisha.grant@orbitalfreight.com", subject="Re: Interview invitation",
                      message_id="<b@x.com>", in_reply_to="<a@x.com>", references=["<a@x.com>"], body="Thanks!\n",
                      extra={"X-GM-THRID": "1786000000000000099"})
    (tmp_path / "1.eml").write_bytes(first)
    (tmp_path / "2.eml").write_bytes(reply)
    ts = threads(tmp_path / "1.eml", tmp_path / "2.eml")
    assert [t.source for t in ts] == [str(tmp_path / "1.eml"), str(tmp_path / "2.eml")]
    assert [len(t.messages) for t in ts] == [1, 1]


def test_eml_with_an_mbox_envelope_line_is_still_one_message(tmp_path):
    p = tmp_path / "saved.eml"
    p.write_bytes(b"From MAILER-DAEMON Mon Nov 23 17:15:00 2026\n" + make_mail())
    (t,) = threads(p)
    assert t.source == str(p) and len(t.messages) == 1
    assert t.messages[0].subject == "Interview invitation: Backend Engineer"


def test_mbox_suffix_without_envelope_lines_is_read_as_one_message_not_silently_dropped(tmp_path):
    p = tmp_path / "misnamed.mbox"
    p.write_bytes(make_mail())
    (t,) = threads(p)
    assert t.messages and t.messages[0].message_id == "<invite-1@orbitalfreight.com>"


# --------------------------------------------------------------------------------------------- mbox files

def test_takeout_mbox_groups_by_x_gm_thrid_whatever_the_file_order():
    path = MAIL / "takeout_thrid_grouping.mbox"
    ts = by_key(threads(path))
    assert set(ts) == {"1786000000000000001", "1786000000000000002", "1786000000000000003"}
    a = ts["1786000000000000001"]
    assert a.source == f"{path}#1786000000000000001"
    # a3 carries no In-Reply-To/References; Takeout's thread id still puts it in the thread; oldest first
    assert [m.message_id for m in a.messages] == ["<a1@orbitalfreight.com>", "<a2@mail.gmail.com>", "<a3@orbitalfreight.com>"]
    assert a.messages[1].labels == ("Sent",)
    assert a.messages[0].labels == ("Inbox", "Important", "Opened")
    assert [m.message_id for m in ts["1786000000000000003"].messages] == ["<c1@majujaya.co.id>", "<c2@mail.gmail.com>"]
    # the newsletter has no interview word: reported from the index only
    assert ts["1786000000000000002"].skimmed


def test_takeout_threads_are_understood_across_their_messages():
    res = {r.thread.key: r for r in analyse_all(threads(MAIL / "takeout_thrid_grouping.mbox"), OWNER, NOW)}
    en, id_, news = res["1786000000000000001"], res["1786000000000000003"], res["1786000000000000002"]
    assert en.analysis.is_invite and en.analysis.accepted  # "I confirm" in the Sent reply
    assert en.analysis.interview_start == datetime(2026, 12, 3, 14, 0, tzinfo=timezone(timedelta(hours=-8)))
    assert id_.analysis.is_invite and id_.analysis.accepted and id_.analysis.language == "id"  # "Baik, saya bersedia hadir"
    assert id_.analysis.interview_start == datetime(2026, 12, 10, 14, 0, tzinfo=timezone(timedelta(hours=7)))
    assert not news.analysis.is_invite


def test_mbox_without_thread_ids_groups_reply_chains_out_of_order():
    path = MAIL / "reply_chains_out_of_order.mbox"
    ts = threads(path)
    keys = by_key(ts)
    x = keys["<x1@orbitalfreight.com>"]  # keyed by the root message, not by whichever message came first
    assert x.source == f"{path}#<x1@orbitalfreight.com>"
    assert [m.message_id for m in x.messages] == [f"<x{i}@orbitalfreight.com>" for i in (1, 2, 3, 4)]
    # z2 and z3 only share a parent that is not in the file: still one thread, keyed by that root
    z = keys["<z1-missing@majujaya.co.id>"]
    assert [m.message_id for m in z.messages] == ["<z2@majujaya.co.id>", "<z3@majujaya.co.id>"]
    assert "<y1@gardenclub.example>" in keys
    no_id = [t for t in ts if t.key.startswith("message-")]
    assert len(no_id) == 1 and no_id[0].subject == "No message id here"
    assert len(ts) == 4


def test_reply_chain_grouping_and_keys_do_not_depend_on_file_order(tmp_path):
    box = mailbox.mbox(str(MAIL / "reply_chains_out_of_order.mbox"), create=False)
    raws = [box.get_bytes(k) for k in box.iterkeys()]
    forward = {t.key: sorted(m.message_id or "" for m in t.messages) for t in threads(MAIL / "reply_chains_out_of_order.mbox", relevant=None)}
    (tmp_path / "rev.mbox").write_bytes(mbox_bytes(list(reversed(raws))))
    backward = {t.key: sorted(m.message_id or "" for m in t.messages) for t in threads(tmp_path / "rev.mbox", relevant=None)}
    forward.pop(next(k for k in forward if k.startswith("message-")))  # numbered by position, so it moves
    backward.pop(next(k for k in backward if k.startswith("message-")))
    assert forward == backward


def test_reply_chain_threads_analyse_as_one_conversation():
    res = {r.thread.key: r for r in analyse_all(threads(MAIL / "reply_chains_out_of_order.mbox"), OWNER, NOW)}
    x = res["<x1@orbitalfreight.com>"].analysis
    assert x.is_invite and x.accepted  # the owner's "Thursday works for me" is in the same thread
    assert x.reply_to.email == "keisha.grant@orbitalfreight.com"
    assert x.reply_target.message_id == "<x4@orbitalfreight.com>"  # the latest recruiter message


def test_mbox_with_a_malformed_message_reports_it_and_reads_the_rest():
    path = MAIL / "mbox_one_malformed_among_good.mbox"
    ts = threads(path)
    good = [t for t in ts if t.messages]
    bad = [t for t in ts if not t.messages]
    assert sorted(t.key for t in good) == ["<g1@gardenclub.example>", "<g2@orbitalfreight.com>", "<g3@majujaya.co.id>"]
    assert [t.source for t in bad] == [f"{path}#message-2", f"{path}#message-4"]
    assert "no mail headers" in bad[0].problems[0] and "empty" in bad[1].problems[0]
    results = list(analyse_all(ts, OWNER, NOW))
    assert len(results) == 5
    invites = sorted(r.thread.key for r in results if isinstance(r, Analysed) and r.analysis.is_invite)
    assert invites == ["<g2@orbitalfreight.com>", "<g3@majujaya.co.id>"]
    assert [r.error for r in results if isinstance(r, Failed)] == ["message 2: no mail headers found", "message 4: empty message"]


def test_mbox_body_lines_starting_with_from_do_not_split_messages(tmp_path):
    body = INVITE_EN + "\nFrom the whole team, good luck!\n"
    p = tmp_path / "quoted.mbox"
    p.write_bytes(mbox_bytes([make_mail(body=body), make_mail(message_id="<other@x.com>", subject="Garden", body=NEWSLETTER)]))
    ts = threads(p, relevant=None)
    assert len(ts) == 2 and all(t.messages and not t.problems for t in ts)
    assert "From the whole team" in ts[0].messages[0].text


# --------------------------------------------------------------------------------------------- Maildir

def _maildir(path: Path) -> mailbox.Maildir:
    return mailbox.Maildir(str(path), create=True)


def test_maildir_reads_new_and_cur_and_threads_a_reply_filed_in_sent(tmp_path):
    root = tmp_path / "Mail"
    box = _maildir(root)
    inv = mailbox.MaildirMessage(make_mail(message_id="<m1@orbitalfreight.com>"))
    inv.set_subdir("cur")
    inv.set_flags("S")
    box.add(inv)
    box.add(make_mail(message_id="<n1@gardenclub.example>", subject="Garden club news", body=NEWSLETTER))  # lands in new/
    sent = box.add_folder("Sent")  # Maildir++ sub-folder: .Sent
    sent.add(make_mail(sender=f"Sam Lee <{OWNER}>", to="keisha.grant@orbitalfreight.com",
                       subject="Re: Interview invitation: Backend Engineer", message_id="<r1@mail.gmail.com>",
                       in_reply_to="<m1@orbitalfreight.com>", references=["<m1@orbitalfreight.com>"],
                       date=datetime(2026, 11, 23, 18, 0, tzinfo=timezone.utc),
                       body="Hi Keisha, I confirm the interview on Thursday. See you then.\nSam\n"))
    ts = by_key(threads(root))
    assert set(ts) == {"<m1@orbitalfreight.com>", "<n1@gardenclub.example>"}
    inv_thread = ts["<m1@orbitalfreight.com>"]
    assert inv_thread.source == f"{root}#<m1@orbitalfreight.com>"
    assert [m.message_id for m in inv_thread.messages] == ["<m1@orbitalfreight.com>", "<r1@mail.gmail.com>"]
    (r,) = [r for r in analyse_all([inv_thread], OWNER, NOW)]
    assert r.analysis.is_invite and r.analysis.accepted


def test_empty_maildir_yields_nothing(tmp_path):
    _maildir(tmp_path / "Empty")
    assert threads(tmp_path / "Empty") == []


# --------------------------------------------------------------------------------------------- folders

def test_folder_of_mixed_files_reads_every_mail_file_each_on_its_own(tmp_path):
    d = tmp_path / "export"
    (d / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(MAIL / "invite_plain_en.eml", d / "b_invite.eml")
    shutil.copy(MAIL / "takeout_thrid_grouping.mbox", d / "a_takeout.mbox")
    shutil.copy(MAIL / "html_only_entities_table.eml", d / "sub" / "deeper" / "html.EML")
    shutil.copy(MAIL / "empty.eml", d / "sub" / "empty.eml")
    (d / "README.txt").write_text("not mail, not read\n")
    (d / "._b_invite.eml").write_bytes(b"\x00\x05\x16\x07 AppleDouble junk")  # macOS resource fork: hidden, skipped
    (d / ".hidden").mkdir()
    shutil.copy(MAIL / "invite_plain_en.eml", d / ".hidden" / "x.eml")
    box = _maildir(d / "sub" / "Maildir")
    box.add(make_mail(message_id="<md1@x.com>"))
    sources = [t.source for t in threads(d)]
    takeout = str(d / "a_takeout.mbox")
    assert sorted(s for s in sources if s.startswith(takeout)) == sorted(
        f"{takeout}#17860000000000000{n:02d}" for n in (1, 2, 3))
    rest = [s for s in sources if not s.startswith(takeout)]
    assert rest == [str(d / "b_invite.eml"), str(d / "sub" / "empty.eml"), f"{d / 'sub' / 'Maildir'}#<md1@x.com>",
                    str(d / "sub" / "deeper" / "html.EML")]


# --------------------------------------------------------------------------------------------- MIME decoding

def test_multipart_alternative_uses_the_plain_part_and_keeps_the_html():
    m = parse("multipart_alternative.eml")
    assert m.text.startswith("PLAIN VERSION\nHi Sam,")
    assert "HTML VERSION" not in m.text
    assert m.html and "HTML VERSION" in m.html


def test_multipart_mixed_attachments_never_reach_the_body():
    m = parse("multipart_mixed_attachments.eml")
    assert "We would like to invite you to a technical interview" in m.text
    assert "ATTACHED NOTES" not in m.text and "%PDF" not in m.text and "PDF" not in (m.html or "")
    assert m.calendars == ()


def test_html_only_body_becomes_readable_text():
    m = parse("html_only_entities_table.eml")
    assert m.html is not None
    lines = m.text.split("\n")
    assert lines[0] == "Hi Sam,"
    assert "We\u2019d like to invite you to an interview for the R&D Engineer role at Caf\u00e9 Lumi\u00e8re GmbH." in lines
    assert "Line after a break" in lines and "And another" in lines  # <br> and <br/>
    assert "Date Thursday, December 3, 2026" in lines and "Time 2:00 PM PST" in lines  # one table row per line
    assert "Tags stay text: <b> \u2013 \u2014 done" in lines
    for hidden in ("HEAD TITLE", "STYLE MUST", "color: red", "SCRIPT_MUST", "NOSCRIPT"):
        assert hidden not in m.text
    assert "\u00a0" not in m.text and "\n\n\n" not in m.text


def test_html_only_invite_is_analysed_from_its_text():
    (r,) = analyse_all(threads(MAIL / "html_only_entities_table.eml"), OWNER, NOW)
    assert r.analysis.is_invite
    assert r.analysis.interview_start == datetime(2026, 12, 3, 14, 0, tzinfo=timezone(timedelta(hours=-8)))


@pytest.mark.parametrize("html, text", [
    ("<div>Hello<div>World</div></div>", "Hello\nWorld"),
    ('<div dir="ltr"><div>Hi Sam,</div><div><br></div><div>Quick one</div><div>Marisol</div></div>',
     "Hi Sam,\n\nQuick one\nMarisol"),  # Gmail's own markup: one div per line, <div><br></div> for a blank one
    ("<p>one</p>\n\n<p>two</p>", "one\n\ntwo"),
    ("a<br><br><br><br>b", "a\n\nb"),
    ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
    ("<table><tr>\n<td>\nTanggal\n</td>\n<td>:</td><td> Senin, 3 Desember 2026 </td></tr>\n"
     "<tr><td>Waktu</td><td>:</td><td>09.00 WIB</td></tr></table>", "Tanggal : Senin, 3 Desember 2026\nWaktu : 09.00 WIB"),
    ("Hello <b>bold</b>\n   world", "Hello bold world"),
    ("a<!-- hidden comment -->b", "ab"),
    ("x &bogus; &amp;amp; &#x41; &#65; y", "x &bogus; &amp; A A y"),
    ("<script>never closed", ""),
    ("<style>p{}</style><title>t</title>ok", "ok"),
    ("<p>unclosed <b>bold", "unclosed bold"),
])
def test_html_to_text_cases(html, text):
    assert html_to_text(html) == text


def test_quoted_printable_body_is_decoded_with_soft_breaks_joined():
    m = parse("quoted_printable_utf8.eml")
    assert "We\u2019d love to invite you to a final\u2011round interview for the Product Designer position on Thursday" in m.text
    assert "Ren\u00e9e." in m.text and "=\n" not in m.text and "=E2" not in m.text


def test_base64_body_is_decoded():
    m = parse("base64_utf8.eml")
    assert m.text == "Halo Dimas,\n\nKami mengundang Anda untuk wawancara user.\n\nSalam,\nRina \u2013 HR\n"


def test_rfc2047_names_and_subject():
    m = parse("rfc2047_names_subject.eml")
    assert m.sender.name == "Ren\u00e9e D\u00fcrr" and m.sender.email == "renee@example.de"
    assert [(a.name, a.email) for a in m.to] == [("J\u00f6rg M\u00fcller", "jorg@example.com"), ("Plain, Name", "plain@example.com")]
    assert [(a.name, a.email) for a in m.cc] == [("Dimas Saputra", "dimas.saputra@example.com")]  # address lower-cased
    assert m.reply_to[0].name == "Talent \u2013 Team"
    # two encoded words in two charsets, folded; 0x96 in an 'iso-8859-1' word is the windows-1252 en dash
    assert m.subject == "Einladung zum Vorstellungsgespr\u00e4ch \u2013 caf\u00e9"


def test_raw_8bit_utf8_headers_are_decoded_not_mangled():
    raw = ("From: Ren\u00e9 D\u00fcrr <r@example.com>\nTo: Sam <sam@example.com>\n"
           "Subject: Undangan Wawancara \u2013 PT Maju Jaya\nDate: Mon, 23 Nov 2026 09:15:00 +0700\n\nhi\n").encode()
    m = parse_bytes(raw)
    assert m.subject == "Undangan Wawancara \u2013 PT Maju Jaya"
    assert m.sender.name == "Ren\u00e9 D\u00fcrr"


def test_raw_8bit_latin1_headers_fall_back_to_a_legacy_charset():
    m = parse_bytes("From: r@example.com\nSubject: caf\u00e9 cr\u00e8me\n\nhi\n".encode("latin-1"))
    assert m.subject == "caf\u00e9 cr\u00e8me"


@pytest.mark.parametrize("value, text", [
    ("=?UTF-8?B?w6k=?= =?UTF-8?B?w6k=?= x =?utf-8?q?a_b?=", "\u00e9\u00e9 x a b"),  # space between words dropped
    ("=?utf-8?b?4oI=?= =?utf-8?b?rA==?=", "\u20ac"),  # one character split across two words
    ("=?utf-8*en?q?Hello?=", "Hello"),  # RFC 2231 language tag
    ("=?x-no-such-charset?q?Ren=C3=A9e?=", "Ren\u00e9e"),  # unknown charset: UTF-8 fallback
    ("=?utf-8?b?not base64?=", "=?utf-8?b?not base64?="),  # not an encoded word: left alone
    ("=?utf-8?b?@@@?=", "=?utf-8?b?@@@?="),  # undecodable: kept as written
    ("Re: =?iso-8859-1?q?Caf=E9?=\r\n =?us-ascii?q?_ok?=", "Re: Caf\u00e9 ok"),
    ("plain text", "plain text"),
])
def test_decode_words(value, text):
    assert decode_words(value) == text


@pytest.mark.parametrize("name, text", [
    ("charset_windows1252.eml", "We\u2019re \u201cdelighted\u201d \u2013 the fee is \u20ac0.\n"),
    ("charset_iso8859_1.eml", "Gr\u00fc\u00dfe aus M\u00fcnchen, caf\u00e9 cr\u00e8me.\n"),
    ("charset_bogus_name.eml", "Se\u00f1or Pe\u00f1a \u2013 utf-8 bytes under a bogus label.\n"),
    ("charset_bogus_latin_bytes.eml", "Se\u00f1or Pe\u00f1a in latin-1 bytes.\n"),
])
def test_odd_and_unknown_charsets(name, text):
    assert parse(name).text == text


def test_iso8859_1_label_on_windows1252_bytes_reads_smart_quotes(tmp_path):
    raw = (b"From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=iso-8859-1\n"
           b"Content-Transfer-Encoding: 8bit\n\nWe\x92re \x93glad\x94\n")
    assert parse_bytes(raw).text == "We\u2019re \u201cglad\u201d\n"


def test_calendar_part_and_its_twin_attachment_give_one_calendar():
    m = parse("ics_text_calendar_part.eml")
    assert len(m.calendars) == 1  # text/calendar part + identical invite.ics attachment (Google Calendar's habit)
    assert "UID:ics-part-1@google.com" in m.calendars[0]
    (r,) = analyse_all(threads(MAIL / "ics_text_calendar_part.eml"), OWNER, NOW)
    assert r.analysis.is_invite and "ics" in r.analysis.evidence
    assert r.analysis.interview_start.isoformat() == "2026-12-03T14:00:00-08:00"
    assert r.analysis.interview.zone == "America/Los_Angeles"


def test_application_ics_attachment_is_read_and_wins_over_the_text():
    m = parse("ics_application_ics_attachment.eml")
    assert len(m.calendars) == 1 and "BEGIN:VCALENDAR" in m.calendars[0]
    (r,) = analyse_all(threads(MAIL / "ics_application_ics_attachment.eml"), OWNER, NOW)
    assert r.analysis.interview.evidence == "ics"
    assert r.analysis.interview_start.isoformat() == "2026-12-04T10:00:00-08:00"  # the text says Dec 3; the .ics rules


def test_octet_stream_with_ics_filename_is_a_calendar_but_binary_named_ics_is_not():
    m = parse("ics_octet_stream_filename.eml")
    assert len(m.calendars) == 1 and "UID:ics-octet-3@orbitalfreight.com" in m.calendars[0]
    (r,) = analyse_all(threads(MAIL / "ics_octet_stream_filename.eml"), OWNER, NOW)
    assert r.analysis.interview_start.isoformat() == "2026-12-07T09:00:00-08:00"


# --------------------------------------------------------------------------------------------- dates

def test_missing_date_header():
    m = parse("date_missing.eml")
    assert m.date is None


def test_date_with_minus_0000_is_utc():
    m = parse("date_minus_0000.eml")
    assert m.date == datetime(2026, 12, 1, 10, 30, tzinfo=timezone.utc) and m.date.utcoffset() == timedelta(0)


def test_garbage_date_header():
    assert parse("date_garbage.eml").date is None


@pytest.mark.parametrize("value, expected", [
    ("Mon, 23 Nov 2026 09:15:00 -0800", datetime(2026, 11, 23, 17, 15, tzinfo=timezone.utc)),
    ("23 Nov 2026 09:15 +0700", datetime(2026, 11, 23, 2, 15, tzinfo=timezone.utc)),
    ("Mon, 23 Nov 2026 09:15:00 GMT", datetime(2026, 11, 23, 9, 15, tzinfo=timezone.utc)),
    ("Mon, 23 Nov 2026 09:15:00 EST", datetime(2026, 11, 23, 14, 15, tzinfo=timezone.utc)),
    ("Mon, 23 Nov 2026 09:15:00 XYZ", datetime(2026, 11, 23, 9, 15, tzinfo=timezone.utc)),  # unknown zone: UTC
    ("", None), ("yesterday", None), ("Mon, 99 Foo 2026 99:99:99 +9999", None), ("\x00\x01", None),
])
def test_parse_date_header(value, expected):
    got = parse_date_header(value)
    assert got == expected
    assert got is None or got.tzinfo is not None


def test_messages_with_missing_or_bad_dates_are_still_analysed():
    ts = threads(MAIL / "date_missing.eml", MAIL / "date_garbage.eml", MAIL / "date_minus_0000.eml")
    results = list(analyse_all(ts, OWNER, NOW))
    assert len(results) == 3 and all(isinstance(r, Analysed) for r in results)


def test_a_dateless_invite_in_a_thread_is_ordered_first_and_analysed(tmp_path):
    p = tmp_path / "t.mbox"
    p.write_bytes(mbox_bytes([
        make_mail(message_id="<d2@x.com>", in_reply_to="<d1@x.com>", references=["<d1@x.com>"], body="Reminder: interview Thursday.\n"),
        make_mail(message_id="<d1@x.com>", extra={}) .replace(b"Date: ", b"X-Old-Date: "),
    ]))
    (t,) = threads(p)
    assert [m.message_id for m in t.messages] == ["<d1@x.com>", "<d2@x.com>"] and t.messages[0].date is None
    (r,) = analyse_all([t], OWNER, NOW)
    assert isinstance(r, Analysed) and r.analysis.is_invite


# --------------------------------------------------------------------------------------------- bad files

def test_empty_file_is_reported_not_dropped():
    (t,) = threads(MAIL / "empty.eml")
    assert t.messages == [] and t.source == str(MAIL / "empty.eml")
    assert "empty" in t.problems[0]
    (r,) = analyse_all([t], OWNER, NOW)
    assert isinstance(r, Failed) and "empty" in r.error


def test_binary_junk_is_reported_not_dropped():
    (t,) = threads(MAIL / "binary_junk.eml")
    assert t.messages == [] and "no mail headers" in t.problems[0]
    with pytest.raises(MalformedMessage):
        parse("binary_junk.eml")


def test_whitespace_only_mbox_is_reported(tmp_path):
    p = tmp_path / "blank.mbox"
    p.write_bytes(b"\n\n   \n")
    (t,) = threads(p)
    assert t.messages == [] and t.problems


def test_nonexistent_path_raises_before_anything_is_read(tmp_path):
    gen = read_paths([str(MAIL / "invite_plain_en.eml"), str(tmp_path / "nope.eml")])
    with pytest.raises(UnreadablePath, match="nope.eml: no such file or folder"):
        next(gen)


def test_fifo_is_refused_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    with pytest.raises(UnreadablePath, match="not a regular file"):
        threads(fifo)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_file_that_fails_to_read_is_an_unreadable_path_even_for_root():
    # /proc/self/mem exists, passes os.access, and fails with EIO when read at offset 0 - even as root
    with pytest.raises(UnreadablePath, match="/proc/self/mem"):
        threads("/proc/self/mem")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads chmod 000 files anyway")
def test_permission_denied_file(tmp_path):
    p = tmp_path / "secret.eml"
    p.write_bytes(make_mail())
    p.chmod(0)
    try:
        with pytest.raises(UnreadablePath, match="permission denied"):
            threads(p)
    finally:
        p.chmod(0o600)


def test_permission_denied_is_reported_when_access_is_refused(tmp_path, monkeypatch):
    """The same check as the chmod test, for runs as root: the OS says no, so do we."""
    p = tmp_path / "secret.eml"
    p.write_bytes(make_mail())
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False if Path(path) == p else real(path, mode, *a, **k))
    with pytest.raises(UnreadablePath, match="secret.eml: permission denied"):
        threads(p)


def test_truncated_message_is_still_read():
    raw = (MAIL / "multipart_mixed_attachments.eml").read_bytes()
    m = parse_bytes(raw[: len(raw) // 2])  # cut inside the PDF attachment: no closing boundary
    assert "technical interview" in m.text


# --------------------------------------------------------------------------------------------- fast MIME path

def _corpus() -> list[bytes]:
    root = Path(__file__).resolve().parent
    files = sorted(MAIL.glob("*.eml")) + sorted((root / "golden").glob("*/*.eml"))
    raws = [p.read_bytes() for p in files]
    for p in sorted(MAIL.glob("*.mbox")) + sorted((root / "golden").glob("*/*.mbox")):
        box = mailbox.mbox(str(p), create=False)
        raws += [box.get_bytes(k) for k in box.iterkeys()]
    return [r for r in raws if r.strip()]


def test_fast_mime_path_matches_the_email_package_on_every_corpus_message():
    import email

    from regrets.mailparse import from_email
    from regrets.mimesplit import POLICY as _POLICY
    from regrets.mimesplit import fast_tree

    raws = _corpus()
    used = 0
    for raw in raws:
        fast = fast_tree(raw)
        if fast is None:
            continue
        used += 1
        slow = email.message_from_bytes(raw, policy=_POLICY)
        for skim in (False, True):
            try:
                want = from_email(slow, skim=skim)
            except MalformedMessage as exc:
                want = str(exc)
            try:
                got = from_email(fast, skim=skim)
            except MalformedMessage as exc:
                got = str(exc)
            assert got == want
    assert used >= 0.9 * len(raws) and len(raws) > 50  # the fast path is the common path


@pytest.mark.parametrize("raw", [
    b"From: a@x.com\nSubject: s\n\rbare CR\n",  # a bare CR is a line break to the feedparser
    b"From MAILER-DAEMON Mon Nov 23 2026\nFrom: a@x.com\n\nbody\n",  # envelope line
    b"From: a@x.com\nnot a header line\n\nbody\n",  # body starts without a blank line
    b" continuation first\nFrom: a@x.com\n\nbody\n",
    b"From: a@x.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\npart\n",  # no closing boundary
    b"From: a@x.com\nContent-Type: multipart/mixed\n\n--b\n\npart\n--b--\n",  # no boundary parameter
    b"From: a@x.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n--b\n\npart\n--b--\n",  # doubled boundary line
    b"From: a@x.com\nContent-Type: message/rfc822\n\nFrom: b@x.com\n\ninner\n",
    b"From: a@x.com\nContent-Type: multipart/digest; boundary=b\n\n--b\n\nFrom: c@x.com\n\nx\n--b--\n",
])
def test_fast_mime_path_steps_aside_for_unusual_messages(raw):
    from regrets.mimesplit import fast_tree

    assert fast_tree(raw) is None
    parse_bytes(raw)  # and the email package still reads them


def test_mbox_index_matches_mailbox_mbox_on_every_corpus_mbox():
    from regrets.sources import MboxFile

    root = Path(__file__).resolve().parent
    paths = sorted(MAIL.glob("*.mbox")) + sorted((root / "golden").glob("*/*.mbox"))
    assert paths
    for p in paths:
        box = mailbox.mbox(str(p), create=False)
        ours = MboxFile(p)
        try:
            assert [ours.get_bytes(k) for k in ours.iterkeys()] == [box.get_bytes(k) for k in box.iterkeys()], p.name
        finally:
            ours.close()
            box.close()
