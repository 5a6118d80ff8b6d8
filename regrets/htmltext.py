"""Turn an HTML mail body into readable plain text, roughly as a browser's innerText would.

Block elements start and end a line (without piling up blank lines), paragraphs and headings are set
off by a blank line, `<br>` always breaks, table cells are separated by a space and rows by a line
break, entities are decoded, and script/style/head content is dropped. Line breaks inside `<pre>`
are kept.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

# Elements that sit on lines of their own.
_BLOCK = {
    "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "section", "article", "header", "footer",
    "nav", "aside", "main", "address", "figure", "figcaption", "dd", "dt", "dl", "center", "form", "fieldset",
    "caption",
}
# Blocks with vertical margins in a browser: a blank line before and after.
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.newlines = 1  # trailing line breaks already emitted (start of text counts as a fresh line)

    def _break(self, n: int) -> None:
        """Make sure the text so far ends in at least `n` line breaks."""
        if self.newlines < n:
            self.parts.append("\n" * (n - self.newlines))
            self.newlines = n

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[override]
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if tag == "br":
            self.parts.append("\n")
            self.newlines += 1
        elif tag in _PARAGRAPH:
            self._break(2)
            if tag == "pre":
                self.pre += 1
        elif tag in _BLOCK:
            self._break(1)
        elif tag in ("td", "th") and self.newlines == 0:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:  # type: ignore[override]
        if tag in _SKIP:  # <script/> opens nothing
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in _PARAGRAPH:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._break(2)
        elif tag in _BLOCK:
            self._break(1)

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if not self.pre:
            data = _WS.sub(" ", data)
            if self.newlines and data.startswith(" "):
                data = data.lstrip(" ")
            if not data:
                return
        self.parts.append(data)
        self.newlines = len(data) - len(data.rstrip("\n")) if data.endswith("\n") else 0


_WS = re.compile(r"[ \t\r\n\f\v]+")
_SPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\u2060\ufeff\r\f\v]+")
_BLANKS = re.compile(r"\n{3,}")


# A numeric character reference with 8+ digits: html.unescape turns it into int(), which refuses more than 4,300
# decimal digits (ValueError, CPython's int_max_str_digits) - one "&#999...;" must not cost a message.
_LONG_CHARREF = re.compile(r"&#(?:[xX][0-9a-fA-F]{8,}|\d{8,})(;?)")


def _short_charref(m: re.Match) -> str:
    ref = m.group(0)
    hexa = ref[2] in "xX"
    digits = ref[3 if hexa else 2: len(ref) - len(m.group(1))].lstrip("0") or "0"
    if len(digits) > (6 if hexa else 7):  # above U+10FFFF: what html.unescape gives such a reference
        return "\ufffd"
    return "&#" + ("x" if hexa else "") + digits + m.group(1)


def shorten_charrefs(html: str) -> str:
    """`html` with numeric character references too long for html.unescape made short, meaning the same."""
    return _LONG_CHARREF.sub(_short_charref, html) if "&#" in html else html


# Gmail itself shows only the first ~102 KB of a message's HTML ("[Message clipped]",
# https://www.spamresource.com/2022/01/what-is-gmail-clipping-and-what-to-do.html): senders keep what matters
# well within that, so ten times as much is read and the rest (a 16 MB newsletter of divs) is not.
MAX_HTML_CHARS = 1_000_000

_COMMENT_CLOSE = re.compile(r"-->")
_SECTION_CLOSE = re.compile(r"\]\s*>")


def _last_end(rx: re.Pattern, text: str) -> int:
    end = -1
    for end_match in rx.finditer(text):
        end = end_match.end()
    return end


def defuse_unclosed(html: str) -> str:
    """`html` with every '<' that can never be closed written as '&lt;': after the last '>' no tag can end, after
    the last '-->' no comment, after the last ']>' no marked section. html.parser (before CPython's 2025 fixes)
    rescans to the end of the document from each such '<' (80 KB of '<a ' took over a minute) and then emits
    the text as data anyway, which is what '&lt;' gives at once."""
    if "<" not in html:
        return html
    cut = html.rfind(">") + 1
    head, tail = html[:cut], html[cut:].replace("<", "&lt;")
    for opener, closer in (("<!--", _COMMENT_CLOSE), ("<![", _SECTION_CLOSE)):
        if opener in head:
            end = max(0, _last_end(closer, head))
            head = head[:end] + head[end:].replace(opener, "&lt;" + opener[1:])
    return head + tail


def html_to_text(html: str) -> str:
    """Readable text from (at most MAX_HTML_CHARS of) HTML; never raises on broken markup."""
    p = _Extractor()
    html = defuse_unclosed(shorten_charrefs(html[:MAX_HTML_CHARS]))
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; this guards truly pathological input
        return re.sub(r"<[^>]*>", " ", html)
    text = "".join(p.parts)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


# The skim's cheap HTML-to-text: regular expressions instead of html.parser, so that the keyword prefilter
# reads words, not style sheets ("@media only screen", "border-radius") - and does not pay for them. Block
# tags become line breaks like in html_to_text, inline tags vanish (so "<b>Inter</b>view" stays one word).
# Every pattern stops at the next '<' ([^<>]*): with [^>]* and .*? an unclosed tag or comment made each later
# '<' rescan to the end of the document (quadratic; 80 KB of '<!--x' took 5 s).
_SKIM_HIDDEN = ("head", "style", "script", "title", "noscript", "template", "svg")
_SKIM_OPEN = re.compile(r"<(?:(" + "|".join(_SKIM_HIDDEN) + r")\b[^<>]*>|!--)", re.I)
_SKIM_CLOSE = {**{t: re.compile(rf"</{t}\s*>", re.I) for t in _SKIM_HIDDEN}, "!--": re.compile("-->")}
_SKIM_BLOCK = re.compile(
    r"</?(?:p|div|br|tr|li|ul|ol|table|tbody|thead|tfoot|td|th|h[1-6]|blockquote|section|article|header|footer|nav|aside|main|"
    r"address|figure|figcaption|dd|dt|dl|center|form|fieldset|caption|pre|hr)\b[^<>]*>", re.I)
_SKIM_TAG = re.compile(r"<[^<>]*>")


def _skim_drop(html: str) -> str:
    """`html` without what a browser does not show (head, style, script ... and comments), each replaced by a space.
    An element without its end tag is kept (as before: the prefilter must see at least what the full reading sees);
    once a kind has no end tag after some point, none of its later openings has one either, so each kind's end
    is searched for once past that point: linear."""
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    while True:
        m = _SKIM_OPEN.search(html, pos)
        if m is None:
            out.append(html[pos:])
            return "".join(out)
        kind = (m.group(1) or "!--").lower()
        close = None if kind in unclosed else _SKIM_CLOSE[kind].search(html, m.end())
        if close is None:
            unclosed.add(kind)
            out.append(html[pos:m.end()])
            pos = m.end()
            continue
        out.append(html[pos:m.start()])
        out.append(" ")
        pos = close.end()


def skim_html(html: str) -> str:
    """Readable-enough text from (at most MAX_HTML_CHARS of) HTML for a keyword prefilter (fast, linear; see
    html_to_text for the real thing)."""
    text = _SKIM_TAG.sub("", _SKIM_BLOCK.sub("\n", _skim_drop(html[:MAX_HTML_CHARS])))
    return unescape(shorten_charrefs(text)) if "&" in text else text
