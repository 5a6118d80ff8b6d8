"""Company, role and recruiter, for the letter and the card — each with the evidence that decided it.

Never required: templates read well without them, so every guess is checked and dropped when it does not look like
what it claims to be (a wrong "Dear Granite Bay Financial" or a company the thread never wrote is worse than none).
Candidates come from the places where mail states these facts, strongest first:
- company: a "Company:"/"Perusahaan:" label, the agency's client ("our client X", "klien kami X"), an Indonesian
  "PT …" name, the sender's display name ("X Careers", "Tim Rekrutmen X"), the signature ("Talent Acquisition, X"),
  "at X"/"join X" in the text, a subject segment, and last the sender's domain — only as the thread writes it
  ("bluecrestpartners.com" -> "Blue Crest Partners" when those words are in the mail), never a squashed domain;
- role: a "Position:"/"Posisi:" label, "for the X role", "posisi X", a subject segment naming a job; cut of dates,
  job ids and trailing clauses;
- recruiter: the name the letter is signed with, matched to the sender's display name (the first name is how they
  sign, whatever the header's order), else a person-like display name; never the owner, never an organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import honorifics
from .model import Address, Message, Thread

_FREE_MAIL = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "outlook.com", "hotmail.com", "live.com",
              "icloud.com", "me.com", "proton.me", "protonmail.com", "aol.com", "ymail.com", "gmx.com", "mail.com"}
# relays whose domain says nothing about the employer
_RELAY_DOMAINS = re.compile(r"greenhouse|lever\.co|ashbyhq|myworkday|workday|smartrecruiters|icims|jobvite|taleo|calendly|"
                            r"google\.com|linkedin|indeed|glassdoor|jobstreet|kalibrr|urbanhire|glints|hireloop|teamtailor|"
                            r"hackerrank|codility|zoom\.us|microsoft|outlook|example$|cal\.com|odoo\.com|frappe\.cloud", re.I)
_NOREPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?@|mailer|bounce|calendar-notification", re.I)
_ORG_WORD = re.compile(
    r"\b(?:team|recruit\w*|hiring|talent|hr|hrd|careers?|karir|karier|jobs?|no-?reply|via|notifications?|pt|cv|tbk|rekrutmen|tim|"
    r"people|acquisition|admin|info|support|calendar|scheduling|studio|inc|ltd|llc|co|corp\w*|group|universitas|university|"
    r"college|institute|school|academy|bank|capital|labs?|systems|solutions|technolog\w*|digital|media|health|company|"
    r"consulting|partners|foundation|hospital|clinic|panitia|seleksi|human|department|divisi|bagian|sdm|koordinator|"
    r"onboarding|events?|alerts?|newsletter|office|kantor|energy|outdoor|industri\w*|online|psiko\w*|interviews?|services?|"
    r"logistics|global|international|enterprises?|holdings?|ventures|agency|staffing|search|placement\w*|cell|portal|"
    r"system|app|platform|official|center|centre|management|manajemen|perkasa|nusantara|indonesia|group|regards|thanks|"
    r"best|salam|hormat|cheers|sincerely|warm|kind|financial|insurance|mutual|trust|bank)\b", re.I)
_JOB_NOUN = re.compile(
    r"\b(?:engineer|analyst|manager|designer|developer|scientist|specialist|coordinator|associate|intern|internship|lead|"
    r"director|officer|consultant|executive|assistant|representative|administrator|accountant|architect|writer|planner|"
    r"staff|trainee|supervisor|admin|programmer|teacher|guru|apoteker|perawat|researcher|editor|marketer|strategist|"
    r"operator|technician|teknisi|barista|cashier|kasir|driver|sales|advisor|partner|head|vp|president|programme|program|"
    r"graduate|merchandiser|underwriter|agronomist|auditor|controller|recruiter|producer|artist|chef|nurse|pengajar|"
    r"customer\s+service|qa|qc|ux|ui|devops|sre|hr\s+generalist|analis|asisten|karyawan|pegawai|tenaga|kepala|koordinator|"
    r"petugas|pelaksana|dosen|dokter|bidan|apprentice|fellow|clerk|receptionist|resepsionis|crew|helper|welder|mekanik|"
    r"mechanic|electrician|cook|waiter|pramusaji|security|satpam|courier|kurir)\b", re.I)

_LINE = r"(?m)^[^\S\n]*(?:[•\-*>][^\S\n]*)?"  # one run of blanks, then an optional bullet (two adjacent runs backtrack quadratically)
_COMPANY_LABEL = re.compile(_LINE + r"(?:company(?:\s+name)?|employer|organi[sz]ation|client|perusahaan|nama\s+perusahaan|instansi)"
                            r"[^\S\n]*:[^\S\n]*(?P<c>[^\n]{2,80}?)[^\S\n]*$", re.I)
_ROLE_LABEL = re.compile(_LINE + r"(?:position|role|job(?:\s+title)?|vacancy|posisi|jabatan|lowongan(?:\s+pekerjaan)?|formasi|"
                         r"applied\s+(?:for|position))[^\S\n]*:[^\S\n]*(?P<r>[^\n]{3,80}?)[^\S\n]*$", re.I)
_CLIENT = re.compile(r"\b(?:our|my)\s+client,?\s+(?P<c>[A-Z][\w&.\-]*(?:[ \t]+(?:[A-Z][\w&.\-]*|&|of)){0,4})|"
                     r"\bon\s+behalf\s+of\s+(?P<c2>[A-Z][\w&.\-]*(?:[ \t]+(?:[A-Z][\w&.\-]*|&|of)){0,4})|"
                     r"\bklien\s+kami,?\s+(?P<c3>(?:PT\.?[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,4})")
_PT = re.compile(r"(?<![\d.])\b(?P<c>PT\.?[ \t]+[A-Z][\w&]*(?:[ \t]+(?:[A-Z][\w&]*|\([A-Z][\w&]*\))){0,4}(?:[ \t]+Tbk)?)")
_AT_COMPANY = re.compile(r"\b(?:at|join|with\s+us\s+at|di|dari|bersama)\s+(?P<c>[A-Z][\w&.\-]+(?:[ \t]+(?:[A-Z&][\w&.\-]*|of)){0,3})"
                         r"(?=[.,;:!\n(]|\s+(?:for|and|as|in|on|team|is|was|will|to|with|via|at|has|we|untuk|pada|sebagai|yang)\b|$)")
_SIGN_COMPANY = re.compile(_LINE + r"(?:[\w .'-]{1,60}[|,\-–][^\S\n]*)?(?:Talent(?:\s+Acquisition)?|Recruit\w*|People(?:\s+Team)?|HR\w*|Hiring|"
                           r"Human\s+(?:Capital|Resources?)|Tim\s+Rekrutmen|Rekrutmen)[\w &]*?[,|\-–@][^\S\n]*(?P<c>[A-Z][\w&.\- ]{2,50}?)[^\S\n]*$")
_SIGN_OFF = re.compile(r"(?im)^[^\S\n]*(?:best(?:\s+regards|\s+wishes)?|kind\s+regards|warm(?:est)?\s+regards|regards|many\s+thanks|"
                       r"thanks(?:\s+(?:so\s+much|again))?|thank\s+you|cheers|sincerely|yours\s+(?:sincerely|truly|faithfully)|"
                       r"all\s+the\s+best|salam(?:\s+hangat)?|hormat\s+(?:saya|kami)|terima\s+kasih|wassalam\w*|"
                       r"~)[^\S\n]*(?:[,.!][^\S\n]*)?$")
_PERSON = re.compile(r"^(?:(?:Ibu|Bu|Bapak|Pak|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Kak|Mbak|Mas)\s+)?(?P<n>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-.]*){0,3})"
                     r"(?:,?\s+(?:S\.\w+|M\.\w+|MBA|CHRM|SHRM|PhD)\.?)*\s*$")
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|fw|aw|tr)\s*:\s*|(?:updated\s+)?invitation\s*:\s*|undangan\s*:\s*|\[[^\]]*\]\s*)+", re.I)
_CAL_TAIL = re.compile(r"\s+@\s+.*$|\s*\([^()]*@[^()]*\)\s*$")
_INTERVIEWISH = re.compile(r"\b(?:interview\w*|wawancara|invitation|undangan|round|tahap|panggilan|schedul\w*|confirm\w*|"
                           r"next\s+steps?|reminder|update|your|kamu|anda|jadwal|pengingat|notifikasi|booking|appointment)\b", re.I)
_PRONOUNS = re.compile(r"\b(?:our|your|with|the|kami|anda|kamu|dengan|bersama)\b", re.I)
_NOISE = re.compile(r"\d\s*(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b|#|\breq\b|@|https?:|\b(?:zoom|google|meet|teams|microsoft|calendar|"
                    r"linkedin|whatsapp|gmeet)\b", re.I)
_DIGITS_ONLY = re.compile(r"^[\d\s#/\-.]+$")
# what trails a role in a subject or a sentence and is not part of it
_ROLE_TAIL = re.compile(
    r"\s+(?:on|pada|for|untuk|at|di|in|is|has|have|will|with|dengan|scheduled|today|tomorrow|hari)\b.*$|"
    r"\s*[\(\[]\s*(?:job|req\w*|id|ref\w*|kode|no\.?)\b[^\)\]]*[\)\]]|\s*(?:[-–|#]\s*)?(?:job\s*id|req(?:uisition)?(?:\s*id)?|ref(?:erence)?|"
    r"kode|id)\s*(?:[:#]\s*)?[A-Z]*[\d\-]{2,}\w*|\s+[-–|]\s+.*$|\s*#\s*\w*\d\w*|\s+\(?[A-Z]{1,4}-?\d{2,}\)?", re.I)


@dataclass
class Who:
    company: str | None
    role: str | None
    recruiter_name: str | None
    recruiter_title: str | None = None  # "Ibu"/"Bapak" when the thread writes it before the recruiter's name
    sources: dict[str, str] = field(default_factory=dict)  # fact -> the evidence that decided it


def describe(thread: Thread, target: Message, reply_to: Address | None, texts: list[str],
             owner_name: str | None = None, owner: str | None = None) -> Who:
    """Company, role and recruiter name for a thread; each is None unless it passes the checks."""
    body = "\n".join(texts)
    everything = thread.subject + "\n" + body
    bad = owner_words(owner_name, owner)
    sources: dict[str, str] = {}
    company, how = _company(thread, target, reply_to, body, bad)
    if company:
        sources["company"] = how
    role, how = _role(thread.subject, body, bad)
    if company and role and company.lower() == role.lower():
        role = None
    if role:
        sources["role"] = how
    name, how = _recruiter(target, reply_to, body, bad, company)
    if name:
        sources["recruiter"] = how
    title = honorifics.title_from_text([everything], name) if name else None
    return Who(company, role, name, title, sources)


def owner_words(owner_name: str | None, owner: str | None = None) -> frozenset[str]:
    """The owner's name words and address words ("sam.okafor@gmail.com" -> sam, okafor), lower-case."""
    words = set((owner_name or "").split()) | set(re.split(r"[._\-+\d]+", (owner or "").split("@")[0]))
    return frozenset(w.lower() for w in words if len(w) > 2)


# ------------------------------------------------------------------------------------------------ company

def _company(thread: Thread, target: Message, reply_to: Address | None, body: str, bad: frozenset[str]) -> tuple[str | None, str]:
    for m in _COMPANY_LABEL.finditer(body):
        v = _checked(m.group("c"), bad)
        if v:
            return v, "label"
    for m in _CLIENT.finditer(body):
        v = _checked(m.group("c") or m.group("c2") or m.group("c3"), bad)
        if v:
            return v, "the agency's client"
    for m in _PT.finditer(thread.subject + "\n" + body):
        v = _checked(m.group("c"), bad)
        if v and len(v.split()) >= 2:
            return v, "PT name"
    v = _checked(_from_display_name(target.sender), bad) or _checked(_from_display_name(reply_to), bad)
    if v:
        return v, "sender's name"
    for m in _SIGN_COMPANY.finditer(body):
        v = _checked(m.group("c"), bad)
        if v:
            return v, "signature"
    stem = _domain_stem(reply_to.email if reply_to else (target.sender.email if target.sender else ""))
    v = _company_from_subject(thread.subject, stem, bad)
    if v:
        return v, "subject"
    for m in _AT_COMPANY.finditer(body):
        v = _checked(m.group("c"), bad)
        if v and (not stem or _squash(v) in stem or stem in _squash(v) or len(v.split()) >= 2):
            return v, "text"
    if stem:
        v = _as_written(stem, thread, body)
        if v:
            return v, "the sender's domain, as the mail writes it"
    return None, ""


def _from_display_name(a: Address | None) -> str | None:
    """'Acme Careers' / 'Recruiting at Acme' / 'Tim Rekrutmen PT Maju' / 'Acme via Greenhouse' -> the organisation."""
    if a is None or not a.name:
        return None
    name = a.name
    v = re.match(r"(?P<c>.+?)\s+via\s+\w+", name)
    if v:
        return v.group("c")
    r = re.match(r"(?:(?:Rekrutmen|Recruiting|Recruitment|HRD?|Talent Acquisition|Talent|Careers?|Karir|Tim Rekrutmen|Human Capital|"
                 r"People Team|Panitia Seleksi|Panitia|Divisi|Bagian|Hiring Team|Recruiting Team|Team|Tim)\s+(?:at\s+|di\s+)?)+(?P<c>.+)", name, re.I)
    if r:
        return r.group("c")
    r = re.match(r"(?P<c>.+?)\s+(?:Recruiting|Recruitment|Careers?|Karir|Talent(?:\s+(?:Team|Acquisition))?|Hiring(?:\s+Team)?|HR|HRD|"
                 r"People(?:\s+Team)?|Graduate Recruitment|Scheduling|Jobs|Rekrutmen)$", name, re.I)
    if r:
        return r.group("c")
    return None


def _company_from_subject(subject: str, stem: str | None, bad: frozenset[str]) -> str | None:
    """A subject segment that matches the sender's domain ("Interview - Actuarial Analyst - Keystone")."""
    s = _CAL_TAIL.sub("", _SUBJECT_PREFIX.sub("", subject))
    for seg in re.split(r"\s+[-–|:]\s+|\s*[|:]\s*|\s+at\s+|\s+(?:di|for|untuk|with)\s+", s):
        seg = seg.strip(" -–|:()[]")
        norm = _squash(seg)
        if stem and norm and (norm == stem or (len(norm) >= 4 and (stem.startswith(norm) or norm.startswith(stem)))):
            v = _checked(seg, bad)
            if v:
                return v
        if seg.upper().startswith(("PT ", "PT. ")):
            v = _checked(seg, bad)
            if v:
                return v
    return None


def _as_written(stem: str, thread: Thread, body: str) -> str | None:
    """The organisation the domain names, as the mail writes it: 'bluecrestpartners' -> 'Blue Crest Partners' when a
    run of capitalised words in the mail squashes to the stem (or starts it)."""
    names = [a.name for msg in thread.messages for a in ((msg.sender,) if msg.sender else ()) + msg.reply_to if a.name]
    # (an address or a link is not how the mail writes a name: "calendar/VanderLinde@vanderlinde.nl/bookings")
    text = _LINK_OR_ADDRESS.sub(" ", thread.subject + "\n" + "\n".join(names) + "\n" + body)
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            sq = _squash(cand)
            if (len(sq) >= 4 and (sq == stem or (stem.startswith(sq) and len(sq) >= 0.6 * len(stem)))
                    and (cand.lower() != stem or len(words[:n]) > 1 or cand[0].isupper())):
                return _clean(cand)
    return None


def _squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _domain_stem(addr: str) -> str | None:
    """The organisation part of a person's address domain; None for free mail, relays and no-reply senders."""
    if not addr or _NOREPLY.search(addr):
        return None
    domain = addr.rsplit("@", 1)[-1].lower()
    if not domain or domain in _FREE_MAIL or _RELAY_DOMAINS.search(domain):
        return None
    parts = domain.split(".")
    if len(parts) > 2 and parts[-2] in ("co", "com", "ac", "or", "go", "org", "net", "sch", "web", "my", "biz", "edu", "gov"):
        return re.sub(r"[^a-z0-9]", "", parts[-3])
    return re.sub(r"[^a-z0-9]", "", parts[-2] if len(parts) >= 2 else parts[0])


# ------------------------------------------------------------------------------------------------ role

_ROLE_PHRASES = [re.compile(p) for p in (
    r"\bfor\s+(?:the|our|a|an)\s+(?P<r>[A-Z][\w/&().,+#\- ]{2,60}?)\s+(?:role|position|opening|vacancy)\b",
    r"\b(?:role|position)\s+(?:of|as)\s+(?:an?\s+)?(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:at|with|in)\b)",
    r"\b[Pp]osisi\s+(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n(]|\s+(?:di|pada|yang|dan|untuk|kami|tersebut|dengan|bersama|secara)\b)",
    r"\bsebagai\s+(?P<r>[A-Z][\w/&()+#\- ]{2,60}?)(?=[.,;:!\n]|\s+(?:di|pada|yang|dan|untuk)\b)",
    r"\bthe\s+(?P<r>[A-Z][\w/&()+#\- ]{2,50}?)\s+(?:role|position)\b",
    r"\bapplication\s+for\s+(?:the\s+)?(?P<r>[A-Z][\w/&()+#\- ]{2,50}?)(?=[.,;:!\n]|\s+(?:at|with|in|role|position)\b)",
)]


def _role(subject: str, body: str, bad: frozenset[str]) -> tuple[str | None, str]:
    for m in _ROLE_LABEL.finditer(body):
        v = _checked(_role_cut(m.group("r")), bad, job=True)
        if v:
            return v, "label"
    for rx in _ROLE_PHRASES:
        for m in rx.finditer(body):
            v = _checked(_role_cut(m.group("r")), bad, job=True)
            if v:
                return v, "text"
    s = _CAL_TAIL.sub("", _SUBJECT_PREFIX.sub("", subject))
    for seg in re.split(r"\s+[-–|:]\s+|\s*[|:]\s*|\s+at\s+|\s+(?:di|untuk)\s+", s):
        seg = re.sub(r"^(?:interview\w*|wawancara|undangan\s+\w+|invitation\s+to\s+\w+|your\s+\w+\s+interview)\s+(?:for\s+|untuk\s+)?", "",
                     seg.strip(" -–|:()[]"), flags=re.I)
        seg = re.sub(r"^(?:for|untuk|the|posisi)\s+", "", seg, flags=re.I)
        if seg and _JOB_NOUN.search(seg):
            v = _checked(_role_cut(seg), bad, job=True)
            if v:
                return v, "subject"
    return None, ""


def _role_cut(s: str) -> str:
    """'Cloud Support Engineer on Tuesday, January 12' / 'Data Analyst (Job ID: 4411)' / 'QA Lead - REQ-2231' -> the job."""
    prev = None
    s = re.sub(r"^(?:sebagai|as|for|untuk)\s+", "", s.strip(), flags=re.I)
    while prev != s:
        prev = s
        s = _ROLE_TAIL.sub("", s).strip(" -–|,.")
    return s


# ------------------------------------------------------------------------------------------------ recruiter

def _recruiter(target: Message, reply_to: Address | None, body: str, bad: frozenset[str],
               company: str | None) -> tuple[str | None, str]:
    header = _person(reply_to, bad, company) or _person(target.sender, bad, company)
    signed = _signature_name(body, bad, company)
    if signed and header:
        hw = [w.lower() for w in header.split()]
        sw = [w.lower() for w in signed.split()]
        if set(sw) & set(hw):
            if len(sw) >= 2:
                return signed, "signature"
            # signs with one of the header's names: that is the first name ("Wijaya, Rina" signing "Rina")
            rest = [w for w in header.split() if w.lower() != sw[0]]
            return " ".join([signed] + rest), "signature and sender's name"
        if target.sender and _ORG_WORD.search(target.sender.name or ""):
            return signed, "signature"  # a team's address, signed by a person
        return header, "sender's name"
    if signed:
        return signed, "signature"
    if header and " " in header:
        return header, "sender's name"
    return None, ""


def _signature_name(body: str, bad: frozenset[str], company: str | None) -> str | None:
    """The name under the last sign-off ("Best regards,\\nRina Wijaya\\nTalent Acquisition")."""
    found = None
    for m in _SIGN_OFF.finditer(body):
        rest = body[m.end(): m.end() + 200].split("\n")
        lines = [ln.strip() for ln in rest if ln.strip()][:2]
        for ln in lines[:1]:
            n = _name_like(ln, bad, company)
            if n:
                found = n
    return found


def _name_like(text: str, bad: frozenset[str], company: str | None) -> str | None:
    text = text.strip().strip(",")
    if len(text) > 50 or "@" in text or any(ch.isdigit() for ch in text):
        return None
    m = _PERSON.match(text)
    if not m:
        return None
    name = m.group("n").strip()
    words = name.split()
    if _ORG_WORD.search(name) or not 1 <= len(words) <= 4:
        return None
    if bad and bad >= {w.lower() for w in words}:
        return None  # the owner's own name
    if company and {w.lower() for w in words} <= {w.lower() for w in company.split()}:
        return None
    if len(words) == 1 and (len(name) < 3 or name.isupper()):
        return None
    return name


def _person(a: Address | None, bad: frozenset[str] = frozenset(), company: str | None = None) -> str | None:
    if a is None or not a.name or "@" in a.name or any(ch in a.name for ch in "&/|+") or re.search(r"[a-z][A-Z]", a.name):
        return None  # "Ola Hassan&Sam Okafor", "CareerSync": not one person's name
    stem = re.sub(r"[^a-z0-9]", "", a.email.rsplit("@", 1)[-1].split(".")[0].lower()) if a.email else ""
    if len(stem) >= 4 and (_squash(a.name).startswith(stem) or stem.startswith(_squash(a.name))):
        return None  # "Granite Bay Financial" <jobs@granitebay...>: the organisation the address belongs to
    name = " ".join(a.name.replace(",", " ").split())
    if "," in a.name:  # "Wijaya, Rina": family name first
        parts = [p.strip() for p in a.name.split(",", 1)]
        name = f"{parts[1]} {parts[0]}".strip()
    return _name_like(name, bad, company)


# ------------------------------------------------------------------------------------------------ checks

def _checked(value: str | None, bad: frozenset[str], job: bool = False) -> str | None:
    v = _clean(value)
    if v:
        v = _clean(re.split(r"\.\s+(?=[A-Z])", v)[0])  # "Sinarloka Digital. When ..." ends at the sentence
    if v and v.count("(") > v.count(")"):
        v = _clean(v[: v.rfind("(")])  # "Backend Developer (Payments" lost its closing bracket in the match
    if not v or _NOISE.search(v) or _DIGITS_ONLY.match(v) or not v[0].isupper() and not v[0].isdigit():
        return None
    if _INTERVIEWISH.search(v) or _PRONOUNS.search(v):
        return None
    if bad and bad & {w.lower().strip(".,()") for w in v.split()}:
        return None  # the owner's own name is neither the company nor the role
    if job and (not _JOB_NOUN.search(v) or _NOT_A_JOB.search(v)):
        return None
    if not job and (all(_ORG_WORD.fullmatch(w.strip(".,()")) for w in v.split())
                    or any(w.islower() and w not in _LOWER_IN_NAMES for w in v.split())):
        return None  # "Panitia", "Pinecrest Home Health is tomorrow": not an organisation's name
    return v


_NOT_A_JOB = re.compile(r"\b(?:seleksi|rekrutmen|recruitment|asesmen|assessment|psikolog\w*|psikotes\w*|tes|test|interview|wawancara)\b", re.I)
# lower-case words inside an organisation's name: joiners, and the particles of Dutch, German, French, Spanish and
# Italian names ("Van der Linde", "Banca della Svizzera")
_LOWER_IN_NAMES = {"of", "and", "&", "the", "for", "dan", "van", "von", "der", "den", "ter", "zu", "de", "du", "des",
                   "del", "della", "da", "di"}
# a run of capitalised words with the lower-case words of names between them ("Van der Linde", "Bank of Asia"): such
# a word is whole ("Global design" is not "Global de") and a capitalised word follows it (a run never ends on one)
_PARTICLE = "|".join(sorted(_LOWER_IN_NAMES, key=len, reverse=True))
_CAPITALISED_RUN = re.compile(
    rf"\b[A-Z][\w&'\-]*(?:[ \t]+(?:[A-Z][\w&'\-]*|(?:{_PARTICLE})(?![\w&'\-])(?=[ \t]+[A-Z]))){{0,4}}")
_LINK_OR_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.I)


def _clean(s: str | None) -> str | None:
    if not s:
        return None
    s = " ".join(s.replace("*", " ").split()).strip(" .,;:-–|")
    return s if 2 <= len(s) <= 60 else None


def first_name(full: str | None) -> str | None:
    if not full:
        return None
    return full.split()[0]
