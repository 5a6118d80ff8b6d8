"""base64url, the one codec for every Gmail API byte field (``raw``, ``body.data``, attachment ``data``).

Gmail pads ``raw`` but not ``body.data`` (googleworkspace/cli#774, https://github.com/googleworkspace/cli/issues/774;
google-api-python-client#1945, https://github.com/googleapis/google-api-python-client/issues/1945), so decoding
re-pads; the standard alphabet and line breaks are tolerated too. Used by the Gmail adapter, the add-on and the
emulator alike.
"""
from __future__ import annotations

import base64


def encode(data: bytes, *, pad: bool = True) -> str:
    """base64url text of `data`; padded as Google's samples send ``raw`` (guides/drafts), unpadded like
    Gmail's own ``body.data`` with ``pad=False``."""
    text = base64.urlsafe_b64encode(data).decode("ascii")
    return text if pad else text.rstrip("=")


def decode(text: str) -> bytes:
    """The bytes of base64url `text`, padded or not. Raises ValueError (binascii.Error) when it is not base64."""
    s = "".join(str(text).split()).replace("+", "-").replace("/", "_")
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
