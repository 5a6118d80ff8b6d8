"""The HTML part quotes only the original's sanitised body content (issue 8): no <!DOCTYPE>, <head>, <style>,
<body> attributes, scripts or event handlers from the original; text, links and formatting stay."""
from __future__ import annotations

import pytest

from regrets.htmlquote import MAX_DEPTH, quoted_original, sanitised, too_deep

OUTLOOK = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html xmlns:o="urn:schemas-microsoft-com">
<head><meta charset="utf-8"><title>Interview</title><style>p.MsoNormal{margin:0;font-family:Calibri} body{background:#eeeeee}</style>
<script>track()</script></head><body lang="EN-US" style="background:#eeeeee" onload="track()">
<div class="WordSection1"><p class="MsoNormal" style="color:red">Hi Sam, <b>we would like to invite you</b> to an
interview. <a href="https://zoom.us/j/1" onclick="steal()">Join</a> <a href="javascript:alert(1)">x</a></p>
<img src="https://cdn.example/logo.png" alt="logo" onerror="x()"><script>evil()</script></div></body></html>"""


def test_only_the_sanitised_body_content_is_quoted():
    out = sanitised(OUTLOOK).lower()
    for bad in ("<!doctype", "<html", "<head", "<title", "<style", "<body", "<script", "<meta", "mso", "onload",
                "onclick", "onerror", "javascript:", "background", "class=", "style=", "track()", "evil()"):
        assert bad not in out, bad
    assert "<b>we would like to invite you</b>" in out
    assert 'href="https://zoom.us/j/1"' in out and 'alt="logo"' in out


def test_plain_text_originals_are_escaped():
    assert quoted_original(None, "a <b> & c\nd") == "a &lt;b&gt; &amp; c<br>d"


@pytest.mark.parametrize("depth, deep", [(10, False), (MAX_DEPTH, False), (MAX_DEPTH + 1, True)])
def test_nesting_depth_is_measured(depth, deep):
    assert too_deep("<div>" * depth + "x" + "</div>" * depth) is deep


def test_pathologically_nested_html_is_quoted_as_text():
    # 100,000 nested divs made html5ever's tree builder run for about a minute
    doc = "<div>" * 100_000 + "x" + "</div>" * 100_000
    assert quoted_original(doc, "the text") == "the text"
    assert not too_deep("<p>a<br>b<img src=x><hr/></p>" * 5000)  # void and closed tags do not add up
