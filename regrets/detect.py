"""Is this thread a job-interview invitation? Weighted English and Indonesian cues.

Each cue is a pattern with a weight; a thread is an invite when an interview word is present and the
sum clears a threshold. Strong negatives cover what looks like an invite but is not: application
receipts, rejections, offers, job alerts, webinars about interviews, feedback after an interview,
and panels where the mailbox owner is the interviewer. The patterns are grouped by what they mean,
so a new kind of mail is handled by adding one line, not by touching the logic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import rxstems
from .datetext.vocab import MONTHS, WEEKDAYS
from .model import Message

_I = re.I

INTERVIEW_WORD = re.compile(
    r"\b(?:interview\w*|wawancara|interviu|psiko\s?te(?:st|s)|psikologi|psychotest|psychological\s+(?:test|assessment)|"
    r"(?:written|aptitude|proctored|online|skills?)\s+(?:test|exam\w*|assessment)|tes\s+(?:online|tulis|kemampuan|potensi|akademik|"
    r"kesehatan|seleksi|psikologi|kompetensi|bakat)|ujian\s+(?:tertulis|seleksi|online)|asesmen|"
    r"(?:jadwal|tanggal|mengikuti|undangan|panggilan|pelaksanaan|hadir\s+(?:dalam|pada))\s+tes|medical\s+check[\s-]?up|"
    r"pemeriksaan\s+kesehatan|"
    r"phone\s+screen\w*|screening\s+(?:call|interview)|"
    r"recruiter\s+(?:screen|call)|technical\s+(?:round|call|screen|assessment\s+call)|on-?site|final\s+round|"
    r"hiring\s+manager\s+(?:call|chat|round|meeting|conversation)|panel\s+(?:interview|session)|portfolio\s+review|"
    r"case\s+(?:study\s+)?(?:interview|presentation)|user\s+interview|tes\s+(?:tertulis|wawancara)|fgd|"
    r"assessment\s+cent(?:er|re)|round\s+\d|panggilan\s+(?:kerja|tes|seleksi)|undangan\s+(?:tes|seleksi))\b", _I)
RECRUITING_CONTEXT = re.compile(
    r"\b(?:role|position|application|applied|applying|candidacy|candidate|opening|vacancy|resume|cv|posisi|lamaran|"
    r"lowongan|rekrutmen|recruit\w*|talent|hiring|hiring\s+manager)\b", _I)
CHAT_WORD = re.compile(
    r"\b(?:(?:a|quick|short|brief|intro(?:ductory)?|informal|exploratory)\s+(?:call|chat|conversation)|"
    r"conversation\s+with|meet\s+(?:you|with|the\s+team)|speak\s+with\s+you|chat\s+with\s+(?:you|our|the)|"
    r"come\s+(?:in|by)\s+(?:to|for|and)|bertemu|ngobrol|(?:your|new|booked|interview|the)\s+slot)\b", _I)

# Sentences that only talk about what *might* happen ("If selected, we will contact you to schedule an
# interview") say nothing about an invitation; they are left out when looking for positive cues.
# After a line break only spaces and tabs are skipped (a sentence mark may be followed by any white space):
# `(?<=\n)\s*` made every line of a long run of blank lines rescan the rest of the run (quadratic).
CONDITIONAL = re.compile(
    r"(?:^|(?<=[.!?;:])\s*|(?<=\n)[^\S\n]*|[,;:\u2013\u2014]\s*|\s-\s+)(?:if|should\s+you|should\s+your|once|in\s+case|jika|apabila|bila|kalau|seandainya|"
    r"apabila)\b[^.!?\n]*?(?=,\s*(?:please|kindly|feel\s+free|do\s+let|silak?h?an|mohon|harap)\b|[.!?\n]|$)", _I)
# (A polite condition ends at the comma before a request: "If you are interested, please pick a slot" keeps the
# request; "If selected, we will contact you" stays out.)

# (pattern, weight, label)
POSITIVE: list[tuple[re.Pattern[str], float, str]] = [(re.compile(p, _I), w, lab) for p, w, lab in [
    (r"\binvit\w*\s+you\s+(?:to|for|in)\b|\binvite\s+you\b", 3, "invites you"),
    (r"\b(?:like|love|want|pleased|happy|delighted|glad|excited)\s+to\s+(?:invite|interview|schedule|meet|speak|talk|chat|"
     r"set\s+up|arrange|book|have\s+you|bring\s+you|move\s+(?:you\s+)?forward|continue|confirm|let\s+you\s+know|inform\s+you)", 3,
     "would like to meet"),
    (r"\b(?:interview|call|meeting|chat|screen|session|conversation)\b[^.\n]{0,70}?\b(?:is|has\s+been|was|will\s+be|are)\s+(?:now\s+)?"
     r"(?:scheduled|confirmed|booked|set|arranged|held|conducted|planned|taking\s+place)", 3, "scheduled"),
    (r"\b(?:we|i|they|she|he)(?:'ve|\s+have|\s+just|'ll|\s+will)?\s+(?:booked|scheduled|arranged|set\s+up|lined\s+up|"
     r"blocked|put\s+(?:a|an|you)|sent\s+(?:over\s+)?(?:a|an|the)\s+(?:calendar|invite))\b", 3, "booked"),
    (r"\binterview\s+(?:invitation|invite|request|confirmation|confirmed|slots?|schedul\w*|details|information|logistics|reminder)", 3,
     "interview invitation"),
    (r"\binvitation\s+(?:to|for)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}interview|\binvitation\s+to\s+(?:meet|interview)", 3,
     "invitation to interview"),
    (r"\b(?:selected|shortlisted|short-listed|chosen)\s+(?:you\s+)?(?:for|to)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}(?:interview|round|stage|"
     r"assessment|test|psikotes|exam\w*)|"
     r"\b(?:advance|progress|move|invite)d?\s+(?:you\s+)?(?:forward\s+)?to\s+the\s+(?:next|final|\w+)\s+(?:round|stage|step)", 3,
     "selected for interview"),
    (r"\b(?:next|first|second|third|final|1st|2nd|3rd|last)[\s-]+(?:round|step|stage|interview)\b", 2, "next round"),
    (r"\b(?:share|send|provide|confirm|let\s+(?:me|us)\s+know)\s+(?:your\s+|me\s+your\s+|us\s+your\s+)?(?:availability|attendance|a\s+time|"
     r"(?:which|what)\s+(?:time|slot|option|day))|\bwhat\s+does\s+your\s+availability\b|\bwhen\s+(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)", 2,
     "availability"),
    (r"\b(?:pick|choose|select|book|grab)\s+(?:a|your|the|any|whatever|one)\s+(?:\w+\s+)?(?:time|slot|date)|"
     r"\b(?:proposed|offered|suggested)\s+(?:the\s+following\s+|some\s+|a\s+few\s+)?(?:time\s+)?slots?\b", 2, "pick a slot"),
    (r"\bfor\s+your\s+(?:\w+\s+){0,3}(?:interview|assessment|psikotes|test)\b|\byour\s+(?:\w+\s+){0,2}interview\s+"
     r"(?:is|will\s+be)\s+(?:scheduled|on|at|confirmed|set|booked|held)\b|\binterview\s+(?:anda|kamu)\b", 2, "your interview"),
    (r"\bschedule\s+(?:your|an|the|a)\s+(?:\w+\s+){0,2}(?:interview|call|screen|chat)|\bset(?:ting)?\s+up\s+(?:a|an|your|the)\s+(?:\w+\s+){0,2}"
     r"(?:interview|call|screen|chat)", 3, "schedule interview"),
    (r"\byou\s+have\s+been\s+invited\b|(?:^|\s)invitation:|\bupdated\s+invitation\b", 2, "calendar invitation"),
    (r"\b(?:calendar\s+)?invite\s+(?:to\s+follow|attached|is\s+attached|will\s+follow|on\s+its\s+way|with\s+the)|\bcalendar\s+(?:hold|invit\w+|invite)\b|"
     r"\bsending\s+(?:over\s+)?(?:the|a|an|you)\s+(?:\w+\s+)?invit", 2, "calendar invite"),
    (r"\bplease\s+(?:reply|respond)\s+to\s+confirm\b|\bconfirm\s+your\s+(?:attendance|availability|slot|interview)|"
     r"\b(?:please\s+)?(?:confirm|acknowledge)\s+(?:that\s+you\s+(?:can|are\s+able\s+to)\s+attend|receipt\s+of\s+this)", 2, "confirm attendance"),
    (r"\bmov(?:e|ing|ed)\s+(?:your|the|our|it|this)\b|\breschedul\w*|\brebook\w*|\bnew\s+time\b|\bchange\s+the\s+(?:date|time)|"
     r"\b(?:diundur|dimajukan|dijadwalkan\s+ulang|jadwal\s+ulang)\b", 2, "reschedule"),
    (r"\b(?:would|does|will|can)\s+[^.?\n]{0,60}\bwork\s+for\s+you\b|\bare\s+you\s+(?:free|available)\b|"
     r"\bwould\s+you\s+be\s+(?:open|available|free|interested)\s+(?:to|for)\b|\bare\s+you\s+(?:open|able)\s+to\b|"
     r"\bcan\s+you\s+(?:do|make|join|come|attend|hop\s+on)\b", 2, "would that work"),
    (r"\b(?:i|we)(?:'ll|\s+will)\s+(?:give\s+you\s+a\s+(?:call|ring)|call\s+you|ring\s+you|phone\s+you)\b|\b(?:kami|saya)\s+akan\s+menelepon\b", 2,
     "will call you"),
    (r"\b(?:friendly\s+)?reminder\b[^.\n]{0,40}\binterview\b|\binterview\s+(?:tomorrow|today)\b", 2, "reminder"),
    (r"\blook(?:ing)?\s+forward\s+to\s+(?:meeting|speaking|talking|seeing|chatting)\s+(?:with\s+)?you\b", 1, "looking forward"),
    (r"\b(?:come|pop|stop|drop)\s+(?:in|by|into|over)\b|\bfor\s+(?:an?|your|the)\s+(?:\w+\s+){0,2}interview\s+(?:at|on|with|this|next|tomorrow|today)\b",
     2, "come in for an interview"),
    (r"\b(?:will|is\s+(?:going|set)\s+to)\s+take\s+place\b|\bscheduled\s+(?:from|for|on)\b|\byour\s+(?:new\s+)?(?:slot|booking|appointment)\b|"
     r"\bappointment\s+(?:confirm\w*|details|reminder)\b|\byour\s+upcoming\s+(?:\w+\s+)?interview\b|\btoday'?s\s+the\s+day\b|"
     r"\b(?:interview|session)\s+(?:link|details|is\s+today|is\s+tomorrow)\b|\bjoin\s+(?:the|your)\s+(?:\w+\s+)?interview\b|"
     r"\b(?:event|meeting|acara)\s*(?:name|title|nama)?\s*:\s*[^\n]{0,60}\b(?:interview|wawancara)\b", 2, "interview logistics"),
    (r"\b(?:conduct|hold|have|arrange)\s+(?:an?\s+)?(?:\w+\s+)?interview\s+with\s+you\b|\bbring\s+you\s+in\b|\b(?:an?\s+)?(?:informal|formal|brief)\s+interview\b|"
     r"\b(?:would|will|are)\s+you\s+be\s+available\b|\b(?:send|give)\s+(?:me|us)\s+(?:some|a\s+few|your)\s+(?:dates|times|availability)", 3,
     "interview with you"),
    # Indonesian
    (r"\bundangan\s*:?\s*(?:\w+\s+){0,2}(?:interview|wawancara|psikotes|tes|seleksi)", 3, "undangan interview"),
    (r"\bpanggilan\s+(?:interview|wawancara|kerja|tes|psikotes|seleksi)|\bmemanggil\s+(?:anda|saudar[ai]\w*|sdr\w*|bapak|ibu|kamu)|"
     r"\bdipanggil\s+untuk\b|\b(?:anda|saudar[ai]\w*|kamu)\s+dipanggil\b", 3, "panggilan"),
    (r"\bmengikuti\s+(?:tahap\s+\w+\s*:?\s*)?(?:tes|psikotes|psikotest|wawancara|interview|seleksi|ujian|asesmen)\b|"
     r"\b(?:take|sit|attend)\s+(?:the|a|an|your)\s+(?:\w+\s+)?(?:test|exam|assessment)\b", 2, "attend a test"),
    (r"\b(?:meng)?undang(?:mu|nya)?\s+(?:anda|bapak|ibu|saudar[ai]\w*|sdr\w*|kamu|mu)\b|\bmengundangmu\b|\bkami\s+undang\b|\bdiundang\b|"
     r"\b(?:mau|ingin|akan)\s+(?:meng)?(?:undang|invite)\b|\binvite\s+(?:kamu|anda)\b|\bbersama\s+ini\s+kami\s+mengundang", 3, "mengundang"),
    (r"\bingin\s+mengundang\b", 3, "ingin mengundang"),
    (r"\bdijadwalkan\b|\bjadwal\s+(?:interview|wawancara|psikotes|tes|seleksi)\b|\bperubahan\s+jadwal\b|\bjadwal\s+(?:baru|pengganti)\b|"
     r"\bpelaksanaan\s+(?:tes|psikotes|wawancara|interview|seleksi)\b|\bdiundur\s+menjadi\b|\bdimajukan\b|\b(?:ubah|diubah|ganti|diganti)\s+menjadi\b|"
     r"\bkami\s+jadwalkan\b", 2, "dijadwalkan"),
    (r"\b(?:akan\s+)?(?:dilaksanakan|diadakan|dilakukan|berlangsung|diselenggarakan)\s+(?:pada|secara|di|hari)\b", 2, "dilaksanakan pada"),
    (r"\b(?:mohon|harap)\s+(?:konfirmasi|kesediaan\w*|membalas|balas)|\bkonfirmasi\s+kehadiran\b", 2, "mohon konfirmasi"),
    (r"\bhadir\s+(?:wawancara|interview|pada|tepat|di|ke)|\bkehadiran\s+(?:anda|bapak|ibu|saudara\w*|kamu)|\bbisa\s+datang\b", 2, "hadir"),
    (r"\btahap\s+(?:selanjutnya|berikutnya|wawancara|interview|akhir|\d)|\binterview\s+tahap\b|\blolos\s+(?:ke\s+)?(?:seleksi|tahap)", 2,
     "tahap selanjutnya"),
    (r"\banda\s+telah\s+diundang\b", 2, "diundang (kalender)"),
    (r"\bmengingatkan\b|\bpengingat\b|\bada\s+(?:jadwal\s+)?(?:interview|wawancara)\b", 2, "pengingat"),
    (r"\bmengajak\w*\b|\b(?:ingin|mau|akan|pengen)\s+(?:melakukan|mengadakan|lanjut\s+ke|ngobrol|berbincang|bertemu|ketemu)\b|"
     r"\b(?:gimana|bagaimana)\s+kalau\b|\bapakah\s+(?:anda|kamu|bapak|ibu)\s+(?:bisa|bersedia|available)\b", 3, "mengajak"),
    (r"\bkapan\s+(?:waktu|jadwal)\b|\bwaktu\s+yang\s+(?:nyaman|tepat|cocok|memungkinkan|kosong)\b|\bketersediaan\s+waktu\b", 2,
     "ketersediaan waktu"),
    (r"\bsilakan\s+pilih\b|\bsilahkan\s+pilih\b|\bpilih\s+(?:salah\s+satu\s+)?jadwal\b", 2, "pilih jadwal"),
]]

NEGATIVE: list[tuple[re.Pattern[str], float, str]] = [(re.compile(p, _I), w, lab) for p, w, lab in [
    # the owner is the interviewer
    (r"\byou(?:'re|\s+are)\s+on\s+the\s+(?:interview\s+)?(?:panel|loop)|\binterview\s+panel\s*:|\bfor\s+candidate\b|\bscorecard\b|"
     r"\binterview\s+kit\b|\bsubmit\s+(?:your\s+)?feedback\b|\bas\s+(?:an?\s+|the\s+)?(?:interviewer|panel(?:ist|\s+member))\b|\bcandidate\s+packet\b|"
     r"\bthanks\s+for\s+volunteering\b|\bsebagai\s+(?:pewawancara|interviewer|penguji|penilai|panelis)\b|"
     r"\bform\s+penilaian\b|\bhas\s+booked\s+(?:an?\s+|your\s+)(?:\w+\s+)?(?:slot|time|meeting|appointment)\s+with\s+you\b|"
     r"\bbooked\s+(?:a|an)\s+(?:\w+\s+)?(?:time|meeting|slot|call|interview)\s+with\s+you\b|\bnew\s+(?:booking|event|appointment)\s*(?:scheduled\s*)?:|"
     r"\b(?:applicant|candidate)(?:'s)?\s+(?:details|profile|resume|cv|information)\s*[:\n]|\bgrade\s+(?:the\s+)?(?:applicant|candidate)\b|"
     r"\bevaluate\s+(?:the\s+)?(?:applicant|candidate)\b|\b(?:interview\s+)?(?:feedback|evaluation)\s+form\b|"
     r"\byou\s+(?:have\s+been|are|were)\s+(?:scheduled|assigned|added|selected)\s+(?:as|to\s+be|to\s+(?:the\s+)?(?:panel|interview\s+panel))\b|"
     r"\bscheduled\s+for\s+an\s+interview\s+session\b|\bwith\s+the\s+(?:candidate|applicant)\b|"
     r"\bstart\s+(?:the\s+)?meeting\b|\bhost\s+(?:key|link|url)\b|\bmewawancarai\b|\bgrade\s+for\s+the\s+(?:applicant|candidate)\b|"
     r"\b(?:enter|submit)\s+your\s+(?:evaluation|scores?|assessment\s+of)\b|\bscoring\s+sheets?\b|\binterviewer\s+(?:instructions|guide|notes|briefing)\b|"
     r"\bpanel\s+members\s+(?:please|should|will|are)\b|\binterview\s+of\s+(?:this|the)\s+(?:applicant|candidate)\b|"
     r"\b(?:dijadwalkan|ditugaskan)\s+(?:menjadi|sebagai)\s+(?:interviewer|pewawancara|penguji|panelis)\b|\bprofil\s+pelamar\b|"
     r"\bkandidat\s+yang\s+bersangkutan\b", 9,
     "owner is the interviewer"),
    # status updates: the process goes on, but nobody invites to anything yet
    (r"\b(?:will|shall)\s+(?:soon\s+|shortly\s+)?(?:contact|reach\s+out\s+to|be\s+in\s+touch\s+with|get\s+in\s+touch\s+with|inform|notify|email|call)\s+"
     r"you\s+(?:soon\s+|shortly\s+)?(?:to|regarding|about|for|with)\s+(?:\w+\s+){0,2}(?:schedul|arrang|set\s+up|book|coordinat|next\s+steps|details)|"
     r"\bwe\s+will\s+be\s+in\s+touch\b|\bwill\s+be\s+informed\b|\bnext\s+steps\s+will\s+follow\b|"
     r"\b(?:is|has\s+been|was)\s+(?:now\s+)?(?:in|under|moved\s+to|placed\s+in)\s+(?:\w+[\s-]+){0,2}review\b|\bhas\s+been\s+viewed\b|"
     r"\b(?:progressed|advanced|moved)\s+to\s+the\s+(?:\w+\s+)?stage\b|\bapplication\s+(?:status|update)\b|"
     r"\b(?:dilihat|ditinjau|direview|diproses)\s+oleh\b|\bsedang\s+(?:ditinjau|direview|diproses|dalam\s+proses)\b|"
     r"\bakan\s+(?:segera\s+)?(?:menghubungi|menginformasikan|mengabari)\s+(?:anda|kamu|saudara\w*|bapak|ibu)\b|"
     r"\bjadwal\s+(?:\w+\s+){0,4}(?:sedang|masih|akan)\s+(?:disusun|dijadwalkan|diatur|ditentukan|dikonfirmasi)\b|"
     r"\bmenunggu\s+(?:pemberitahuan|informasi|kabar|pengumuman)\s+(?:\w+\s+)?(?:selanjutnya|berikutnya|lebih\s+lanjut)\b|"
     r"\bjadwal\s+(?:\w+\s+){0,2}menyusul\b|\bschedule\s+(?:is\s+|will\s+be\s+)?(?:being\s+)?(?:prepared|finali[sz]ed|confirmed)\s+(?:later|soon)\b", 4,
     "status update"),
    # the owner's own job-tracking tool
    (r"\b(?:job|application)\s+(?:application\s+)?track(?:er|ing)\b|\btracked\s+(?:jobs|applications|interviews)\b|\byou\s+(?:added|saved|logged|tracked|entered)\b|"
     r"\breminders\s+for\s+today\b|\byour\s+(?:job\s+search\s+)?(?:board|dashboard|pipeline)\b", 7, "own job tracker"),
    # asynchronous one-way video: a deadline, nobody to meet
    (r"\bone[\s-]way\s+(?:video\s+)?interview|\bon[\s-]demand\s+(?:video\s+)?interview|\basynchronous\s+(?:video\s+)?interview|\bhirevue\b|"
     r"\bspark\s*hire\b|\brecord\s+(?:your\s+)?(?:answers|responses|video\s+answers)\b|\bat\s+a\s+time\s+(?:that\s+is\s+)?convenient\s+(?:for|to)\s+you\b|"
     r"\bwawancara\s+(?:video\s+)?(?:rekaman|asinkron)\b|\brekam\s+jawaban\b|\bmulai\s+tes\s+sekarang\b|\bmenekan\s+tombol\s+\W?mulai|"
     r"\bwaktu\s+pengerjaan\s+(?:\w+\s+){0,2}dihitung\b|\bkerjakan\s+(?:tes|soal)\s+(?:ini\s+)?(?:sebelum|paling\s+lambat|kapan\s+saja)\b|"
     r"\bstart\s+(?:the\s+)?(?:test|assessment)\s+now\b|\btimer\s+(?:starts|begins)\b|\bat\s+any\s+time\s+before\b", 6, "one-way video"),
    # articles and newsletters about interview mail
    (r"\bsample\s+(?:\w+\s+)?(?:email|letter|reply|response|message)s?\b|\b(?:email|letter)\s+templates?\b|\bcontoh\s+(?:\w+\s+)?(?:surat|email|balasan|pesan)\b|"
     r"\bhere'?s\s+(?:an?\s+)?(?:example|sample|template)\b|\bhow\s+to\s+(?:reply|respond|answer|write|prepare)\b|\bcara\s+(?:membalas|menjawab|menulis|membuat)\b|"
     r"\bread\s+(?:more|the\s+full)\b|\bbaca\s+(?:juga|selengkapnya)\b|\[(?:candidate|your|company|nama|name|job|position)[^\]\n]{0,30}\]", 6,
     "article about interviews"),
    # rejection
    (r"\bunfortunately,?\s+(?:we\s+)?(?:(?:have|had)\s+)?(?:decided|will\s+not|won'?t|are\s+(?:not|unable)|cannot|can'?t|"
     r"(?:will|would)\s+be\s+(?:moving|proceeding|pursuing)|the\s+(?:position|role))|\bregret\s+to\s+inform\b|"
     r"\bnot\s+(?:to\s+)?(?:move|moving)\s+forward\b|\bdecided\s+(?:not\s+to|to\s+(?:move|proceed|go|continue)\s+(?:forward\s+)?with\s+other)|"
     r"\bother\s+candidates\b|\bnot\s+be\s+(?:progressing|moving)\b|\bwill\s+not\s+be\s+proceeding\b|\bposition\s+has\s+been\s+filled\b|"
     r"\bnot\s+(?:been\s+)?selected\b|\bpursue\s+other\b|\b(?:won'?t|will\s+not|not)\s+be\s+(?:inviting|invited|progressing|scheduling)\b|"
     r"\bnot\s+(?:able\s+to\s+)?(?:invite|offer)\s+you\b", 6, "rejection"),
    (r"\bkandidat\s+lain\b|\b(?:belum|tidak)\s+(?:dapat|bisa)\s+melanjutkan\b|\b(?:belum|tidak)\s+lolos\b|\bbelum\s+berhasil\b|\bbelum\s+sesuai\b|\b(?:belum|tidak)\s+memenuhi\s+(?:kualifikasi|kriteria|syarat|persyaratan)\b|"
     r"\bdengan\s+berat\s+hati\b[^.]{0,80}\b(?:belum|tidak)\b", 6, "penolakan"),
    # offer
    (r"\boffer\s+letter\b|\bpleased\s+to\s+offer\b|\bjob\s+offer\b|\bextend\s+(?:you\s+)?an?\s+offer\b|\byour\s+offer\s+from\b|"
     r"\bsurat\s+penawaran\b|\bpenawaran\s+kerja\b|\boffering\s+letter\b", 6, "offer"),
    # receipts
    (r"\b(?:received|receiving|receipt\s+of)\s+your\s+application\b|\bapplication\s+(?:has\s+been\s+)?received\b|\bthanks?\s+(?:you\s+)?for\s+applying\b|"
     r"\blamaran\s+(?:anda|kamu)\s+(?:telah|sudah)\s+(?:kami\s+)?(?:terima|diterima)\b|\bterima\s+kasih\s+telah\s+melamar\b", 3, "application receipt"),
    # job alerts, newsletters
    (r"\bjob\s+alerts?\b|\bjobs?\s+(?:you\s+may\s+(?:like|be\s+interested\s+in)|for\s+you|recommended)\b|\brecommended\s+jobs\b|"
     r"\blowongan\s+(?:kerja\s+)?terbaru\b|\brekomendasi\s+lowongan\b|\beasy\s+apply\b|\bnewsletter\b|\bweekly\s+digest\b|\bjobs\s+in\s+\w+|"
     r"\bnew\s+jobs\s+for\b", 7, "job alert / newsletter"),
    (r"\bunsubscribe\b|\bberhenti\s+berlangganan\b|\bmanage\s+(?:your\s+)?(?:alerts|subscriptions|email\s+preferences)\b", 2, "bulk mail"),
    # events about interviews, not interviews
    (r"\bwebinar\b|\bcareer\s+talk\b|\bseminar\b(?!\s+(?:hall|room|centre|center))(?<!ruang\sseminar)|\b(?:free|gratis|online|virtual|live|join\s+(?:our|the|a)|attend\s+(?:our|the|a)|"
     r"register\s+for\s+(?:our|the|a)|ikuti)\s+(?:\w+\s+)?workshop\b|\bworkshop\s+(?:on|about|tentang)\b|\bjob\s+fair\b|\bbootcamp\b|\b(?:link|form(?:ulir)?|batas|buka)\s+registrasi\b|\bregistrasi\s+(?:online|sekarang|di\s+sini|melalui|peserta\s+webinar)\b|\bregister\s+(?:now|here)\b|"
     r"\bdaftar\s+sekarang\b|\bsertifikat\s+elektronik\b|\be-?certificate\b|\bnarasumber\b|(?<!trying\sa\s)(?<!try\sa\s)\bmock\s+interview\b|\binterview\s+tips\b|"
     r"\btips\s+(?:lolos\s+)?interview\b|\bkelas\s+online\b|\bmasterclass\b|\blive\s+q\s*&\s*a\b", 7, "event about interviews"),
    # calendar logistics: somebody's answer to an invitation, not an invitation
    (r"^\s*(?:accepted|declined|tentative(?:ly\s+accepted)?|diterima|ditolak|tentatif|new\s+time\s+proposed)\s*:", 8, "calendar reply"),
    # someone else's interview: a friend asking for tips, or the sender talking about their own interview
    (r"\b(?:i(?:'ve|\s+have)?\s+got|i\s+have|i\s+landed|i\s+just\s+got)\s+an?\s+(?:\w+\s+)?interview\b|\bmy\s+interview\s+(?:is|at|with|on)\b|"
     r"\bany\s+(?:tips|advice|pointers)\b|\b(?:aku|saya|gue|gw)\s+(?:ada|dapat|dapet)\s+(?:panggilan\s+)?interview\b|\bminta\s+tips\b", 5,
     "someone else's interview"),
    # a friend or colleague talking about the owner's interview
    (r"\bcongrat\w*\s+on\s+(?:landing|getting|your)\b[^.!\n]{0,30}\binterview|\bgood\s+luck\s+(?:on|with|at)\s+(?:your|the)\s+interview|"
     r"\bselamat\s+(?:ya\s+)?(?:sudah|udah)\s+(?:dapat|dipanggil)\b", 5, "about the owner's interview"),
    # media and research interviews
    (r"\bpodcast\b|\bepisode\b|\bon\s+air\b|\bpress\s+interview\b|\bmedia\s+interview\b|\bjournalist\b|\bfor\s+(?:an?\s+)?(?:article|story|feature)\b",
     8, "media interview"),
    (r"\b(?:user|customer|stakeholder|research|discovery|usability|expert|exit)\s+interviews\b|\binterviews?\s+(?:we\s+(?:ran|did|conducted)|"
     r"with\s+(?:users|customers|participants))\b|\bwawancara\s+(?:responden|warga|narasumber|mendalam)\b|\benumerator\b|\bresponden\b",
     8, "research interviews"),
    # after the interview
    (r"\bhow\s+(?:did|was)\s+(?:your|the)\s+interview\b|\bfeedback\s+(?:on|about|from)\s+(?:your|the)\s+interview\b|\bcandidate\s+(?:experience\s+)?survey\b|"
     r"\binterview\s+experience\b|\bthank\s+you\s+for\s+(?:taking\s+the\s+time\s+to\s+)?interview(?:ing)?\s+with\s+us\b|\bthank\s+you\s+for\s+spending\b|"
     r"\bthanks?\s+(?:so\s+much\s+)?for\s+coming\s+in\b|\bwrapping\s+up\s+interviews\b|\bterima\s+kasih\s+(?:telah|sudah)\s+(?:mengikuti|menghadiri)\s+(?:proses\s+)?(?:interview|wawancara)|"
     r"\bpengalaman\s+interview\b|\bsurvei\b", 4, "after the interview"),
    (r"\boffer\s+(?:details|package)\b|\byour\s+(?:first\s+day|onboarding)\b|\bonboarding\s+(?:session|schedule|day|documents|checklist)\b|"
     r"\bstart\s+date\b|\bhari\s+pertama\s+kerja\b|\btanggal\s+mulai\s+(?:bekerja|kerja)\b", 3, "after hiring"),
    # tests without an interviewer
    (r"\bonline\s+assessment\b|\bcoding\s+(?:test|challenge|assessment)\b|\btake[\s-]home\s+(?:test|assignment|challenge)\s+(?:link|invitation)\b|"
     r"\btimer\s+cannot\s+be\s+paused\b|\bstart\s+(?:the\s+)?test\b|\bcomplete\s+(?:the|your|this)\s+(?:\w+\s+)?(?:test|assessment)\s+by\b", 5,
     "online test"),
]]

MEETING_LINK = re.compile(r"meet\.google\.com/|zoom\.us/|teams\.microsoft\.com/|webex\.com/|whereby\.com/|teams\.live\.com/", _I)
BOOKING_LINK = re.compile(r"calendly\.com/(?!cancellations|reschedulings)|calendar\.app\.google/|/appointments?/|goodtime\.io|modernloop\.io/|/availability/|"
                          r"https?://\S*/(?:easy-?book|book(?:ing)?s?|schedul\w*|meetings)/|\blook\s+(?:over|at)\s+(?:her|his|my|our|the)\s+calendar\b|"
                          r"\b(?:please|you\s+can|feel\s+free\s+to|to|and)\s+book\s+(?:a|your)\s+(?:time|slot)|\bself-?schedul|\bshare\s+(?:your|every\s+time)\s+.{0,30}availab|\bpilih\s+(?:sendiri\s+)?jadwal|\bjadwalnya\s+bisa\s+kamu\s+pilih|"
                          r"\bhalaman\s+penjadwalan|\breply\s+with\s+the\s+(?:number|option)|\bwhich\s+(?:of\s+these\s+)?(?:slots?|options?|times?)\b", _I)

THRESHOLD = 4.0


@dataclass
class Verdict:
    score: float
    is_invite: bool
    cues: list[str] = field(default_factory=list)


# The prefilter runs on every message of a mailbox, so it avoids case-insensitive regex scans (slow in `re`):
# the text is lower-cased once and the same patterns, compiled case-sensitively for lower-case input, are tried
# only where their leads are (rxstems). A chat needs a recruiting context: plain substring tests (C speed) rule most
# mail out first. Every alternative of CHAT_WORD and RECRUITING_CONTEXT contains one of these stems, so the gate
# never drops what the patterns would accept. (The interview words have no such gate: their leads are found as
# fast, and most mail holds one of their stems, "test", "site" or "round".)
_CHAT_STEMS = ("call", "chat", "conversation", "meet", "speak", "come", "bertemu", "ngobrol", "slot")
_RECRUITING_STEMS = ("role", "position", "applica", "applied", "applying", "candida", "opening", "vacanc", "resume", "cv",
                     "posisi", "lamaran", "lowongan", "rekrutmen", "recruit", "talent", "hiring")
_INTERVIEW_LC = re.compile(INTERVIEW_WORD.pattern)
_CHAT_LC = re.compile(CHAT_WORD.pattern)
_RECRUITING_LC = re.compile(RECRUITING_CONTEXT.pattern)


def might_be_invite(message: Message) -> bool:
    """Cheap prefilter for big mailboxes: can this message be part of an interview thread?
    A superset of what `classify` accepts (it requires an interview word or a calendar part)."""
    if message.calendars:
        return True
    text = message.text
    # a skimmed HTML-only body is raw markup whose <head>/<style> can be long: look further into it
    limit = 60000 if text[:200].lstrip()[:1] == "<" else 20000
    low = (message.subject + "\n" + text[:limit]).lower()
    if rxstems.search(_INTERVIEW_LC, low, low, by_words=False):
        return True
    # "a quick call with our hiring manager": a chat counts only in a recruiting context, as in `classify`
    return (any(stem in low for stem in _CHAT_STEMS) and any(stem in low for stem in _RECRUITING_STEMS)
            and bool(rxstems.search(_CHAT_LC, low, low, by_words=False))
            and bool(rxstems.search(_RECRUITING_LC, low, low, by_words=False)))


def could_be_invite(subject: str, texts: list[str]) -> bool:
    """The classifier's own precondition (an interview word, or a chat in a recruiting context): threads without
    it are not invites whatever their dates say, so the costly date reading can be skipped."""
    low = (subject + "\n" + "\n".join(texts)).lower()
    return bool(rxstems.search(_INTERVIEW_LC, low, low)
                or (rxstems.search(_CHAT_LC, low, low) and rxstems.search(_RECRUITING_LC, low, low)))


_MOVING = re.compile(r"\b(?:reschedul\w*|postpon\w*|mov(?:e|ed|ing)|rebook\w*|change\s+the\s+(?:date|time)|cancel\w*|diundur|dijadwalkan\s+ulang|"
                     r"perubahan\s+jadwal)\b", _I)
# Negative cues that say nothing when the mail fixes an interview time (a receipt's "thanks for applying" opening a
# real invite; a proctored online test at a set hour; "we will be in touch" about the round after this one).
_WEAK_WHEN_TIMED = ("application receipt", "online test", "status update")


# "Candidate: Lucas Ferreira", "kandidat atas nama Budi", "interview with candidate Ana": a named candidate who is
# not the owner means the owner is on the other side of the table.
_NAME_WORD = r"(?:[A-Z][a-z][a-zA-Z'\-]*|[A-Z]{2,}\b(?![\-\d]))"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_NAMED_CANDIDATE = re.compile(
    rf"\b(?i:candidate|applicant|kandidat|pelamar|calon\s+karyawan|peserta)(?:'s)?(?i:\s+(?:full\s+)?(?:name|nama))?\s*(?i::|atas\s+nama|bernama)\s*"
    rf"(?P<n>{_NAME})|\b(?i:nama\s+(?:kandidat|pelamar|peserta))\s*:\s*(?P<n2>{_NAME})|"
    rf"\b(?i:(?:with|untuk|dengan|for)\s+(?:the\s+)?(?:candidate|applicant|kandidat|pelamar|peserta))\s+(?P<n3>{_NAME})|"
    rf"\b(?i:(?:interview|wawancara|psikotes|psikotest|assessment|asesmen|tes|test)\s+(?:has\s+been\s+|is\s+|telah\s+)?"
    rf"(?:scheduled|arranged|booked|dijadwalkan|diatur)\s+(?:for|untuk))\s+(?P<n4>{_NAME})|"
    rf"\b(?i:jadwal\s+(?:interview|wawancara|psikotes|psikotest|tes|asesmen)\s+untuk)\s+(?P<n5>{_NAME})|"
    rf"(?:^|[.!,;:][^\S\n]+|\n[^\S\n]*)(?P<n6>{_NAME})[^\S\n]+(?i:has\s+been\s+(?:scheduled|interviewed|shortlisted|invited|selected)\s+for|"
    rf"telah\s+(?:dijadwalkan|diwawancarai)\b)|"
    rf"\b(?P<n7>{_NAME})\s+(?i:has\s+booked)\b(?P<booked>[^\n]{{0,60}})")


_NOT_NAMES = frozenset(set(MONTHS) | set(WEEKDAYS) | {"today", "tomorrow", "next", "this", "the", "our", "your", "a", "an",
                                                     "hari", "tanggal", "pukul", "jam", "besok", "lusa", "round", "tahap",
                                                     "video", "phone", "online", "onsite", "interview", "wawancara",
                                                     "anda", "kamu", "you", "we", "kami", "saya", "i", "she", "he", "they",
                                                     "it", "dear", "hi", "hello", "halo", "yth", "bapak", "ibu"})


def someone_else_is_the_candidate(text: str, owner_words: frozenset[str]) -> bool:
    """The mail names a candidate, and it is not the owner (whose name or address words are `owner_words`)."""
    if not owner_words or not rxstems.may_match(_NAMED_CANDIDATE, rxstems.fold(text)):
        return False  # (most mail has none of the words a named candidate comes with: no need to look further)
    for m in _NAMED_CANDIDATE.finditer(text):
        if m.group("n7") and owner_words & {w.lower().strip(".,:") for w in (m.group("booked") or "").split()}:
            continue  # "Grace Oduya has booked Interview: Lena Marsh": booked for the owner
        name = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6") or \
            m.group("n7") or ""
        words = {w.lower().strip(".,") for w in name.split()}
        if not words or name.split()[0].lower().strip(".,") in _NOT_NAMES:
            continue  # "scheduled for Tuesday", "scheduled for December 3"
        if not words & owner_words:
            return True
    return False


_someone_else = lru_cache(maxsize=4)(someone_else_is_the_candidate)  # `ruled_out` then `classify` ask it of one text


_STATUS = re.compile(r"(?im)^[^\S\n]*(?:current\s+)?status\s*:\s*(?P<s>\w[\w ]{0,30}?)[^\S\n]*$")


def _chosen_branch(text: str) -> str:
    """A status template that prints every branch ("Current Status: Scheduled" ... "If Scheduled: your interview is
    ..." ... "If Rejected: ..."): the branch of the stated status is said, not supposed."""
    m = _STATUS.search(text)
    if not m:
        return text
    status = re.escape(m.group("s").strip())
    return re.sub(rf"(?im)^([^\S\n]*)if\s+{status}\s*:", r"\1", text)


def _sentence(text: str, m: re.Match[str]) -> str:
    a = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stops = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
    return text[a: min(stops) if stops else len(text)]


class _Cues:
    """What the patterns find in a thread's subject and its senders' texts, each kind read when first asked for."""

    def __init__(self, subject: str, body: str) -> None:
        self.body = body
        self.everything = everything = subject + "\n" + body
        folded = rxstems.fold(everything)
        self.interview = "word" if rxstems.search(INTERVIEW_WORD, everything, folded) else (
            "recruiter call" if rxstems.search(CHAT_WORD, everything, folded) and rxstems.search(RECRUITING_CONTEXT, everything, folded)
            else "")

    @cached_property
    def _affirmative(self) -> tuple[str, str]:
        text = CONDITIONAL.sub(" ", _chosen_branch(self.everything))
        return text, rxstems.fold(text)

    @cached_property
    def positives(self) -> tuple[tuple[str, float], ...]:
        text, folded = self._affirmative
        # tried only where the text holds a pattern's literal start: most cues are absent from most mail (rxstems.py)
        return tuple((lab, w) for rx, w, lab in POSITIVE if rxstems.search(rx, text, folded))

    @cached_property
    def negatives(self) -> tuple[tuple[str, float, bool], ...]:
        """(label, weight, whether the sentence is about moving the interview)"""
        text, folded = self._affirmative
        found = []
        for rx, w, lab in NEGATIVE:
            m = rxstems.search(rx, text, folded)
            if m:
                found.append((lab, w, lab == "rejection" and bool(_MOVING.search(_sentence(text, m)))))
        return tuple(found)

    @cached_property
    def links(self) -> tuple[bool, bool]:
        """(a meeting link, a booking link)"""
        folded = rxstems.fold(self.body)
        return bool(rxstems.search(MEETING_LINK, self.body, folded)), bool(rxstems.search(BOOKING_LINK, self.body, folded))


@lru_cache(maxsize=4)
def _cues(subject: str, body: str) -> _Cues:
    """Cached: `ruled_out` reads a thread before its dates are read, `classify` after."""
    return _Cues(subject, body)


def _counts(label: str, moving: bool, *, timed: bool, pos: float) -> bool:
    """Whether a negative cue lowers the score: some say nothing when the mail fixes an interview time, and a
    rejection of the date ("I regret that the interview must be rescheduled") is no rejection."""
    if label in _WEAK_WHEN_TIMED and (timed or (label == "application receipt" and pos >= 2)):
        return False
    return not moving


_BULK = 3.0  # what mailing-list mail loses
_OTHER_CANDIDATE = 9.0  # what a named candidate who is not the owner costs
_MOST_POSITIVE = 7.0
_MOST_FROM_A_TIME = 1.5 + 1.0 + 1.0  # a future time, in context, labelled
_MOST_OTHERWISE = 2 + _MOST_FROM_A_TIME + 1 + 1  # a calendar request, a time at its best; two links


def ruled_out(subject: str, texts: list[str], *, calendar: bool, bulk: bool = False,
              owner_words: frozenset[str] = frozenset(), timed: bool = True) -> Verdict | None:
    """The verdict "not an invite" when the thread cannot reach the threshold whatever times its dates hold (a job
    alert that mentions interviews, a webinar about them), so that the costly date reading can be skipped; else None.
    `calendar`: the thread has calendar parts (a request adds to the score); `timed`: its mail may hold a time
    (False: none can be read, see `datetext.may_hold_time`). Exact: the score of the best case of everything
    `classify` could still be told."""
    found = _cues(subject, "\n".join(texts))
    if not found.interview:
        return Verdict(0.0, False, ["no interview word"])
    against = [lab for lab, w, moving in found.negatives if _counts(lab, moving, timed=timed, pos=_MOST_POSITIVE)]
    most = (1 + _MOST_POSITIVE + _MOST_OTHERWISE - (0 if calendar else 2) - (0 if timed else _MOST_FROM_A_TIME)
            - (_BULK if bulk else 0) - sum(w for lab, w, moving in found.negatives if lab in against))
    cues = ["-" + lab for lab in against] + (["-list mail"] if bulk else [])
    if most >= THRESHOLD and most - _OTHER_CANDIDATE < THRESHOLD and _someone_else(found.everything, owner_words):
        most -= _OTHER_CANDIDATE
        cues.append("-another candidate named")
    if most >= THRESHOLD:
        best = classify(subject, texts, has_request=calendar, has_future_time=timed, time_in_context=timed,
                        time_labelled=timed, bulk=bulk, owner_words=owner_words)
        if best.is_invite:
            return None
        most, cues = best.score, [c for c in best.cues if c.startswith("-")]
    return Verdict(most, False, cues)


def classify(subject: str, texts: list[str], *, has_request: bool, has_future_time: bool,
             time_in_context: bool = False, bulk: bool = False, time_labelled: bool = False,
             owner_words: frozenset[str] = frozenset()) -> Verdict:
    """Score the invite-ness of a thread from its subject, its senders' new texts and its calendar data.
    `time_in_context`: the interview time found was written next to an interview word ("interview on ...");
    `bulk`: the mail came through a mailing list (List-Id, List-Unsubscribe, Precedence: bulk); `time_labelled`: that
    time stands in a labelled block ("Date: … Time: …", "Jadwal: …"); `owner_words`: the owner's name and address words."""
    found = _cues(subject, "\n".join(texts))
    if not found.interview:
        return Verdict(0.0, False, ["no interview word"])
    cues: list[str] = ["recruiter call"] if found.interview == "recruiter call" else []
    score = 1.0
    pos = sum(w for _, w in found.positives)
    cues += [lab for lab, _ in found.positives]
    score += min(pos, _MOST_POSITIVE)
    timed = has_future_time and time_in_context
    for lab, w, moving in found.negatives:
        if _counts(lab, moving, timed=timed, pos=pos):
            score -= w
            cues.append("-" + lab)
    if bulk:
        score -= _BULK
        cues.append("-list mail")
    if _someone_else(found.everything, owner_words):
        score -= _OTHER_CANDIDATE
        cues.append("-another candidate named")
    if has_request:
        score += 2
        cues.append("calendar request")
    if has_future_time:
        score += 1.5
        cues.append("future time")
        if time_in_context:
            score += 1.0
            if time_labelled:
                score += 1.0
                cues.append("labelled time")
            cues.append("interview time")
    meeting, booking = found.links
    if meeting:
        score += 1
        cues.append("meeting link")
    if booking:
        score += 1
        cues.append("booking link")
    return Verdict(score, score >= THRESHOLD, cues)
