"""Shared bits for the golden case modules: HTML renderings of plain text, typical transport headers."""
from __future__ import annotations

import html
import hashlib


def gmail_html(text: str) -> str:
    """The HTML Gmail writes for a plain message: one <div> per line, <br> for blank lines."""
    out = ['<div dir="ltr">']
    for ln in text.strip("\n").split("\n"):
        out.append(f"<div>{html.escape(ln)}</div>" if ln.strip() else "<div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def outlook_html(text: str) -> str:
    """Outlook/Word-style HTML: MsoNormal paragraphs, &nbsp; for blank lines, a head with styles."""
    paras = []
    for ln in text.strip("\n").split("\n"):
        body = html.escape(ln).replace("  ", "&nbsp; ") if ln.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                     f"{body}<o:p></o:p></span></p>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n--></style>\n"
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def transport(to_addr: str, frm_addr: str, received: str, seed: str) -> list[tuple[str, str]]:
    """Delivered-To / Received / Return-Path as Gmail adds them."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    return [("Delivered-To", to_addr),
            ("Received", f"by 2002:a05:7022:{h[:4]}:b0:{h[4:8]}:{h[8:12]}:{h[12:15]} with SMTP id {h[15:18]}csp{int(h[18:24], 16) % 900000};\n {received}"),
            ("Return-Path", f"<{frm_addr}>")]


def gmail_quote_header(date_text: str, who: str, lang: str = "en") -> str:
    if lang == "id":
        return f"Pada {date_text} {who} menulis:"
    return f"On {date_text} {who} wrote:"
