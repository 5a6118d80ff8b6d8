"""What the card's reply form says (``commonEventObject.formInputs``), checked against what the card offers, and
which letters the card offers (decided by the core: regrets.decision).

The same `Choices` preselect the form when the card is drawn again in the same response (after a draft is
made, or when the intent radio changes), so the user never loses what they typed.
"""
from __future__ import annotations

from dataclasses import dataclass

from regrets.compose import REASONS
from regrets.decision import INTENTS, intent_for
from regrets.model import LANGUAGES, Analysis

from .events import AddonEvent, MalformedEvent

MAX_REASON = 300
MAX_AREA = 80


@dataclass(frozen=True)
class Choices:
    intent: str | None = None
    language: str | None = None
    reason_preset: str | None = None
    reason_text: str | None = None  # the user's own words; wins over the preset
    open_to_other_roles: bool = False
    other_roles_area: str | None = None
    referral: bool = False
    calendar_reply: bool = True  # the card's "Don't decline the calendar event" box was not ticked

    @property
    def reason(self) -> str | None:
        return self.reason_text or self.reason_preset

    def other_roles(self, language: str) -> str | None:
        """The area for the template's 'other roles' line ('a related area' when ticked without one)."""
        if not self.open_to_other_roles:
            return None
        return self.other_roles_area or ("bidang terkait" if language == "id" else "a related area")


def compose_choices(ev: AddonEvent) -> Choices:
    """The reply options from the card's form inputs; anything outside the offered values is a malformed event."""
    intent = (ev.form_value("intent") or ev.parameters.get("intent") or "").strip() or None
    if intent is not None and intent not in INTENTS:
        raise MalformedEvent("formInputs.intent must be decline or cancel")
    language = (ev.form_value("language") or "").strip() or None
    if language is not None and language not in LANGUAGES:
        raise MalformedEvent("formInputs.language must be en or id")
    preset = (ev.form_value("reason") or "").strip()
    if preset and preset not in REASONS:
        raise MalformedEvent("formInputs.reason is not one of the offered reasons")
    own = " ".join((ev.form_value("reason_text") or "").split())
    if len(own) > MAX_REASON:
        raise MalformedEvent(f"reason is longer than {MAX_REASON} characters")
    area = " ".join((ev.form_value("other_roles_area") or "").split())
    if len(area) > MAX_AREA:
        raise MalformedEvent(f"area is longer than {MAX_AREA} characters")
    return Choices(intent, language, preset or None, own or None, "yes" in ev.form_values("other_roles"),
                   area or None, "yes" in ev.form_values("referral"), "keep" not in ev.form_values("calendar"))


def offered_intents(analysis: Analysis) -> tuple[str, ...]:
    """The letters the card offers: those the core would write when asked (regrets.decision.intent_for: a
    cancellation needs a time to quote)."""
    return tuple(i for i in INTENTS if intent_for(analysis, i) == i)
