"""Opt-in labels (``regrets scan --label``): ``Regrets/Drafted`` on threads Regrets has a decline for, and one
``Regrets/<Urgency>`` label per invite thread.

labels.list is called first and existing labels are reused by name (a duplicate name is a 409 "Label name
exists or conflicts", gauteh/lieer#207); the parent ``Regrets`` is created too so Gmail nests the others under
it. Labels go on the thread with threads.modify, because "draft messages cannot have any label other than the
DRAFT system label" (guides/drafts); applying them needs the gmail.modify scope. A thread whose labels are
already right is not touched (no units spent), and a stale urgency label from an earlier run is removed.
"""
from __future__ import annotations

from functools import partial
from typing import Any

from googleapiclient.errors import HttpError

from regrets.model import Urgency

from .calls import Gateway

PARENT = "Regrets"
DRAFTED = "Regrets/Drafted"
URGENCY_LABELS = {
    Urgency.CRITICAL: "Regrets/Critical",
    Urgency.URGENT: "Regrets/Urgent",
    Urgency.SOON: "Regrets/Soon",
    Urgency.NORMAL: "Regrets/Normal",
    Urgency.UNKNOWN: "Regrets/Unknown",
    Urgency.PAST: "Regrets/Past",
}
ALL = (PARENT, DRAFTED, *URGENCY_LABELS.values())


class LabelSet:
    """Label name -> id, created on demand."""

    def __init__(self, gw: Gateway) -> None:
        self.gw = gw
        self.ids: dict[str, str] = {}

    def load(self) -> None:
        res = self.gw.call("labels.list", lambda: self.gw.users.labels().list(userId="me"))
        self.ids = {str(lab.get("name")): str(lab.get("id")) for lab in res.get("labels") or () if lab.get("name")}

    def ensure(self, names: tuple[str, ...] = ALL) -> dict[str, str]:
        if not self.ids:
            self.load()
        folded = {k.casefold(): v for k, v in self.ids.items()}
        for name in names:
            if name.casefold() in folded:
                self.ids[name] = folded[name.casefold()]
                continue
            body = {"name": name, "labelListVisibility": "labelShow", "messageListVisibility": "show"}
            try:
                res = self.gw.call("labels.create", partial(self.gw.users.labels().create, userId="me", body=body))
                self.ids[name] = str(res["id"])
            except HttpError as exc:
                if exc.resp.status != 409:  # made meanwhile (or by an earlier, killed run): look it up
                    raise
                self.load()
                if name not in self.ids:
                    raise
        return self.ids

    def changes(self, current: set[str], *, drafted: bool, urgency: Urgency) -> tuple[list[str], list[str]]:
        """(add, remove) label ids that bring a thread's Regrets labels up to date."""
        want: set[str] = set()
        if drafted:
            want.add(self.ids[DRAFTED])
        if urgency in URGENCY_LABELS:
            want.add(self.ids[URGENCY_LABELS[urgency]])
        ours = {self.ids[n] for n in URGENCY_LABELS.values() if n in self.ids}
        add = sorted(want - current)
        remove = sorted((current & ours) - want)
        return add, remove

    def apply(self, thread_id: str, add: list[str], remove: list[str]) -> Any:
        body = {"addLabelIds": add, "removeLabelIds": remove}
        return self.gw.call("threads.modify",
                            lambda: self.gw.users.threads().modify(userId="me", id=thread_id, body=body))
