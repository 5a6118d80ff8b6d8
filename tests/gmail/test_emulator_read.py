"""Reading through the real google-api-python-client: list, get (formats, fields), payload shape, attachments."""
from __future__ import annotations

import base64
import re
from datetime import timedelta

import pytest
from googleapiclient.errors import HttpError

from .conftest import EXAMPLE_OWNER, NOW, gmail_client, make_mail

HEX16 = re.compile(r"^[0-9a-f]{16}$")
ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Interview\r\n" + ("X-PAD:" + "x" * 70 + "\r\n") * 80 \
      + "DTSTART:20261203T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def _unpadded_ok(s: str) -> bytes:
    assert "=" not in s, "Gmail body.data is unpadded base64url"
    assert not set(s) & set("+/")
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def test_profile_and_send_as(emulator, gmail):
    prof = gmail.users().getProfile(userId="me").execute()
    assert prof["emailAddress"] == EXAMPLE_OWNER
    assert prof["threadsTotal"] == 6 and prof["messagesTotal"] == 7
    send_as = gmail.users().settings().sendAs().list(userId="me").execute()["sendAs"]
    assert send_as[0]["sendAsEmail"] == EXAMPLE_OWNER
    assert send_as[0]["isPrimary"] and send_as[0]["isDefault"]
    assert send_as[0]["displayName"] == "Alex Tan"  # guessed from the headers
    # the owner's address works as userId too
    assert gmail.users().getProfile(userId=EXAMPLE_OWNER).execute()["emailAddress"] == EXAMPLE_OWNER


def test_owner_guess_and_configured_signature(make_emulator, mail_factory):
    emu = make_emulator([mail_factory("a", to="Zoë <zoe@x.example>"), mail_factory("b", to="zoe@x.example")],
                        me=None, signature="<b>Zoë</b>", aliases=[{"sendAsEmail": "work@x.example",
                                                                    "displayName": "Zoë W", "isDefault": True}])
    svc = gmail_client(emu)
    assert svc.users().getProfile(userId="me").execute()["emailAddress"] == "zoe@x.example"
    send_as = svc.users().settings().sendAs().list(userId="me").execute()["sendAs"]
    assert [s["sendAsEmail"] for s in send_as] == ["zoe@x.example", "work@x.example"]
    assert send_as[0]["signature"] == "<b>Zoë</b>" and send_as[0]["displayName"] == "Zoë"
    assert [s["isDefault"] for s in send_as] == [False, True]


def test_threads_list_paging_newest_first(emulator, gmail):
    req = gmail.users().threads().list(userId="me", maxResults=4)
    first = req.execute()
    assert len(first["threads"]) == 4 and first["nextPageToken"]
    assert first["resultSizeEstimate"] == 6
    assert set(first["threads"][0]) == {"id", "snippet", "historyId"}
    second = gmail.users().threads().list_next(req, first).execute()
    assert len(second["threads"]) == 2 and "nextPageToken" not in second
    ids = [t["id"] for t in first["threads"] + second["threads"]]
    assert len(set(ids)) == 6 and all(HEX16.match(i) for i in ids)
    # X-GM-THRID from the Takeout mbox becomes the hex thread id
    assert f"{1800000000000000001:016x}" in ids
    # newest first, by each thread's latest message
    latest = []
    for tid in ids:
        msgs = gmail.users().threads().get(userId="me", id=tid, format="minimal").execute()["messages"]
        latest.append(max(int(m["internalDate"]) for m in msgs))
    assert latest == sorted(latest, reverse=True)


def test_max_results_capped_and_bad_token(emulator, gmail):
    assert len(gmail.users().threads().list(userId="me", maxResults=9999).execute()["threads"]) == 6
    with pytest.raises(HttpError) as exc:
        gmail.users().threads().list(userId="me", pageToken="not-a-token").execute()
    assert exc.value.status_code == 400


def test_thread_get_formats(emulator, gmail):
    tid = f"{1800000000000000003:016x}"  # invite + the owner's sent reply
    full = gmail.users().threads().get(userId="me", id=tid).execute()
    assert full["id"] == tid and len(full["messages"]) == 2
    first, reply = full["messages"]
    assert first["labelIds"] == ["INBOX", "UNREAD"] and reply["labelIds"] == ["SENT"]
    assert int(first["internalDate"]) < int(reply["internalDate"])
    assert first["payload"]["partId"] == "" and first["payload"]["mimeType"] == "text/plain"
    assert _unpadded_ok(first["payload"]["body"]["data"]).startswith(b"Hi Alex,")
    assert first["payload"]["body"]["size"] == len(_unpadded_ok(first["payload"]["body"]["data"]))
    assert {"id", "threadId", "labelIds", "snippet", "payload", "sizeEstimate", "historyId", "internalDate"} <= set(first)

    meta = gmail.users().threads().get(userId="me", id=tid, format="metadata",
                                       metadataHeaders=["Subject", "message-id"]).execute()
    heads = meta["messages"][1]["payload"]["headers"]
    assert sorted(h["name"] for h in heads) == ["Message-ID", "Subject"]
    assert "body" not in meta["messages"][1]["payload"]

    minimal = gmail.users().threads().get(userId="me", id=tid, format="minimal").execute()
    assert "payload" not in minimal["messages"][0] and minimal["messages"][0]["snippet"]

    with pytest.raises(TypeError):  # the client itself refuses raw for threads.get
        gmail.users().threads().get(userId="me", id=tid, format="raw")


def test_fields_partial_response(emulator, gmail):
    tid = f"{1800000000000000003:016x}"
    res = gmail.users().threads().get(
        userId="me", id=tid, format="metadata", metadataHeaders=["Subject", "Message-ID", "References"],
        fields="id,messages(id,threadId,payload/headers)").execute()
    assert set(res) == {"id", "messages"}
    assert all(set(m) == {"id", "threadId", "payload"} and set(m["payload"]) == {"headers"} for m in res["messages"])
    listed = gmail.users().threads().list(userId="me", fields="threads/id,nextPageToken", maxResults=2).execute()
    assert set(listed) == {"threads", "nextPageToken"} and all(set(t) == {"id"} for t in listed["threads"])
    with pytest.raises(HttpError) as exc:
        gmail.users().threads().list(userId="me", fields="threads(id").execute()
    assert exc.value.status_code == 400


def test_errors_like_gmail(emulator, gmail):
    with pytest.raises(HttpError) as exc:
        gmail.users().threads().get(userId="me", id="00000000000000ff").execute()
    assert exc.value.status_code == 404
    assert exc.value.error_details[0]["reason"] == "notFound"
    with pytest.raises(HttpError) as exc:
        gmail.users().messages().get(userId="me", id="not-hex!").execute()
    assert exc.value.status_code == 400 and exc.value.reason == "Invalid id value"
    with pytest.raises(HttpError) as exc:
        gmail.users().getProfile(userId="someone.else@example.com").execute()
    assert exc.value.status_code == 403


def test_payload_tree_attachments_and_ics(make_emulator):
    pdf = b"%PDF-1.4 " + bytes(range(256)) * 20
    raw = make_mail("Interview invitation", html="<p>Hi <b>Alex</b> &amp; team</p>",
                    calendar=ICS, attachments=[("invite.ics", "application/ics", ICS.encode()),
                                               ("cv.pdf", "application/pdf", pdf)])
    small = make_mail("Small calendar", calendar="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                      date=NOW - timedelta(days=2))
    emu = make_emulator([raw, small], me="alex.tan@gmail.com")
    svc = gmail_client(emu)
    threads = svc.users().threads().list(userId="me").execute()["threads"]
    msg_id = svc.users().threads().get(userId="me", id=threads[0]["id"]).execute()["messages"][0]["id"]
    msg = svc.users().messages().get(userId="me", id=msg_id).execute()
    top = msg["payload"]
    assert top["mimeType"] == "multipart/mixed" and top["body"] == {"size": 0} and top["filename"] == ""
    alt = top["parts"][0]
    assert alt["partId"] == "0" and alt["mimeType"] == "multipart/alternative"
    assert [p["partId"] for p in alt["parts"]] == ["0.0", "0.1"]
    assert [p["mimeType"] for p in alt["parts"]] == ["text/plain", "text/html"]
    assert all(p["filename"] == "" and "data" in p["body"] for p in alt["parts"])
    cal, ics, cv = top["parts"][1:]
    assert cal["mimeType"] == "text/calendar" and cal["filename"] == ""
    assert "attachmentId" in cal["body"] and "data" not in cal["body"]  # large inline calendar part
    assert ics["filename"] == "invite.ics" and "attachmentId" in ics["body"]
    assert cv["filename"] == "cv.pdf" and cv["body"]["size"] == len(pdf)
    got = svc.users().messages().attachments().get(userId="me", messageId=msg_id, id=cv["body"]["attachmentId"]).execute()
    assert _unpadded_ok(got["data"]) == pdf and got["size"] == len(pdf)
    got_ics = svc.users().messages().attachments().get(userId="me", messageId=msg_id,
                                                       id=ics["body"]["attachmentId"]).execute()
    assert b"METHOD:REQUEST" in _unpadded_ok(got_ics["data"])
    headers = {h["name"]: h["value"] for h in top["headers"]}
    assert headers["Subject"] == "Interview invitation"
    # the small inline calendar part is served inline as data
    small_thread = threads[1]["id"]
    small_msg = svc.users().threads().get(userId="me", id=small_thread).execute()["messages"][0]
    small_cal = small_msg["payload"]["parts"][1]
    assert small_cal["mimeType"] == "text/calendar" and "data" in small_cal["body"]


def test_raw_is_padded_and_roundtrips(make_emulator):
    raw = make_mail("Bytes", body="x" * 10)
    emu = make_emulator([raw], me=EXAMPLE_OWNER)
    svc = gmail_client(emu)
    mid = next(iter(emu.mailbox.messages))
    got = svc.users().messages().get(userId="me", id=mid, format="raw").execute()
    assert "payload" not in got and len(got["raw"]) % 4 == 0
    assert base64.urlsafe_b64decode(got["raw"]) == raw


def test_headers_decoded_snippet_escaped(make_emulator):
    raw = (b"From: =?utf-8?q?Zo=C3=AB_M=C3=BCller?= <zoe@x.example>\r\nTo: alex.tan@gmail.com\r\n"
           b"Subject: =?utf-8?b?SW50ZXJ2aWV3IOKAkyBTZW5pb3I=?=\r\n"
           b"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <a@x>\r\n\r\nIt's <fine> & \"ok\"\r\n")
    emu = make_emulator([raw], me=EXAMPLE_OWNER)
    svc = gmail_client(emu)
    msg = svc.users().messages().get(userId="me", id=next(iter(emu.mailbox.messages)), format="metadata").execute()
    heads = {h["name"]: h["value"] for h in msg["payload"]["headers"]}
    assert heads["From"] == "Zoë Müller <zoe@x.example>" and heads["Subject"] == "Interview – Senior"
    assert msg["snippet"] == "It&#39;s &lt;fine&gt; &amp; &quot;ok&quot;"
    assert msg["internalDate"] == "1795428000000"


def test_threading_of_seed_without_thread_ids(make_emulator):
    a = make_mail("Interview", message_id="<a@x>", date=NOW - timedelta(days=3))
    b = make_mail("Re: Interview", sender="Alex <alex.tan@gmail.com>", to="rita@acme.example",
                  message_id="<b@x>", in_reply_to="<a@x>", references="<a@x>", date=NOW - timedelta(days=2))
    c = make_mail("Re: Interview", message_id="<c@x>", references="<a@x> <b@x>", date=NOW - timedelta(days=1))
    other = make_mail("Unrelated", message_id="<d@x>")
    emu = make_emulator([c, other, b, a], me=EXAMPLE_OWNER)  # order of files does not matter
    threads = {tid: [emu.mailbox.messages[m].parsed.message_id for m in t.message_ids]
               for tid, t in emu.mailbox.threads.items()}
    assert sorted(threads.values()) == [["<a@x>", "<b@x>", "<c@x>"], ["<d@x>"]]
    sent = [m for m in emu.mailbox.messages.values() if m.parsed.message_id == "<b@x>"][0]
    assert sent.labels == {"SENT"}
    # the thread id is the id of its first message, like Gmail
    for tid, t in emu.mailbox.threads.items():
        assert t.message_ids[0] == tid


def test_takeout_labels_become_labels(make_emulator):
    raw = make_mail("Labelled", headers={"X-GM-THRID": "1722168628273809631",
                                         "X-Gmail-Labels": 'Inbox,Opened,Category Personal,"Jobs, 2026",Starred'})
    emu = make_emulator([raw], me=EXAMPLE_OWNER)
    svc = gmail_client(emu)
    labels = {lab["name"]: lab["id"] for lab in svc.users().labels().list(userId="me").execute()["labels"]}
    msg = next(iter(emu.mailbox.messages.values()))
    assert msg.thread_id == f"{1722168628273809631:016x}" == "17e65f3e339508df"
    assert msg.labels == {"INBOX", "CATEGORY_PERSONAL", "STARRED", labels["Jobs, 2026"]}
    # Takeout's own headers are export artefacts: Gmail never serves them
    got = svc.users().messages().get(userId="me", id=msg.id, format="raw").execute()
    assert b"X-GM-THRID" not in base64.urlsafe_b64decode(got["raw"])
    heads = svc.users().messages().get(userId="me", id=msg.id, format="metadata").execute()["payload"]["headers"]
    assert not [h for h in heads if h["name"].lower().startswith("x-gm")]


def test_malformed_mail_is_still_served(make_emulator):
    junk = [
        b"\xff\xfe\x00garbage without headers",
        b"Subject: broken multipart\r\nContent-Type: multipart/mixed; boundary=zzz\r\n\r\nno parts here\r\n",
        b"Subject: =?bogus-charset?q?caf=E9?=\r\nFrom: \"unterminated <x@\r\n"
        b"Content-Type: text/plain; charset=unknown-8bit\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64",
        b"From: a@b.example\r\nDate: not a date\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\xe9t\xe9 \xff\r\n",
    ]
    emu = make_emulator(junk, me=EXAMPLE_OWNER)
    svc = gmail_client(emu)
    listed = svc.users().messages().list(userId="me").execute()["messages"]
    assert len(listed) == len(junk)
    for item in listed:
        for fmt in ("full", "metadata", "minimal", "raw"):
            svc.users().messages().get(userId="me", id=item["id"], format=fmt).execute()
    # no usable Date header: internalDate falls back to the clock
    assert all(int(svc.users().messages().get(userId="me", id=i["id"], format="minimal").execute()["internalDate"])
               > 0 for i in listed)
