"""Turn an HTML mail body into readable plain text (block elements become line breaks; scripts dropped)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "section", "article", "header", "footer", "hr", "pre", "dd", "dt", "dl", "center",
}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[override]
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:  # type: ignore[override]
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


def html_to_text(html: str) -> str:
    """Readable text from HTML; never raises on broken markup."""
    p = _Extractor()
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; this guards truly pathological input
        return re.sub(r"<[^>]*>", " ", html)
    text = "".join(p.parts)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
