"""Small text helpers shared by detection and date finding: the new part of a reply, normalising."""
from __future__ import annotations

import re

# Where a reply's quoted history starts. Forwarded blocks are *not* cut: their content was sent to the owner.
_QUOTE_HEADERS = re.compile(
    r"""^(?:
        On\s.{4,250}?\swrote:\s*$                      # Gmail / Apple Mail (en)
      | Pada\s.{4,250}?\smenulis:\s*$                   # Gmail (id)
      | Le\s.{4,200}?\sa\sécrit\s?:\s*$                 # Gmail (fr)
      | Am\s.{4,200}?\sschrieb\s.{0,80}:\s*$             # Gmail (de)
      | -{2,}\s*(?:Original\sMessage|Pesan\sAsli|Pesan\sAsal)\s*-{2,}\s*$
      | (?:From|Dari):\s.+\n(?:Sent|Date|Terkirim|Dikirim|Tanggal):\s.+$   # Outlook header block
    )""",
    re.M | re.I | re.X,
)


_FORWARD = re.compile(r"^-{2,}\s*(?:Forwarded\s+message|Pesan\s+(?:yang\s+)?(?:di)?teruskan)\s*-{2,}|^Begin\s+forwarded\s+message:", re.M | re.I)


def new_text(text: str, forwarded: bool = False) -> str:
    """The part of a message its sender wrote now: quoted replies and '>' lines removed. In a forward (`forwarded`:
    the subject says "Fwd:"/"FW:") the header block of the forwarded mail is its start, not a quote to cut: Outlook
    forwards with a bare From:/Sent: block and no "Forwarded message" line."""
    fwd = _FORWARD.search(text)
    m = None if forwarded else _QUOTE_HEADERS.search(text, 0, fwd.start() if fwd else len(text))
    if m:
        head = text[: m.start()]
        # Outlook puts a line of underscores right above its header block
        text = re.sub(r"\n_{8,}\s*$", "\n", head.rstrip())
    return "\n".join(ln for ln in text.split("\n") if not ln.lstrip().startswith(">"))


def authored_text(text: str) -> str:
    """Only what the sender typed: like `new_text`, but a forwarded message below it is cut as well (when the
    owner forwards an invite, its "your interview is confirmed" is not the owner confirming)."""
    fwd = _FORWARD.search(text)
    return new_text(text[: fwd.start()] if fwd else text)
