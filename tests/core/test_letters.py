"""Golden letters (issue 8). Every case in letters/cases.py is drafted and compared with its reviewed .eml
(letters/en, letters/id; rebuild with `python tests/core/letters/build_letters.py` and read every change), and
every combination of options is rendered and linted: no doubled word or punctuation, no empty placeholder or
"None", no capital from a pasted reason in mid-sentence, no verb said twice, no "at ... at", no greeting by name
to a no-reply address, and a reason only in a letter of its own language."""
from __future__ import annotations

import email
import email.policy
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from regrets.compose import compose_reply, render_body

from .letters.build_letters import stable
from .letters.cases import CASES, CUSTOM, CUSTOM_DECIDED, NOW, all_combinations, analysis_of, thread_of

LETTERS = Path(__file__).resolve().parent / "letters"
COMPARED = ("From", "To", "Subject", "In-Reply-To", "References", "X-Regrets", "Content-Type")


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def letter_of(m) -> str:
    text = m.get_body(("plain",)).get_content().replace("\r\n", "\n")
    return re.split(r"\n(?:On |Pada ).{5,200} (?:wrote|menulis):\n", text)[0]


def parts(m) -> list[tuple[str, bytes]]:
    return [(p.get_content_type(), p.get_payload(decode=True)) for p in m.walk() if not p.is_multipart()]


def test_every_case_has_its_golden_file_and_no_file_is_stale():
    on_disk = {f"{p.parent.name}/{p.stem}" for p in LETTERS.glob("*/*.eml")}
    assert on_disk == {f"{c.lang}/{c.name}" for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_letter(case):
    thread = thread_of(case)
    got = parse(stable(compose_reply(thread, analysis_of(case, thread), case.options, NOW).as_bytes()))
    want = parse((LETTERS / case.lang / f"{case.name}.eml").read_bytes())
    for h in COMPARED:
        assert str(got[h]) == str(want[h]), h
    assert parts(got) == parts(want), "rebuild with tests/core/letters/build_letters.py and review the change"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.decl = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_decl(self, decl):
        self.decl = True


@pytest.mark.parametrize("path", sorted(LETTERS.glob("*/*.eml")), ids=lambda p: p.stem)
def test_html_part_of_every_golden_draft_is_a_fragment_without_the_originals_document(path):
    html = parse(path.read_bytes()).get_body(("html",)).get_content()
    p = _Tags()
    p.feed(html)
    assert not p.decl
    names = {t for t, _ in p.tags}
    assert not names & {"html", "head", "body", "style", "script", "meta", "title", "link"}
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)


# ------------------------------------------------------------------------------------------ every combination

# words that only the reasons written in one language bring into a letter
_MARKERS = {"en": ("relocating", "master's"), "id": ("pindah", "kuliah")}
assert all(w in CUSTOM[k] + CUSTOM_DECIDED[k] for k, ws in _MARKERS.items() for w in ws)
_ALLOWED_AFTER_CONNECTOR = {"I", "I'm", "I've", "I'll", "I'd"}
_TEAM = re.compile(r"^(?:Dear (?:.+ )?Hiring Team|Hi (?:.+ team|there)|Yth\. Tim Rekrutmen(?: .+)?|Halo Tim Rekrutmen(?: .+)?),$")


def defects(letter: str, case) -> list[str]:
    """What the shared letter lint looks for, and more."""
    out = []
    for m in re.finditer(r"\b(\w{2,})\s+\1\b", letter, re.I):
        if not m.group(1).isdigit():
            out.append(f"doubled word {m.group(0)!r}")
    for m in re.finditer(r"(?<!\.)\.\.(?!\.)|,,|\s,|\s\.(?!\w)|,\.|\.,|[ \t]{2,}|\s+$", letter.rstrip("\n") + "x"):
        out.append(f"punctuation/space {letter[max(0, m.start() - 20): m.end() + 10]!r}")
    for m in re.finditer(r"\bNone\b|\{\{|\}\}|\{%|\[[A-Za-z ]+\]|\bthe\s+role\b|\bposisi\s+(?:di|untuk)\b", letter):
        out.append(f"placeholder {letter[max(0, m.start() - 20): m.end() + 10]!r}")
    for sent in re.split(r"(?<=[.!?])\s+", letter):
        for verb in ("decided", "memutuskan", "withdraw"):
            if len(re.findall(rf"\b{verb}\b", sent, re.I)) > 1:
                out.append(f"{verb} twice: {sent[:120]!r}")
    for m in re.finditer(r"\b(?:as|because|since|karena|bahwa)\s+([A-Z][\w']*)", letter):
        if m.group(1) not in _ALLOWED_AFTER_CONNECTOR:
            out.append(f"mid-sentence capital {m.group(0)!r}")
    if re.search(r"\bat \d{1,2}[:.]\d{2}(\s*[AP]M)?(\s+\S+){0,2}\s+at\b", letter):
        out.append("at ... at")
    first = letter.split("\n", 1)[0]
    if case.recruiter.sender.split("<")[1].startswith("no-reply") and not _TEAM.match(first):
        out.append(f"greeting to a no-reply address: {first!r}")
    foreign = _MARKERS["id" if case.lang == "en" else "en"]
    if any(w in letter for w in foreign):
        out.append(f"a reason in the other language ({case.options.reason!r})")
    if case.lang == "id" and "Yth." in first and "Dengan hormat," not in letter:
        out.append("Yth. without Dengan hormat,")
    return out


def test_every_combination_reads_clean():
    threads: dict[str, object] = {}
    seen = 0
    problems: dict[str, list[str]] = {}
    for case in all_combinations():
        thread = threads.get(case.recruiter.key) or threads.setdefault(case.recruiter.key, thread_of(case))
        _, _, text = render_body(analysis_of(case, thread), case.options, NOW, thread)
        seen += 1
        for d in defects(text, case):
            problems.setdefault(d, []).append(f"{case.recruiter.key} {case.intent} {case.options.formality} "
                                              f"reason={case.options.reason!r} other={case.options.other_roles!r} "
                                              f"ref={case.options.referral} short={case.short_notice} booked={case.booked}")
    assert seen > 5000
    assert not problems, "\n".join(f"{k}  e.g. {v[0]} ({len(v)}x)" for k, v in list(problems.items())[:20])


@pytest.mark.parametrize("letter, bad", [
    ("Dear Keisha,\n\nI have decided to withdraw, as I have decided to go.\n", "decided twice"),
    ("Dear Keisha,\n\nThanks at at Orbital.\n", "doubled word"),
    ("Dear Keisha,\n\nI'm moving.. Sorry.\n", "punctuation"),
    ("Dear None,\n\nHi.\n", "placeholder"),
    ("Yth. Ibu Rina,\n\nDengan hormat,\n\nkarena Saya pindah.\n", "mid-sentence capital"),
    ("Dear Keisha,\n\ncancel on Monday at 10:00 AM GMT at Northwind.\n", "at ... at"),
    ("Dear Keisha,\n\nI withdraw, as saya akan pindah.\n", "other language"),
])
def test_the_lint_catches_what_it_is_for(letter, bad):
    case = CASES[0]
    assert any(bad in d for d in defects(letter, case)), defects(letter, case)
