"""What the words around a date-time say it is: the interview's time ("Date:", "interview on"), a deadline ("reply
by"), the old or the new time of a reschedule ("Jadwal Sebelumnya … / Jadwal Baru …", "moved from … to …"), part
of an availability window ("please share your availability during …"), or a line of a forwarded header block."""
from __future__ import annotations

import re

LABEL = re.compile(r"(?:^|\n)\s*[•\-*]?\s*(?:when|date|time|date\s*(?:&|and)\s*time|start|schedule|tanggal|hari\s*/\s*tanggal|"
                   r"hari,?\s*tanggal|hari|waktu|jam|pukul|jadwal|waktu\s*/\s*pukul|interview\s+date|interview\s+time)\s*:\s*[^\n]*$",
                   re.I)
INTERVIEW = re.compile(
    r"(?:intro\w*|screening|phone|video|recruiter|quick|short|\d+[\s-]min(?:ute)?)\s+call|interview|wawancara|interviu|psikotes|"
    r"psychotest|assessment|asesmen|tes\b|test\b|ujian|seleksi|tes\s+tertulis|screen|meet\s+(?:you|with)|booked|scheduled|dijadwalkan|undang|invite|hadir|join\s+us|"
    r"chat\s+with|conversation|onsite|on-site|round|tahap|pertemuan|bertemu", re.I)
RESCHEDULE = re.compile(
    r"\b(?:move[ds]?|moving|reschedul\w*|rebook\w*|re-?arrang\w*|instead|new\s+time|changed?\s+to|push(?:ed)?\s+(?:back\s+)?to|"
    r"bring\s+forward|diundur|dimajukan|diubah|dipindah\w*|menjadi|jadwal\s+ulang|perubahan\s+jadwal|updated?)\b", re.I)
DEADLINE = re.compile(
    r"\b(?:office\s+hours|business\s+hours|opening\s+hours|jam\s+(?:kerja|operasional|kantor)|by|before|no\s+later\s+than|deadline|"
    r"due|reply\s+by|respond\s+by|confirm\s+by|paling\s+lambat|batas(?:\s+waktu)?|sebelum|selambat-lambatnya|applied(?:\s+on)?|"
    r"submitted(?:\s+on)?|received(?:\s+on)?|sent(?:\s+on)?|posted|within|konfirmasi\s+paling\s+lambat|expires?|valid\s+until|"
    r"berlaku\s+(?:hingga|sampai)|complete\s+(?:it\s+)?(?:by|before)|closes?|ditutup|(?:active|open|valid|available|live)\s+(?:until|till|through))\b[^\n]{0,25}$", re.I)
LABEL_ONLY = re.compile(r"^\s*[\w/ ]{1,20}:?\s*$")
HEADER_LINE = re.compile(r"^\s*>?\s*(?:from|dari|sent|date|tanggal|dikirim|terkirim|to|kepada|subject|subjek|cc)\s*:", re.I)
SLOT = re.compile(r"\b(?:options?|slots?|pilih\w*|choose|which\s+(?:of\s+these|one|time)|works?\s+best|availability|"
                  r"available\s+times|pilihan|tersedia|alternatively|or\s+alternatively|opsi)\b", re.I)
# The old time of a reschedule, and the new one. The nearest cue before a time decides which it is.
OLD = re.compile(
    r"\b(?:previous(?:ly)?|original(?:ly)?|old|former|initial(?:ly)?|earlier)\s+(?:\w+\s+){0,2}(?:schedule[d]?|time|date|slot|"
    r"booking|appointment|interview)|\b(?:was|were|had\s+been)\s+(?:originally\s+)?(?:scheduled|set|booked|planned)\s+(?:for|on|at)\b|"
    r"\binstead\s+of\b|\bjadwal\s+(?:sebelumnya|lama|awal|semula)|\b(?:sebelumnya|semula)\b|\bdari\s+jadwal\b|"
    r"\b(?:yang\s+)?(?:seharusnya|tadinya)\b|\bno\s+longer\s+(?:on|at)\b|\bcancell?ed\s*:|"
    r"\bcancel\w*\s+(?:\w+\s+){0,8}?(?:on|for|at)\b|\b(?:membatalkan|dibatalkan)\s+(?:\w+\s+){0,6}?(?:pada|tanggal)\b", re.I)
NEW = re.compile(
    r"\bnew\s+(?:\w+\s+){0,2}(?:schedule|time|date|slot|booking|appointment)|\bupdated\s+(?:\w+\s+)?(?:schedule|time|date|booking|"
    r"invitation)|\bchange\s+(?:\w+\s+){0,4}?to\b|\b(?:reschedul\w*|rebook\w*|moved|changed|pushed(?:\s+back)?|brought\s+forward|shifted|postponed|updated)\s+(?:it\s+)?"
    r"(?:to|for|until|till)\b|\bnow\s+(?:be\s+)?(?:on|at|scheduled\s+for)\b|\bwill\s+now\b|\bjadwal\s+(?:baru|terbaru|pengganti|"
    r"yang\s+baru)|\bmenjadi\b|\b(?:diundur|dimajukan|dipindah(?:kan)?|diubah|digeser)\s+(?:ke|menjadi|pada)\b|\bsekarang\s+"
    r"(?:menjadi|pada|dijadwalkan)\b|\bkami\s+jadwalkan\s+ulang\b", re.I)
_FROM_TO = re.compile(
    r"\b(?:mov(?:ed|ing|e)|reschedul\w*|chang(?:ed|ing|e)|shift(?:ed|ing)?|postpon(?:ed|ing|e)|push(?:ed|ing)?|diundur|dimajukan|"
    r"dipindah\w*|diubah|digeser|berubah)\s+(?:[\w']+\s+){0,3}?(?:from|dari)\b(?P<old>[^\n]{3,80}?)\b(?:to|ke|menjadi)\b", re.I)
_INSTEAD = re.compile(r"\binstead\b(?!\s+of)|\bsebagai\s+gantinya\b", re.I)
# Availability windows: the recruiter asks when the candidate can do, or lists when they can.
AVAILABILITY = re.compile(
    r"\b(?:your\s+availability|availability\s+(?:during|between|for|on|in)|(?:are|is)\s+available\s+(?:during|between|from|any)|"
    r"available\s+(?:times|slots|windows|dates)|any\s+time\s+(?:between|from|during)|at\s+any\s+time|time\s+windows?|"
    r"share\s+(?:a\s+few|some|your|\w+\s+)\s*(?:times|slots|dates|availability)|send\s+(?:me|us)\s+(?:some|a\s+few)\s+(?:dates|times)|"
    r"(?:let\s+(?:me|us)\s+know|tell\s+us)\s+(?:your\s+)?(?:availability|when\s+you|what\s+times?)|"
    r"jadwal\s+(?:yang\s+)?tersedia|waktu\s+(?:yang\s+)?tersedia|slot\s+(?:yang\s+)?tersedia|ketersediaan(?:\s+waktu)?|"
    r"kapan\s+(?:saja|anda|kamu)|tersedia\s+(?:pada|tanggal|mulai)|bisa\s+memilih|silak?h?an\s+pilih|pilih\s+(?:salah\s+satu|jadwal|waktu|slot))",
    re.I)
AGENDA = re.compile(r"\b(?:agenda|itinerary|schedule\s+for\s+the\s+day|day'?s\s+schedule|rundown|susunan\s+acara|jadwal\s+kegiatan|"
                    r"timeline|program(?:me)?\s+for\s+the\s+day|on\s+the\s+day)\b", re.I)


def in_header_block(text: str, line_start: int) -> bool:
    """Is this line part of a mail header block (From:/Sent:/Date:/To: lines of a forwarded or quoted message, or
    Lotus Notes' bare "Name / 12/01/2026 09:58 AM / To: / cc: / Subject:" block)?"""
    line_end = text.find("\n", line_start)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    prev = text[max(0, line_start - 300): line_start].rstrip("\n").split("\n")[-3:]
    nxt = text[line_end + 1: line_end + 300].split("\n")[:3] if line_end >= 0 else []
    if _FORWARD_LINE.search(line):
        return True  # "----- Forwarded by Shirley Crenshaw/HOU/ECT on 12/01/2026 09:58 AM -----" (Lotus Notes)
    labelled = re.match(r"^\s*>?\s*(?:sent|date|tanggal|dikirim|terkirim)\s*:", line, re.I)
    if not labelled and not _BARE_STAMP.match(line):
        return False
    return sum(bool(HEADER_LINE.match(x)) for x in prev + nxt) >= 2


_FORWARD_LINE = re.compile(r"-{2,}\s*(?:forwarded\s+by\b|original\s+message|pesan\s+(?:asli|diteruskan))", re.I)
_BARE_STAMP = re.compile(r"^\s*>?\s*\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*$", re.I)


def passage(text: str, start: int, end: int) -> str:
    """The sentence (or the label block, which ends at a blank line) around text[start:end]."""
    head = text[max(0, start - 300): start]
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("\n\n"), head.rfind(".\n"))
    head = head[cut + 1:] if cut >= 0 else head
    tail = text[end: end + 200]
    stop = re.search(r"[.!?](?:\s|$)|\n\s*\n", tail)
    return head + text[start:end] + (tail[: stop.start()] if stop else tail)


def reschedule_side(text: str, pos: int) -> str | None:
    """"old" or "new" when a reschedule cue stands before the time at `pos` (the nearest one decides), else None.
    Cues count within the same short block: a heading a few lines up ("Jadwal Baru\\nTanggal: …\\nPukul: …") still does."""
    head_start = max(0, pos - 160)
    head = text[head_start: pos]
    for m in _FROM_TO.finditer(text, max(0, pos - 100), min(len(text), pos + 100)):
        if m.start("old") <= pos < m.end("old"):
            return "old"
        if m.end() <= pos <= m.end() + 40:
            return "new"
    tail = text[pos: pos + 90]
    stop = re.search(r"[.!?\n]", tail)
    if _INSTEAD.search(tail[: stop.start() + 1 if stop else len(tail)]):
        return "new"  # "Would you be available on Friday 29 January at 2:00pm instead?"
    last_old = max((m.end() for m in OLD.finditer(head)), default=-1)
    last_new = max((m.end() for m in NEW.finditer(head)), default=-1)
    if last_old < 0 and last_new < 0:
        return None
    return "old" if last_old > last_new else "new"
