"""The `q` operators over HTTP (threads.list / messages.list / drafts.list) and the parser on its own."""
from __future__ import annotations

from datetime import timedelta

import pytest

from gmail.emulator import Emulator
from gmail.emulator.search import And, Not, Or, Term, parse

from .conftest import EXAMPLE_OWNER, NOW, gmail_client, make_mail

ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"

MAILS = {
    "invite": make_mail("Interview invitation - Data Analyst", body="We would like to invite you to an interview.",
                        sender="Rita Recruiter <rita@acme.example>", date=NOW - timedelta(days=2),
                        attachments=[("invite.ics", "application/ics", ICS.encode())]),
    "phone": make_mail("Phone screen next week", body="Can we do a quick phone screen?",
                       sender="Jo <jo@brightforge.io>", date=NOW - timedelta(days=10)),
    "undangan": make_mail("Undangan Wawancara", body="Kami mengundang Anda untuk wawancara kerja.",
                          sender="HR <hr@sinar.co.id>", date=NOW - timedelta(days=40)),
    "alert": make_mail("Data Analyst jobs you may like", body="Jobs for you: interview tips inside",
                       sender="Glassdoor <noreply@glassdoor.com>", date=NOW - timedelta(days=1),
                       headers={"X-Gmail-Labels": "Inbox,Category Promotions,Opened"}),
    "old": make_mail("Interview feedback", body="Thanks for interviewing", date=NOW - timedelta(days=400),
                     sender="Old Co <people@oldco.example>", cc="Boss <boss@oldco.example>"),
    "sent": make_mail("Re: Phone screen next week", sender=f"Alex Tan <{EXAMPLE_OWNER}>",
                      to="Jo <jo@brightforge.io>", body="Tuesday works.", date=NOW - timedelta(days=9)),
    "chat": make_mail("Chat with Bob", body="interview chat log", date=NOW - timedelta(days=3),
                      headers={"X-Gmail-Labels": "Chat"}),
    "spam": make_mail("Interview guaranteed!!!", body="interview money", date=NOW - timedelta(days=1),
                      headers={"X-Gmail-Labels": "Spam"}),
    "trash": make_mail("Interview old draft", body="trash interview", date=NOW - timedelta(days=1),
                       headers={"X-Gmail-Labels": "Trash,Opened"}),
    "labelled": make_mail("Offer letter", body="Please find the offer.", date=NOW - timedelta(days=5),
                          headers={"X-Gmail-Labels": "Inbox,Opened,Jobs/Offers"},
                          attachments=[("offer letter.pdf", "application/pdf", b"%PDF")]),
}


@pytest.fixture(scope="module")
def search_emulator():
    with Emulator(list(MAILS.values()), me=EXAMPLE_OWNER, now=NOW) as emu:
        yield emu


@pytest.fixture
def searchable(search_emulator):
    emu = search_emulator
    names = {}
    for key, raw in MAILS.items():
        subject = raw.split(b"Subject: ", 1)[1].split(b"\n", 1)[0].decode().strip()
        names[subject] = key
    svc = gmail_client(emu)

    def q(query: str, **kw) -> set[str]:
        res = svc.users().messages().list(userId="me", q=query, **kw).execute()
        return {names[emu.mailbox.messages[m["id"]].parsed.subject] for m in res.get("messages", [])}

    return q


@pytest.mark.parametrize("query, expected", [
    ("interview", {"invite", "alert", "chat", "old"}),     # whole words, subject or body; spam/trash excluded
    ("INTERVIEW", {"invite", "alert", "chat", "old"}),
    ("interviews", set()),
    ('"phone screen"', {"phone", "sent"}),
    ('"screen phone"', set()),
    ("interview OR wawancara", {"invite", "alert", "chat", "old", "undangan"}),
    ("data analyst -jobs", {"invite"}),
    ("-interview -wawancara -phone", {"labelled"}),
    ("subject:interview", {"invite", "old"}),
    ('subject:(interview OR "phone screen")', {"invite", "old", "phone", "sent"}),
    ("from:acme.example", {"invite", "chat", "labelled"}),
    ("from:rita@acme.example -subject:chat", {"invite", "labelled"}),
    ("from:recruiter", {"invite", "chat", "labelled"}),
    ("from:glassdoor.com", {"alert"}),
    ("from:me", {"sent"}),
    ("to:jo@brightforge.io", {"sent"}),
    ("to:boss@oldco.example", {"old"}),
    ("filename:ics", {"invite"}),
    ("filename:invite.ics", {"invite"}),
    ("filename:pdf", {"labelled"}),
    ("invite.ics", {"invite"}),
    ("has:attachment", {"invite", "labelled"}),
    ("newer_than:7d", {"invite", "alert", "chat", "labelled"}),
    ("newer_than:1m interview", {"invite", "alert", "chat"}),
    ("older_than:1y", {"old"}),
    ("newer_than:2y older_than:30d", {"undangan", "old"}),
    ("in:sent", {"sent"}),
    ("in:inbox is:unread", {"invite", "phone", "undangan", "old"}),
    ("is:read", {"alert", "labelled", "sent"}),
    ("-in:chats interview", {"invite", "alert", "old"}),
    ("in:spam", {"spam"}),
    ("in:trash interview", {"trash"}),
    ("in:anywhere interview", {"invite", "alert", "chat", "old", "spam", "trash"}),
    ("label:jobs-offers", {"labelled"}),
    ("label:Jobs/Offers", {"labelled"}),
    ("label:nope", set()),
    ("category:promotions", {"alert"}),
    ("-category:promotions newer_than:3d", {"invite", "chat"}),
    ("{wawancara feedback}", {"undangan", "old"}),
    ("newer_than:14d (filename:ics OR invite.ics) -in:chats", {"invite"}),
    ("(interview OR wawancara OR \"phone screen\") newer_than:60d -category:promotions -in:chats",
     {"invite", "undangan", "phone", "sent"}),
])
def test_q_operators(searchable, query, expected):
    assert searchable(query) == expected


def test_after_before_dates_and_epoch(searchable):
    # after:/before: are midnight Pacific time; epoch seconds are exact
    invite_time = NOW - timedelta(days=2)  # 2026-11-24T02:00Z = 2026-11-23 18:00 in Los Angeles
    assert "invite" in searchable("after:2026/11/23") and "invite" not in searchable("after:2026/11/24")
    assert "invite" not in searchable("before:2026/11/23") and "invite" in searchable("before:2026/11/24")
    assert "phone" not in searchable("after:2026/11/23")
    assert invite_time.day == 24
    assert searchable(f"before:{(NOW - timedelta(days=300)).strftime('%Y/%m/%d')}") == {"old"}
    epoch = int((NOW - timedelta(days=2, hours=1)).timestamp())
    assert searchable(f"after:{epoch} subject:interview") == {"invite"}


def test_include_spam_trash_and_label_ids(searchable):
    assert searchable("interview", includeSpamTrash=True) == {"invite", "alert", "chat", "old", "spam", "trash"}
    assert searchable("", labelIds=["INBOX", "UNREAD"]) == {"invite", "phone", "undangan", "old"}


def test_threads_match_when_any_message_matches(make_emulator):
    a = make_mail("Catch up", message_id="<a@x>", body="hello", date=NOW - timedelta(days=3))
    b = make_mail("Re: Catch up", message_id="<b@x>", in_reply_to="<a@x>", references="<a@x>",
                  body="the interview is on Monday", date=NOW - timedelta(days=2))
    emu = make_emulator([a, b], me=EXAMPLE_OWNER)
    svc = gmail_client(emu)
    res = svc.users().threads().list(userId="me", q="interview").execute()
    assert len(res["threads"]) == 1
    # every term must match within one message: the API does not search the thread as a whole
    assert "threads" not in svc.users().threads().list(userId="me", q="hello interview").execute()


def test_parser_shapes():
    assert parse("") == And(())
    assert parse("a b OR c") == And((Term(None, "a"), Or((Term(None, "b"), Term(None, "c")))))
    assert parse("-from:x") == Not(Term("from", "x"))
    assert parse('subject:("a b" OR c)') == Or((Term("subject", "a b", True), Term("subject", "c")))
    assert parse("foo:bar") == Term(None, "foo:bar")
    assert parse("(unbalanced") == Term(None, "unbalanced")
    assert parse("e-mail") == Term(None, "e-mail")
