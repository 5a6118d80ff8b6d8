"""The decline/cancel drafts: produced with `compose_reply`, serialised, parsed back with the email package, and
every threading header, part, quote and option checked. Also: no header injection from names, subjects or
reasons, non-ASCII names encoded, long Message-IDs never RFC 2047-encoded."""
from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest

from regrets.analyze import analyze_thread
from regrets.compose import REASONS, ComposeOptions, compose_reply, reply_subject
from regrets.errors import TemplateProblem, UsageError
from regrets.mailparse import parse_bytes
from regrets.model import Thread
from regrets.sources import read_paths

from .conftest import INVITE_EN, INVITE_ID, MAIL, NOW, OWNER, WIB, invite_at, make_mail

RECRUITER = "Keisha Grant <keisha.grant@orbitalfreight.com>"
RINA = "Rina Kusuma <rina.kusuma@majujaya.co.id>"


def thread_of(*raws: bytes, key: str = "t") -> Thread:
    return Thread(key, [parse_bytes(r) for r in raws], source=key)


def draft(thread: Thread, options: ComposeOptions | None = None, now: datetime = NOW, me: str = OWNER):
    """(raw bytes, parsed-back message, analysis) of the reply to `thread`."""
    a = analyze_thread(thread, me, now)
    msg = compose_reply(thread, a, options or ComposeOptions(), now)
    raw = msg.as_bytes()
    return raw, email.message_from_bytes(raw, policy=email.policy.default), a


def plain(m: EmailMessage) -> str:
    return m.get_body(("plain",)).get_content().replace("\r\n", "\n")


def html(m: EmailMessage) -> str:
    return m.get_body(("html",)).get_content().replace("\r\n", "\n")


def raw_header(raw: bytes, name: str) -> str:
    """A header exactly as written (folded lines joined), to check what is on the wire."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].decode("ascii")
    m = re.search(rf"^{name}:(.*(?:\r?\n[ \t].*)*)", head, re.M | re.I)
    return m.group(1) if m else ""


def threaded_mbox(name: str, key: str) -> Thread:
    return next(t for t in read_paths([str(MAIL / name)]) if t.key == key)


# --------------------------------------------------------------------------------------------- threading headers

def test_reply_to_a_single_invitation_has_every_threading_header():
    raw, m, a = draft(thread_of(make_mail(sender=RECRUITER, message_id="<inv-1@orbitalfreight.com>")))
    assert a.is_invite
    assert m["In-Reply-To"] == "<inv-1@orbitalfreight.com>"
    assert m["References"] == "<inv-1@orbitalfreight.com>"
    assert m["Subject"] == "Re: Interview invitation: Backend Engineer"
    assert m["From"].addresses[0].addr_spec == OWNER
    assert m["To"].addresses[0].addr_spec == "keisha.grant@orbitalfreight.com"
    assert m["To"].addresses[0].display_name == "Keisha Grant"
    assert parsedate_to_datetime(m["Date"]) == NOW
    assert re.fullmatch(r"<[^<>@\s]+@gmail\.com>", m["Message-ID"])
    assert m["X-Regrets"] == "decline"
    assert m["Bcc"] is None and m["Cc"] is None


def test_references_keep_the_whole_chain_and_end_with_the_replied_message():
    chain = ["<r1@x.com>", "<r2@x.com>", "<r3@x.com>"]
    raw, m, _ = draft(thread_of(
        make_mail(message_id="<r1@x.com>"),
        make_mail(message_id="<r4@x.com>", in_reply_to="<r3@x.com>", references=chain, subject="Re: Interview invitation: Backend Engineer",
                  body="Hi Sam, following up on the interview invitation below.\n", date=datetime(2026, 11, 24, tzinfo=timezone.utc))))
    assert m["In-Reply-To"] == "<r4@x.com>"
    assert m["References"].split() == ["<r1@x.com>", "<r2@x.com>", "<r3@x.com>", "<r4@x.com>"]


def test_references_from_in_reply_to_when_the_replied_message_has_no_references():
    # RFC 5322 3.6.4: no References in the parent -> its In-Reply-To, then its Message-ID
    t = threaded_mbox("reply_chains_out_of_order.mbox", "<x1@orbitalfreight.com>")
    raw, m, a = draft(t)
    assert a.reply_target.message_id == "<x4@orbitalfreight.com>"
    assert m["In-Reply-To"] == "<x4@orbitalfreight.com>"
    assert m["References"].split() == ["<x3@orbitalfreight.com>", "<x4@orbitalfreight.com>"]


def test_reply_goes_to_the_latest_recruiter_message_not_the_owners_own():
    t = threaded_mbox("takeout_thrid_grouping.mbox", "1786000000000000001")
    raw, m, a = draft(t)
    assert m["In-Reply-To"] == "<a3@orbitalfreight.com>"
    assert m["To"].addresses[0].addr_spec == "keisha.grant@orbitalfreight.com"
    assert m["References"].split()[-1] == "<a3@orbitalfreight.com>"


def test_reply_to_header_wins_for_the_recipient():
    raw, m, _ = draft(thread_of(make_mail(sender="Careers <no-reply@ats.example>", reply_to="Zoë Laurent <zoe.laurent@ateliernoma.fr>")))
    assert m["To"].addresses[0].addr_spec == "zoe.laurent@ateliernoma.fr"
    assert m["To"].addresses[0].display_name == "Zoë Laurent"


def test_message_without_message_id_gets_a_reply_without_threading_headers():
    raw, m, _ = draft(thread_of(make_mail(message_id=None)))
    assert m["In-Reply-To"] is None and m["References"] is None
    assert m["Subject"] == "Re: Interview invitation: Backend Engineer"


@pytest.mark.parametrize("subject, expected", [
    ("Interview invitation", "Re: Interview invitation"),
    ("Re: Interview invitation", "Re: Interview invitation"),
    ("RE: Interview invitation", "Re: Interview invitation"),
    ("re:Interview invitation", "Re: Interview invitation"),
    ("Re : Interview invitation", "Re: Interview invitation"),
    ("AW: Interview invitation", "Re: Interview invitation"),
    ("Fwd: Interview invitation", "Re: Fwd: Interview invitation"),
    ("  Interview \t invitation  ", "Re: Interview invitation"),
    ("Undangan Wawancara \u2013 PT Maju Jaya", "Re: Undangan Wawancara \u2013 PT Maju Jaya"),
    ("", "Re: Interview"),
])
def test_subject_gets_one_re(subject, expected):
    assert reply_subject(subject) == expected
    raw, m, _ = draft(thread_of(make_mail(subject=subject or "x").replace(b"Subject: x\n", b"") if not subject else make_mail(subject=subject)))
    assert m["Subject"] == expected
    assert not re.search(r"re:\s*re:", m["Subject"], re.I)


# --------------------------------------------------------------------------------------------- body parts and quote

def test_text_and_html_alternatives_in_utf8():
    raw, m, _ = draft(thread_of(make_mail()))
    assert m.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in m.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in m.iter_parts())


def test_original_is_quoted_the_gmail_way_in_text():
    inv = make_mail(date=datetime(2026, 11, 23, 9, 15, tzinfo=timezone(timedelta(hours=-8))))
    raw, m, a = draft(thread_of(inv))
    text = plain(m)
    letter, _, quote = text.partition("On Mon, Nov 23, 2026 at 9:15 AM Keisha Grant <keisha.grant@orbitalfreight.com> wrote:")
    assert quote, text
    assert "Dear Keisha," in letter or "Dear Hiring Team," in letter
    quoted = [ln for ln in quote.strip("\n").split("\n")]
    assert quoted[0] == "> Hi Sam,"
    assert all(ln.startswith(">") for ln in quoted)
    assert ">" in quoted  # a blank original line is a bare '>'
    assert "> Best regards," in quoted


def test_indonesian_reply_quotes_with_the_indonesian_attribution():
    inv = make_mail(sender=RINA, subject="Undangan Wawancara User - Data Analyst", body=INVITE_ID,
                    date=datetime(2026, 11, 23, 10, 0, tzinfo=WIB))
    raw, m, a = draft(thread_of(inv))
    assert a.language == "id"
    text = plain(m)
    assert "Pada Sen, 23 Nov 2026 pukul 10.00 Rina Kusuma <rina.kusuma@majujaya.co.id> menulis:" in text
    assert "> Hari/Tanggal : Kamis, 10 Desember 2026" in text
    assert text.startswith("Yth. Ibu Rina Kusuma,\n\nDengan hormat,\n") and "Hormat saya," in text  # Rina: a woman's name


def test_original_is_quoted_the_gmail_way_in_html():
    raw, m, _ = draft(thread_of(make_mail(html="<div dir=\"ltr\">Hi Sam, <b>we would like to invite you</b> to an interview.</div>")))
    h = html(m)
    assert '<div class="gmail_quote">' in h and '<div dir="ltr" class="gmail_attr">' in h
    quote = h.split('<blockquote class="gmail_quote"', 1)[1]
    assert "<b>we would like to invite you</b>" in quote  # the original HTML, as Gmail keeps it
    assert h.index("gmail_quote") > h.index("Dear")


def test_plain_only_original_is_escaped_into_the_html_quote():
    raw, m, _ = draft(thread_of(make_mail(body="Hi Sam,\n\nInterview on Thursday, December 3, 2026 at 2:00 PM PST <Zoom> & more.\n")))
    quote = html(m).split('<blockquote class="gmail_quote"', 1)[1]
    assert "&lt;Zoom&gt; &amp; more." in quote and "<br>" in quote


# --------------------------------------------------------------------------------------------- intent

def test_accepted_interview_is_cancelled_and_the_time_quoted_in_english():
    t = threaded_mbox("takeout_thrid_grouping.mbox", "1786000000000000001")
    raw, m, a = draft(t)
    assert a.accepted
    assert m["X-Regrets"] == "cancel"
    text = plain(m)
    # a US recipient (the interview is in Los Angeles time): US date form, generic zone, American spelling
    # (the zone as the invite wrote it: PST)
    assert "cancel my interview for the Backend Engineer role at Orbital Freight, scheduled for Thursday, December 3, 2026 at 2:00 PM PST." in text
    assert "apologize" in text


def test_accepted_interview_is_cancelled_and_the_time_quoted_in_indonesian():
    t = threaded_mbox("takeout_thrid_grouping.mbox", "1786000000000000003")
    raw, m, a = draft(t)
    assert a.accepted and a.language == "id"
    assert m["X-Regrets"] == "cancel"
    text = plain(m)
    assert "membatalkan jadwal interview pada Kamis, 10 Desember 2026 pukul 14.00 WIB" in text
    assert "mohon maaf" in text.lower()


def test_intent_can_be_overridden_both_ways():
    accepted = threaded_mbox("takeout_thrid_grouping.mbox", "1786000000000000001")
    _, m, _ = draft(accepted, ComposeOptions(intent="decline"))
    assert m["X-Regrets"] == "decline" and "withdraw from the process" in plain(m)
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(intent="cancel"))
    assert m["X-Regrets"] == "cancel" and "scheduled for Thursday, December 3, 2026 at 2:00 PM PST." in plain(m)


def test_cancel_without_a_known_time_falls_back_to_a_decline():
    from .conftest import PICK_A_SLOT
    _, m, a = draft(thread_of(make_mail(body=PICK_A_SLOT, subject="Next steps: phone screen")), ComposeOptions(intent="cancel"))
    assert a.is_invite and a.interview_start is None
    assert m["X-Regrets"] == "decline"


def test_language_can_be_forced():
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(language="id"))
    assert "Terima kasih atas undangan interview" in plain(m)
    assert "Pada Sen, 23 Nov 2026 pukul" in plain(m)


def test_unknown_intent_is_a_usage_error_and_unknown_language_a_template_problem():
    from regrets.errors import UsageError

    t = thread_of(make_mail())
    a = analyze_thread(t, OWNER, NOW)
    with pytest.raises(UsageError, match="unknown intent"):
        compose_reply(t, a, ComposeOptions(intent="ghost"), NOW)
    with pytest.raises(TemplateProblem, match="unknown language"):
        compose_reply(t, a, ComposeOptions(language="fr"), NOW)


# --------------------------------------------------------------------------------------------- options

def test_free_text_reason_in_both_parts():
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(reason="I have decided to focus on my studies"))
    assert "withdraw from the process, as I have decided to focus on my studies." in plain(m)
    assert "as I have decided to focus on my studies" in html(m)


@pytest.mark.parametrize("key", sorted(REASONS))
@pytest.mark.parametrize("lang", ["en", "id"])
def test_preset_reasons(key, lang):
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(reason=key, language=lang))
    text = plain(m)
    assert REASONS[key][lang] in text
    assert f"as {key}." not in text and f"karena {key}." not in text  # the key itself is never printed


def test_preset_reasons_read_as_sentences_in_english():
    for key in REASONS:
        _, m, _ = draft(thread_of(make_mail()), ComposeOptions(reason=key))
        assert ", as of " not in plain(m), key  # "..., as of personal circumstances" is not English


def test_other_roles_and_referral():
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(other_roles="data engineering", referral=True))
    text = plain(m)
    assert "future roles in data engineering at Orbital Freight" in text
    assert "suggest someone from my network" in text
    _, m, _ = draft(thread_of(make_mail()))
    assert "data engineering" not in plain(m) and "my network" not in plain(m)


def test_other_roles_and_referral_in_indonesian():
    inv = make_mail(sender=RINA, subject="Undangan Wawancara User - Data Analyst", body=INVITE_ID)
    _, m, _ = draft(thread_of(inv), ComposeOptions(other_roles="analitik data", referral=True))
    text = plain(m)
    assert "kesempatan lain di bidang analitik data" in text and "merekomendasikan rekan" in text


def test_formal_and_casual():
    t = thread_of(make_mail())
    _, formal, a = draft(t)
    _, casual, _ = draft(t, ComposeOptions(formality="casual"))
    assert a.recruiter_name and a.recruiter_name.startswith("Keisha")
    assert plain(formal).startswith("Dear Keisha,") and "Kind regards," in plain(formal)
    assert plain(casual).startswith("Hi Keisha,") and "Best," in plain(casual)
    inv = thread_of(make_mail(sender=RINA, subject="Undangan Wawancara User", body=INVITE_ID))
    _, f_id, _ = draft(inv)
    _, c_id, _ = draft(inv, ComposeOptions(formality="casual"))
    assert plain(f_id).startswith("Yth. Ibu Rina Kusuma,") and "Hormat saya," in plain(f_id)
    assert plain(c_id).startswith("Halo Bu Rina,") and "Salam," in plain(c_id)


def test_short_notice_is_acknowledged():
    sent = datetime(2026, 11, 24, 9, 0, tzinfo=WIB)
    _, m, _ = draft(thread_of(invite_at("Friday, November 27, 2026 at 3:00 PM WIB", sent)))
    assert "especially at such short notice" in plain(m)
    _, m, _ = draft(thread_of(invite_at("Monday, December 21, 2026 at 10:00 AM WIB", sent)))
    assert "short notice" not in plain(m)


def test_sender_name_and_signature():
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(sender_name="Sam Lee", signature="Sam Lee\n+62 812 0000 0000",
                                                           sender_email="sam@lee.example"))
    assert m["From"].addresses[0].display_name == "Sam Lee" and m["From"].addresses[0].addr_spec == "sam@lee.example"
    assert m["Message-ID"].endswith("@lee.example>")
    text = plain(m)
    assert "\n-- \nSam Lee\n+62 812 0000 0000\n" in text
    assert 'class="gmail_signature"' in html(m) and "+62 812 0000 0000" in html(m)


def test_reason_is_html_escaped_in_the_html_part():
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(reason="<script>alert(1)</script> & co"))
    h = html(m)
    letter = h.split('class="gmail_quote"')[0]
    assert "<script>" not in letter and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in letter
    assert "<script>alert(1)</script> & co" in plain(m)


# --------------------------------------------------------------------------------------------- header safety

EXPECTED_HEADERS = {"From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "X-Regrets",
                    "MIME-Version", "Content-Type"}


def _assert_no_injection(raw: bytes, m: EmailMessage) -> None:
    assert set(m.keys()) == EXPECTED_HEADERS, m.keys()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc" not in head and b"\nbcc" not in head.lower()
    for line in head.split(b"\r\n"):
        assert line == line.strip(b"\r\n")  # no bare CR or LF inside a header line


def test_crlf_in_names_subject_and_options_cannot_add_headers():
    # RFC 2047 lets a sender smuggle CR LF into a decoded name or subject
    inv = make_mail(message_id="<inj@x.com>").replace(
        b"From: Keisha Grant <keisha.grant@orbitalfreight.com>",
        b"From: =?utf-8?q?Keisha=0D=0ABcc=3A_evil=40attacker=2Eexample?= <keisha.grant@orbitalfreight.com>").replace(
        b"Subject: Interview invitation: Backend Engineer",
        b"Subject: =?utf-8?q?Interview_invitation=0D=0ABcc=3A_evil2=40attacker=2Eexample?=")
    opts = ComposeOptions(sender_name="Sam\r\nBcc: evil3@attacker.example", reason="x\r\nBcc: evil4@attacker.example",
                          other_roles="y\nBcc: evil5@attacker.example", signature="Sam\r\nBcc: evil6@attacker.example")
    raw, m, _ = draft(thread_of(inv), opts)
    _assert_no_injection(raw, m)
    assert m["Bcc"] is None
    assert "attacker" not in str(m["From"].addresses[0].addr_spec) and len(m["To"].addresses) == 1
    assert m["To"].addresses[0].addr_spec == "keisha.grant@orbitalfreight.com"
    assert m["Subject"] == "Re: Interview invitation Bcc: evil2@attacker.example"


def test_crlf_in_the_owner_address_is_refused_not_written():
    t = thread_of(make_mail())
    a = analyze_thread(t, OWNER, NOW)
    try:
        msg = compose_reply(t, a, ComposeOptions(sender_email="sam.lee@gmail.com\r\nBcc: evil@attacker.example"), NOW)
    except (ValueError, TemplateProblem, UsageError):
        return  # refusing is fine
    raw = msg.as_bytes()
    _assert_no_injection(raw, email.message_from_bytes(raw, policy=email.policy.default))


def test_non_ascii_names_are_rfc2047_encoded_and_round_trip():
    inv = make_mail(sender="Zoë Laurent-Ødegård <zoe@ateliernoma.fr>", subject="Entretien \u2013 Atelier Noma")
    raw, m, _ = draft(thread_of(inv), ComposeOptions(sender_name="Dimas Saputrá"))
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # every header line is 7-bit on the wire
    assert "=?utf-8?" in raw_header(raw, "From").lower() and "=?utf-8?" in raw_header(raw, "To").lower()
    assert m["From"].addresses[0].display_name == "Dimas Saputrá"
    assert m["To"].addresses[0].display_name == "Zoë Laurent-Ødegård"
    assert m["Subject"] == "Re: Entretien \u2013 Atelier Noma"


def test_long_message_ids_are_never_rfc2047_encoded():
    long_id = "<CAFx" + "q" * 150 + "=Q+w@mail.gmail.com>"
    refs = [f"<{'r' * 70}-{i}@long.example.com>" for i in range(25)]
    raw, m, _ = draft(thread_of(make_mail(message_id=long_id, references=refs, in_reply_to=refs[-1])))
    irt, rfs = raw_header(raw, "In-Reply-To"), raw_header(raw, "References")
    assert "=?" not in irt and "=?" not in rfs
    assert irt.strip() == long_id
    assert rfs.split() == [*refs, long_id]  # folded lines, whole ids
    assert all(len(ln) <= 998 for ln in raw.split(b"\r\n"))
    assert m["In-Reply-To"] == long_id and m["References"].split() == [*refs, long_id]


def test_draft_round_trips_through_bytes_unchanged():
    raw, m, _ = draft(thread_of(make_mail()))
    again = email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
    assert plain(again) == plain(m) and again["References"] == m["References"]


def test_control_characters_in_an_address_never_break_the_draft():
    """Found by hypothesis in CI: a vertical tab inside From made getaddresses return 'name \\x0bmail@x' as the
    address, and the email package refused the To header. Such an address is dropped; the draft still builds."""
    from datetime import datetime, timezone

    from regrets.analyze import analyze_thread
    from regrets.compose import ComposeOptions, compose_reply
    from regrets.mailparse import parse_bytes
    from regrets.model import Thread

    raw = (b"From: Keisha Grant \x0bkeisha.grant@orbitalfreight.com>\nTo: Sam Lee <sam.lee@gmail.com>\n"
           b"Subject: Undangan wawancara\nDate: Mon, 23 Nov 2026 09:15:00 -0800\nMessage-ID: <vt@x>\n\n"
           b"Kami mengundang Anda untuk wawancara user besok pukul 10.00.\n")
    m = parse_bytes(raw)
    assert m.sender is None
    t = Thread("k", [m], "vt.eml")
    msg = compose_reply(t, analyze_thread(t, "sam.lee@gmail.com"), ComposeOptions(),
                        datetime(2026, 11, 23, tzinfo=timezone.utc))
    assert "\x0b" not in msg.as_string()


def test_short_notice_counts_real_hours_across_a_dst_change():
    """US DST ends on 1 Nov 2026: Saturday 09:30 PDT is 48.5 real hours before Monday 09:00 PST (47.5 on the wall)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from regrets.compose import ComposeOptions, template_context
    from regrets.model import Analysis, InterviewTime

    la = ZoneInfo("America/Los_Angeles")
    a = Analysis(is_invite=True, interview=InterviewTime(datetime(2026, 11, 2, 9, 0, tzinfo=la), "America/Los_Angeles", "text"))
    just_outside = datetime(2026, 10, 31, 9, 30, tzinfo=la)  # 48.5 real hours before, 47.5 wall-clock
    assert not template_context(a, ComposeOptions(), just_outside, "decline", "en")["short_notice"]
    inside = datetime(2026, 10, 31, 10, 30, tzinfo=la)  # 47.5 real hours
    assert template_context(a, ComposeOptions(), inside, "decline", "en")["short_notice"]


# --------------------------------------------------------------------------------------------- the letter (issue 8)

def test_casual_changes_the_body_too_in_both_languages():
    t = thread_of(make_mail())
    _, formal, _ = draft(t)
    _, casual, _ = draft(t, ComposeOptions(formality="casual"))
    body = lambda m: plain(m).split("\n\n", 1)[1].split("\nOn ")[0]  # noqa: E731  (between greeting and quote)
    assert "Thanks so much" in body(casual) and "I've decided" in body(casual) and "Thank you for inviting" in body(formal)
    inv = thread_of(make_mail(sender=RINA, subject="Undangan Wawancara User", body=INVITE_ID))
    _, f_id, _ = draft(inv)
    _, c_id, _ = draft(inv, ComposeOptions(formality="casual"))
    assert "Dengan hormat," in plain(f_id) and "Dengan hormat," not in plain(c_id)
    assert "Terima kasih banyak" in plain(c_id) and "Mohon maaf ya" in plain(c_id)


def test_a_booked_slot_gets_a_letter_that_names_the_slot_it_frees():
    import dataclasses
    t = thread_of(make_mail())
    a = dataclasses.replace(analyze_thread(t, OWNER, NOW), booked=True)
    text = plain(compose_reply(t, a, ComposeOptions(), NOW))
    assert "withdraw from my interview on Thursday, December 3, 2026 at 2:00 PM P" in text
    assert "slot is free for another candidate" in text and "Thank you for inviting me" not in text


def test_no_reply_sender_gets_the_team_not_a_made_up_name():
    inv = make_mail(sender="Brightpath <no-reply@ashbyhq.com>", body=INVITE_EN.replace("Keisha Grant\n", ""))
    _, m, a = draft(thread_of(inv))
    assert plain(m).startswith(("Dear Orbital Freight Hiring Team,", "Dear Hiring Team,")), plain(m)[:80]
    assert "Brightpath," not in plain(m)


def test_from_always_carries_a_display_name():
    _, m, _ = draft(thread_of(make_mail(to=OWNER)))  # the thread never names the owner
    assert m["From"].addresses[0].display_name == "Sam Lee"  # made from sam.lee@gmail.com
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(sender_name="Samantha Lee"))
    assert m["From"].addresses[0].display_name == "Samantha Lee"
    assert "\nSamantha Lee\n" in plain(m)


def test_attribution_in_the_users_zone_with_names_unquoted():
    inv = make_mail(sender='"Grant, Keisha (Talent)" <keisha.grant@orbitalfreight.com>',
                    date=datetime(2026, 11, 23, 9, 15, tzinfo=timezone(timedelta(hours=-8))))
    _, m, _ = draft(thread_of(inv), ComposeOptions(zone="Asia/Jakarta"))
    assert "On Tue, Nov 24, 2026 at 12:15 AM Grant, Keisha (Talent) <keisha.grant@orbitalfreight.com> wrote:" in plain(m)
    _, m, _ = draft(thread_of(inv), ComposeOptions(zone="Asia/Jakarta", language="id"))
    assert "Pada Sel, 24 Nov 2026 pukul 00.15 Grant, Keisha (Talent) <keisha.grant@orbitalfreight.com> menulis:" in plain(m)


def test_html_part_quotes_no_document_of_the_original():
    doc = ('<!DOCTYPE html><html><head><style>p.MsoNormal{color:red}</style></head><body style="background:#eee">'
           '<p class="MsoNormal">Hi Sam, <b>we would like to invite you</b> to an interview on Thursday, December 3, '
           '2026 at 2:00 PM PST.</p><script>x()</script></body></html>')
    _, m, _ = draft(thread_of(make_mail(html=doc)))
    h = html(m).lower()
    for tag in ("<!doctype", "<html", "<head", "<style", "<body", "<script", "msonormal", "background"):
        assert tag not in h, tag
    assert "<b>we would like to invite you</b>" in h


@pytest.mark.parametrize("lang, reason, expected, absent", [
    ("en", "Saya akan pindah ke Surabaya bulan depan.", "withdraw from the process. I'm sorry", "Saya"),
    ("id", "I'm relocating to Singapore next month.", "proses rekrutmen ini. Mohon maaf", "relocating"),
    ("id", "Saya akan pindah ke Surabaya bulan depan.", "karena saya akan pindah ke Surabaya bulan depan. Mohon", "Saya akan"),
    ("en", "I'm relocating to Singapore next month.", "as I'm relocating to Singapore next month. I'm sorry", ".."),
])
def test_a_reason_goes_only_into_a_letter_of_its_language(lang, reason, expected, absent):
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(language=lang, reason=reason))
    letter = plain(m).split("\nOn ")[0].split("\nPada ")[0]
    assert expected in letter and absent not in letter


def test_a_reason_that_says_decided_does_not_double_the_verb():
    _, m, _ = draft(thread_of(make_mail()), ComposeOptions(reason="I have decided to focus on my studies."))
    letter = plain(m)
    assert "I would like to withdraw from the process, as I have decided to focus on my studies." in letter
    assert letter.count("decided") == 1
