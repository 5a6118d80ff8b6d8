"""Card JSON builders: small pure functions from facts to the card format Google documents.

Format: google/apps/card/v1/card.proto (header, sections[].widgets[]: textParagraph, decoratedText,
selectionInput, textInput, buttonList, divider) with camelCase names; responses as Google's samples return
them (addon-http.md section 5): ``{"action": {"navigations": [{"pushCard": card}]}}`` for the homepage and the
contextual trigger, ``{"renderActions": {...}}`` for button callbacks, and
``hostAppAction.gmailAction.openCreatedDraftActionMarkup {draftId, draftThreadId}`` to open a new draft.
Text widgets accept a little HTML, so every string that comes from mail is escaped.
"""
from __future__ import annotations

from html import escape as _escape
from typing import Any

from .facts import LANGUAGE_NAMES, ThreadFacts

Card = dict[str, Any]


def escape(text: str) -> str:
    """Escape for the simple HTML card text allows (text content, so quotes stay as they are)."""
    return _escape(text, quote=False)


Widget = dict[str, Any]

REASONS = (("", "No reason given"), ("other-offer", "I accepted another offer"),
           ("direction", "I'm taking a different direction"), ("personal", "Personal reasons"),
           ("stay", "I'm staying in my current role"))
URGENCY_LABELS = {"critical": "Critical", "urgent": "Urgent", "soon": "Soon", "normal": "Normal",
                  "unknown": "No fixed time", "past": "Passed", "none": "-"}
URGENCY_COLORS = {"critical": "#d93025", "urgent": "#e37400", "soon": "#1a73e8"}


# ---- widgets ---------------------------------------------------------------------------------------------------
def action(url: str, params: dict[str, str] | None = None, *, spinner: bool = True) -> dict[str, Any]:
    a: dict[str, Any] = {"function": url}
    if params:
        a["parameters"] = [{"key": k, "value": v} for k, v in params.items() if v is not None]
    a["loadIndicator"] = "SPINNER" if spinner else "NONE"
    return a


def button(text: str, url: str, params: dict[str, str] | None = None, *, filled: bool = False) -> Widget:
    b: Widget = {"text": text, "onClick": {"action": action(url, params)}}
    if filled:
        b["type"] = "FILLED"
    return b


def buttons(*items: Widget) -> Widget:
    return {"buttonList": {"buttons": list(items)}}


def paragraph(html_text: str) -> Widget:
    return {"textParagraph": {"text": html_text}}


def decorated(top: str, text: str, bottom: str | None = None, icon: str | None = None) -> Widget:
    d: dict[str, Any] = {"topLabel": escape(top), "text": text, "wrapText": True}
    if bottom:
        d["bottomLabel"] = bottom
    if icon:
        d["startIcon"] = {"knownIcon": icon}
    return {"decoratedText": d}


def selection(name: str, label: str, kind: str, items: list[tuple[str, str, bool]]) -> Widget:
    return {"selectionInput": {"name": name, "label": label, "type": kind,
                               "items": [{"text": t, "value": v, "selected": s} for t, v, s in items]}}


def text_input(name: str, label: str, hint: str | None = None, value: str | None = None) -> Widget:
    t: dict[str, Any] = {"name": name, "label": label, "type": "SINGLE_LINE"}
    if hint:
        t["hintText"] = hint
    if value:
        t["value"] = value
    return {"textInput": t}


def section(widgets: list[Widget], header: str | None = None, *, collapsible: bool = False) -> dict[str, Any]:
    s: dict[str, Any] = {}
    if header:
        s["header"] = header
    s["widgets"] = widgets
    if collapsible:
        s["collapsible"] = True
        s["uncollapsibleWidgetsCount"] = 1
    return s


def card(name: str, title: str, subtitle: str | None, sections: list[dict[str, Any]]) -> Card:
    header: dict[str, Any] = {"title": title}
    if subtitle:
        header["subtitle"] = subtitle
    return {"name": name, "header": header, "sections": sections}


# ---- responses -----------------------------------------------------------------------------------------------
def push(c: Card) -> dict[str, Any]:
    """Response to the homepage / contextual trigger."""
    return {"action": {"navigations": [{"pushCard": c}]}}


def update(c: Card, notification: str | None = None) -> dict[str, Any]:
    """Response to a button: replace the card (and show a toast)."""
    act: dict[str, Any] = {"navigations": [{"updateCard": c}]}
    if notification:
        act["notification"] = {"text": notification}
    return {"renderActions": {"action": act}}


def notify(text: str) -> dict[str, Any]:
    return {"renderActions": {"action": {"notification": {"text": text}}}}


def open_created_draft(draft_id: str, thread_id: str, notification: str) -> dict[str, Any]:
    """Open a draft made with drafts.create for review (gws-genai-addon-sample `createCreateDraftUi`)."""
    return {"renderActions": {
        "hostAppAction": {"gmailAction": {"openCreatedDraftActionMarkup": {"draftId": draft_id,
                                                                           "draftThreadId": thread_id}}},
        "action": {"notification": {"text": notification}}}}


# ---- cards ---------------------------------------------------------------------------------------------------
def homepage_card() -> Card:
    return card("regrets-home", "Regrets", "Polite interview declines, as drafts", [section([
        paragraph("Open an interview invitation in Gmail. Regrets shows when the interview is, how much time is "
                  "left, and drafts a short, polite decline in the same conversation."),
        paragraph("<b>Nothing is ever sent.</b> You review the draft and send it yourself."),
        paragraph("English and Bahasa Indonesia. With less than a day left, call the recruiter as well."),
    ])])


def reply_form(f: ThreadFacts) -> list[Widget]:
    """The choices for the reply, preselected from the analysis."""
    lang = f.language
    return [
        selection("intent", "What to write", "RADIO_BUTTON", [
            ("Decline the invitation", "decline", f.suggested_intent == "decline"),
            ("Cancel an interview I accepted", "cancel", f.suggested_intent == "cancel")]),
        selection("language", "Language", "DROPDOWN",
                  [(name, code, code == lang) for code, name in LANGUAGE_NAMES.items()]),
        selection("reason", "Reason (optional)", "DROPDOWN", [(t, v, v == "") for v, t in REASONS]),
        text_input("reason_text", "Or in your own words (optional)", "e.g. I have accepted another offer"),
        selection("other_roles", "Future roles", "CHECK_BOX", [("I'm open to other roles there", "yes", False)]),
        text_input("other_roles_area", "Area (optional)", "e.g. data engineering"),
        selection("referral", "Referral", "CHECK_BOX", [("Offer to refer someone", "yes", False)]),
        *([selection("calendar", "Calendar", "CHECK_BOX",  # the draft declines the event unless this is ticked
                     [("Don't decline the calendar event", "keep", False)])]
          if f.evidence == "the calendar invitation" else []),
    ]


def _interview_widgets(f: ThreadFacts) -> list[Widget]:
    w: list[Widget] = []
    if f.company or f.role:
        w.append(decorated("Company and role", escape(" — ".join(x for x in (f.company, f.role) if x)), icon="STORE"))
    if f.reply_to:
        w.append(decorated("Reply goes to", escape(f.reply_to), icon="EMAIL"))
    if f.interview_theirs:
        bottom = f"From {f.evidence}" + (" (time zone assumed)" if f.zone_assumed else "")
        w.append(decorated(f"Interview ({f.interview_zone})", escape(f.interview_theirs), escape(bottom), icon="INVITE"))
        if f.interview_yours:
            w.append(decorated(f"Your time ({f.user_zone})", escape(f.interview_yours), icon="CLOCK"))
    return w


def _urgency_widgets(f: ThreadFacts) -> list[Widget]:
    w: list[Widget] = []
    label = URGENCY_LABELS.get(f.urgency, f.urgency)
    color = URGENCY_COLORS.get(f.urgency)
    shown = f'<font color="{color}"><b>{escape(label)}</b></font>' if color else f"<b>{escape(label)}</b>"
    if f.time_left:
        w.append(decorated("Time left", f"{escape(f.time_left)} · {shown}", escape(f.advice), icon="CLOCK"))
    else:
        w.append(decorated("Urgency", shown, escape(f.advice), icon="CLOCK"))
    if f.call_recruiter:
        w.append(paragraph('<font color="#d93025"><b>Less than 24 hours left: call the recruiter as well.</b></font> '
                           "Send the email too, as written confirmation."))
    if f.accepted:
        w.append(paragraph("You already accepted this interview, so the draft cancels it and apologises."))
    elif f.waited:
        w.append(decorated("Invitation waiting", f"{escape(f.waited)} without your answer", icon="EMAIL"))
    return w


def _draft_section(f: ThreadFacts, urls: dict[str, str], params: dict[str, str], label: str, mode: str) -> list[dict[str, Any]]:
    ex = f.existing_draft
    if ex is None:
        return [section(reply_form(f), "Your reply"),
                section([buttons(button(label, urls["draft"], {**params, "mode": mode}, filled=True))])]
    what = f"A Regrets {ex.intent} draft" if ex.intent else "A Regrets draft"
    if ex.seen:
        if ex.draft_id:
            return [section([paragraph(f"{what} is already in this conversation."),
                             buttons(button("Open draft", urls["open_draft"],
                                            {**params, "draftId": ex.draft_id}, filled=True))], "Your draft")]
        return [section([paragraph(f"{what} is already in this conversation: you will find it at the bottom of "
                                   "the thread. Regrets does not make a second one.")], "Your draft")]
    # known from the draft record only (Gmail let Regrets read the open message, not the thread's drafts)
    again = {**params, "mode": mode, "replaces": ex.draft_id or "", "intent": ex.intent or f.suggested_intent}
    if ex.draft_id:
        top = [paragraph(f"{what} was made for this conversation. If you deleted it, you can draft a new one."),
               buttons(button("Open draft", urls["open_draft"], {**params, "draftId": ex.draft_id}, filled=True),
                       button("Draft a new one", urls["draft"], again))]
        return [section(top, "Your draft"), section(reply_form(f), "A new reply", collapsible=True)]
    top = [paragraph(f"Gmail did not confirm {what[0].lower() + what[1:]}: look at the bottom of this conversation "
                     "first. If it is not there, draft it again.")]
    return [section(top, "Your draft"), section(reply_form(f), "Your reply"),
            section([buttons(button("Draft again", urls["draft"], again, filled=True))])]


def thread_card(f: ThreadFacts, urls: dict[str, str], params: dict[str, str]) -> Card:
    """The card for an opened message: invite / no fixed time / past / not an invite."""
    subject = escape(f.subject)
    if f.kind == "not_invite":
        return card("regrets-not-invite", "Not an interview invitation", subject, [
            section([paragraph("Regrets found no interview invitation in this conversation. If it is one, you can "
                               "still draft a polite decline.")]),
            *_draft_section(f, urls, params, "Draft decline anyway", "anyway")])
    if f.kind == "past":
        return card("regrets-past", "The interview time has passed", subject, [
            section([*_interview_widgets(f),
                     decorated("Started", escape(f.time_left or ""), escape(f.advice), icon="CLOCK")], "Interview"),
            *_draft_section(f, urls, params, "Draft reply anyway", "anyway")])
    title = ("Interview you accepted" if f.accepted else "Interview invitation") if f.kind == "invite" \
        else "Interview invitation, no fixed time"
    top = _interview_widgets(f)
    if f.kind == "no_time":
        top.append(paragraph("No interview time was found: it asks you to pick a slot or book a time, or does "
                             "not say when."))
    return card(f"regrets-{f.kind.replace('_', '-')}", title, subject, [
        section(top + _urgency_widgets(f), "Interview"),
        *_draft_section(f, urls, params, "Draft decline", "invite")])


ERRORS = {
    "scope": ("Regrets cannot read this message",
              "Gmail refused access (HTTP 403): the add-on is missing a permission. Open the message again and "
              "allow Regrets to read the open message when Gmail asks.", False),
    "auth": ("Your Gmail session expired", "Open the message again to give Regrets a fresh token.", False),
    "not_found": ("Message not found",
                  "Gmail could not find this message (HTTP 404). It may have been deleted or moved.", False),
    "bad_id": ("Message not found", "Gmail did not accept this message's id (HTTP 400).", False),
    "rate": ("Gmail is busy", "Gmail asked Regrets to slow down (HTTP 429). Wait a minute and try again.", True),
    "unavailable": ("Gmail did not answer", "Gmail is not reachable right now. Try again in a moment.", True),
    "unknown": ("Something went wrong", "Gmail returned an unexpected error. Try again later.", True),
    "unreadable": ("Regrets cannot read this conversation",
                   "The message could not be decoded. You can still write your reply by hand.", False),
    "internal": ("Something went wrong", "Regrets hit an internal error. Try again later.", True),
    "compose": ("Regrets could not write the draft", "The reply could not be composed from this conversation.", False),
    "busy": ("Your draft is still being made", "Another click is still making this draft. Open the message again "
             "in a moment to see it.", True),
    "store": ("Regrets cannot reach its records", "Regrets could not check whether this conversation "
                          "already has its draft, so it made none. Try again in a moment.", True),
}


def error_card(kind: str, urls: dict[str, str], params: dict[str, str]) -> Card:
    title, text, retry = ERRORS.get(kind, ERRORS["unknown"])
    widgets: list[Widget] = [paragraph(escape(text))]
    if retry and urls.get("refresh"):
        widgets.append(buttons(button("Try again", urls["refresh"], params)))
    return card(f"regrets-error-{kind.replace('_', '-')}", title, None, [section(widgets)])
