"""Card JSON builders: small pure functions from facts to the card format Google documents.

Format: google/apps/card/v1/card.proto (header, sections[].widgets[]: textParagraph, decoratedText,
selectionInput, textInput, buttonList, divider) with camelCase names; responses as Google's samples return
them (https://developers.google.com/workspace/add-ons/guides/alternate-runtimes, "Responses"):
``{"action": {"navigations": [{"pushCard": card}]}}`` for the homepage and the contextual trigger, ``{"renderActions": {...}}`` for button callbacks, and
``hostAppAction.gmailAction.openCreatedDraftActionMarkup {draftId, draftThreadId}`` to open a new draft.
Text widgets accept a little HTML, so every string that comes from mail is escaped. Every other string comes
from `addon.cardtext` in the user's language.
"""
from __future__ import annotations

import dataclasses
from html import escape as _escape
from typing import Any

from regrets.model import LANGUAGES

from .cardtext import RETRYABLE, TEXT, Text
from .choices import Choices
from .facts import ThreadFacts

Card = dict[str, Any]


def escape(text: str) -> str:
    """Escape for the simple HTML card text allows (text content, so quotes stay as they are)."""
    return _escape(text, quote=False)


Widget = dict[str, Any]

REASONS = ("", "other-offer", "direction", "personal", "stay")  # "" = none; the letters' clauses: regrets.reasons
URGENCY_COLORS = {"critical": "#d93025", "urgent": "#e37400", "soon": "#1a73e8"}


# ---- widgets ---------------------------------------------------------------------------------------------------
def action(url: str, params: dict[str, str] | None = None, *, spinner: bool = True) -> dict[str, Any]:
    """An action calling `url` with `params` (``persistValues`` is left out: an updateCard answer redraws the
    form from the values the event carried, see `reply_form`)."""
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


def selection(name: str, label: str, kind: str, items: list[tuple[str, str, bool]],
              on_change: dict[str, Any] | None = None) -> Widget:
    w: dict[str, Any] = {"name": name, "label": label, "type": kind,
                         "items": [{"text": t, "value": v, "selected": s} for t, v, s in items]}
    if on_change:
        w["onChangeAction"] = on_change
    return {"selectionInput": w}


def text_input(name: str, label: str, hint: str | None = None, value: str | None = None) -> Widget:
    t: dict[str, Any] = {"name": name, "label": label, "type": "SINGLE_LINE"}
    if hint:
        t["hintText"] = hint
    if value:
        t["value"] = value
    return {"textInput": t}


def section(widgets: list[Widget], header: str | None = None, *, collapsed_after: int | None = None) -> dict[str, Any]:
    """A section; with `collapsed_after`, Gmail shows only that many widgets until the user expands it."""
    s: dict[str, Any] = {}
    if header:
        s["header"] = header
    s["widgets"] = widgets
    if collapsed_after is not None:
        s["collapsible"] = True
        s["uncollapsibleWidgetsCount"] = collapsed_after
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


def update_and_open_draft(c: Card, draft_id: str, thread_id: str, notification: str) -> dict[str, Any]:
    """Response to a draft click: the card as it is now (draft made: Open draft, Redraft), and the draft opened
    for review. RenderActions holds both `action` and `hostAppAction`
    (https://developers.google.com/workspace/add-ons/guides/alternate-runtimes, schema render-action.json); that Gmail applies the card update together with the draft opening is UNCONFIRMED."""
    body = open_created_draft(draft_id, thread_id, notification)
    body["renderActions"]["action"]["navigations"] = [{"updateCard": c}]
    return body


def notify(text: str) -> dict[str, Any]:
    return {"renderActions": {"action": {"notification": {"text": text}}}}


def open_created_draft(draft_id: str, thread_id: str, notification: str) -> dict[str, Any]:
    """Open a draft made with drafts.create for review (gws-genai-addon-sample `createCreateDraftUi`)."""
    return {"renderActions": {
        "hostAppAction": {"gmailAction": {"openCreatedDraftActionMarkup": {"draftId": draft_id,
                                                                           "draftThreadId": thread_id}}},
        "action": {"notification": {"text": notification}}}}


# ---- cards ---------------------------------------------------------------------------------------------------
def homepage_card(t: Text) -> Card:
    return card("regrets-home", "Regrets", t("home.subtitle"), [section([
        paragraph(t("home.open")), paragraph(t("home.never_sent")), paragraph(t("home.languages"))])])


def reply_form(f: ThreadFacts, t: Text, form: Choices, change: dict[str, Any]) -> list[Widget]:
    """The choices for the reply: what the user chose in this card (`form`), else preselected from the analysis.
    Changing the intent redraws the card (`change`), so the button's label follows it."""
    intent = chosen_intent(f, form)
    language = form.language or f.language
    widgets: list[Widget] = []
    if len(f.intents) > 1:
        widgets.append(selection("intent", t("form.intent"), "RADIO_BUTTON",
                                 [(t(f"intent.{i}"), i, i == intent) for i in f.intents], on_change=change))
    return widgets + [
        selection("language", t("form.language"), "DROPDOWN",
                  [(t(f"language.{code}"), code, code == language) for code in LANGUAGES]),
        selection("reason", t("form.reason"), "DROPDOWN",
                  [(t(f"reason.{v or 'none'}"), v, v == (form.reason_preset or "")) for v in REASONS]),
        text_input("reason_text", t("form.reason_text"), t("form.reason_hint"), form.reason_text),
        selection("other_roles", t("form.other_roles"), "CHECK_BOX",
                  [(t("form.other_roles_item"), "yes", form.open_to_other_roles)]),
        text_input("other_roles_area", t("form.area"), t("form.area_hint"), form.other_roles_area),
        selection("referral", t("form.referral"), "CHECK_BOX", [(t("form.referral_item"), "yes", form.referral)]),
        *([selection("calendar", t("form.calendar"), "CHECK_BOX",  # the draft declines the event unless ticked
                     [(t("form.calendar_item"), "keep", not form.calendar_reply)])]
          if f.evidence == "ics" else []),
    ]


def chosen_intent(f: ThreadFacts, form: Choices) -> str:
    """The intent the form shows: the user's choice when the card offers it, else the suggested one."""
    return form.intent if form.intent in f.intents else f.suggested_intent


def _interview_widgets(f: ThreadFacts, t: Text) -> list[Widget]:
    w: list[Widget] = []
    if f.company or f.role:
        w.append(decorated(t("label.company_role"), escape(" — ".join(x for x in (f.company, f.role) if x)),
                           icon="STORE"))
    if f.reply_to:
        w.append(decorated(t("label.reply_to"), escape(f.reply_to), icon="EMAIL"))
    if f.interview_theirs:
        source = t(f"evidence.{f.evidence or 'text'}")
        bottom = t("evidence.assumed", evidence=source) if f.zone_assumed else source
        w.append(decorated(t("label.interview", zone=f.interview_zone), escape(f.interview_theirs), escape(bottom),
                           icon="INVITE"))
        if f.interview_yours:
            w.append(decorated(t("label.your_time", zone=f.user_zone), escape(f.interview_yours), icon="CLOCK"))
    return w


def _urgency_widgets(f: ThreadFacts, t: Text) -> list[Widget]:
    """Time left and what to do. Under a day the advice is the card's one red line (and not repeated below)."""
    w: list[Widget] = []
    label = t(f"urgency.{f.urgency}")
    color = URGENCY_COLORS.get(f.urgency)
    shown = f'<font color="{color}"><b>{escape(label)}</b></font>' if color else f"<b>{escape(label)}</b>"
    advice = None if f.call_recruiter else escape(f.advice)
    if f.time_left:
        w.append(decorated(t("label.time_left"), f"{escape(f.time_left)} · {shown}", advice, icon="CLOCK"))
    else:
        w.append(decorated(t("label.urgency"), shown, advice, icon="CLOCK"))
    if f.call_recruiter:
        w.append(paragraph(f'<font color="{URGENCY_COLORS["critical"]}"><b>{escape(f.advice)}</b></font>'))
    if f.accepted:
        w.append(paragraph(escape(t("accepted.text"))))
    elif f.waited:
        w.append(decorated(t("label.waiting"), escape(t("waiting.text", duration=f.waited)), icon="EMAIL"))
    return w


def _draft_sections(f: ThreadFacts, t: Text, urls: dict[str, str], params: dict[str, str], mode: str,
                    form: Choices, expanded: bool) -> list[dict[str, Any]]:
    """The reply form and its button; once Regrets made a draft: Open draft, and Redraft with other options
    (collapsed unless `expanded`: the user is changing them)."""
    change = action(urls["refresh"], {**params, "mode": mode})
    ex = f.existing_draft
    if ex is not None and ex.intent and form.intent is None:
        form = dataclasses.replace(form, intent=ex.intent)  # the Redraft form starts from the draft that exists
    intent = chosen_intent(f, form)
    if ex is None:
        label = t(f"button.{'anyway' if mode == 'anyway' else 'draft'}.{intent}")
        return [section(reply_form(f, t, form, change), t("section.reply")),
                section([buttons(button(label, urls["draft"], {**params, "mode": mode}, filled=True))])]
    which = ex.intent or "any"
    if not ex.draft_id:
        if ex.seen:  # in the thread by its header, but not in this add-on's record: no id to open or replace it by
            return [section([paragraph(escape(f"{t(f'draft.in_thread.{which}')} {t('draft.no_id')}"))],
                            t("section.draft"))]
        # Gmail did not confirm an earlier draft and the thread's drafts cannot be read: offer to make it again
        again = {**params, "mode": mode, "replaces": ""}
        return [section([paragraph(escape(t("draft.unconfirmed")))], t("section.draft")),
                section(reply_form(f, t, form, change), t("section.reply")),
                section([buttons(button(t(f"button.again.{intent}"), urls["draft"], again, filled=True))])]
    said = t(f"draft.in_thread.{which}") if ex.seen else f"{t(f'draft.recorded.{which}')} {t('draft.deleted_note')}"
    redraft = {**params, "mode": mode, "redraft": ex.draft_id}
    return [
        section([paragraph(escape(said)),
                 buttons(button(t("button.open_draft"), urls["open_draft"], {**params, "draftId": ex.draft_id},
                                filled=True))], t("section.draft")),
        section([paragraph(escape(t("draft.redraft_note"))), *reply_form(f, t, form, change),
                 buttons(button(t(f"button.redraft.{intent}"), urls["draft"], redraft))],
                t("section.redraft"), collapsed_after=None if expanded else 1),
    ]


def thread_card(f: ThreadFacts, t: Text, urls: dict[str, str], params: dict[str, str],
                form: Choices | None = None, *, expanded: bool = False) -> Card:
    """The card for an opened message: invite / no fixed time / past / not an invite. `form`: the choices the
    user made in the card this one replaces; `expanded`: they are still making them (keep the form open)."""
    form = form or Choices()
    subject = escape(f.subject)
    if f.kind == "not_invite":
        return card("regrets-not-invite", t("title.not_invite"), subject, [
            section([paragraph(escape(t("not_invite.text")))]),
            *_draft_sections(f, t, urls, params, "anyway", form, expanded)])
    if f.kind == "past":
        return card("regrets-past", t("title.past"), subject, [
            section([*_interview_widgets(f, t),
                     decorated(t("label.started"), escape(f.time_left or ""), escape(f.advice), icon="CLOCK")],
                    t("section.interview")),
            *_draft_sections(f, t, urls, params, "anyway", form, expanded)])
    title = t("title.accepted" if f.accepted else "title.invite") if f.kind == "invite" else t("title.no_time")
    top = _interview_widgets(f, t)
    if f.kind == "no_time":
        top.append(paragraph(escape(t("no_time.text"))))
    return card(f"regrets-{f.kind.replace('_', '-')}", title, subject, [
        section(top + _urgency_widgets(f, t), t("section.interview")),
        *_draft_sections(f, t, urls, params, "invite", form, expanded)])


def error_card(kind: str, t: Text, urls: dict[str, str], params: dict[str, str]) -> Card:
    kind = kind if f"error.{kind}.title" in TEXT else "unknown"
    widgets: list[Widget] = [paragraph(escape(t(f"error.{kind}.text")))]
    if kind in RETRYABLE and urls.get("refresh"):
        widgets.append(buttons(button(t("button.try_again"), urls["refresh"], params)))
    return card(f"regrets-error-{kind.replace('_', '-')}", t(f"error.{kind}.title"), None, [section(widgets)])
