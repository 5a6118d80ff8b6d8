"""Common Indonesian given names that are unambiguously one gender, for "Ibu"/"Bapak" in a greeting.

A curated table, not a guesser: a name is listed only when it is, in everyday use, given to one gender
(Javanese, Sundanese, Batak, Minang, Arabic- and Christian-derived names common in Indonesia). Names given to
both — birth-order names (Eka, Dwi, Tri; Balinese Putu, Made, Kadek, Komang, Nyoman, Ketut, Wayan), Dian, Nur,
Sri, Ade, Rizki, Andi (also a Bugis title) and the like — are in AMBIGUOUS and, like every name not listed, get
"Bapak/Ibu". A wrong "Ibu" is worse than the neutral form, so when in doubt a name stays out.
"""
from __future__ import annotations

FEMALE = frozenset("""
aisyah amelia anggraini anisa annisa ani anita ayu ayunda bunga citra dewi desi dini diana dina endah erna erni
evi eva fatimah fitri fitria fitriani hana ika indah intan irma kartika kartini kirana kristina laras larasati
lestari lia lina linda lisa maria marlina maya mega melati mira nabila nadia natalia nia nina ningsih novita
puspita putri rahayu rahmawati ratih ratna retno rini rina rika rosa sari sarah siti sulastri sumiati susanti
susi suci tari tiara tuti umi vina wati wulan wulandari yanti yuliana yuni yunita zahra agnes theresia yohana
yohanna margaretha veronika elisabeth monica grace jessica cindy stephanie tania vivi
""".split())

MALE = frozenset("""
abdul achmad adi aditya agung agus ahmad andika andre andreas anton antonius arief arif asep bagas bagus bambang
bayu benny bima budi christian dadang darmawan david daniel dedi dedy denny dimas djoko doni edi eko fajar fahmi
faisal fikri fransiskus galih gede gilang gunawan hadi hasan hendra hendrik hendro heru ilham imam irfan iwan
joko joni kevin kurniawan luthfi michael mochammad moh mohamad mohammad muhamad muhammad nugroho paulus petrus
prasetyo putra rahmat reza ridwan rizal robert rudi rudy setiawan slamet stefanus sugeng suharto surya sutrisno
syahrul taufik teguh ujang wahyudi wawan yoga yohanes yosef yusuf zainal agustinus
""".split())

# given to women and men alike: never "Ibu" or "Bapak" from the name alone (the test keeps these out of both tables)
AMBIGUOUS = frozenset("""
dian eka dwi tri nur sri ade rizki rizky putu made kadek komang nyoman ketut wayan andi yuli anggi widya dani
ari nanda kris tika wahyu
""".split())

# Balinese name markers: "I Wayan ..." is a man, "Ni Luh ..." a woman
_MARKERS = {"i": "Bapak", "ni": "Ibu"}


def title_for(name: str | None) -> str | None:
    """'Ibu' or 'Bapak' when the name's first word (or a Balinese marker) says so unambiguously; else None."""
    words = (name or "").replace(".", " ").split()
    if not words:
        return None
    first = words[0].lower()
    if first in _MARKERS and len(words) > 1:
        return _MARKERS[first]
    if first in FEMALE:
        return "Ibu"
    if first in MALE:
        return "Bapak"
    return None
