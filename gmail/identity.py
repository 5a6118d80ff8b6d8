"""Who the mailbox owner is: the address from users.getProfile, and the send-as aliases (settings.sendAs.list)
with their display names and signatures.

A reply goes out from the alias that received the invite (matched on To/Cc/Delivered-To), with that alias's
display name. Gmail does not add the signature to drafts made through the API -- the sendAs ``signature`` is
"included in messages composed with this alias in the Gmail web UI" only (discovery document, SendAs) -- so the
adapter adds it: the HTML as is for the HTML part, turned into text for the plain part.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from regrets.htmltext import html_to_text
from regrets.participants import mailbox_key


@dataclass(frozen=True)
class Alias:
    email: str
    name: str = ""
    signature_html: str = ""
    is_default: bool = False
    is_primary: bool = False

    @property
    def signature_text(self) -> str:
        if not self.signature_html.strip():
            return ""
        return "\n".join(line.rstrip() for line in html_to_text(self.signature_html).strip().splitlines())


@dataclass
class Identity:
    email: str
    aliases: list[Alias] = field(default_factory=list)

    @classmethod
    def from_api(cls, profile: dict[str, Any], send_as: dict[str, Any] | None) -> Identity:
        email = str(profile.get("emailAddress") or "").strip().lower()
        aliases = []
        for s in (send_as or {}).get("sendAs") or ():
            addr = str(s.get("sendAsEmail") or "").strip().lower()
            if not addr or s.get("verificationStatus") not in (None, "", "accepted"):
                continue
            aliases.append(Alias(addr, str(s.get("displayName") or "").strip(), str(s.get("signature") or ""),
                                 bool(s.get("isDefault")), bool(s.get("isPrimary"))))
        if email and not any(mailbox_key(a.email) == mailbox_key(email) for a in aliases):
            aliases.insert(0, Alias(email, is_primary=True, is_default=not any(a.is_default for a in aliases)))
        return cls(email, aliases)

    @property
    def default(self) -> Alias:
        for a in self.aliases:
            if a.is_default:
                return a
        for a in self.aliases:
            if a.is_primary:
                return a
        return self.aliases[0] if self.aliases else Alias(self.email)

    def owns(self, address: str | None) -> bool:
        key = mailbox_key(address)
        if not key:
            return False
        return key == mailbox_key(self.email) or any(mailbox_key(a.email) == key for a in self.aliases)

    def alias_for(self, recipients: Iterable[str]) -> Alias:
        """The alias among `recipients` (most relevant first), else the default one."""
        by_key = {mailbox_key(a.email): a for a in self.aliases}
        for addr in recipients:
            found = by_key.get(mailbox_key(addr))
            if found is not None:
                return found
        return self.default
