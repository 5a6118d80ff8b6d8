"""users.history.list in the emulator, through the real client: the documented record types, historyId on
messages / threads / profile, types and label filters, paging, and 404 for a history id that is too old."""
from __future__ import annotations

import base64

import pytest
import requests
from googleapiclient.errors import HttpError

from .conftest import gmail_client, make_mail


def history(svc, start, **kw) -> tuple[list[dict], str]:
    records, token = [], None
    while True:
        res = svc.users().history().list(userId="me", startHistoryId=start, pageToken=token, **kw).execute()
        records += res.get("history", [])
        token = res.get("nextPageToken")
        if not token:
            return records, res["historyId"]


def kinds(records) -> list[tuple[str, str]]:
    """(record field, message id) in order."""
    return [(k, e["message"]["id"]) for r in records for k in ("messagesAdded", "messagesDeleted", "labelsAdded",
                                                                 "labelsRemoved") for e in r.get(k, [])]


def test_every_change_is_recorded_in_order(emulator):
    svc = gmail_client(emulator)
    start = svc.users().getProfile(userId="me").execute()["historyId"]
    assert svc.users().history().list(userId="me", startHistoryId=start).execute() == {"historyId": start}

    new = emulator.mailbox.add_raw(make_mail("Interview next week", body="Can you come in?"))
    svc.users().messages().modify(userId="me", id=new.id, body={"removeLabelIds": ["UNREAD"],
                                                                "addLabelIds": ["STARRED"]}).execute()
    raw = base64.urlsafe_b64encode(make_mail("My draft", sender="alex.tan@gmail.com")).decode()
    draft = svc.users().drafts().create(userId="me", body={"message": {"raw": raw}}).execute()
    svc.users().drafts().delete(userId="me", id=draft["id"]).execute()

    records, now = history(svc, start)
    assert kinds(records) == [("messagesAdded", new.id), ("labelsAdded", new.id), ("labelsRemoved", new.id),
                              ("messagesAdded", draft["message"]["id"]), ("messagesDeleted", draft["message"]["id"])]
    ids = [int(r["id"]) for r in records]
    assert ids == sorted(ids) and ids[0] > int(start) and int(now) == ids[-1]
    added = records[0]["messagesAdded"][0]["message"]
    assert added == {"id": new.id, "threadId": new.thread_id, "labelIds": ["INBOX", "UNREAD"]}
    assert records[1]["labelsAdded"][0]["labelIds"] == ["STARRED"]
    assert records[1]["labelsRemoved"][0]["labelIds"] == ["UNREAD"]
    assert records[0]["messages"] == [{"id": new.id, "threadId": new.thread_id}]
    # historyId on the message, its thread and the profile
    msg = svc.users().messages().get(userId="me", id=new.id, format="minimal").execute()
    thread = svc.users().threads().get(userId="me", id=new.thread_id, format="minimal").execute()
    assert msg["historyId"] == thread["historyId"] == records[1]["id"]
    assert svc.users().getProfile(userId="me").execute()["historyId"] == now
    # nothing after the latest id
    assert history(svc, now) == ([], now)


def test_type_and_label_filters_and_paging(emulator):
    svc = gmail_client(emulator)
    start = svc.users().getProfile(userId="me").execute()["historyId"]
    new = [emulator.mailbox.add_raw(make_mail(f"Note {i}", body="hello")) for i in range(5)]
    svc.users().messages().modify(userId="me", id=new[0].id, body={"addLabelIds": ["STARRED"]}).execute()
    only_added, _ = history(svc, start, historyTypes=["messageAdded"], maxResults=2)
    assert [m for _, m in kinds(only_added)] == [m.id for m in new]
    labels, _ = history(svc, start, historyTypes=["labelAdded", "labelRemoved"])
    assert kinds(labels) == [("labelsAdded", new[0].id)]
    starred, _ = history(svc, start, labelId="STARRED")
    assert kinds(starred) == [("labelsAdded", new[0].id)]
    page = svc.users().history().list(userId="me", startHistoryId=start, maxResults=2).execute()
    assert len(page["history"]) == 2 and page["nextPageToken"]


def test_too_old_or_bad_history_ids(emulator):
    svc = gmail_client(emulator)
    old = svc.users().getProfile(userId="me").execute()["historyId"]
    emulator.mailbox.add_raw(make_mail("Later", body="x"))
    floor = requests.post(emulator.url + "_emulator/expire-history", timeout=5).json()["historyFloor"]
    with pytest.raises(HttpError) as exc:  # "If you receive an HTTP 404 error response, ... perform a full sync"
        svc.users().history().list(userId="me", startHistoryId=old).execute()
    assert exc.value.resp.status == 404
    assert svc.users().history().list(userId="me", startHistoryId=floor).execute() == {"historyId": floor}
    with pytest.raises(HttpError) as exc:
        svc.users().history().list(userId="me", startHistoryId="abc").execute()
    assert exc.value.resp.status == 400
    assert emulator.counters.units["history.list"] == 2 * emulator.counters.requests["history.list"]  # 2 units each


def test_mail_delivered_through_the_debug_endpoint(emulator):
    svc = gmail_client(emulator)
    start = svc.users().getProfile(userId="me").execute()["historyId"]
    res = requests.post(emulator.url + "_emulator/deliver", data=make_mail("Hello", body="hi"), timeout=5).json()
    records, _ = history(svc, start)
    assert kinds(records) == [("messagesAdded", res["id"])] and records[0]["id"] == res["historyId"]
