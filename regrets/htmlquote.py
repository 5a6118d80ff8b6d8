"""The original message as the HTML part quotes it: only its sanitised body content.

A reply that pastes the original as a whole document carries its `<!DOCTYPE>`, `<head><style>` and
`<body style=...>` into ours: in standards-based clients the whole reply takes the original's background, and
Outlook's `p.MsoNormal` rules restyle our text. Gmail quotes only the body's content, sanitised; we do the same
with nh3 (Python bindings of the Rust sanitiser ammonia, https://github.com/messense/nh3): a well-kept
whitelist sanitiser is safer than a hand-written one, and it parses with html5ever, so broken markup cannot
open a hole. Scripts, style sheets, the head, event handlers, `style`/`class` attributes and unsafe URLs go;
text, links, images, lists and tables stay.
"""
from __future__ import annotations

import html
import re

import nh3

_TAGS = set(nh3.ALLOWED_TAGS) | {"font"}
_ATTRIBUTES = {**{k: set(v) for k, v in nh3.ALLOWED_ATTRIBUTES.items()}, "*": {"dir", "lang", "title"},
               "font": {"color", "face", "size"}}
_DROPPED_WITH_CONTENT = {"script", "style", "head", "title", "template", "noscript", "iframe", "object", "svg", "math"}
# html5ever's tree building grows quadratically with nesting depth (100,000 nested divs: about a minute), so a
# document nested deeper than any real mail, or larger than any quote worth keeping, is quoted as its text.
MAX_DEPTH = 1000
MAX_HTML = 2_000_000  # characters
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


def sanitised(document: str) -> str:
    """The body content of an HTML document (or fragment), safe to place inside our blockquote."""
    return nh3.clean(document, tags=_TAGS, attributes=_ATTRIBUTES, clean_content_tags=_DROPPED_WITH_CONTENT,
                     url_schemes={"http", "https", "mailto", "cid", "tel"}, link_rel="noopener noreferrer")


def too_deep(document: str, limit: int = MAX_DEPTH) -> bool:
    """True when the tags open deeper than `limit` (unclosed ones count): one linear scan that stops early."""
    depth = 0
    for m in _TAG.finditer(document):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                return True
    return False


def quoted_original(original_html: str | None, original_text: str | None) -> str:
    """What goes inside the quote: the sanitised HTML when the original had some (of a sane size and depth),
    else its text, escaped."""
    if original_html and original_html.strip() and len(original_html) <= MAX_HTML and not too_deep(original_html):
        return sanitised(original_html)
    return html.escape(original_text or "").replace("\n", "<br>")
