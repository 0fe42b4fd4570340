"""Rule candidates for the tagger, and how overlapping candidates are resolved.

Each finder is a regular expression plus checks with morfeusz2; each yields
`Candidate`s (offsets into the text the spaCy `Doc` holds). `resolve` then
keeps, from all candidates (gazetteer and rules), the longest non-overlapping
ones, a gazetteer entry winning a tie; it drops country/region/city forms that
are adjectives agreeing with the next noun ("Polski rynek"), and extends a
programme with a period written after it ("RPO Województwa Podlaskiego 2014-2020").

Rule names (the `source` of an entity is `rule.<name>`):
  cluster.klaster   "Klaster Obróbki Metali", "klaster „Zielona Energia”"
  cluster.valley    "Medicon Valley", "Automotive Cluster", "Cluster Medizintechnik"
  cluster.dolina    "Dolina Lotnicza" (Dolina + adjective; "Dolina Wisły" is a valley)
  cluster.alliance  "Northwest Aerospace Alliance" in a document about clusters
  cluster.context   "Francja: ... (Optics Valley - ok. 2500 firm)": a name in
                    parentheses with a count of firms, in the country named before it
  organisation.head "Politechnika Białostocka", "Instytut Fraunhofera", "University of X"
  organisation.company "Przykład Sp. z o.o.", "Carl Zeiss AG"
  programme.po      "Program Operacyjny X Y" not in the gazetteer
  project.acronym   "OMNI-NET"; project.named "projekt ABC", "projektu „Nazwa”"
  ... and more, each named for its cue: cluster.listed / region.listed /
  programme.listed (names listed in a cluster document, under a regions heading,
  under a funding heading), cluster.acronym ("the automotive cluster CEAGA"),
  programme.quoted / programme.cued / programme.example ("w programie „X”",
  "konkurs BioRegio", "programy, np. INNOLOT"), programme.rpo_brand ("Lubuskie
  2020"), region.direction ("Central Jutland", "Southwest Finland"), region.cue,
  region.euroregion, region.english ("Klaipėda County", "Lviv Oblast"),
  organisation.agency ("Enterprise Estonia"), programme.op ("OP PIK", "POR 2021-2027"),
  programme.coordinated ("GINOP and Horizon Europe"), cluster.coordinated ("Biopolis i
  Fusionopolis", "BioLAGO and the BioRegion Freiburg"), region.named ("Region
  Opoczyński"), cluster.placed ("Alsace BioValley"), organisation.capitals ("POLITECHNIKA
  ŁÓDZKA" on a legacy slide), programme.cbc ("Karelia CBC"), programme.apposed and
  organisation.apposed ("Advance Queensland, a state programme", "Royal Greenland, a
  company …", "the federation of industries, FIEMG"); a body's native name after it
  ("…, known locally as Ilisimatusarfik") is `<its rule>.native`
  person            "prof. Jan Kowalski", "Anna Nowak" (a first name morfeusz2 knows + a surname)
  date, quantity    years, ranges, months, full dates; numbers with units, %, currencies
"""

from __future__ import annotations

import bisect
import contextvars
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .inflect import _SOFTENED, person_nominative, title_hyphenated, to_nominative

#: Confidence of each rule's entities.
RULE_CONFIDENCE = {
    "DATE": 0.9,
    "QUANTITY": 0.85,
    "PROJECT": 0.6,
    "CLUSTER": 0.75,
    "ORGANISATION": 0.75,
    "PROGRAMME": 0.75,
    "PERSON": 0.7,
}

#: Offsets (in the text being tagged) where the original text had a line break;
#: names found by rules do not run across them. Set by `tag_text`.
LINE_BREAKS: contextvars.ContextVar[frozenset[int]] = contextvars.ContextVar("line_breaks", default=frozenset())

#: Capital and small letters of the Latin script as European names use them (Latin-1 and Latin Extended-A/B,
#: Romanian ș ț with a comma below): "Ústí", "Ørsted", "Ștefan", "Łódź".
CAP = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and ch.lower() != ch)
LOW = "a-z" + "".join(ch for ch in map(chr, range(0xDF, 0x250)) if ch.islower())
CAPWORD = rf"[{CAP}][\w'’&+-]*"
CONNECT = r"(?:i|w|we|na|dla|ds\.|z|ze|of|and|&|for|de|du|des|der|für|di|del|della|dei|delle|degli|et|e|und|van|von)"
NAME = rf"{CAPWORD}(?:(?<=-),)?(?: (?:{CONNECT} )?{CAPWORD}(?:(?<=-),)?){{0,4}}"  # "Mikro-, Małych i Średnich Przedsiębiorstw": a suspended hyphen
QUOTED = r"(?:„[^”\"]{2,60}[”\"]|\"[^\"]{2,60}\"|“[^”]{2,60}”)"


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    source: str  # "gazetteer" or a rule name
    key: str | None = None  # gazetteer entry
    confidence: float | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


_lock = threading.Lock()


@cache
def _morf():
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)  # compact tags ("nom.acc"): fields are split on "."


@cache
def _analyses(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    with _lock:
        return tuple((lemma, tag, tuple(names)) for _s, _e, (_o, lemma, tag, names, _l) in _morf().analyse(word))


def lemma_of(word: str) -> str:
    """morfeusz2's first lemma of a word (without its homonym suffix), or the word."""
    a = _analyses(word) or _analyses(word.lower())
    for lemma, tag, _ in a:
        if tag != "ign":
            return lemma.split(":")[0]
    return word


def _common_noun(word: str) -> bool:
    """A capitalised word that is a common noun when lowercased ("Instytutów")."""
    return any(t.startswith("subst:") and "nazwa_pospolita" in n for _l, t, n in _analyses(word.lower())) and not any(
        "nazwa_geograficzna" in n for _l, _t, n in _analyses(word)
    )


def _genitive_noun(word: str) -> bool:
    """A capitalised word that is a common noun in the genitive when lowercased ("Turystyki", "Sportu")."""
    return any(t.startswith("subst:") and re.search(r"[:.]gen\b", t) and "nazwa_pospolita" in n for _l, t, n in _analyses(word.lower()))


def _is_adjective(word: str) -> bool:
    """An adjective or participle; a compound "Warmińsko-Mazurski" by its last part."""
    first, _, last = word.rpartition("-")
    if first and not first.lower().endswith("o"):
        return False
    return any(tag.startswith(("adj:", "ppas:", "pact:")) for _l, tag, _n in _analyses(last.lower()))


def _agrees_with_kind(first: str, name: str) -> bool:
    """Is the name after "klaster <kind>" an adjective going on with the kind ("klaster
    spożywczy Polski Wschodniej", "Mazowiecki")? Not when it is a feminine or neuter
    adjective before its own noun ("klaster turystyczny Świętokrzyska Kraina")."""
    if not _is_adjective(first):
        return False
    own_noun = " " in name and any(f is not None and "nom" in f[1] and f[0] == "sg" and not f[2] & {"m1", "m2", "m3"} for _l, t, _n in _analyses(first.lower()) if t.startswith("adj:") for f in [_feats(t)])
    return not own_noun


def _feats(tag: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    parts = tag.split(":")
    if len(parts) < 4:
        return None
    return parts[1], frozenset(parts[2].split(".")), frozenset(parts[3].split("."))


_NOT_NAME_POS = ("fin:", "praet:", "impt:", "inf:", "bedzie:", "conj", "comp", "prep:", "qub", "adv", "pred", "interj")


def _function_or_verb(word: str) -> bool:
    """A capitalised word whose lowercase form is only a verb or function word
    ("Wolę"), so a match of it as a place is a sentence start, not a name. A place's
    own nominative is its name ("Kłodzko", whose lowercase is a rare adverb)."""
    a = _analyses(word.lower())
    if not a or not all(t.startswith(_NOT_NAME_POS) for _l, t, _n in a):
        return False
    return not any(lemma == word and "nazwa_geograficzna" in names for lemma, _t, names in _analyses(word))


def _apposed_name(name: str) -> bool:
    """Does `name`, after a capitalised head noun ("Klaster", "Projekt", "Program"),
    stand in apposition to it (its own name: "Klaster Dolina Lotnicza", "Klaster
    Polskie Platformy Technologiczne") rather than complete it ("Klaster Obróbki
    Metali", "Klaster Spożywczy")? Its first word is a nominative that is no genitive
    and no adjective agreeing with a masculine singular head."""
    words = name.split(" ")
    first = words[0].lower()
    feats = [(t.split(":")[0], _feats(t)) for _l, t, _n in _analyses(first) if t.startswith(("subst:", "adj:", "ppas:", "pact:"))]
    if not feats:
        return False
    if any(f is not None and "gen" in f[1] for _pos, f in feats):
        # a genitive, unless the adjective after it agrees only with its nominative ("Platformy startowe", not "Mody Polskiej")
        nxt = [_feats(t) for _l, t, _n in _analyses(words[1].lower()) if t.startswith("adj:")] if len(words) > 1 else []
        nominative = [f for _pos, f in feats if f is not None and "nom" in f[1]]
        genitive = [f for _pos, f in feats if f is not None and "gen" in f[1]]

        def agrees(a, n, case):
            return a and n and a[0] == n[0] and case in a[1] and case in n[1] and a[2] & n[2]

        return any(agrees(a, n, "nom") for a in nxt for n in nominative) and not any(agrees(a, n, "gen") for a in nxt for n in genitive)
    nominative = [(pos, f) for pos, f in feats if f is not None and "nom" in f[1]]
    if any(pos != "subst" and f[0] == "sg" and f[2] & {"m1", "m2", "m3"} for pos, f in nominative):
        # an adjective agreeing with the head, unless a capitalised noun after it is its own ("Program Nowy Plan Széchenyiego")
        # ... and no place, which says where it is ("Klaster Chemiczny Kędzierzyn-Koźle")
        place = len(words) > 1 and any("nazwa_geograficzna" in n for part in words[1].split("-")[:1] for _l, _t, n in _analyses(part))
        nouns = [_feats(t) for _l, t, _n in _analyses(words[1].lower()) if t.startswith("subst:")] if len(words) > 1 and words[1][:1].isupper() and not place else []
        return any(a and n and a[0] == n[0] and "nom" in n[1] and a[2] & n[2] for _pos, a in nominative for n in nouns)
    return bool(nominative)


def _adjective_before_noun(word: str, nxt: str) -> bool:
    """Is `word` an adjective agreeing with the lowercase noun `nxt` ("Polski rynek")?"""
    if not nxt or not nxt[0].islower():
        return False
    adjs = [_feats(t) for _l, t, _n in _analyses(word.lower()) if t.startswith("adj:")]
    nouns = [_feats(t) for _l, t, _n in _analyses(nxt) if t.startswith(("subst:", "ger:"))]
    for a in adjs:
        for n in nouns:
            if a and n and a[0] == n[0] and a[1] & n[1] and a[2] & n[2]:
                return True
    return False


def _cut_at_break(start: int, end: int, text: str) -> int:
    """End of a rule name, stopped at the first original line break inside it."""
    breaks = LINE_BREAKS.get()
    if not breaks:
        return end
    for b in range(start, end):
        if b in breaks:
            e = b
            while e > start and text[e - 1] in " ,;:-–":
                e -= 1
            return e
    return end


def _trim_connectors(text: str, start: int, end: int) -> int:
    """Drop trailing connector words ("Klaster Obróbki i" -> "Klaster Obróbki")."""
    words = text[start:end].split(" ")
    while len(words) > 1 and re.fullmatch(CONNECT, words[-1]):
        words.pop()
    return start + len(" ".join(words))


# --- clusters -------------------------------------------------------------

KLASTER_RE = re.compile(rf"(?<![\w-])(?:(?P<adj>[{CAP}][{LOW}]+(?:-[{CAP}][{LOW}]+)?) )?(?P<head>[Kk]laster|[Kk]lastr(?:a|owi|em|ze)|Klastr|KLASTER|KLASTR(?:A|OWI|EM|ZE)) (?:(?:[{LOW}]+ ){{0,2}}(?P<qname>{QUOTED})|(?P<name>{NAME}))")
#: "klaster laserowy LITEK", "Klaster energetyczny Optima": a kind in lowercase, then the name.
KLASTER_ADJ_RE = re.compile(rf"(?<![\w-])(?:[Kk]laster|[Kk]lastr(?:a|owi|em|ze)) (?P<kind>[{LOW}]+(?:-[{LOW}]+)?) (?P<name>{NAME})")
#: "klaster przetwórstwa ryb Clusaga": a kind in lowercase words, then one name no source knows (checked in `_clusters`;
#: not past a preposition or conjunction: "klaster dla firm Xyz" says who it serves).
_KLASTER_DESC_STOP = frozenset({"dla", "pod", "nad", "przy", "przez", "oraz", "ale", "jest", "był", "była", "które", "który", "która", "także", "również", "wraz", "jako", "według"})
_KLASTER_DESC_NAME_RE = re.compile(rf"(?<![\w-])(?:[Kk]laster|[Kk]lastr(?:a|owi|em|ze)) (?P<desc>[{LOW}]{{3,}}(?: [{LOW}]{{3,}})?) (?P<name>[{CAP}][\w-]+)(?![\w-])(?! [{CAP}])")
#: An Italian technology district named in English: "Apulian Aerospace District", "Campania
#: Aerospace Technology District" (a sector's word before "District"; not "Lake District").
DISTRICT_RE = re.compile(rf"(?<![\w-])(?P<name>(?:{CAPWORD} ){{1,3}}(?:Technology|Technological|Aerospace|Agrifood|Agri-Food|Agro-Food|Industrial|Textile|Footwear|Furniture|Ceramics?|Nautical|Biomedical|Mechatronics|Innovation) District)(?![\w-])")
#: "the automotive cluster CEAGA", "klaster IT LITEK" is `KLASTER_ADJ_RE`'s.
CLUSTER_ACRONYM_RE = re.compile(r"(?<![\w-])cluster (?:initiative )?(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*|[A-Z]{2,}[a-z]{3,})(?![\w-])")  # "the cluster initiative LISAvienna"
#: ... and before its kind and a lowercase "cluster": "the ALIA logistics cluster".
_ACRONYM_KIND_CLUSTER_RE = re.compile(r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir) (?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*) (?:[a-z]+ ){0,2}cluster(?![\w-])")
#: "Andalusian water technology cluster Smart Water Andalucía": capitalised words after
#: a lowercase "cluster" that a lowercase word (its kind or "the") precedes name it; so do
#: capitalised words between commas after "cluster organisation" ("the regional cluster
#: organisation, Automotive West Sweden, was formed").
CLUSTER_NAME_AFTER_RE = re.compile(rf"(?<=[a-z] )cluster(?: (?P<name>{CAPWORD}(?: {CAPWORD}){{1,4}})(?![\w-])| organi[sz]ation, (?P<apposed>{CAPWORD}(?: {CAPWORD}){{1,4}})(?=,)| organi[sz]ation (?P<org>{CAPWORD}(?: {CAPWORD}){{0,3}})(?![\w-]))")
#: An English word this frequent after "Cluster" makes a topic, not a name ("Cluster Policy").
_TOPIC_WORD_ZIPF = 4.0
VALLEY_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?!(?:Valley|Cluster|Supercluster)\b){CAPWORD} (?:\d\.\d )?(?:(?:and|&) (?=[{CAP}]))?){{1,5}}(?:Valley|Cluster|Supercluster|Klaster|Klastr|Cluster e\.V\.)(?: [A-Z]{{2,5}}(?![\w-]))?)(?![\w-])"
    rf"|(?<![\w-])(?P<name2>(?:Cluster|Clúster|Silicon|Distretto) (?:(?:de la|de las|de los|de|di|del|della|der|du) )?{CAPWORD}(?:/{CAPWORD})*(?: (?:{CONNECT} )?(?!(?:Cluster|Clúster)(?![\w-])){CAPWORD}){{0,5}})"  # not "… Tirol i Cluster …": the next one
)
#: The first item of a serial list of sectors in a cluster's name, before its comma
#: ("Portuguese Aeronautics, " before "Space and Defence Cluster").
_SERIAL_LEAD_RE = re.compile(rf"(?<![\w-])(?P<lead>{CAPWORD}(?: {CAPWORD}){{0,2}}), $")
#: A Czech or Slovak name ending in its lowercase head: "Moravskoslezský automobilový
#: klastr". "klastr" alone is no Polish form; before "klaster" an adjective with the
#: Czech/Slovak ending -ý is required ("Największy polski klaster" is Polish prose), or
#: two words or more none of which SGJP knows (Croatian, Slovene: "Hrvatski drvni klaster").
WEST_SLAVIC_RE = re.compile(rf"(?<![\w-])(?P<name>{CAPWORD}(?: [{LOW}ýěščřůúíáéďťňľĺŕô]+){{0,2}} (?P<head>klastr|klaster))(?![\w-])")
#: Two names in capitals joined by "i"/"oraz"/"and" after one "klaster".
ACRONYM_PAIR_RE = re.compile(r"(?P<a>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9-]{2,}) (?:i|oraz|and) (?P<b>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9-]{2,})")
#: Articles that open a foreign name ("De Blauwe Cluster"): no Polish word before an English name.
_FOREIGN_ARTICLES = frozenset({"De", "Het", "La", "Le", "Les", "El", "Los", "Las", "Il", "Der", "Die", "Das", "Den", "Del"})
#: Sectors named by a lowercase loanword between "klaster" and a cluster's name ("klaster medtech MedTech Rebel Ireland"; acronyms: `_SECTOR_ACRONYMS`).
_SECTOR_WORDS = frozenset({"medtech", "biotech", "fintech", "agritech", "cleantech", "foodtech", "edtech", "greentech", "deeptech", "hightech", "high-tech"})
#: Sectors named by an acronym between "klaster" and a cluster's name ("klaster ICT Torino Wireless").
_SECTOR_ACRONYMS = frozenset({"ICT", "IT", "TIK", "AI", "BPO", "HR", "TSL", "OZE", "MŚP"})
#: Words that make "X Cluster" a kind of cluster rather than a name.
GENERIC_QUALIFIERS = frozenset({"european", "national", "regional", "local", "international", "polish", "global", "industrial", "technology", "innovation", "innovative", "the", "a", "each", "every", "this", "our", "new", "first"})
#: Labels national cluster programmes put before a cluster's name: Norway's NCE, GCE
#: and Arena, France's pôles, Germany's Kompetenznetz and BioRegion (whose name is its
#: place: "BioRegion Freiburg", "BioRegio STERN").
PROGRAMME_CLUSTER_RE = re.compile(rf"(?<![\w-])(?:NCE|GCE|Arena|Pôle|Pole|Kompetenznetz|(?P<placed>BioRegion|BioRegio)) (?P<name>{CAPWORD}(?: (?:{CONNECT} )?{CAPWORD}){{0,3}})")
#: A coined name opening in lowercase after a lowercase "klaster": "klaster iCluster Istra", "klastra eKlaster".
_LOWER_COINED_AFTER_KLASTER_RE = re.compile(rf"(?<![\w-])(?:klaster|klastr(?:a|owi|em|ze)) (?P<name>[a-z][A-Z][\w-]*(?: {CAPWORD}){{0,2}})(?![\w-])")
#: A cluster named after the Polish for a pole of innovation or competitiveness ("biegun innowacji Mesap",
#: "biegunem konkurencyjności Aerospace Valley"): the name alone.
_POLE_CUE_RE = re.compile(rf"(?<![\w-])(?:[Bb]iegun(?:a|em|ie|owi|y|ów|ami)?) (?:innowacji|konkurencyjności) (?P<name>{CAPWORD}(?: (?:{CONNECT} )?{CAPWORD}){{0,3}})")
#: A compound cluster name and what follows it: "Automotive-Cluster RheinMain"; also a
#: prefix of up to three lowercase letters or a mixed-case one: "si-Cluster", "BioM-Cluster".
COMPOUND_CLUSTER_RE = re.compile(rf"(?<![\w-])(?:[{CAP}]\w*|[a-z]{{1,3}})-(?:Cluster|Netzwerk|Netz)(?: (?!(?:we?|in|i|und|and|z|ze)\b){CAPWORD}){{0,2}}(?![\w-])")
#: A network named after "sieć"/"network" (in a document about clusters, a cluster).
NETWORK_RE = re.compile(rf"(?<![\w-])(?:sie(?:ć|ci|cią)|network) (?P<name>{CAPWORD}(?: (?:{CONNECT} )?{CAPWORD}){{0,3}})")
#: Names listed right after a plural "klastry"/"clusters", two at least: "klastry ICT Banat, ROSENC i Automotive Vest".
_CLUSTERS_AFTER_PLURAL_RE = re.compile(rf"(?<![\w-])(?:[Kk]lastr(?:y|ów|ami|om)|clusters) (?P<names>{CAPWORD}(?: {CAPWORD})?(?:, {CAPWORD}(?: {CAPWORD})?)*(?: (?:i|oraz|and) {CAPWORD}(?: {CAPWORD})?))(?![\w-])")
#: An alliance named by its sector or place: "Northwest Aerospace Alliance", "Water Alliance" (no "The", "This", "Our", "A" opens one).
_ALLIANCE_RE = re.compile(rf"(?<![\w-])(?:(?:The|the) )?(?P<name>(?!(?:The|This|Our|An?)\b){CAPWORD}(?: {CAPWORD}){{0,2}} Alliance)(?![\w-])")
#: ...but an alliance of researchers or of clusters is a body ("Energy Research Alliance", "Ukrainian Cluster Alliance").
_NOT_CLUSTER_ALLIANCE_WORDS = frozenset({"Research", "Cluster", "Clusters", "Universities", "University", "Science"})
#: One or two capitalised words right after a name's head: " Vrbas" of "Drvni klaster Vrbas".
_NAME_AFTER_RE = re.compile(rf" {CAPWORD}(?: {CAPWORD})?(?![\w-])")
_ADJECTIVE_BEFORE_RE = re.compile(rf"(?<![\w-])(?:[{CAP}][{LOW}]+o-)?[{CAP}][{LOW}]+(?:sk|ck|dzk|ow|n)(?:a|iej|ej|ą|ie) $")  # "Śląsko-Małopolskiej Doliny"
DOLINA_RE = re.compile(rf"(?<![\w-])(?P<name>Dolin[aeyęąi]\w* [{CAP}][{LOW}]+(?: [{CAP}][{LOW}]+)?)")
PAREN_RE = re.compile(r"\(([^()]{2,200})\)")
FIRMS_RE = re.compile(r"\d[\d\s.,]*\s*(?:tys\.\s*)?(?:firm|przedsiębiorstw|spółek|podmiotów|członków|companies|firms|enterprises|members|SMEs|MŚP)", re.IGNORECASE)
#: Polish words of a body's kind that may open a sentence before an English name ("Konsorcjum Indonesia Battery Corporation").
_POLISH_KIND_LEADS = frozenset({"Konsorcjum", "Firma", "Spółka", "Koncern", "Producent", "Operator", "Inwestor", "Uczelnia", "Zakład", "Fabryka", "Stowarzyszenie", "Agencja", "Fundacja", "Izba", "Organizacja", "Spółdzielnia"})
_LEAD_STOP = frozenset({"The", "This", "That", "Our", "A", "An", "Each", "Every", "Its", "Their", "W", "We", "Na", "Do", "Z", "I"})
_GEO = frozenset({"COUNTRY", "REGION", "CITY"})


#: The start of another cluster's name: "klaster Aviation Valley i Pomorski Klaster Morski".
CLUSTER_START_RE = re.compile(rf"(?:{CAPWORD} ){{0,3}}(?:[Kk]laster|Klastr|Cluster|Valley|Dolin[aąęy])\b")


#: Capitalised words, "and"/"&" between them: "Advanced Technologies", "Research and Innovation".
_CAPITALISED_RUN_RE = re.compile(rf"{CAPWORD}(?: (?:(?:and|&) )?{CAPWORD}){{0,3}}(?![\w-])")
#: Connectors that tie a place into a foreign name as its genitive ("… of Northern Norway", "… de Galicia").
_NAME_GENITIVES = frozenset({"of", "de", "du", "des", "der", "für", "di", "del", "della", "dei", "delle", "degli", "van", "von"})


def _word_offsets(name: str) -> list[tuple[int, str]]:
    """(offset, word) of each space-separated word of `name`."""
    out, k = [], 0
    for w in name.split(" "):
        out.append((k, w))
        k += len(w) + 1
    return out


def _cut_before(text: str, start: int, end: int, stops: list[Candidate], head_re: re.Pattern[str] | None = None) -> int:
    """End of a rule name, cut before a connector that leads into another entity
    ("Aerospace Valley z Tuluzy", "Politechnika Rzeszowska i Uniwersytet Rzeszowski")."""
    for m in re.finditer(rf" {CONNECT} ", text[start:end]):
        nxt = start + m.end()
        if m.group().strip() in _NAME_GENITIVES:
            continue  # "Cluster de Automoción de Galicia", "Maritime Cluster of Northern Norway": the place is the name's
        if any(c.start == nxt for c in stops) or (head_re is not None and head_re.match(text, nxt)):
            return start + m.start()
    return end


def _rescanning(pattern: re.Pattern[str], text: str):
    """Matches of `pattern`, each search starting one word after the last match's
    start, so a name cut short ("klaster A i Pomorski Klaster B") leaves the next
    one to be found."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        nxt = text.find(" ", m.start() + 1)
        pos = m.end() if nxt < 0 else nxt + 1


def _quoted(name: str) -> bool:
    return name.startswith(("„", '"', "“"))


#: A quoted name right after a name ("Zachodni Klaster Drzewny „Lubuskie Drewno”").
_QUOTED_AFTER_RE = re.compile(rf" (?={QUOTED})[„\"“][{CAP}][^”\"\n]*[”\"]")
_COMPASS_RE = re.compile(r"(?:Northern|Southern|Eastern|Western|Central|North|South|East|West) ")


def _end_before(text: str, pos: int) -> int | None:
    """Where a name ends right before `pos`, across " w " or " we " ("Horyzontu Europa w klastrze")."""
    m = re.search(r"(?: we? | )$", text[max(0, pos - 4) : pos])
    return pos - len(m.group()) if m else None


def _clusters(text: str, gaz: list[Candidate]) -> list[Candidate]:
    from wordfreq import zipf_frequency

    out: list[Candidate] = []
    geo = [c for c in gaz if c.label in _GEO]
    breaks = LINE_BREAKS.get()
    programme_ends = {c.end for c in gaz if c.label == "PROGRAMME"}
    items = set(_item_starts(text))
    for m in _rescanning(KLASTER_RE, text):
        if m.group("head")[0].islower() and _end_before(text, m.start("head")) in programme_ends:
            continue  # "do Horyzontu Europa w klastrze „Bezpieczeństwo cywilne”": a programme's part, not an industry's cluster
        if m.group("qname"):  # klaster (turystyczny) „Zielona Energia”: the name inside the quotes
            out.append(Candidate(m.start("qname") + 1, m.end("qname") - 1, "CLUSTER", "cluster.klaster"))
            continue
        name, name_end = m.group("name"), m.end("name")
        if any(b in breaks for b in range(m.start("head"), m.start("name"))):
            continue  # "... klastrów\nPerspektywa": a line break between word and name
        if m.group("head").isupper() and name.isupper():
            continue  # an all-capitals heading: names cannot be told from words
        start = m.start()
        if m.group("adj") and not _is_adjective(m.group("adj")):
            start = m.start("head")
        sentence_start = re.search(r"(?:^|[.!?•:]\s*|\n\n)$", text[max(0, m.start("head") - 3) : m.start("head")]) is not None or m.start("head") in items  # "- Klaster Automotivest"
        first_word = name.split(" ")[0]
        kind_adjective = m.group("head") == "Klaster" and " " in name and re.fullmatch(r"\w+(?:[nrwł]y|[kg]i)", first_word) is not None and _is_adjective(first_word.lower())
        if m.group("head")[0].islower() or (
            sentence_start and not m.group("adj") and not kind_adjective and (any(c.label == "CLUSTER" and c.start == m.start("name") for c in gaz) or _foreign_name(name) or _apposed_name(name) or COMPOUND_CLUSTER_RE.fullmatch(name.split(" ")[0]))
        ):  # ("• Klaster Turystyczny Pradziad": an adjective agreeing with "Klaster" makes it the name's own word)
            # "klaster Optonet", "Klaster Dolina Lotnicza zorganizował", "• Klaster Offshore Vindenergi",
            # "• Klaster Polskie Platformy Technologiczne": the name is the entity
            start = m.start("name")
            first = name.split(" ")[0]
            if first.isupper() and len(first) <= 3 and (len(name) == len(first) or re.match(r" (?:we?|na|dla|z) ", name[len(first) :])):
                continue  # "klaster IT w Bangalore": the sector, not a name
            if m.group("head")[0].islower() and (place := re.search(rf" we? (?=[{CAP}])", name)) is not None:
                name_end = m.start("name") + place.start()  # "klaster CIDETER w Las Parejas": after a lowercase "klaster" the name alone, not its seat
            rest = start + len(first) + 1
            sector = first in _SECTOR_ACRONYMS and len(name) > len(first) and m.group("head")[0].islower() and not any(c.start == rest and c.end >= m.end("name") for c in geo)
            if sector and (any(c.label == "CLUSTER" and c.start == rest for c in gaz) or _unknown_word(name.split(" ")[1])):
                start = rest  # "klaster ICT Torino Wireless": the sector, then the name (not "klaster ICT Banat", named by its place, nor "ICT Demo Center")
        end = _cut_at_break(start, name_end, text)
        end = _trim_connectors(text, start, _cut_before(text, start, end, gaz, _NAME_START_RE))  # any listed name, cluster or institution after "i" starts another
        pair = ACRONYM_PAIR_RE.fullmatch(text, m.start("name"), end)
        if pair:  # "Klaster NUTRIBIOMED i EKOENERGIA": two clusters, each named in capitals
            out.append(Candidate(start, pair.end("a"), "CLUSTER", "cluster.klaster"))
            out.append(Candidate(pair.start("b"), pair.end("b"), "CLUSTER", "cluster.klaster", confidence=0.6))
        elif end > m.start("name"):
            quoted = _QUOTED_AFTER_RE.match(text, end)
            if quoted and start < m.start("name") and m.group("head")[0].isupper():
                end = quoted.end()  # "Zachodni Klaster Drzewny „Lubuskie Drewno”": the quoted name is the full name's end
            out.append(Candidate(start, end, "CLUSTER", "cluster.klaster"))
    for m in DISTRICT_RE.finditer(text):  # "Apulian Aerospace District"
        start = m.start("name")
        words = m.group("name").split(" ")
        while len(words) > 2 and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS):
            start += len(words.pop(0)) + 1  # "The Apulian Aerospace District"
        out.append(Candidate(start, m.end("name"), "CLUSTER", "cluster.district", confidence=0.7))
    for m in CLUSTER_ACRONYM_RE.finditer(text):  # "automotive cluster CEAGA": an acronym after a lowercase "cluster"
        out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.acronym", confidence=0.7))
    for m in _ACRONYM_KIND_CLUSTER_RE.finditer(text):  # "the ALIA logistics cluster": an acronym before the kind (not "the EU cluster policy")
        if _acronym_not_word(m.group("name")) and m.group("name") not in _SECTOR_ACRONYMS | {"SME", "SMES", "EU", "R&D", "NGO"} and not any(c.start == m.start("name") for c in gaz):
            out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.acronym", confidence=0.7))
    for m in CLUSTER_NAME_AFTER_RE.finditer(text):  # "the … cluster organisation, Automotive West Sweden, was formed": apposed
        g = next(g for g in ("name", "apposed", "org") if m.group(g))
        start, end = m.start(g), _trim_connectors(text, m.start(g), _cut_at_break(m.start(g), m.end(g), text))
        words = text[start:end].split(" ")
        if (len(words) >= 2 or (g == "org" and _unknown_word(words[0]))) and words[0] not in _SENTENCE_OPENERS and not all(zipf_frequency(w.lower(), "en") >= _TOPIC_WORD_ZIPF for w in words):
            out.append(Candidate(start, end, "CLUSTER", "cluster.named_after", confidence=0.7))
    for m in KLASTER_ADJ_RE.finditer(text):  # "klaster laserowy LITEK": the name after the kind
        first = m.group("name").split(" ")[0]
        # "klaster energii Wolin-Energia": Poland's energy clusters, a kind in the genitive (not "klaster energii Ziemi Kłodzkiej")
        kind = _is_adjective(m.group("kind")) or (m.group("kind") == "energii" and not _common_polish(first)) or m.group("kind") in _SECTOR_WORDS
        # a place's name is where the cluster is, unless a common word joins it into a coined name ("Wolin-Energia")
        coined = "-" in first and _common_polish(first.rpartition("-")[2])
        # ... or the place is the first part of a longer name ("klaster turystyczny Severovýchod Slovenska", not "… Warmii i Mazur")
        where = [c for c in geo if c.start == m.start("name") and not coined and re.match(r"$|,|-| (?:i|oraz|we?|z|ze|na) ", text[c.end : m.end("name")])]
        if kind and not _agrees_with_kind(first, m.group("name")) and not where:
            end = _trim_connectors(text, m.start("name"), _cut_before(text, m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text), gaz, _NAME_START_RE))
            if end > m.start("name"):
                out.append(Candidate(m.start("name"), end, "CLUSTER", "cluster.klaster"))
    for m in _KLASTER_DESC_NAME_RE.finditer(text):
        if _unknown_word(m.group("name")) and not any(c.start <= m.start("name") < c.end for c in gaz) and not any(w in _KLASTER_DESC_STOP for w in m.group("desc").split(" ")):
            out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.klaster", confidence=0.6))
    for m in VALLEY_RE.finditer(text):
        g = "name" if m.group("name") else "name2"
        start, end = m.start(g), m.end(g)
        if g == "name" and not re.search(r"(?:Valley|Cluster|Supercluster|Klaster|Klastr)\b", text[start : _cut_at_break(start, end, text)]):
            continue  # "WATER-SMART AGRI-FOOD IN SOUTHERN EUROPE\nCluster cooperation …": the head is on the next line
        words = text[start:end].split(" ")
        while words and (words[0] in _LEAD_STOP or words[0].endswith(("'s", "’s"))):
            start += len(words.pop(0)) + 1  # "Slovenia's Wood Industry Cluster": the possessive is no part of the name
        for k in range(len(words) - 2, 0, -1) if g == "name" else ():  # "Food and Pharmaceutical Cluster" is one name; "… Transilvania and Transylvania Furniture Cluster" two
            if words[k] in ("and", "&") and not (_english_word(words[k - 1]) and _common_english(words[k + 1])):
                start += len(" ".join(words[: k + 1])) + 1
                words = words[k + 1 :]
                break
        if len(words) >= 3 and not words[0].isupper() and words[0] not in _FOREIGN_ARTICLES and _common_polish(words[0]) and all(_not_polish(w) for w in words[1:]):
            start += len(words.pop(0)) + 1  # "Łotewski Latvian Food Cluster": a Polish sentence's word before an English name (not an acronym: "NI Cyber Cluster")
        if len(words) >= 3 and re.search(r"(?:^|\s)(?i:w|we|z|ze|na|do|od|w pobliżu)\s$", text[max(0, start - 12) : start]) and any(c.start == start and c.end == start + len(words[0]) for c in geo):
            start += len(words.pop(0)) + 1  # "w Izmirze Aegean Textile and Apparel Cluster": the place a Polish preposition governs is where
        if g == "name2" and words[0] == "Cluster" and all(zipf_frequency(w.lower(), "en") >= _TOPIC_WORD_ZIPF for w in words[1:]):
            continue  # "Cluster Policy in Central Europe", "Cluster Management": a topic, not a name
        if g == "name2" and any(w in _TITLE_WORDS for w in words[1:]):  # "Cluster Policy In Poland": a title
            words = words[: next(k for k, w in enumerate(words) if k and w in _TITLE_WORDS)]
            end = start + len(" ".join(words))
        end = _trim_connectors(text, start, _cut_before(text, start, _cut_at_break(start, end, text), geo))  # "Silicon Saxony z Drezna"
        # a place may end a name after "Cluster", and after a "Valley" no list knows ("Hydrogen Valley
        # Bavaria"); a listed valley is named alone, the place after it is where ("Aviation Valley Poland")
        cluster_head = text[start:end].endswith("Cluster") or (
            text[start:end].endswith("Valley") and not any(c.label == "CLUSTER" and c.start <= start and end <= c.end for c in gaz)
        )
        dash = re.match(r" [–-] (?=[A-Z])", text[end : end + 4]) if cluster_head else None
        if dash and any(c.start == end + dash.end() and c.label == "CITY" for c in geo):
            dash = None  # "Automotive Cluster – Ostrava, 60 members": where it is, said after a dash ("– West Slovakia" is the name's)
        if dash and any(w in _english_language_names() or any(c.start <= start + k < c.end for c in geo) for k, w in _word_offsets(text[start:end])):
            dash = None  # "Czech Agrifood Cluster – Olomouc Region": a name already placed; the region after the dash is where
        of = re.match(r" of (?:the )?(?=[A-Z])", text[end : end + 9]) if cluster_head and g == "name" else None
        if of:  # "Maritime Cluster of Northern Norway": the place, in the genitive, is the name's
            at = end + of.end()
            compass = _COMPASS_RE.match(text, at)
            place = next((c for c in geo if c.start == at), None) or next((c for c in geo if compass and c.start == compass.end()), None)
            if place is not None:  # "… of North Karelia" (one name), "… of Northern Norway" (a compass word and the country)
                end = place.end
            elif (words_of := _CAPITALISED_RUN_RE.match(text, at)) is not None and not any(at <= c.start < words_of.end() for c in gaz):
                # "Niš Cluster of Advanced Technologies": what it is of is its name's, unless a listed name ("… of Business Upper Austria")
                end = _cut_at_break(start, words_of.end(), text)
        elif g == "name" and (re.match(rf" {CAPWORD}", text[end:]) or dash) and end not in LINE_BREAKS.get():
            at = end + (dash.end() if dash else 1)  # "Automotive Cluster – West Slovakia"
            compass = _COMPASS_RE.match(text, at)  # "Maritime Cluster Northern Germany"
            at = compass.end() if compass else at
            place = next((c for c in geo if c.start == at), None) if cluster_head else None
            if place is not None and not re.match(rf" {CAPWORD}", text[place.end :]):
                end = place.end  # "Automotive Cluster Styria", "Mobility Cluster Upper Austria": the place ends the name
            elif not dash:
                continue  # "European Cluster Collaboration Platform": the head is not the name's last word
        lead = _SERIAL_LEAD_RE.search(text, max(0, start - 40), start) if g == "name" and re.search(r" (?:and|&) ", text[start:end]) else None
        if lead is not None and lead.group("lead").split(" ")[0] not in _SENTENCE_OPENERS and not any(lead.start() <= c.start < start for c in geo):
            start = lead.start()  # "Portuguese Aeronautics, Space and Defence Cluster": a serial list of sectors names it
        words = text[start:end].split(" ")
        if g == "name" and all(w.lower() in GENERIC_QUALIFIERS for w in words[:-1]):
            continue  # "European Cluster", "Regional Cluster": a kind, not a name
        if text[start:end].endswith("Cluster") and (re.match(r" \d", text[end:]) or any(c.label == "PROGRAMME" and c.start == start for c in gaz)):
            continue  # "Horizon Europe Cluster 6": a programme's numbered part, not a cluster
        if len(words) >= 2:
            out.append(Candidate(start, end, "CLUSTER", "cluster.valley"))
    for m in WEST_SLAVIC_RE.finditer(text):
        words = m.group("name").split(" ")[:-1]
        south_slavic = len(words) >= 2 and all(all(a[1] == "ign" for a in _analyses(w)) for w in words)  # "Hrvatski drvni klaster": no word Polish
        if m.group("head") == "klastr" or any(w.endswith("ý") for w in words) or south_slavic:
            out.append(Candidate(m.start(), m.end(), "CLUSTER", "cluster.klastr"))
        elif len(words) == 1 and words[0].endswith("i") and all(a[1] == "ign" for a in _analyses(words[0])) and (name := _NAME_AFTER_RE.match(text, m.end())):
            # "Drvni klaster Vrbas": a South Slavic adjective, the kind and the cluster's own name
            out.append(Candidate(m.start(), _cut_at_break(m.start(), name.end(), text), "CLUSTER", "cluster.klastr"))
    for m in COMPOUND_CLUSTER_RE.finditer(text):  # "Automotive-Cluster RheinMain", "Kunststoff-Cluster"
        end = _cut_before(text, m.start(), _cut_at_break(m.start(), m.end(), text), geo)
        out.append(Candidate(m.start(), _trim_connectors(text, m.start(), end), "CLUSTER", "cluster.compound"))
    about_clusters = _about_clusters(text, gaz)
    for m in _CLUSTERS_AFTER_PLURAL_RE.finditer(text):  # "wspiera klastry ICT Banat, ROSENC i Automotive Vest": each name, if none is Polish
        items = [(m.start("names") + n.start(), m.start("names") + n.end()) for n in re.finditer(rf"{CAPWORD}(?: {CAPWORD})?", m.group("names"))]
        sectors = any(re.fullmatch(r"[A-Z]{1,3}", text[s:e]) for s, e in items)  # "klastry IT i ICT": sectors, not names
        if not sectors and all(all(_not_polish(w) or w.isupper() for w in text[s:e].split(" ")) for s, e in items):
            out += [Candidate(s, e, "CLUSTER", "cluster.listed", confidence=0.6) for s, e in items if not any(c.start == s and c.end >= e for c in gaz)]
    if about_clusters:
        for m in _ALLIANCE_RE.finditer(text):  # "the Northwest Aerospace Alliance", "The Water Alliance": firms allied, in a document about clusters
            # (a place may open it: "the Yukon Mining Alliance")
            if not _NOT_CLUSTER_ALLIANCE_WORDS & set(m.group("name").split(" ")) and not any(c.start <= m.start("name") < c.end and (c.end >= m.end("name") or c.label not in _GEO) for c in gaz):
                out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.alliance", confidence=0.6))
    geo_starts = {c.start for c in geo}
    for m in DOLINA_RE.finditer(text):
        words = m.group("name").split(" ")
        before = _ADJECTIVE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        start = before.start() if before and _is_adjective(before.group().strip().lower()) else m.start()  # "Śląska Dolina Wodorowa"
        if _is_adjective(words[1]):
            end = m.start() + len(words[0]) + 1 + len(words[1])
            if len(words) > 2 and _is_adjective(words[2]):
                end = m.end()
            out.append(Candidate(start, _cut_at_break(start, end, text), "CLUSTER", "cluster.dolina"))
        elif about_clusters and m.start() + len(words[0]) + 1 not in geo_starts:
            # "Dolina Ekoinnowacji", "Podkarpacka Dolina Urody" in a document about clusters (not "Dolina Wisły", a river's valley)
            end = m.start() + len(words[0]) + 1 + len(words[1])
            out.append(Candidate(start, _cut_at_break(start, end, text), "CLUSTER", "cluster.dolina", confidence=0.6))
    for m in _LOWER_COINED_AFTER_KLASTER_RE.finditer(text):  # "klaster iCluster Istra": a coined name opening in lowercase
        out.append(Candidate(m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text), "CLUSTER", "cluster.klaster"))
    for m in _POLE_CUE_RE.finditer(text):  # "biegun innowacji Mesap"
        end = _trim_connectors(text, m.start("name"), _cut_before(text, m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text), geo))
        if end > m.start("name") and not any(c.start == m.start("name") and c.end >= end for c in geo):
            out.append(Candidate(m.start("name"), end, "CLUSTER", "cluster.pole", confidence=0.7))
    if about_clusters:
        for m in NETWORK_RE.finditer(text):  # "współpracuje z siecią Metall Brandenburg"
            end = _trim_connectors(text, m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text))
            words = text[m.start("name") : end].split(" ")
            if not text[m.start("name") : end].isupper() and any(_unknown_word(p) for w in words for p in w.split("-") if p):
                out.append(Candidate(m.start("name"), end, "CLUSTER", "cluster.network", confidence=0.6))  # "sieci Clust-ER": a part unknown
        for m in PROGRAMME_CLUSTER_RE.finditer(text):  # "NCE Maritime CleanTech", "Arena Heidner", "Pôle Véhicule du Futur"
            end = _cut_at_break(m.start(), m.end(), text)
            if m.group("placed"):  # "BioRegion Freiburg": its place is its name, up to the next lowercase word
                end = m.start("name") + len(text[m.start("name") : end].split(" ")[0])
            end = _trim_connectors(text, m.start(), end if m.group("placed") else _cut_before(text, m.start(), end, geo))
            if end > m.start("name"):
                out.append(Candidate(m.start(), end, "CLUSTER", "cluster.programme_label", confidence=0.7))
    for m in CLUSTER_APPOSITION_RE.finditer(text):  # "BioFuel Region, a network of 60 members", "Optonet – klaster fotoniczny"
        words = m.group("name").split(" ")
        if words[0] in _SENTENCE_OPENERS or words[0] in _LEAD_STOP or any(c.start == m.start("name") and c.end == m.end("name") for c in gaz):
            continue
        if any(_COINED_RE.match(w) for w in words) or all(_not_polish(w) for w in words):
            out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.apposition", confidence=0.6))
    for m in itertools.chain(_GATHERS_MEMBERS_RE.finditer(text), _HUB_GATHERS_RE.finditer(text)):  # "MetalIndustry4 gathers about 60 metalworking firms": what gathers firms is a cluster
        words = m.group("name").split(" ")
        if words[0] in _SENTENCE_OPENERS or words[0] in _LEAD_STOP or any(c.start < m.end("name") and m.start() < c.end for c in gaz):
            continue
        if _BODY_KIND_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the software association ACATE brings together …": a body, said so
        if (any(_COINED_RE.match(w) for w in words) or all(_not_polish(w) for w in words)) and (m.re is _HUB_GATHERS_RE or _about_clusters(text, gaz)):
            out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.members", confidence=0.6))
    out += [c for c in _listed_clusters(text, gaz) if not _UNITS_HEAD_RE.match(text, c.start)]  # "• Regiony Moquegua, Tacna i Puno": units, not a cluster
    out += _exemplified_clusters(text, gaz)
    out += _exemplified_clusters(text, gaz, ORG_EXAMPLES_RE, "ORGANISATION")
    out += _placed_brands(text, gaz)
    for m in PAREN_RE.finditer(text):
        inner = m.group(1)
        if not FIRMS_RE.search(inner):
            continue
        first = re.split(r"\s*(?:[,;–]|-\s|\s-|ok\.|około|approx\.|ca\.)\s*", inner, maxsplit=1)[0].strip(" -")
        if not first or not first[0].isupper() or len(first.split()) > 4 or any(ch.isdigit() for ch in first):
            continue
        s = m.start(1) + inner.index(first)
        e = s + len(first)
        if any(c.start <= s and e <= c.end for c in geo):
            continue  # "(Turyngia, ok. 60 firm)": a region, not a cluster
        country = None
        line_start = max(text.rfind("•", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        for c in gaz:
            if c.label == "COUNTRY" and line_start <= c.start < m.start():
                country = c.key
        cand = Candidate(s, e, "CLUSTER", "cluster.context", confidence=0.7)
        if country:
            cand.attributes["country_entry"] = country
        out.append(cand)
    _suffixed(text, out, "CLUSTER")
    # "klaster Hydrogen Valley Ústí – 18 członków": a town right after a name's head word, ending the item, ends the name
    cities_at = {c.start: c for c in gaz if c.label == "CITY"}
    for i, c in enumerate(out):
        town = cities_at.get(c.end + 1) if c.label == "CLUSTER" and text[c.start : c.end].rsplit(" ", 1)[-1] in CLUSTER_HEADS and text[c.end : c.end + 1] == " " else None
        if town is not None and (town.end in breaks or town.end == len(text) or re.match(r" [–-] |[,;:]", text[town.end : town.end + 3])):
            out[i] = Candidate(c.start, town.end, c.label, c.source, c.key, c.confidence, c.attributes)
    return out + _clusters_coordinated_before(text, gaz, [c for c in gaz if c.label == "CLUSTER"] + out)


#: A version number after a name: " 4.0" of "Przemysłu 4.0", "Industry 4.0", "Greece 2.0" (no "4.05").
_VERSION_AFTER_RE = re.compile(r" \d\.0(?!\d|[.,]\d)")
#: ...or a hashtag: " #CyberMadeInPoland".
_NAME_SUFFIX_RE = re.compile(rf"{_VERSION_AFTER_RE.pattern}| #\w+")


def _suffixed(text: str, cands: list[Candidate], label: str) -> None:
    """A version number or a hashtag ends a name of `label`: "Śląski Klaster Przemysłu 4.0",
    "Energy House 2.0", "Polski Klaster Cyberbezpieczeństwa #CyberMadeInPoland"."""
    for c in cands:
        if c.label == label and (v := _NAME_SUFFIX_RE.match(text, c.end)) is not None:
            c.end = v.end()


#: A one-word name and a coordinator before another name: "BioLAGO and the ".
_NAME_AND_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<name>{CAPWORD}) (?:i|oraz|and|&) (?:the )?$")


def _clusters_coordinated_before(text: str, gaz: list[Candidate], clusters: list[Candidate]) -> list[Candidate]:
    """"On the German bank, BioLAGO and the BioRegion Freiburg work with …": a coined one-word
    name no source knows (capitals inside it), opening its clause or after a lowercase word and
    coordinated before a cluster, is a cluster too (0.6)."""
    out = []
    breaks = LINE_BREAKS.get()
    for c in clusters:
        m = _NAME_AND_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
        name = m.group("name") if m is not None else ""
        if not _COINED_RE.match(name) or name.isupper() or not re.search(r"[a-z][A-Z]", name):
            continue  # mixed case inside the word ("BioLAGO") is no Polish or English word's
        opens = m.start() == 0 or (m.start() - 1) in breaks or text[max(0, m.start() - 2) : m.start()] in (", ", ". ", ": ")
        after_word = re.search(r"(?<![\w-])[a-z]+ $", text[max(0, m.start() - 20) : m.start()]) is not None  # "On the German side BioLAGO and …"
        if (opens or after_word) and not any(g.start <= m.start() < g.end for g in gaz):
            out.append(Candidate(m.start(), m.end("name"), "CLUSTER", "cluster.coordinated", confidence=0.6))
    return out


def _placed_brands(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """"Alsace BioValley": a place right before a known cluster's coined one-word name opens
    that name (not after a place's preposition: "in Alsace BioValley" would be two). And "of" and
    a place after a known cluster's name make another's: "Optics Valley of China" (Wuhan's, not
    the French Optics Valley)."""
    out = []
    clusters = {c.start: c for c in gaz if c.label == "CLUSTER"}
    places = {g.start: g for g in gaz if g.label in _GEO}
    for c in clusters.values():
        if text.startswith(" of ", c.end) and (place := places.get(c.end + 4)) is not None:
            out.append(Candidate(c.start, place.end, "CLUSTER", "cluster.placed", confidence=0.6))
    for g in gaz:
        c = clusters.get(g.end + 1)
        if g.label not in _GEO or c is None or text[g.end] != " " or " " in text[c.start : c.end] or not _COINED_RE.match(text[c.start : c.end]):
            continue
        if _PLACE_CUE_BEFORE_RE.search(text, max(0, g.start - 12), g.start) is None:
            out.append(Candidate(g.start, c.end, "CLUSTER", "cluster.placed", confidence=0.6))
    return out


#: A name a following apposition calls a cluster: "BioFuel Region, a network of around 60
#: members", "Optonet – klaster fotoniczny" (the name must be coined or foreign).
CLUSTER_APPOSITION_RE = re.compile(
    rf"(?<![\w-])(?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}})(?:,? (?:a|an) (?:[a-z-]+ ){{0,2}}(?:cluster|network)(?: organi[sz]ation)?| [–-] (?:[a-ząćęłńóśźż]+ )?(?:klaster|sieć|inicjatywa klastrowa))(?![\w-])"
)
#: A name that gathers members, in a document about clusters: "MetalIndustry4 gathers about 60
#: metalworking firms", "Vinnova Cluster … zrzesza ponad 40 firm" (checked in `_clusters`: coined or not Polish).
_GATHERS_MEMBERS_RE = re.compile(
    rf"(?<![\w-])(?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}}) (?:now |today |currently |already |obecnie |dziś )?(?:gathers|groups|brings together|unites|zrzesza|skupia|grupuje)"
    rf" (?:(?:about|around|over|more than|some|nearly|almost|ok\.|około|ponad|blisko|prawie|niemal) )?\d[\d,.]*(?: tys\.)? (?:[{LOW}-]+ )?"
    r"(?:firms|companies|members|enterprises|businesses|partners|organi[sz]ations|firm|członków|przedsiębiorstw|podmiotów|partnerów|organizacji)(?![\w-])"
)
#: A hub or network that gathers members needs no count: "the Tasmanian Green Hydrogen Hub brings together producers".
_HUB_GATHERS_RE = re.compile(rf"(?<![\w-])(?P<name>(?:{CAPWORD} ){{1,4}}(?:Hub|Network|Platform))(?:,)? (?:now |today |already )?(?:gathers|groups|brings together|unites|links|zrzesza|skupia|łączy)(?![\w-])")
_BODY_KIND_BEFORE_RE = re.compile(r"(?<![\w-])(?:association|agency|institute|foundation|chamber|federation|company|firm|group|university|stowarzyszeni[ea]|agencj[aię]|fundacj[aię]|izb[aęy]|federacj[aię]|firm[aęy]|spółk[aię]|grup[aęy]|koncern) $")
#: A document about clusters: these words (any form) occur in it (see `_about_clusters`).
CLUSTER_TOPIC_RE = re.compile(r"[Kk]lastr|[Kk]laster|KLAST|[Cc]luster|CLUSTER|[Pp][ôo]les? de compétitivité|[Kk]ompetenznetz")
def _about_clusters(text: str, gaz: list[Candidate]) -> bool:
    """Clusters are named at least twice, or in the document's first line (its title),
    or two clusters the gazetteer knows are named ("Uppsala BIO", "Medicon Valley" in a
    deck on life science that never says "cluster")."""
    breaks = _sorted_breaks(LINE_BREAKS.get())
    first_line = text[: breaks[0]] if breaks else text
    if len({text[c.start : c.end] for c in gaz if c.label == "CLUSTER"}) >= 2:
        return True
    return len(CLUSTER_TOPIC_RE.findall(text)) >= 2 or CLUSTER_TOPIC_RE.search(first_line) is not None


#: Where a list item of a cluster document names a cluster: right after the bullet
#: (past "Place, Place i Place:"), or after "działa"/"powstał" ("W Toskanii działa ...").
_ITEM_START_RE = re.compile(r"(?:^|(?<=\s))[•▪◦‣●■►➢–-] ")


def _item_starts(text: str) -> list[int]:
    """Where list items' text begins: after a bullet, or after a dash that opens a line
    (a dash inside a line, "Oulu – BusinessOulu", is punctuation)."""
    breaks = LINE_BREAKS.get()
    return [m.end() for m in _ITEM_START_RE.finditer(text) if m.group()[0] not in "–-" or m.start() == 0 or (m.start() - 1) in breaks or text[m.start() - 1] == "\n"]
_FOUNDED_RE = re.compile(r"(?<![\w-])(?:działa|działają|funkcjonuje|powstał|powstała|powstało) ")
LISTED_NAME_RE = re.compile(rf"(?:{CAPWORD}|[a-z]{{1,6}}[A-Z][\w'’&+-]*)(?:\.[a-z]{{2,3}}(?![\w.]))?(?: (?:{CONNECT} )?{CAPWORD}){{0,3}}(?: \d{{1,4}}(?![\d.,]))?")  # ".dk": "Offshoreenergy.dk"; coined: "bavAIRia"
#: Last words that make a listed name a cluster's even when every word is common
#: ("Research Triangle Park", "Skåne Food Innovation Network").
CLUSTER_HEADS = frozenset({"Park", "City", "Network", "Hub", "Valley", "Cluster", "Innopolis", "Technopole", "Technopolis", "Corridor", "Alliance", "Platform"})
#: What may follow a listed cluster's name: a dash, "w"/"we"/"in" + place, a parenthesis, punctuation, the end.
#: (Not a colon: "Budget:" and "Coordinator:" label a field.)
_AFTER_LISTED_RE = re.compile(r"(?:$| [–-] | we? | in | ze? | from | dla | for | \(|[,;.](?:\s|$)| ?\n)")  # "• Oulu Health z Finlandii", "• BioAlps dla Szwajcarii Zachodniej"
#: A word this frequent in English (Zipf) is a common word, not a name ("Budget", "Flagship").
ENGLISH_COMMON_ZIPF = 3.5


#: "clusters such as A, B and C", "klastry, np. A i B", "klastrów takich jak A".
CLUSTER_EXAMPLES_RE = re.compile(
    r"(?<![\w-])(?:[Cc]luster(?:s| organi[sz]ations?| initiatives?)?|[Kk]lastr(?:y|ów|ami|om|ach)(?: [a-ząćęłńóśźż]+){0,2}|[Kk]laster|[Ii]nicjatyw\w* klastrow\w*)"
    r"[”\"]?(?:,? (?:such as|like|including|among them|among others|notably|in particular|e\.g\.,?|np\.|m\.in\.|w tym|wśród nich|takie jak|takich jak|takimi jak|jak)|:) "
)
#: Words that give what follows as examples: "such as", "np.", "m.in.", "takich jak".
_EXAMPLE_CUES = r"such as|like|including|among them|e\.g\.,?|np\.|m\.in\.|takie jak|takich jak|takimi jak|wśród nich|w tym"
#: "agencies such as Brainport Development and Oost NL", "instytucje, np. …", "groups such as Novartis
#: and Roche", "koncerny, m.in. …", "producenci: …": the names are institutions or firms.
ORG_EXAMPLES_RE = re.compile(
    r"(?<![\w-])(?:[Aa]genc(?:y|ies)|[Oo]rgani[sz]ations|[Ii]nstitutions|[Aa]gencj(?:e|i|ami)|[Ii]nstytucj(?:e|i|ami)|[Oo]rganizacj(?:e|i|ami)"
    r"|[Cc]ompanies|[Ff]irms|[Cc]orporations|[Mm]ultinationals|[Mm]anufacturers|[Cc]armakers|[Gg]roups|[Kk]oncern(?:y|ów|ami)|[Ff]irm(?:y|ami)?|[Pp]rzedsiębiorstw(?:a|ami)?"
    r"|[Pp]roducen(?:ci|tów|tami)|[Oo]perator(?:zy|ów|ami)|[Pp]roducers|[Oo]perators|[Mm]akers|[Ss]uppliers|[Zz]ones|[Ss]tref(?:y|ach|ami)"
    r"|[Ff]armers|[Gg]rowers|[Rr]etailers|[Ee]xporters|[Dd]evelopers|[Pp]roviders|[Cc]arriers|[Ii]nsurers|[Ll]enders|[Dd]istributors|[Ii]nvestors|[Ee]mployers|[Cc]ustomers"
    r"|[Ii]nwestor(?:zy|ów|ami)|[Pp]rzewoźni(?:cy|ków|kami)|[Zz]akład(?:y|ów|ami)|[Uu]czelni(?:e|ami)|[Uu]niversities)(?: [a-ząćęłńóśźż-]+){0,5}"
    rf"(?:,? (?:{_EXAMPLE_CUES})|:)\s"
    # partners only with a cue: "Partners: BioVale, Medicen" in a cluster deck are clusters
    rf"|(?<![\w-])(?:[Pp]artners|[Pp]artner(?:zy|ów|ami))(?: [a-ząćęłńóśźż-]+){{0,5}},? (?:{_EXAMPLE_CUES})\s"
)
_PLACE_AFTER_RE = re.compile(r" (?:we?|in|z|ze|from|na) ")
_LIST_SEP_RE = re.compile(r", | and | i | oraz | or | lub | czy ")
#: What may open a listed name and is not part of it: "the", and a nationality after it
#: ("… and the Dutch Foodvalley", "• the Slovak Agrifood Innovation Hub"; not "Croatian Wood Cluster").
_THE_NATIONALITY_RE = re.compile(r"the (?:([A-Z][a-z]+) (?=[A-Z]))?")


#: "programy sektorowe, np. INNOLOT", "programmes such as COSME": the names are programmes.
PROGRAMME_EXAMPLES_RE = re.compile(
    rf"(?<![\w-])(?:[Pp]rogram(?:y|ów|ami|ach|om)|[Pp]rogrammes)(?: [{LOW}]+){{0,2}}"
    rf"(?:,? (?:{_EXAMPLE_CUES}|jak)|:) "
)


#: "projekty zrównoważonej produkcji, m.in. GreenKaz", "projects such as BLUEMAC": the names are projects.
PROJECT_EXAMPLES_RE = re.compile(
    rf"(?<![\w-])(?:[Pp]rojekt(?:y|ów|ami|ach|om)|[Pp]rojects)(?: [{LOW}]+){{0,2}}"
    rf"(?:,? (?:{_EXAMPLE_CUES}))\s"
)


#: A field in lowercase after a listed name, before the list goes on: " for chemistry", " dla energetyki".
_FIELD_AFTER_RE = re.compile(r" (?:for|dla|z branży|w branży) [a-ząćęłńóśźż-]+(?: [a-ząćęłńóśźż-]+){0,2}(?=,? (?:and|i|oraz|or|lub) |, )")


#: A Polish adjective of a country or nation in lowercase before a listed name: "chilijska ", "amerykańskiego ".
_NATIONALITY_ADJ_RE = re.compile(r"[a-ząćęłńóśźż]{3,}(?:sk|ck)(?:a|i|ie|iego|iej|im|ą|ę|y|ich)\s(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _exemplified_clusters(text: str, gaz: list[Candidate], cue: re.Pattern[str] = CLUSTER_EXAMPLES_RE, label: str = "CLUSTER") -> list[Candidate]:
    """Names listed after "clusters such as" / "klastry, np." (until the sentence ends);
    with `PROGRAMME_EXAMPLES_RE` and "PROGRAMME", after "programy, np."; with
    `PROJECT_EXAMPLES_RE` and "PROJECT", after "projekty, m.in." (a name a list knows is none)."""
    out = []
    known = {c.start: c for c in gaz}
    geo = [c for c in gaz if c.label in _GEO]
    breaks = LINE_BREAKS.get()
    source = f"{label.lower()}.example"
    for m in cue.finditer(text):
        pos = m.end()
        while True:
            if (adj := _NATIONALITY_ADJ_RE.match(text, pos)) is not None:
                pos = adj.end()  # "dwie firmy: chilijska SQM i amerykańska Albemarle": whose it is, before the name
            n = LISTED_NAME_RE.match(text, pos)
            if not n:
                break
            end = _trim_connectors(text, n.start(), _cut_before(text, n.start(), _cut_at_break(n.start(), n.end(), text), geo))
            if (where := re.search(rf" (?:z|ze|w|we) (?=[{CAP}])", text[n.start() : end])) is not None:
                end = n.start() + where.start()  # "Solaris Bus & Coach z Bolechowa": where it is from, a place no list has
            # "A and B": the connector split the list, not the name
            inner = _LIST_SEP_RE.search(text, n.start(), end)
            if inner:
                end = inner.start()
            c = known.get(n.start())
            if re.fullmatch(r"[A-Z]{2,}s", text[n.start() : end]):
                pass  # "SMEs", "NGOs": an acronym's plural names a kind, not one body
            elif not (c is not None and c.end == end and c.label in _GEO) and not (label == "PROJECT" and c is not None):
                out.append(Candidate(n.start(), end, label, source, confidence=0.7))  # (a listed name is no project's)
            place = _PLACE_AFTER_RE.match(text, end)  # "Aerospace Valley we Francji i ..."
            if place and place.end() in known and known[place.end()].label in _GEO:
                end = known[place.end()].end
            elif where is not None and (word := re.match(rf"[{CAP}][{LOW}]+(?![\w-])", text[end + where.end() - where.start() :])) is not None:
                end += where.end() - where.start() + word.end()  # past the unlisted place: the list goes on after it
            if (what := _FIELD_AFTER_RE.match(text, end)) is not None:
                end = what.end()  # "Catalisti for chemistry and Flux50 for energy": a name's field, then the list goes on
            sep = _LIST_SEP_RE.match(text, end)
            if not sep or end in breaks:
                break
            pos = sep.end()
            lead = _THE_NATIONALITY_RE.match(text, pos)  # "and the Dutch Foodvalley"
            if lead and (not lead.group(1) or lead.group(1) in _english_language_names()):
                pos = lead.end()
    _suffixed(text, out, label)
    return out


def _foreign_name(name: str, places: bool = False) -> bool:
    """A name of words SGJP does not know, none a cluster's head word ("Offshore
    Vindenergi", "Food+i"; not "Obróbki Metali", not "Mazovia Cluster ICT"); places: a
    place's name SGJP knows may stand among them ("Invest Oman")."""
    words = name.split(" ")
    pieces = [p for w in words for p in re.findall(r"[^\W\d_]{2,}", w)]  # "Food+i": "Food"
    unknown = [all(a[1] == "ign" for a in _analyses(p)) for p in pieces]
    place = [any("nazwa_geograficzna" in a[2] for a in _analyses(p)) for p in pieces]
    return any(unknown) and not any(w.lower() in ("cluster", "klaster", "klastr") for w in words) and all(u or (places and pl) for u, pl in zip(unknown, place, strict=True))


def _english_name(name: str) -> bool:
    """Capitalised English words, a place among them perhaps, none a Polish word English
    lacks, perhaps joined by English linking words ("Malta Maritime Forum", "Indian Chamber of Commerce";
    not "Gmin Turystycznych Pogórza")."""
    words = [w for w in name.split(" ") if w not in ("of", "and", "for", "the", "&")]
    return len(words) >= 2 and all(w[:1].isupper() and (_common_english(w) or not _common_polish(w)) for w in words) and sum(_common_english(w) for w in words) >= 2


def _firm_word(word: str) -> bool:
    """A word a firm's name after "firma", "fabryki", "koncernów" may hold: no Polish word
    (`_not_polish`), a coined one ("BioTech"), or a brand Polish holds as a loan ("Renault")."""
    return _not_polish(word) or bool(_COINED_RE.match(word)) or _loanword(word)


def _known_firm(word: str) -> bool:
    """A word SGJP knows as a firm's or a brand's name ("Intela", "Philipsa")."""
    return any({"nazwa_firmy", "marka"} & set(n) for _l, _t, n in _analyses(word))


def _brand_word(word: str) -> bool:
    """A firm SGJP knows (`_known_firm`), or a brand it holds as an animate common noun, as
    Polish holds car makes ("Fiata", "Volkswagena"): capitalised after "zakłady", a firm."""
    return _known_firm(word) or (word[:1].isupper() and any(t.startswith("subst:") and t.endswith(":m2") and "nazwa_pospolita" in n for _l, t, n in _analyses(word.lower())))


def _firm_nominative(word: str) -> str:
    """A firm's one-word name in the genitive, in the nominative: SGJP's lemma where it knows
    the firm or the make ("Intela" -> "Intel", "Fiata" -> "Fiat"), else a consonant's "-a"
    dropped from a word it does not know ("Boscha" -> "Bosch"); as written otherwise."""
    for lemma, tag, names in _analyses(word) + _analyses(word.lower()):
        if ":gen" in tag and tag.startswith("subst:sg") and ({"nazwa_firmy", "marka"} & set(names) or tag.endswith(":m2")):
            base = lemma.split(":")[0]
            return base[:1].upper() + base[1:]
    if all(t == "ign" for _l, t, _n in _analyses(word)) and re.search(r"[bcdfghjklmnpqrstvwxzß]a$", word) and not word.isupper():
        return word[:-1]
    return word


def _loanword(word: str) -> bool:
    """A word SGJP holds only as nouns, one of which does not decline, as Polish holds brands
    and other loans ("renault", "audi"): capitalised after "fabryki", a firm's name."""
    readings = _analyses(word.lower())
    return all(t.startswith("subst:") for _l, t, _n in readings) and any("nom.gen.dat.acc.inst.loc" in t for _l, t, _n in readings)


def _apposed_noun(word: str) -> bool:
    """A capitalised word SGJP reads as a common noun in the nominative singular and in no
    other case, no place ("Laguna" after "w prowincji"; not "Morza", "Doliny")."""
    if not word[:1].isupper() or "-" in word:
        return False
    found = _analyses(word[0].lower() + word[1:])
    return bool(found) and all(tag.startswith("subst:sg:nom") or tag.startswith("subst:sg:voc") for _l, tag, _n in found) and any(tag.startswith("subst:sg:nom") for _l, tag, _n in found)


def _unknown_word(word: str) -> bool:
    """Neither in SGJP nor a common English word: a name ("Vitagora", "Torino")."""
    from wordfreq import zipf_frequency

    return all(a[1] == "ign" for a in _analyses(word)) and zipf_frequency(word.lower(), "en") < ENGLISH_COMMON_ZIPF


_NAMED = frozenset({"CLUSTER", "ORGANISATION", "PROGRAMME"})
#: A heading over a list of projects ("Projekty", "Wybrane projekty", "Projects"), not
#: one about a project ("Partnerzy projektu BSR Stars", "Project CLUSTERS3 – Lessons learnt").
_PROJECTS_HEADING_RE = re.compile(r"(?:\w+ ){0,3}(?:[Pp]rojekt(?:y|ów|ach|ami)|PROJEKT(?:Y|ÓW|ACH|AMI)|[Pp]rojects|PROJECTS\b|(?:[Pp]roje[ck]t|PROJE[CK]T)(?= (?:19|20)\d\d|\s*$))\b")  # "Przykłady projektów", "Examples of projects", "Joint project 2024-2026", "Polskie klastry w projektach"


def _section_heading(text: str, pos: int) -> str:
    """The first line of the paragraph (slide section) `pos` is in: its heading, without
    its number ("4. Projects": "Projects")."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    breaks = _sorted_breaks(LINE_BREAKS.get())
    k = bisect.bisect_left(breaks, start)
    line = text[start : breaks[k]] if k < len(breaks) and breaks[k] < pos else text[start:pos]
    return _HEADING_NUMBER_RE.sub("", line, count=1)


#: A section's number before its heading: "4. ", "2) ", "IV. ", "A. ".
_HEADING_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)] ")


@lru_cache(maxsize=4)
def _sorted_breaks(breaks: frozenset[int]) -> tuple[int, ...]:
    return tuple(sorted(breaks))


def _listed_name(text: str, pos: int, gaz: list[Candidate], whole: set[tuple[int, int]]) -> list[Candidate] | None:
    """The cluster name a list item of a cluster document opens with at `pos`
    (two when "Klaster A i B" names two in capitals), or None: see `_listed_clusters`."""
    m = LISTED_NAME_RE.match(text, pos)
    if not m:
        return None
    breaks = LINE_BREAKS.get()
    geo = [c for c in gaz if c.label in _GEO]
    end = _cut_at_break(m.start(), _cut_before(text, m.start(), m.end(), geo), text)
    end = _trim_connectors(text, m.start(), end)
    whole_end = _cut_at_break(m.start(), m.end(), text)
    if any(c.end == whole_end and c.start == end + 1 for c in geo) and _AFTER_LISTED_RE.match(text, whole_end) and not _PLACE_AFTER_RE.match(text, end):
        end = whole_end  # "• BioCity Turku – ponad 90 organizacji": the town ends the name, as in "Health Capital Helsinki"
    name = text[m.start() : end]
    # a colon labels a field ("Budget:"), except in a list under a heading that names clusters ("The clusters\n- Portugal Foods: …")
    after_ok = _AFTER_LISTED_RE.match(text, end) or (text[end : end + 2] == ": " and _CLUSTERS_HEADING_RE.fullmatch(_section_heading(text, pos).strip()))
    if (m.start(), end) in whole or (not after_ok and end not in breaks):
        return None
    place = re.search(r" we? [A-ZĄĆĘŁŃÓŚŹŻ]", name)
    if place:  # "Offshoreenergy.dk w Esbjergu": the place it is in ends the name
        end = m.start() + place.start()
        name = text[m.start() : end]
    if any(c.label in _NAMED and m.start() < c.start and c.end <= end for c in gaz):
        return None  # "Rola Mazowieckiego Klastra ICT": prose around a listed name, not a longer name
    if any(c.start == m.start() and c.end < end and text.startswith((" i ", " oraz ", " and ", ", "), c.end) for c in geo):
        return None  # "• Mariampol i Olita – przetwórstwo drewna": places listed, not a name
    words = [w for w in re.split(r"[ -]", re.sub(r"\.[a-z]{2,3}\b", "", name)) if w]
    if words[0] in _SENTENCE_OPENERS:
        return None  # "- From Baden-Württemberg in Germany to …": a sentence, not a name
    if words[0] in ("Projekt", "Project", "Program", "Programme") or any(c.label == "PROGRAMME" and c.start == m.start() for c in gaz):
        return None  # a project's or programme's name ("Interreg MED"), not a cluster's
    if words[0] in _POLISH_KIND_LEADS and len(words) > 2:
        return None  # "▪ Uczelnia University of Queensland": a kind, then an English name `_orgs` reads
    if _ORG_APPOSITION_RE.match(text, end):
        return [Candidate(m.start(), end, "ORGANISATION", "organisation.listed", confidence=0.6)]  # "• Neogames – stowarzyszenie branżowe"
    if words[0] in _REGION_HEADS or _REGIONS_HEADING_RE.fullmatch(_section_heading(text, pos).strip()) or _REGION_APPOSITION_RE.match(text, end):
        return None  # "• Region Västra Götaland", "Partner regions\n• Western Transdanubia", "• Łatgalia – najbiedniejszy region": a region
    if _FUNDING_HEADING_RE.fullmatch(_section_heading(text, pos).strip()):
        return None  # "Instruments\n• Interregional Innovation Investments": a list of funding, not of clusters
    if _FIRMS_HEADING_RE.fullmatch(_section_heading(text, pos).strip()) or _INSTITUTIONS_HEADING_RE.fullmatch(_section_heading(text, pos).strip()):
        # "Dostawcy z regionu\n• PESA Bydgoszcz", "Uczelnie i instytucje\n– NHL Stenden": a list of firms or institutions
        return [Candidate(m.start(), end, "ORGANISATION", "organisation.listed", confidence=0.6)]
    if _PROJECTS_HEADING_RE.match(_section_heading(text, pos)) or _PROJECT_APPOSITION_RE.match(text, end):
        return None  # "Projekty\n• INNO-BRIDGE – ...", "• Baltic Sea Food – projekt …": a project (`_listed_projects`)
    if words[-1] in ORG_EN_LAST_WORDS:
        return None  # "• Finnish Marine Industries": an institution (`_orgs`)
    if " & " in name and not any(w in CLUSTER_HEADS or w in ("Klaster", "Klastr", "Cluster") for w in words):
        return [Candidate(m.start(), end, "ORGANISATION", "organisation.listed", confidence=0.6)]  # "• Norwegia: Kongsberg Defence & Aerospace": a firm's style
    if len(words) >= 2 and words[-1] in ("Clusters", "Hubs"):
        return [Candidate(m.start(), end, "PROGRAMME", "programme.listed", confidence=0.6)]  # "Global Innovation Clusters", "Tech Hubs": a programme of many
    headed = len(words) >= 2 and (words[-1] in CLUSTER_HEADS or (words[-1].isdigit() and len(words) >= 2))
    # "Swiss Food Research": capitalised words none of them Polish, in a Polish list, name something
    foreign = len(words) >= 2 and all(w[:1].isupper() and _not_polish(w) for w in words)  # "Odense Robotics": no word Polish
    acronym = len(words) >= 2 and any(w.isupper() and len(w) >= 3 for w in words[1:])  # "Wirtualna Elektrownia ESP"
    acronym = acronym or any(re.search(r"[a-z][A-Z]", w) for w in words)  # coined: "BioCity Turku"
    if not headed and not foreign and not acronym and not any(_unknown_word(w) for w in words):
        return None  # every word is a Polish or common English word: a heading or a sentence, not a name
    head = re.match(r"(?:Klaster|Klastry|Cluster|Clusters) ", name)
    pair = ACRONYM_PAIR_RE.fullmatch(text, m.start() + (head.end() if head else 0), end)
    if pair:  # "Klaster NUTRIBIOMED i EKOENERGIA": two names
        return [Candidate(m.start(), pair.end("a"), "CLUSTER", "cluster.listed", confidence=0.6), Candidate(pair.start("b"), end, "CLUSTER", "cluster.listed", confidence=0.6)]
    if head and head.group().startswith("Klaster") and _foreign_name(text[m.start() + head.end() : end]):
        return [Candidate(m.start() + head.end(), end, "CLUSTER", "cluster.listed", confidence=0.6)]  # "• Klaster Offshore Vindenergi": the name
    return [Candidate(m.start(), end, "CLUSTER", "cluster.listed", confidence=0.6)]


#: Head nouns a region's name may open with ("Region Västra Götaland", "Land Brandenburg").
_REGION_HEADS = frozenset({"Region", "Regionu", "Regionie", "Euroregion", "Kraj", "Land", "Landu", "Province", "Prowincja", "County", "Województwo", "Obwód"})
#: A heading over a list of regions ("Partner regions", "Regiony partnerskie"), not one
#: about more ("Regiony i klastry").
_REGIONS_HEADING_RE = re.compile(r"(?:\w+ )?(?:[Rr]egion(?:s|y)|REGION(?:S|Y))(?: \w+)?:?|(?:Regions|Regiony|REGIONS|REGIONY) (?!(?:and|i|oraz|&) ).*")  # "Regions with the most cluster members"


#: A heading over a list of clusters ("Klastry", "The clusters", "Partner clusters", "Klastry partnerskie").
_CLUSTERS_HEADING_RE = re.compile(r"(?:\w+ ){0,2}(?:[Kk]lastry|KLASTRY|[Cc]lusters|CLUSTERS)(?: \w+){0,2}:?")


#: "• Łatgalia – najbiedniejszy region": an apposition that says the name is a region's.
_REGION_APPOSITION_RE = re.compile(rf" [–-] (?:[{LOW}]+ ){{0,2}}(?:(?:region|kraina|prowincja|województwo|region of|province|wyspa|island|archipelag|archipelago)\b|(?:gmina|powiat)\b(?! [{CAP}]))")  # not "– gmina Michałowo": where it is
#: "• Neogames – stowarzyszenie branżowe": an apposition that says the name is an institution's.
_ORG_APPOSITION_RE = re.compile(r" [–-] (?:[a-ząćęłńóśźż]+ )?(?:(?:na świecie )?(?:stowarzyszeni\w*|operator(?:a|em)? |producent(?:a|em)? |koncern |spółka |firma |przewoźnik |fabryka |zakłady? |rafineria |huta |fundacj\w*|agencj\w*|instytut\w*|izb[aąęy]\w*|centrum (?:badań|badawcze|naukowe|technologiczne)|ośrodek (?:badań|badawczy|naukowy)|uczelni\w*|uniwersytet\w*|association|agency|foundation|institute|chamber|federation|research (?:centre|center|institute)|university))\b")
#: A heading over a list of funding ("Instruments", "Finansowanie", "Źródła finansowania").
_FUNDING_HEADING_RE = re.compile(r"(?:\w+ )?(?:[Ii]nstruments?|INSTRUMENTS?|[Ii]nstrumenty|[Ff]unding|FUNDING|[Ff]inansowanie|FINANSOWANIE|[Ff]undusze|FUNDUSZE|[Pp]ieniądze|PIENIĄDZE|[Mm]oney|MONEY|[Bb]udżet|[Bb]udget|[Ź]ródła finansowania|[Pp]rogrammes|[Pp]rogramy|[Ww]sparcie|WSPARCIE|[Ss]upport|SUPPORT)(?: \w+){0,3}:?")  # "Funding used so far"


#: A heading over a list of firms ("Dostawcy z regionu", "Key suppliers", "Firmy").
#: A heading over a list of universities and institutes: "Uczelnie i instytucje", "Research institutions".
_INSTITUTIONS_HEADING_RE = re.compile(r"(?:\w+ ){0,2}(?:[Uu]czelnie|UCZELNIE|[Ii]nstytucje|INSTYTUCJE|[Nn]auka|NAUKA|[Uu]niwersytety|[Ii]nstytuty|[Uu]niversities|UNIVERSITIES|[Ii]nstitutions|INSTITUTIONS|[Ii]nstitutes)(?: \w+){0,3}:?")
_FIRMS_HEADING_RE = re.compile(r"(?:\w+ ){0,2}(?:[Dd]ostawc(?:y|ów)|DOSTAWCY|[Ff]irmy|FIRMY|[Pp]rzemysł|PRZEMYSŁ|[Ii]ndustry|INDUSTRY|[Pp]roducenci|[Pp]rzedsiębiorstwa|[Pp]racodawcy|[Ii]nwestorzy|[Cc]ompanies|COMPANIES|[Ff]irms|[Ss]uppliers|[Pp]roducers|[Mm]anufacturers|[Ee]mployers|[Ii]nvestors)(?: \w+){0,3}:?")


#: A heading over a list of programmes alone ("Programy", "Programmes"): each name listed is one ("• Cyberbezpieczny Samorząd").
_PROGRAMMES_HEADING_RE = re.compile(r"(?:\w+ ){0,2}(?:[Pp]rogramy|PROGRAMY|[Pp]rogrammes|PROGRAMMES)(?: \w+){0,3}:?")


#: Last words of a programme's name ("Innovation Fund", "Clean Hydrogen Partnership").
_PROGRAMME_HEADS = frozenset({"Fund", "Programme", "Program", "Partnership", "Facility", "Mechanism", "Initiative", "Instrument"})


#: First words of a Polish programme's name ("Fundusz Modernizacyjny", "Instrument na rzecz Ukrainy").
_PROGRAMME_HEADS_PL = frozenset({"Fundusz", "Fundusze", "Program", "Instrument", "Mechanizm", "Inicjatywa", "Partnerstwo"})


_UNDER_RE = re.compile(r" (?:under|within|w ramach) ")  # "Clean Hydrogen Partnership under Horizon Europe"


def _items_under(text: str, heading: re.Pattern[str], gaz: list[Candidate], ends: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of the capitalised name each list item opens with, in the sections
    whose heading `heading` matches in full; the name ends at a list separator ("A and
    B": A), is followed by what `_AFTER_LISTED_RE` or `ends` allows or a line end, and
    overlaps no gazetteer name."""
    breaks = LINE_BREAKS.get()
    for pos in _item_starts(text):
        m = LISTED_NAME_RE.match(text, pos)
        if not m or not heading.fullmatch(_section_heading(text, pos).strip()):
            continue
        end = _trim_connectors(text, m.start(), _cut_at_break(m.start(), m.end(), text))
        inner = _LIST_SEP_RE.search(text, m.start(), end)
        if inner:
            end = inner.start()
        if not any(c.start < end and m.start() < c.end for c in gaz) and (_AFTER_LISTED_RE.match(text, end) or ends.match(text, end) or end in breaks):
            yield m.start(), end


#: A Polish programme named for its cause: "Partnerstwo na rzecz Sprawiedliwej Transformacji Energetycznej",
#: "Instrumentu na rzecz Zielonej Transformacji"; the head in any case, the cause capitalised.
_FOR_CAUSE_PROGRAMME_RE = re.compile(
    rf"(?<![\w-])(?P<head>Partnerstw(?:o|a|u|em|ie)|Fundusz(?:u|owi|em)?|Program(?:u|owi|em|ie)?|Instrument(?:u|owi|em|cie)?|Mechanizm(?:u|owi|em|ie)?|Inicjatyw(?:a|y|ie|ę|ą)) "
    rf"na rzecz (?P<cause>[{CAP}][{LOW}]+(?: (?:i )?[{CAP}][{LOW}]+){{0,4}})(?![\w-])"
)
_HEAD_NOMINATIVES = {"Partnerstw": "Partnerstwo", "Fundusz": "Fundusz", "Program": "Program", "Instrument": "Instrument", "Mechanizm": "Mechanizm", "Inicjatyw": "Inicjatywa"}


def _for_cause_programmes(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A programme's head, "na rzecz" and its cause in capitals (`_FOR_CAUSE_PROGRAMME_RE`), where
    no list has the name: normal form with the head in the nominative. 0.7."""
    out = []
    for m in _FOR_CAUSE_PROGRAMME_RE.finditer(text):
        end = _cut_at_break(m.start(), m.end(), text)
        if end <= m.start("cause") or any(c.start < end and m.start() < c.end and c.label not in _GEO for c in gaz):
            continue
        stem = next(k for k in _HEAD_NOMINATIVES if m.group("head").startswith(k))
        normal = _HEAD_NOMINATIVES[stem] + text[m.end("head") : end]
        out.append(Candidate(m.start(), end, "PROGRAMME", "programme.named", confidence=0.7, attributes={"normal": normal}))
    return out


def _listed_firms(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """Names listed under a heading over firms or institutions ("Inwestorzy\n• VinFast – fabryka
    samochodów", "Key suppliers\n- Bridgestone") in a document not about clusters (where
    `_listed_name` reads them): bodies, when a word of the name is unknown to SGJP, in capitals
    or coined, or every word is foreign; and a name an item calls a body under any heading
    ("• TPS – operator terminalu", `_ORG_APPOSITION_RE`). Low confidence (0.6)."""
    if _about_clusters(text, gaz):
        return []
    out = []
    for heading in (_FIRMS_HEADING_RE, _INSTITUTIONS_HEADING_RE):
        for start, end in _items_under(text, heading, gaz, _SEAT_AFTER_RE):
            first = text[start:end].split(" ")[0]
            if first in _SENTENCE_OPENERS or first in ("Projekt", "Project", "Program", "Programme"):
                continue
            if _name_shaped(text[start:end]):
                out.append(Candidate(start, end, "ORGANISATION", "organisation.listed", confidence=0.6))
    for pos in _item_starts(text):  # "• TPS – operator terminalu": the item says it names a body, under any heading
        m = LISTED_NAME_RE.match(text, pos)
        app = _ORG_APPOSITION_RE.match(text, m.end()) if m else None
        if app is None or any(c.start < m.end() and pos < c.end for c in gaz) or any(c.start == pos for c in out):
            continue
        line_end = next((b for b in _sorted_breaks(LINE_BREAKS.get()) if b >= app.end()), len(text))
        clause = re.match(r"[^,;\n]*", text[app.end() : line_end]).group()
        if not re.search(rf"(?<![\w-])[{CAP}]", clause):  # (not "• Castellón – stowarzyszenie producentów ASCER": the body the apposition names follows)
            out.append(Candidate(pos, m.end(), "ORGANISATION", "organisation.listed", confidence=0.6))
    return out


def _listed_programmes(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """Names listed under a funding heading that no list knows ("Funding\n• Innovation
    Fund – …", "• IPCEI Hy2Tech", "• Fundusz Modernizacyjny"): a name ending in a
    programme's English head word or opening with a Polish one (not one "w" a place:
    "Fundusz Mikroprojektów w Euroregionie Beskidy" is a programme's part), or holding
    a word SGJP does not know or one in capitals. Low confidence (0.6)."""
    out = []
    for start, end in _items_under(text, _FUNDING_HEADING_RE, gaz, _UNDER_RE):
        words = text[start:end].split(" ")
        if words[0] in ("Projekt", "Project"):
            continue  # "• Projekt FASHION-TECH w ramach programu …": a project funded (`_projects`)
        if words[0] in ("Program", "Programme") and len(words) > 1 and _foreign_programme(" ".join(words[1:])):
            continue  # "– Program AL-INVEST Verde – wsparcie …": the item's "Program" is a cue, the name follows it (`_projects`, `_foreign_programmes_after_cue`)
        under = _UNDER_RE.match(text, end)
        if under and any(c.label == "PROGRAMME" and c.start == under.end() for c in gaz):
            out.append(Candidate(start, end, "PROGRAMME", "programme.listed", confidence=0.6))  # "• Clean Aviation w ramach Horyzontu Europa": a programme's part
            continue
        if words[-1] in _PROGRAMME_HEADS or (len(words) > 1 and words[0] in _PROGRAMME_HEADS_PL and not {"w", "we"} & set(words)) or any(_unknown_word(w) or (w.isupper() and len(w) >= 3) for w in words) or _PROGRAMMES_HEADING_RE.fullmatch(_section_heading(text, start).strip()):
            out.append(Candidate(start, end, "PROGRAMME", "programme.listed", confidence=0.6))
    for start in _item_starts(text):  # "• Polska Pomoc – program współpracy rozwojowej": the item says what it names, under any heading
        m = LISTED_NAME_RE.match(text, start)
        if m and _PROGRAMME_APPOSITION_RE.match(text, m.end()) and not any(c.start < m.end() and start < c.end and (c.label not in _GEO or (c.start, c.end) == (start, m.end())) for c in gaz):
            out.append(Candidate(start, m.end(), "PROGRAMME", "programme.listed", confidence=0.6))
    return out


#: A list item called a programme right after its name: "• Polska Pomoc – program współpracy rozwojowej".
_PROGRAMME_APPOSITION_RE = re.compile(rf" [–-] (?:(?!(?:i|oraz|and) )[{LOW}]+ ){{0,2}}(?:program|programme)\b")  # (not "– hotele i program ochrony raf": the item is more than a programme)


def _listed_regions(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """Names listed under a heading about regions that no list knows ("Partner
    regions\n• Western Transdanubia (Hungary)"), or called one right after them ("•
    Samsø – wyspa w 100% zasilana z OZE"): a capitalised name holding a word SGJP does
    not know. Low confidence (0.6): the heading or the apposition is the only evidence."""
    items = list(_items_under(text, _REGIONS_HEADING_RE, gaz, _LIST_SEP_RE))
    for start in _item_starts(text):
        if (m := LISTED_NAME_RE.match(text, start)) is not None and _REGION_APPOSITION_RE.match(text, m.end()) and not any(c.start == start for c in gaz):
            items.append((start, m.end()))
    # (a name opening with a cluster's head word is a cluster's, whatever follows it: "• Klaster Liptov – region turystyczny")
    return [Candidate(start, end, "REGION", "region.listed", confidence=0.6) for start, end in items if any(_unknown_word(w) for w in text[start:end].split(" ")) and text[start:end].split(" ")[0] not in ("Klaster", "Cluster", "Klastr")]


#: A plural word for administrative units opening a list item: what follows are units' names.
_UNITS_HEAD_RE = re.compile(r"(?:Regiony|Prowincje|Stany|Kantony|Departamenty|Województwa|Regions|Provinces|States|Counties) ")


def _listed_clusters(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """Names of clusters in the lists of a document about clusters ("• Vitagora w
    Burgundii", "• Piemont i Turyn: Torino Wireless", "W Toskanii działa Tuscany
    Life Sciences"): a capitalised name holding a word SGJP does not know, that is
    no gazetteer name as a whole. Low confidence (0.6): this is context, not a list."""
    if not _about_clusters(text, gaz):
        return []
    geo_at = {c.start: c for c in gaz if c.label in _GEO}
    whole = {(c.start, c.end) for c in gaz}
    listed_at = {c.start: c.end for c in gaz if c.label == "CLUSTER"}
    breaks = LINE_BREAKS.get()
    starts = [(p, False) for p in _item_starts(text)] + [(m.end(), False) for m in _FOUNDED_RE.finditer(text)]
    # a line or a "; " clause opening with "Place: " ("Sweden: Sustainable Business Hub in Malmö")
    starts += [(b + 1, True) for b in breaks] + [(m.end(), True) for m in re.finditer(r"; |\n\n", text)]
    if text[:1].isupper():
        starts.append((0, True))
    out = []
    for pos, needs_place in starts:
        # past places listed before a colon: "Piemont i Turyn: "
        p = pos
        placed = False
        head = re.match(r"(?:Region|Land|Kraj) ", text[p : p + 7])
        if head and p + head.end() in geo_at:
            p += head.end()  # "• Region Dania Południowa: Odense Robotics"
        while p in geo_at:
            q = geo_at[p].end
            sep = re.match(r"(?:, | i | and | oraz )|: ", text[q:])
            if not sep:
                break
            p = q + sep.end()
            if sep.group() == ": ":
                pos, placed = p, True
                break
        if needs_place and not placed:
            continue
        lead = _THE_NATIONALITY_RE.match(text, pos)
        if lead and (not lead.group(1) or lead.group(1) in _english_language_names()):
            pos = lead.end()  # "• the Slovak Agrifood Innovation Hub in Nitra"
        prev: tuple[int, int] | None = None
        firms = False
        while True:  # "Emilia-Romania: Clust-ER Agrifood, Clust-ER Mech": each name of the list
            if pos in listed_at:  # a listed cluster: on to the next name
                end = listed_at[pos]
            else:
                found = _listed_name(text, pos, gaz, whole)
                if found is None:
                    break
                if prev is not None and text[prev[0] : prev[1]].split(" ")[-1] in CLUSTER_HEADS and " " not in text[found[0].start : found[-1].end]:
                    break  # "Istrian Tourism Cluster, Poreč": one word after a headed name is where it is
                if firms:  # "• Pratt & Whitney Rzeszów, Safran …, PZL Mielec": a list of firms goes on with firms, not clusters
                    found = [Candidate(c.start, c.end, "ORGANISATION", "organisation.listed", confidence=0.6) if c.label == "CLUSTER" else c for c in found]
                out += found
                end = found[-1].end
                if found[-1].label != "CLUSTER" and found[-1].source != "organisation.listed":
                    break
                firms = firms or found[-1].label == "ORGANISATION"  # "• Pratt & Whitney Rzeszów, Safran …, PZL Mielec": a list of firms goes on with firms, not clusters
            prev = (pos, end)
            sep = _LIST_SEP_RE.match(text, end)
            if not sep or end in breaks:
                break
            pos = sep.end()
    return out


# --- organisations, programmes, projects, persons ------------------------

#: Heads that are a body's whole name, capitalised: "Regionalny Punkt Kontaktowy", "Lokalna Organizacja Turystyczna".
_NAMED_BY_HEAD = r"(?:Regionaln|Krajow)\w+ Punkt\w* Kontaktow\w+|(?:Regionaln|Lokaln)\w+ Organizacj\w+ Turystyczn\w+"
ORG_HEADS = (
    r"Uniwersyte(?:t(?:u|owi|em)?|cie)\b|Politechni(?:k\w*|ce\b)|Akademi\w*|Instytu(?:t(?:u|owi|em)?|cie)\b|Agencj\w*|Fundacj\w*|Stowarzyszeni\w*|Izb[aieyąę]\w*|"
    r"Ministerstw\w*|Urz(?:ąd|ęd(?:u|owi|em|zie|y|ów|om|ami|ach))\b|Centrum|Centr(?:a|ów|om|ami|ach)\b|Centraln\w+|Park\w* Naukowo-Technologiczn\w*|Park\w* Technologiczn\w*|"
    r"Park\w* Przemysłow\w*(?:-Technologiczn\w*)?|(?:Krajow\w+ |Regionaln\w+ )?Ośrod(?:ek|ka|kowi|kiem|ku)\b|Związ(?:ek|ku|kowi|kiem|ki|ków|kom|kami|kach)\b|Szk(?:oł\w+|ole) Główn\w+|Wyższ\w+ Szk(?:oł\w+|ole)|Krajow\w+ Izb\w+|Regionaln\w+ Agencj\w+|"
    rf"{_NAMED_BY_HEAD}|Organizacj\w+|Dyrekcj\w+|Platform(?:a|y|ie|ę|ą)\b|Korporacj\w+|Bank(?:u|owi|iem)?(?= [{CAP}])|Ambasad(?:a|y|zie|ę|ą)(?= [{CAP}])|Konsulat(?:u|em|owi|cie)?(?= [{CAP}])|Rad(?:a|y|zie|ę|ą)\b|Metropoli(?:a|i|ę|ą)\b|Grup(?:a|y|ie|ę|ą)(?= [{CAP}])|Park\w* Narodow\w+|Park\w* Krajobrazow\w+|(?:Specjaln\w+ )?Stref\w+ Ekonomiczn\w+|Giełd(?:a|y|zie|ę|ą)\b"
)
_NAMED_BY_HEAD_RE = re.compile(_NAMED_BY_HEAD)
#: The rest of a ministry's list of portfolios after its first: ", Turystyki i Sportu" (each word checked a genitive noun).
_MINISTRY_SERIAL_RE = re.compile(rf"(?:, [{CAP}][{LOW}]+)+ i [{CAP}][{LOW}]+(?![\w-])")
PLACE_ADJ = rf"(?:[{CAP}][{LOW}]*o-)?[{CAP}][{LOW}]*(?:sk|ck|dzk)(?:i|a|ie|iego|iej|iemu|im|ą|ich)"
ORG_RE = re.compile(rf"(?<![\w-])(?:(?P<adj>{PLACE_ADJ}) )?(?P<head>{ORG_HEADS})(?: (?P<name>(?:im\. |ds\. )?{NAME}))?")  # "Rada ds. Badań Naukowych"
#: Last words of an English (or German, Dutch, Nordic) institution's name; none ends a cluster's ("Park" may).
ORG_EN_LAST_WORDS = frozenset({"Catapult", "Corporation", "Chamber", "Group", "Laboratory", "Laboratories", "Organization", "Organisation", "Enterprise", "Administration", "Bureau", "Commission", "Department", "Campus", "Centre", "Center", "University", "Universität", "Universiteit", "Universitet", "Hochschule", "Institute", "Institut", "Agency", "Foundation", "Association", "Academy", "Council", "Authority", "Office", "Industries", "Federation", "Confederation", "Society", "Government", "Embassy", "Bank", "Board", "Pharmaceuticals", "Electronics", "Motor", "Motors", "Semiconductors", "Chemicals", "Holdings", "Airlines", "Shipbuilding", "Shipyard", "Shipyards", "Refinery"})
#: " w " or " we " before a town: a body's seat.
_SEAT_AFTER_RE = re.compile(rf" we? [{CAP}]")
#: " in " or " in the " before a place that ends a body's name (`_orgs`).
_IN_PLACE_RE = re.compile(r" in (?:the )?")
#: English last words of a firm's trading name, never of a body of several names joined by "and" (`_orgs`).
_TRADE_LAST_WORDS = frozenset({"Electronics", "Motor", "Motors", "Semiconductors", "Chemicals", "Pharmaceuticals", "Holdings", "Airlines"})
ORG_EN_RE = re.compile(
    rf"(?<![\w-])(?:(?:{CAPWORD} ){{0,2}}(?:University|Institutes?|Agency|Foundation|Association|Union|Chamber|Ministry|Centre|Center|Academy|Port|School|Board|Office|Authority|Council|Bureau|Department|Bank|Government(?= of)) (?:of|for) (?:the )?{NAME}(?:(?:, {CAPWORD})+,? and {CAPWORD})?"  # "Ministry of Economy, Trade and Industry", "Board of Investment"
    rf"|(?:{CAPWORD}(?:,? | and )){{1,4}}(?:{'|'.join(sorted(ORG_EN_LAST_WORDS | {'Park'}))})(?: (?:of|for(?<!Government for)) (?:the )?{NAME})?"  # (a government's "for" is whom it pays)
    rf"|(?:{CAPWORD} ){{0,3}}Research (?:and {CAPWORD} )?Alliance"  # "Basque Research and Technology Alliance" (other alliances are clusters' too)
    rf"|{CAPWORD}(?: {CAPWORD})? County (?:Municipality|Council|Authority)"  # "Trøndelag County Municipality": the county's authority
    rf"|{CAPWORD}(?: (?:(?:and|of|&) )?{CAPWORD}){{0,5}} Local Enterprise Partnership)(?![\w-])"  # "Cornwall and Isles of Scilly Local Enterprise Partnership"
)
#: Two English bodies' names joined by "and", the second whole with its head (`_orgs`).
_ORG_PAIR_RE = re.compile(rf"(?P<a>{CAPWORD}(?: (?:of (?:the )?)?{CAPWORD}){{1,3}}) and (?P<b>(?:{CAPWORD} ){{1,3}}(?:{'|'.join(sorted(ORG_EN_LAST_WORDS))}))")
def _two_bodies(a: str, b: str) -> bool:
    """Are `a` and `b`, joined by "and", two bodies' names? `a` of two words at least, not opening
    with a nationality ("Lithuanian Defence and Security Industry Association" is one), and `b` two
    words or more before its head (one when `a` ends in a head of its own: "Gebze Technical University
    and Kocaeli University"), the first no common English word ("Yorkshire Building Society";
    not "… and Technology Agency", "… and Security Industry Association")."""
    from wordfreq import zipf_frequency

    words = b.split(" ")
    whole_a = a.split(" ")[-1] in ORG_EN_LAST_WORDS  # "Gebze Technical University and Kocaeli University": the first whole too
    return len(a.split(" ")) >= 2 and a.split(" ")[0] not in _english_language_names() and len(words) >= (2 if whole_a else 3) and zipf_frequency(words[0].lower(), "en") < 4.5


#: A Polish institution's head noun inside a would-be English name, and an English name's last word.
_POLISH_HEAD_RE = re.compile(rf"(?<![\w-])(?:[{CAP}][{LOW}]+(?:y|a|e|i|ego|ej|iej|ą|im) )?(?:{ORG_HEADS})(?![\w-])")  # "… i Śląskim Uniwersytetem Medycznym"
_ORG_EN_LAST_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(ORG_EN_LAST_WORDS | {'Park'}))})(?![\w-])")
#: An English special economic or free zone: "Walbrzych Special Economic Zone", "the Lodz Special Economic Zone"; by its acronym
#: after or before its name ("Kigali SEZ"; Polish "SSE Navoi").
_ECONOMIC_ZONE_RE = re.compile(
    rf"(?<![\w-])(?:(?:Special )?Economic Zone at {CAPWORD}|{CAPWORD} Port and Free ?[Zz]one"  # "Special Economic Zone at Duqm", "Sohar Port and Freezone"
    rf"|Zona Especial de Desarrollo {CAPWORD}|ZED {CAPWORD}"  # Spanish: "Zona Especial de Desarrollo Mariel", "ZED Matarani"
    rf"|(?:{CAPWORD} ){{1,3}}(?:(?:(?:Special )?Economic|Free(?: Economic| Trade| Industrial)?|Export Processing|Industrial|(?:Industrial|Hi-[Tt]ech|High-[Tt]ech|Economic(?: and Technological)?) Development) Zone|(?:Free (?:Trade )?[Pp]ort|Freeport)(?: Zone)?)"  # "Salalah Free Zone", "Ventspils Free Port", "Batumi Industrial Zone", "Yangpu Economic Development Zone", "Clark Freeport Zone"
    rf"|{CAPWORD} SEZ|SSE {CAPWORD})(?![\w-])"  # "Kigali SEZ", "SSE Navoi"
)
COMPANY_RE = re.compile(rf"(?<![\w-])(?:{CAPWORD} ){{1,3}}(?:Sp\. ?z ?o\.? ?o\.|S\.A\.|SA|GmbH|Ltd\.?|Inc\.|Corp\.?|Plc|PLC|plc|ASA|A/S|AG|Oy|AB|B\.V\.|N\.V\.)(?![\w])")
#: Another cluster's or an institution's name starting: "Wrocławski Klaster Medyczny i Politechnika Wrocławska".
_NAME_START_RE = re.compile(rf"{CLUSTER_START_RE.pattern}|(?:{PLACE_ADJ} )?(?:{ORG_HEADS})(?![\w-])")
PO_RE = re.compile(rf"(?<![\w-])(?:(?:Regionaln|Krajow|Sektorow|Zintegrowan)\w+ )?Program\w* Operacyjn\w+ (?P<name>{NAME})")
PLACE_PO_RE = re.compile(rf"(?<![\w-])(?:{PLACE_ADJ}) Regionaln\w+ Program\w* Operacyjn\w+(?![\w-])")
#: "Interreg V-A Polska-Saksonia", "Interreg V-A Republika Czeska – Polska" (the partner after a dash too),
#: "Interreg France (Channel) England" (a parenthesised word inside the strand's name).
INTERREG_RE = re.compile(rf"(?<![\w-])(?:Interreg|INTERREG)(?P<strand>(?: (?:[IVX]+(?:-?[A-C])?|[{CAP}][\w]*(?:[-/–][{CAP}][\w]*)*|\([{CAP}][{LOW}]+(?: [{CAP}][\w]*){{0,2}}\)(?= [{CAP}]| [–-] [{CAP}]))(?![\w/-])){{1,5}}(?: [–-] [{CAP}][{LOW}]+(?: (?:(?:i|and|&) )?[{CAP}][{LOW}]+)?(?![\w-])){{0,3}})")  # "Interreg IPA Chorwacja – Bośnia i Hercegowina – Czarnogóra"
#: Programmes whose calls are named by a code, a topic and a year ("H2020-INNOSUP-2019").
_CALL_PROGRAMMES = r"(?:H2020|HORIZON|FP[1-9]|CIP|COSME|LIFE|ERASMUS|EIC|CEF|DIGITAL)"
#: A call's or a topic's identifier, not a project: "H2020-INNOSUP-2019", "HORIZON-CL6-2024-…", "FP7-SME-2013".
_CALL_ID_RE = re.compile(rf"(?:{_CALL_PROGRAMMES}|INTERREG)-|.*-(?:19|20)\d\d(?:-|$)")
#: A call's identifier in running text.
_CALL_SPAN_RE = re.compile(rf"(?<![\w-]){_CALL_PROGRAMMES}(?:-[A-Z0-9]+)*-(?:19|20)\d\d(?:-[A-Z0-9]+)*(?![\w-])")
PROJECT_RE = re.compile(r"(?<![\w-])[A-ZĄĆĘŁŃÓŚŹŻ][A-Z0-9ĄĆĘŁŃÓŚŹŻ]{1,}(?:-[A-Z0-9ĄĆĘŁŃÓŚŹŻ]{2,})+(?![\w-])")  # "KLASTER-WSCHÓD"
NAMED_PROJECT_RE = re.compile(rf"(?<![\w-])(?:[Pp]rojekt\w*|[Pp]rojekcie|[Pp]roject|[Pp]rzedsięwzięci(?:e|a|u|em)),? (?:(?:jest|są|był|była|było|były|będzie|is|was|nazwan[yaei]|zatytułowan[yaei]|pod nazwą|o nazwie|pod tytułem|called|named|entitled) (?=[„\"“]))?(?P<name>{QUOTED}|[A-Z][A-Z0-9]{{2,}}(?:-[A-Z0-9]+)*(?: [A-Z]{{2}}(?![\w-]))?)(?![\w-])")  # "AUTO-SHIFT CE": a programme area's code ends it
#: An English project named before its head: "the SEAGREEN project", "the Smart Blue Regions project"
#: (checked by `_english_project_name`).
ENGLISH_PROJECT_RE = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]heir|[Ii]ts|[Oo]ur|[Hh]is|[Hh]er) (?P<name>[A-Z][\w@+]*(?:-[\w@+]+)*(?: (?:of (?:the )?)?[A-Z][\w@+]*(?:-[\w@+]+)*){0,3}) (?:pilot )?(?:project|pilot)(?![\w-])")  # "the HYBRIT pilot", "the Battery of the Nation project"
TITLE_RE = re.compile(rf"(?<![\w-])(?:prof\.|dr|doc\.|mgr|inż\.)(?: (?:hab\.|inż\.|n\. ?med\.))* (?P<name>[{CAP}][{LOW}]+(?: [{CAP}][{LOW}]+(?:-[{CAP}][{LOW}]+)?)+)")
NAME_PAIR_RE = re.compile(rf"(?<![\w-])(?P<first>[{CAP}][{LOW}]+) (?P<last>[{CAP}][{LOW}]+(?:-[{CAP}][{LOW}]+)?)(?![\w-])")


_TOPONYMIC = re.compile(rf"[{CAP}][{LOW}]*(?:sk|ck|dzk)(?:a|i|iej|ą|iego|iemu|im|ie|ich)$")


def _cut_place_after_toponym(text: str, start: int, end: int) -> int:
    """"Politechnika Śląska w Gliwicach": a name made whole by a place adjective, or by
    a hyphenated name of its own ("Polska-Wschód"), ends before "w <place>";
    "Uniwersytet Medyczny w Białymstoku" keeps it."""
    m = re.search(r" (?:w|we) [A-ZĄĆĘŁŃÓŚŹŻ]", text[start:end])
    words = text[start : start + m.start()].split(" ")[1:] if m else []
    if m and any(_TOPONYMIC.match(w) and _from_place(w) for w in words):
        return start + m.start()
    if m and any(w[:1].isupper() and "-" in w and not _is_adjective(w) and not _common_noun(w) for w in words):
        return start + m.start()  # "Park Naukowo-Technologiczny Polska-Wschód w Suwałkach": its own name, then where it is
    return end


def _from_place(adjective: str) -> bool:
    """Is the -ski/-cki adjective made from a place name: it begins (four letters) like
    a town, region or country the gazetteers hold ("gdański" ~ Gdańsk, "białostocki" ~
    Białystok, "śląski" ~ Śląsk), not a common adjective ("morski": Akademia Morska w
    Gdyni keeps its town)?"""
    lemma = lemma_of(adjective).split(":")[0].lower()  # "śląski:A" -> "śląski"
    return len(lemma) >= 6 and lemma[:4].translate(_SOFT) in _place_prefixes()


@cache
def _place_prefixes() -> frozenset[str]:
    """The first four letters of every place name the gazetteers hold (lowercase), but
    foreign towns known only by their GeoNames name: a Polish adjective is made from a
    Polish name ("Morsang-sur-Orge" makes no "morski")."""
    from . import load_gazetteers

    entries, _patterns = load_gazetteers()
    return frozenset(
        e.name.lower()[:4].translate(_SOFT) for e in entries.values() if e.label in _GEO and len(e.name) >= 4 and (e.label != "CITY" or e.attributes.get("country", "PL") == "PL")
    )


#: A place's final soft consonant hardens in its adjective ("Łódź" -> "łódzki").
_SOFT = str.maketrans("źńść", "znsc")


#: An Italian, Spanish, Portuguese, French, German, Dutch, Czech or Slovak institution's head noun, first,
#: then its name, perhaps after a linking word: "Politecnico di Milano", "Università degli
#: Studi di Padova", "Universidad de Sevilla", "Universität Greifswald", "Institut für Energietechnik".
_FOREIGN_HEADS = (
    r"Pontificia Universidad|Pontifícia Universidade|Empresa|Politecnico|Università|Universitat|Universidad|Universidade|Université|Universität|Universiteit|Rijksuniversiteit|Hogeschool|Hochschule|Fachhochschule|Technische Universität|"
    r"Univerzita|Univerzitet|Vysoká škola|Vysoké učení|Agentura|Agentúra|Société|Compagnie|Sociedad|Società|Companhia|"
    r"Istituto|Instituto|Institut|Tecnológico|Fondazione|Fundación|Fundação|Fondation|Stiftung|Agenzia|Agencia|Agência|Agence|Consorzio|Consorcio|Corporación|Corporação|Banco|"
    r"Universitatea|Academia|Institutul|Agenția|Camera de Comerț|Camera di Commercio|Cámara|Chambre de Commerce|Industrie- und Handelskammer|Collegium|Wirtschaftsförderung|Zona Franca|Grupo|Collectivité|Conseil|Xunta|Generalitat|Junta|Diputación|Gobierno|Universiti"
)
_FOREIGN_LINK = r"(?:di|de|del|della|dello|degli|delle|des|du|da|do|dos|das|der|für|per|para|pour|y|e|et|und|van|voor|din|cel|pentru|și)"  # Romanian last: "Universitatea Ștefan cel Mare din Suceava"


#: Where another institution's name starts: a Polish head, or a name ending in a foreign
#: one ("Uniwersytet Zielonogórski i Brandenburgische Technische Universität").
_ORG_HEAD_RE = re.compile(rf"(?:[{CAP}][{LOW}]+(?:y|a|e|i|ego|ej|iej) )?(?:{ORG_HEADS}|Klast(?:er|ra|rem|rowi|rze))\b|(?:{CAPWORD} ){{1,2}}(?:University|Universität|Universiteit|Universitet|Hochschule|Institute)\b|(?:{_FOREIGN_HEADS}) (?:{_FOREIGN_LINK} )?[{CAP}]")  # "… i Université de Montréal", "… i Université Laval"


#: The word before a country's name in the brand of its trade, investment or innovation agency.
#: Firms coordinated after a plural word for them: "wokół koncernów Roche i Novartis".
_FIRMS_AFTER_PLURAL_RE = re.compile(rf"(?<![\w-])(?:[Kk]oncern(?:y|ów|ami|ach)|[Ff]irm(?:y|ami|ach)?|[Ss]pół(?:ek|ki|kami)|[Ff]abryk(?:i|ami)?|[Zz]akład(?:y|ów|ami|ach)) (?P<names>{CAPWORD}(?:, {CAPWORD})*(?: (?:i|oraz) {CAPWORD}))(?![\w-])")
#: A foreign name after a lowercase word for a firm, a plant, a group, an agency or a technology park
#: ("firma Creotech Instruments", "fabryki Renault", "zakładu Revoz", "do grupy Renault",
#: "agencji Inovacijų agentūra", "park naukowo-technologiczny Santaka", "the company Nokia"),
#: checked in `_orgs`.
#: Initials that open a firm's name: "U.S. Steel", "A.P. Moller".
_INITIALS = r"(?:[A-Z]\.){2,3}"
#: An association's acronym after its Polish kind word.
_ASSOCIATION_ACRONYM_RE = re.compile(r"(?<![\w-])(?:fundusz(?:u|em)?|[Ss]towarzyszeni(?:e|a|u|em)|[Zz]wiąz(?:ek|ku|kiem)|[Ii]zb(?:a|y|ie|ą)|[Aa]gencj(?:a|i|ą|ę)|[Ii]nstytut(?:u|em)?|association|federation|chamber|agency|institute)(?: [a-ząćęłńóśźż-]+){0,3} (?P<name>[A-Z][A-ZÁÉÍÓÚÑÜÇ]{2,13}|[A-Z][a-z]+[A-Z][\w]*|(?P<word>[A-Z][a-zà-ÿ]{3,}(?![\w-])(?! [A-Z])))(?![\w-])")  # "stowarzyszenie producentów płytek ASCER", "agencja innowacji Innosuisse", "Agencja PROINVERSIÓN"
#: The plural cues of `CUED_FIRM_RE`: a name coordinated after the first is a firm too.
_PLURAL_FIRM_CUES = frozenset({"firmy", "firmami", "firmom", "firmach", "spółki", "spółkami", "spółkom", "spółkach", "fabryki", "grupy", "centra", "centrów", "centrach"})
CUED_FIRM_RE = re.compile(
    rf"(?<![\w-])(?:firm(?:a|y|ie|ą|ę|ami|om|ach)|Koncern(?:u|owi|em|ie)?|spół(?:ka|ki|ce|ką|kę|kami|kom|kach)|spółdzielni(?:a|ę|ą)?|stoczni(?:a|ę|ą)?|rafineri(?:a|ę|ą)|cementowni(?:a|ę|ą)|hut(?:a|ę|ą)|agencj(?:a|i|ą|ę)|fundacj(?:a|i|ą|ę)|fabryk(?:a|i|ę|ą)|koncern(?:u|owi|em|ie)?|zakład(?:u|zie|em|owi)?|grup(?:a|y|ie|ą|ę)|instytut(?:u|em|owi|cie)?|park(?:u|iem)? (?:naukowo-)?technologiczn\w+|park(?:u|iem)? innowacji|central(?:a|i|ę|ą)|centr(?:um|a|ów|ach) (?:badawcz\w+|badań(?: [{LOW}]+)?)|(?:research|technology) (?:centre|center|institute)|bank(?:u|iem|owi)?|przewoźni(?:k|ka|kiem|kowi)|operator(?:a|em|owi)?|utility|carrier|company|group|agency|association|federation|(?:car|truck|bus|chip|drug|steel|aircraft|ship)?maker) (?P<name>(?:{_INITIALS} )?{CAPWORD}(?: {CAPWORD}){{0,3}}(?: [^\W\d_]+)?)"
)
_AGENCY_BRAND_RE = re.compile(r"(?<![\w-])(?:Trade (?:and|&) Investment|Enterprise|Invest|Innovate|Business|Team|Trade|Innovation|Visit|Study|(?P<acronym>[A-Z]{2,5})) $")  # "IDA Ireland": an acronym too
#: ... or after it: "Malta Enterprise", "Scottish Enterprise" is a nationality's (`_english_language_names` has none).
_AGENCY_BRAND_AFTER_RE = re.compile(r" Enterprise(?![\w-])")
#: The words of `_AGENCY_BRAND_RE` that brand a region's or a city's development agency too: "Innovation Salzburg", "Invest Podkarpacie",
#: "Trade and Investment Queensland".
_REGIONAL_BRANDS = frozenset({"Invest", "Innovation", "Business", "Trade and Investment", "Trade & Investment"})


def _seat_end(text: str, pos: int, cities_at: dict[int, Candidate], gaz: list[Candidate]) -> int | None:
    """End of a university's seat at `pos`: a listed city, a region of one word (a province
    named as its capital: "Politechnika w Warnie"), or one capitalised word SGJP does not know
    nor holds as a common word ("Uniwersytet w Sfaksie"; not "w Polsce", a country)."""
    if (city := cities_at.get(pos)) is not None:
        return city.end
    if (unit := next((c for c in gaz if c.start == pos and c.label == "REGION" and " " not in text[c.start : c.end]), None)) is not None:
        return unit.end
    m = re.match(rf"[{CAP}][{LOW}]{{2,}}(?![\w-])", text[pos:])
    if m is None or any(c.start == pos for c in gaz) or not all(a[1] == "ign" for a in _analyses(m.group())):
        return None
    return pos + m.end()


#: Firms named in apposition after their kind: "two firms, Cornish Lithium and Imerys British Lithium, plan …",
#: "dwie spółki, X i Y, budują …" (`_apposed_firms`).
_FIRMS_APPOSED_RE = re.compile(rf"(?<![\w-])(?:firms|companies|producers|manufacturers|makers|start-ups|startups|firmy|spółki|koncerny|przedsiębiorstwa), (?P<a>{CAPWORD}(?: {CAPWORD}){{0,3}})(?: (?:and|i|oraz) (?P<b>{CAPWORD}(?: {CAPWORD}){{0,3}}))?,")


def _apposed_firms(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """Names set off by commas after "firms"/"firmy" (one, or two joined by "and"/"i"): firms,
    unless a listed name covers one (a place's: "two regions, Saxony and Bavaria," are no firms). 0.6."""
    out = []
    for m in _FIRMS_APPOSED_RE.finditer(text):
        names = [g for g in ("a", "b") if m.group(g)]
        if any(b in LINE_BREAKS.get() for b in range(m.start(), m.end())) or any(c.start < m.end(g) and c.end > m.start(g) for g in names for c in gaz):
            continue
        out += [Candidate(m.start(g), m.end(g), "ORGANISATION", "organisation.apposed", confidence=0.6) for g in names]
    return out


#: A firm named as the subject of what firms do: "Thales Alenia Space builds modules", "Ferrero runs
#: its largest factory in Alba", "CATL opened its first plant abroad", "Ford Otosan produkuje furgony".
_FIRM_VERB_RE = re.compile(
    rf"(?<![\w'’&-])(?P<name>{CAPWORD}(?: (?:of |and |& )?{CAPWORD}){{0,3}}) "
    r"(?:makes|builds|produces|manufactures|assembles|employs|produkuje|buduje|montuje|wytwarza|zatrudnia"
    r"|(?:opened|otworzył|otworzyła) (?:(?:a|an|its|the|swój|swoją|swoje|nowy|nową|nowe) )?[a-ząćęłńóśźż]"
    r"|(?:runs|has|operates) (?:a|an|its|the) (?:[a-z-]+ ){0,2}(?:plants?|factory|factories|refinery|works|mill|smelter|centre|center|site|shipyard)\b)"
)
#: ... and the firm whose plant it is: "the refinery of Tüpraş", "the lines of Ford Otosan", "the mills of Arauco".
_PLANT_OF_FIRM_RE = re.compile(rf"(?<![\w-])(?:refinery|plants?|factory|factories|works|mills?|lines|smelter|shipyard) of (?P<name>{CAPWORD}(?: (?:& )?{CAPWORD}){{0,3}})")
#: A preposition before a name: the name is no subject ("around Hallein and Saalfelden employs").
_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w-])(?:in|at|near|around|from|of|to|by|for|with|on|into|across|w|we|z|ze|do|przy|koło|pod|nad|na|od|dla|wokół) $")
#: Words that open a sentence before its subject: "Today TotalEnergies runs …".
_SUBJECT_LEADS = frozenset({"Today", "Now", "Meanwhile", "Elsewhere", "Nearby", "Locally", "Also", "Since", "Dziś", "Dzisiaj", "Obecnie", "Tu", "Tutaj", "Także", "Również"})


def _subject_firms(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A name that makes, builds, produces, assembles or employs, opens something or runs or has a
    plant (and the Polish verbs for the same), or whose refinery, plant or lines these are: a
    firm, when a word of it is unknown to SGJP and rare in English, in capitals or coined
    ("Stellantis", "SK Nexilis", "LG Energy Solution"), it names no place or listed name, and it
    ends in no cluster's or programme's head word. After "and", only the last name is the verb's
    subject ("in Jucu and De'Longhi makes": De'Longhi); after a preposition, no name is (a place).
    0.6."""
    out = []
    for m in [*_FIRM_VERB_RE.finditer(text), *_PLANT_OF_FIRM_RE.finditer(text)]:
        start, end = m.span("name")
        if any(b in LINE_BREAKS.get() for b in range(start, end)) or (m.re is _FIRM_VERB_RE and _PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start)):
            continue  # "the wood sector around Hallein and Saalfelden employs": places the subject is in
        last_and = text.rfind(" and ", start, end)
        start = last_and + 5 if last_and >= 0 else start
        words = text[start:end].split(" ")
        while len(words) > 1 and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS or words[0] in _SUBJECT_LEADS):
            start += len(words.pop(0)) + 1
        if words[0] in _LEAD_STOP or words[0] in _SUBJECT_LEADS or words[0] in _REGION_HEADS or words[-1] in CLUSTER_HEADS or words[-1] in _PROGRAMME_HEADS or words[-1] in ("Cluster", "Klaster"):
            continue
        if any(c.start < end and start < c.end for c in gaz):
            continue  # "Aarhus builds", "Slovakia produces": a place; or a name a list knows
        if any(_odd_word(w) for w in words):
            out.append(Candidate(start, end, "ORGANISATION", "organisation.subject", confidence=0.6))
    return out

#: A body's kind, then its acronym in apposition: "the federation of industries, FIEMG", "the state
#: development bank, BNDES"; and a Scandinavian university written with a lowercase head:
#: "Uppsala universitet", "Lunds universitet", "Kungliga Tekniska högskolan".
_KIND_THEN_ACRONYM_RE = re.compile(r"(?<![\w-])(?:federation|association|confederation|chamber|agency|bank|union|council|institute|university)(?: (?:of|for) (?:[a-z-]+ ){0,2}[a-z-]+)?, (?P<a>[A-Z][A-Z&]{2,7})(?![\w-])")
_NORDIC_UNIVERSITY_RE = re.compile(rf"(?<![\w-])(?:{CAPWORD} ){{0,2}}{CAPWORD} (?:universitet|universitetet|högskola|högskolan|universitetssjukhus)(?![\w-])")
#: A name its apposition calls a body: "Royal Greenland, a company owned by …", "Greenland Business,
#: the government's investment agency", "Bakkafrost, jeden z największych producentów łososia".
_APPOSED_BODY_RE = re.compile(
    rf"(?<![\w-])(?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}}), "
    r"(?:(?:a|an|the) (?:[a-z][\w'’-]* ){0,3}(?:company|firm|agency|producer|manufacturer|operator|developer|utility|cooperative|co-operative|carmaker|shipyard|miner|institute|university|association|laboratory|bank)"
    r"|(?:jeden|jedna|jedno) z (?:[a-ząćęłńóśźż]+ ){0,2}(?:producentów|firm|spółek|koncernów|przedsiębiorstw|eksporterów|operatorów|dostawców|hodowców|przewoźników|parków|portów|stoczni|uniwersytetów|uczelni|instytutów|banków|ośrodków|centrów)"
    r"|(?:[a-ząćęłńóśźż]{3,} ){1,2}(?:spółka|firma|koncern|agencja|producent|operator|spółdzielnia)(?! [A-ZĄĆĘŁŃÓŚŹŻ„\"]))(?![\w-])"  # (not "…, agencja Enterprise Lithuania": a list)
)


def _orgs(text: str, gaz: list[Candidate]) -> list[Candidate]:
    out = []
    for m in _KIND_THEN_ACRONYM_RE.finditer(text):  # "the federation of industries, FIEMG"
        if _acronym_not_word(m.group("a")) and not any(c.start == m.start("a") for c in gaz):
            out.append(Candidate(m.start("a"), m.end("a"), "ORGANISATION", "organisation.apposed", confidence=0.6))
    for m in _NORDIC_UNIVERSITY_RE.finditer(text):  # "Uppsala universitet": the town's name opens it
        words = m.group().split(" ")
        start = m.start() + (len(words[0]) + 1 if len(words) > 2 and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS) else 0)
        out.append(Candidate(start, m.end(), "ORGANISATION", "organisation.head", confidence=0.7))
    for m in _APPOSED_BODY_RE.finditer(text):  # a body its apposition names: the name before the comma
        words = m.group("name").split(" ")
        start = m.start("name")
        while len(words) > 1 and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS):
            start += len(words.pop(0)) + 1
        if words[0] not in _LEAD_STOP and not any(c.start <= start and m.end("name") <= c.end and (c.label in _GEO or c.label in _NAMED) for c in gaz):
            out.append(Candidate(start, m.end("name"), "ORGANISATION", "organisation.apposed", confidence=0.6))
    others = [c for c in gaz if c.label not in _GEO]  # "… i PARP" ends the name; "w Lublinie" may be part of it
    cities_at = {c.start: c for c in gaz if c.label == "CITY"}
    pos = 0
    while (m := ORG_RE.search(text, pos)) is not None:
        end = _cut_before(text, m.start(), _cut_at_break(m.start(), m.end(), text), others, _ORG_HEAD_RE)
        end = _cut_place_after_toponym(text, m.start(), end)
        end = _trim_connectors(text, m.start(), end)
        named = text[m.start("name") : end].split(" ") if m.group("name") and not m.group("adj") and end > m.start("name") else []
        if len(named) >= 2 and named[-1] in ORG_EN_LAST_WORDS and all(_not_polish(w) or w in ("and", "of", "for", "the", "&") for w in named):
            pos = m.start("name")  # "Agencja Botswana Investment and Trade Centre": a Polish kind before an English name with its own head (`ORG_EN_RE`)
            continue
        listed = next((c for c in gaz if c.label == "ORGANISATION" and c.start == m.start() and c.end < end and _SEAT_AFTER_RE.match(text, c.end)), None)
        end = listed.end if listed is not None else end  # "biuro Polskiej Agencji Inwestycji i Handlu w Szanghaju": a listed body's name is whole, the town its office's
        seat = next((c for c in gaz if c.label == "CITY" and c.start < end < c.end and text[c.start - 3 : c.start] in (" w ", "we ")), None)
        end = seat.end if seat is not None else end  # "Uniwersytet Viadrina we Frankfurcie nad Odrą": the seat whole
        serial = _MINISTRY_SERIAL_RE.match(text, end) if m.group("head").startswith("Ministerstw") else None
        if serial is not None and all(_genitive_noun(w) for w in re.findall(rf"[{CAP}][{LOW}]+", serial.group())):
            end = serial.end()  # "Ministerstwo Gospodarki, Turystyki i Sportu": a ministry's portfolios, listed
        if m.group("name") and end > m.start("name"):
            # "Stowarzyszenie ... Dolina Lotnicza": an association named after its cluster is the cluster
            cluster = next((c for c in gaz if c.label == "CLUSTER" and m.start() < c.start < end < c.end), None)
            if cluster is not None and text[end : cluster.end].strip() and " " not in text[end : cluster.end].strip():
                out.append(Candidate(m.start(), cluster.end, "CLUSTER", "cluster.organisation", cluster.key))
                pos = cluster.end
                continue
            # the same with the cluster's name in quotes: "Stowarzyszenie … „Dolina Lotnicza”"
            quoted = re.match(r" [„\"“]", text[end : end + 2])
            cluster = next((c for c in gaz if c.label == "CLUSTER" and c.start == end + 2), None) if quoted else None
            if cluster is not None and text[cluster.end : cluster.end + 1] in "”\"":
                out.append(Candidate(m.start(), cluster.end + 1, "CLUSTER", "cluster.organisation", cluster.key))
                pos = cluster.end + 1
                continue
            start = m.start()
            if not m.group("adj") and (start - 1) not in LINE_BREAKS.get() and (adj := _CAP_ADJECTIVE_BEFORE_RE.search(text, max(0, start - 30), start)) and _is_adjective(adj.group(1)):
                start = adj.start()  # "Główny Instytut Górnictwa": a capitalised adjective opens the name (on the same line)
            own = text[m.start("name") : end]
            if not m.group("adj") and ((m.group("head").startswith(("Agencj", "agencj")) and _foreign_name(own, places=True)) or (m.group("head").startswith(("Stowarzyszeni", "Konsorcj")) and _english_name(own))):
                start = m.start("name")  # "Agencja Invest Lithuania", "Stowarzyszenie Malta Maritime Forum", "Konsorcjum Indonesia Battery Corporation": the body's own name
            out.append(Candidate(start, end, "ORGANISATION", "organisation.head"))
        elif m.group("head").startswith(("Uniwersyte", "Politechni", "Akademi")) and (seat := re.match(r" we? ", text[m.end("head") :])) and (city_end := _seat_end(text, m.end("head") + seat.end(), cities_at, gaz)) is not None:
            end = city_end  # "Uniwersytet w Maastricht", "Uniwersytetem w Uppsali", "w Sfaksie": a university named by its seat alone
            out.append(Candidate(m.start(), end, "ORGANISATION", "organisation.head"))
        elif (quoted := _QUOTED_AFTER_RE.match(text, m.end("head"))) is not None:  # "Park Naukowo-Technologiczny „Aeropolis”"
            end = quoted.end()
            # "Stowarzyszenie „Dolina Lotnicza”": an association named by its cluster alone is the cluster
            cluster = next((c for c in gaz if c.label == "CLUSTER" and c.start == end - 1 - (c.end - c.start) and c.end == end - 1), None)
            if m.group("head").startswith("Stowarzyszeni") and cluster is not None:
                out.append(Candidate(m.start(), end, "CLUSTER", "cluster.organisation", cluster.key))
            else:
                out.append(Candidate(m.start(), end, "ORGANISATION", "organisation.head"))
        elif (m.group("adj") and _is_adjective(m.group("adj"))) or _NAMED_BY_HEAD_RE.fullmatch(m.group("head")):
            # "Poznański Park Naukowo-Technologiczny"; "Regionalny Punkt Kontaktowy", a head that is a body's whole name
            end = m.end("head")
            out.append(Candidate(m.start(), end, "ORGANISATION", "organisation.head"))
        pos = max(end, m.start() + 1)  # a name cut short: the next one may start right after it
    for m in CUED_FIRM_RE.finditer(text):  # "firma Creotech Instruments", "agencji Inovacijų agentūra"
        end = _trim_connectors(text, m.start("name"), _cut_before(text, m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text), gaz))
        words = text[m.start("name") : end].split(" ")
        while len(words) > 1 and words[-1].islower() and (not _unknown_word(words[-1]) or _common_english(words[-1])):
            words.pop()  # lowercase words after the name are foreign ("agentūra") or the sentence's own ("advises")
        end = m.start("name") + len(" ".join(words))
        # (a name a place opens is the place, unless a foreign word goes on with it: "park technologiczny Astana Hub")
        placed = any(c.start == m.start("name") and (c.end >= end or not (_not_polish(words[-1]) or re.fullmatch(r"[IVXLC]+", words[-1]))) for c in gaz)  # ("agencja Uruguay XXI": a brand's numeral)
        # (a foreign name may end in a word Polish has too, "koncernu Eesti Energia", and open with a
        # place a foreign word goes on from, "fundacja Ida-Virumaa Investeerimisagentuur", or an article: "koncern De Beers")
        opener = any(c.start == m.start("name") and c.end == m.start("name") + len(words[0]) for c in gaz)
        if words[0][:1].isupper() and all(_firm_word(w) or re.fullmatch(_INITIALS, w) or (k == 0 and (opener or w in _FOREIGN_ARTICLES) and len(words) > 1) or (k == len(words) - 1 > 0 and w[:1].isupper() and _not_polish(words[0])) for k, w in enumerate(words)) and not placed:
            out.append(Candidate(m.start("name"), end, "ORGANISATION", "organisation.cued", confidence=0.6))
            nxt = _AND_NAME_AFTER_RE.match(text, end)
            if text[m.start() : m.start("name")].split(" ")[0].lower() in _PLURAL_FIRM_CUES and nxt and all(_firm_word(w) for w in nxt.group("name").split(" ")) and _cut_at_break(nxt.start("name"), nxt.end("name"), text) == nxt.end("name") and not any(c.start == nxt.start("name") for c in gaz):
                out.append(Candidate(nxt.start("name"), nxt.end("name"), "ORGANISATION", "organisation.cued", confidence=0.6))  # "centra badawcze Infosys i Wipro"
    for m in _ASSOCIATION_ACRONYM_RE.finditer(text):  # "stowarzyszenie NASSCOM" (an association named by its cluster is the cluster)
        if not m.group("name").isupper() and not re.match(r"[Aa]genc|[Ii]nstitut|[Ii]nstytut|fundusz", m.group()):
            continue  # a coined name after an agency's description ("agencja promocji eksportu PromPerú"); an association's may be its cluster's ("ScotlandIS")
        if m.group("word") and (not _unknown_word(m.group("word")) or (m.group()[0].isupper() and m.group().split(" ")[1] == m.group("word"))):
            continue  # one word no source knows, after a lowercase kind ("agencja innowacji Innosuisse", "fundusz Innovationsfonden")
        if not any(c.start == m.start("name") for c in gaz):
            out.append(Candidate(m.start("name"), m.end("name"), "ORGANISATION", "organisation.cued", confidence=0.6))
    for m in _FIRMS_AFTER_PLURAL_RE.finditer(text):  # each coordinated name, if none is Polish ("koncernów Roche i Novartis")
        names = [n for n in re.finditer(rf"{CAPWORD}", m.group("names")) if n.group() not in ("i", "oraz")]
        if all(_firm_word(n.group()) for n in names):
            for n in names:
                start = m.start("names") + n.start()
                if not any(c.start <= start < c.end for c in gaz):
                    out.append(Candidate(start, start + len(n.group()), "ORGANISATION", "organisation.cued", confidence=0.6))
    for m in _CZECH_SLOVAK_BODY_RE.finditer(text):  # "Česká lázeňská asociace", "Moravskoslezský automobilový klastr"
        if m.group("head") not in ("komora", "klastr", "klaster") or re.search("[ěřůťďňýáíéúô]", m.group()):
            kind = "CLUSTER" if m.group("head") in ("klastr", "klaster") else "ORGANISATION"
            out.append(Candidate(m.start(), m.end(), kind, f"{kind.lower()}.czech_slovak", confidence=0.6))
    for m in _FOREIGN_HEAD_FIRST_RE.finditer(text):  # "Politecnico di Milano", "Universität Greifswald", "Fundación Cotec"
        end = _cut_at_break(m.start(), m.end(), text)
        if end > m.start("name"):
            out.append(Candidate(m.start(), end, "ORGANISATION", "organisation.foreign_head", confidence=0.7))
    for m in _NAME_THEN_KIND_RE.finditer(text):  # "VIB, the Flemish institute for biotechnology": an apposition says what a name is
        name = m.group("name")
        if re.match(rf" (?:[{CAP}]|[„\"“])", text[m.end() :]):
            continue  # "LITEK, agencja Enterprise Lithuania": the kind heads the next name, it says nothing of this one
        if re.fullmatch(r"[IVXLC]+", name):
            continue  # "Filar II, klaster 4": a part's Roman number, no name
        if m.group("kind") not in _ENGLISH_KINDS and text[m.start() + len(name) : m.start() + len(name) + 4] == ", a ":
            continue  # "Clusaga, a uczelnia prowadzi …": Polish "a" joins two clauses; it opens no apposition
        base = m.start() + len(name) + 2  # past "NAME, "
        between = text[base : m.start("kind")].split()
        if between and m.group("kind") in _ENGLISH_KINDS and between[0] not in ("the", "a", "an", "its", "their", "one") and not between[0][:1].isupper():
            continue  # "Its agency, IDEPA, runs the regional cluster policy": a verb follows, an English apposition opens with "a"/"the"
        if re.search(r"(?<![\w-])(?:by|przez)(?![\w-])", text[base : m.end()]):
            continue  # "MedTech4Export, coordinated by a cluster": the agent, not what the name is
        if any(w[:1].isupper() and not _english_adjective_of_place(w) and (_unknown_word(w) or any(c.start == base + k for c in gaz)) for k, w in _word_offsets(text[base : m.end()])):
            continue  # "In AQUA-GLOBAL, the Interizon cluster worked": the kind is another name's
        if (name.isupper() and len(name) >= 2 and _acronym_not_word(name.rstrip("."))) or _COINED_RE.match(name) or _unknown_word(name):
            kind = "CLUSTER" if m.group("kind") in ("cluster", "network", "klaster") else "ORGANISATION"
            out.append(Candidate(m.start("name"), m.end("name"), kind, f"{kind.lower()}.apposed", confidence=0.6))
    for m in _KIND_THEN_NAME_RE.finditer(text):  # "Its development agency, IDEPA, runs …": the kind said, the name apposed
        name = m.group("name")
        if not any(c.start == m.start("name") for c in gaz) and ((name.isupper() and len(name) >= 3 and _acronym_not_word(name)) or _COINED_RE.match(name) or _unknown_word(name)):
            out.append(Candidate(m.start("name"), m.end("name"), "ORGANISATION", "organisation.apposed", confidence=0.6))
    for m in _THE_X_KIND_RE.finditer(text):  # "the Heartland BioWorks hub", "the IDA Ireland agency": the kind after a name says what it is
        words = m.group("name").split(" ")
        if all(w.lower() in GENERIC_QUALIFIERS for w in words):
            continue
        if m.group("kind") in ("hub", "cluster", "network", "ecosystem"):  # a cluster: a coined or unknown word names it, a sector's acronym does not ("the ICT cluster")
            placed = len(words) >= 3 and any(c.start == m.end("name") - len(words[-1]) and c.end == m.end("name") and c.label in _GEO for c in gaz) and all(_english_word(w) for w in words[:-1])
            if placed or any(not w.isupper() and (_COINED_RE.match(w) or _unknown_word(w)) for w in words):  # (or sector words and a place: "the Renewable Energy Hamburg network")
                out.append(Candidate(m.start("name"), m.end("name"), "CLUSTER", "cluster.cued", confidence=0.6))
        elif len(words) >= 2 and any((w.isupper() and len(w) >= 2) or _COINED_RE.match(w) or _unknown_word(w) for w in words):
            # a body: two words or more, one an acronym or a coined or unknown word ("the Swiss Medtech association", "the Callaghan Innovation agency")
            out.append(Candidate(m.start("name"), m.end("name"), "ORGANISATION", "organisation.cued", confidence=0.6))
    for c in gaz:  # a national agency's brand: "Enterprise Estonia", "Invest Lithuania", "Business Finland"
        if c.label == "COUNTRY" and (m := _AGENCY_BRAND_RE.search(text, max(0, c.start - 25), c.start)) is not None:
            a = m.group("acronym")
            if a and (not _acronym_not_word(a) or text[c.start : c.end].isupper() or any(lemma.split(":")[0] == a and "nazwa_pospolita" in n for lemma, _t, n in _analyses(a))):
                continue  # "PKB Polski", "FOR POLAND": an abbreviation or a word, not an agency's acronym
            out.append(Candidate(m.start(), c.end, "ORGANISATION", "organisation.agency", confidence=0.7))
        elif c.label in ("REGION", "CITY") and (m := _AGENCY_BRAND_RE.search(text, max(0, c.start - 25), c.start)) is not None and m.group().strip() in _REGIONAL_BRANDS:
            out.append(Candidate(m.start(), c.end, "ORGANISATION", "organisation.agency", confidence=0.7))  # "Innovation Salzburg", "Invest Podkarpacie"
        elif c.label == "COUNTRY" and (m := _AGENCY_BRAND_AFTER_RE.match(text, c.end)) is not None:
            out.append(Candidate(c.start, m.end(), "ORGANISATION", "organisation.agency", confidence=0.7))
    for c in gaz:  # "Austria Wirtschaftsservice", "France Télécom": a country's name in the nominative opening a firm's, before a word no source knows
        w = re.match(rf" ([{CAP}][\w-]+)(?![\w-])", text[c.end : c.end + 40]) if c.label == "COUNTRY" else None
        if w is None or _cut_at_break(c.start, c.end + w.end(), text) < c.end + w.end() or not _unknown_word(w.group(1)) or any(g.start == c.end + 1 for g in gaz) or _PLACE_CUE_BEFORE_RE.search(text, max(0, c.start - 12), c.start):
            continue
        if all(re.search(r"[:.]nom\b", t) for _l, t, n in _analyses(text[c.start : c.end]) if "nazwa_geograficzna" in n):  # not "Polski", "Polsce"
            out.append(Candidate(c.start, c.end + w.end(), "ORGANISATION", "organisation.company", confidence=0.6, attributes={"normal": text[c.start : c.end + w.end()]}))

    for c in gaz:  # "Orlen Unipetrol", "Orlen Lietuva": a listed firm's name before a word no source knows names its subsidiary
        w = re.match(rf" ([{CAP}][\w-]+)(?![\w-])", text[c.end : c.end + 40]) if c.label == "ORGANISATION" and c.key and text[c.start + 1 : c.end].islower() else None  # (a firm's one word, not "EU")
        if w is not None and _unknown_word(w.group(1)) and not any(g.start == c.end + 1 for g in gaz) and _cut_at_break(c.start, c.end + w.end(), text) == c.end + w.end():
            out.append(Candidate(c.start, c.end + w.end(), "ORGANISATION", "organisation.company", confidence=0.6, attributes={"normal": text[c.start : c.end + w.end()]}))

    def firm_at(start: int, end: int, listed: bool = False, genitive: bool = False) -> None:  # a name around plants is a firm's, unless a place or a nationality ("Polish plants")
        # (listed between firms and their towns, a city's name is a firm's too: "… oraz Toyota w Wałbrzychu")
        end -= 2 if text[start:end].endswith(("'s", "’s")) else 0  # "Airbus's plant"
        if not any(c.start <= start < c.end and not (listed and c.label == "CITY") for c in gaz) and not any(_english_adjective_of_place(w) for w in text[start:end].split(" ")):  # ("East German plants")
            # "zakłady Fiata", "fabryki Boscha": a one-word firm after a plant is its genitive
            attrs = {"normal": _firm_nominative(text[start:end])} if genitive and " " not in text[start:end] else {}
            out.append(Candidate(start, end, "ORGANISATION", "organisation.cued", confidence=0.6, attributes=attrs))

    for m in _FIRMS_BEFORE_PLANTS_RE.finditer(text):  # "BMW, Ford and Nissan plants": each a firm
        for n in re.finditer(rf"{CAPWORD}", m.group("names")):
            if n.group() != "and":
                start = m.start("names") + n.start()
                if n.start() == 0 and (prev := re.search(rf"(?:^|(?<=[a-z] ))({CAPWORD}) $", text[max(0, start - 30) : start])) is not None and prev.group(1) not in _SENTENCE_OPENERS:
                    start -= len(prev.group(1)) + 1  # "the NextStar Energy factory": the firm's first word is capitalised too
                firm_at(start, m.start("names") + n.end())
    towns = {c.start: c.end for c in gaz if c.label == "CITY"}
    plants = [(m, _NEXT_FIRM_IN_TOWN_RE) for m in _PLANTS_OF_FIRM_RE.finditer(text)]  # "battery plants from CATL"
    plants += [(m, _NEXT_FIRM_IN_TOWN_PL_RE) for m in _PLANTS_OF_FIRM_PL_RE.finditer(text) if all(_firm_word(w) or _brand_word(w) for w in m.group("name").split(" "))]  # "zakładów BMW", "zakładami Fiata w Turynie"
    for m in _PLANT_OF_KNOWN_FIRM_RE.finditer(text):  # "fabryki chipów Intela": a firm SGJP knows, after a plant (and what it makes)
        if _known_firm(m.group("name")) and (m.group("what") is None or any(t.startswith("subst:pl:gen") for _l, t, _n in _analyses(m.group("what")))):
            firm_at(m.start("name"), m.end("name"), genitive=True)
    for m, next_firm in plants:
        firm_at(m.start("name"), m.end("name"), genitive=next_firm is _NEXT_FIRM_IN_TOWN_PL_RE)
        pos = m.end("name")  # "plants run by Volkswagen in Bratislava, Kia near Žilina and Stellantis in Trnava": each firm before its town
        while (where := re.match(r" (?:in|near|at|w|we|pod|koło) ", text[pos : pos + 7])) is not None and (town_end := towns.get(pos + where.end())) is not None:
            nxt = next_firm.match(text, town_end)
            if nxt is None or not (nxt.end() in towns or re.match(rf"[{CAP}][{LOW}]+(?![\w-])", text[nxt.end() : nxt.end() + 40])):
                break  # the next firm's town: a listed one, or a capitalised word (a declined foreign name: "w Grazu")
            firm_at(nxt.start("name"), nxt.end("name"), listed=True)
            pos = nxt.end("name")
    for c in gaz:  # a trade-fair company named by its town in the nominative: "Targi Kielce", "Targi Lublin" (not "targi w Kielcach")
        if c.label == "CITY" and text[max(0, c.start - 6) : c.start] == "Targi " and (c.start < 7 or not text[c.start - 7].isalnum()):
            readings = _analyses(text[c.start : c.end])
            if any(re.search(r"[:.]nom\b", t) for _l, t, _n in readings) or all(t == "ign" for _l, t, _n in readings):
                out.append(Candidate(c.start - 6, c.end, "ORGANISATION", "organisation.head"))
    for c in gaz:  # a firm named after its country or town: "Safran Transmission Systems Poland"
        if (run := _firm_named_after(text, c, gaz)) is not None:
            out.append(Candidate(run, c.end, "ORGANISATION", "organisation.company", confidence=0.6))
    lands_at = {c.start: c for c in gaz if c.label in ("COUNTRY", "REGION")}
    for rx, src in ((ORG_EN_RE, "organisation.head"), (COMPANY_RE, "organisation.company"), (_ECONOMIC_ZONE_RE, "organisation.head")):
        for m in rx.finditer(text):
            start = m.start()
            words = text[start : m.end()].split(" ")
            while len(words) > 2 and (words[0] in _LEAD_STOP or words[0] in _POLISH_KIND_LEADS):
                start += len(words.pop(0)) + 1  # "Konsorcjum Indonesia Battery Corporation": the Polish kind is no part of the English name
            if words[0] in _OPENING_PREPOSITIONS and (comma := text.find(", ", start, m.end())) != -1:
                start = comma + 2  # "In Lithuania, Innovation Agency Lithuania": the opening phrase is no part of the name
            end = _cut_at_break(start, m.end(), text)
            if rx is ORG_EN_RE:
                if (comma := text.rfind(", ", start, end)) != -1 and " and " not in text[comma:end]:
                    start = comma + 2  # "CampX, Volvo Group's arena": a comma joins a name's words only in a serial list ("Economy, Trade and Industry")
                if text[start:end].rsplit(" ", 1)[-1] in _TRADE_LAST_WORDS and (joint := max(text.rfind(", ", start, end), text.rfind(" and ", start, end))) != -1:
                    start = joint + (2 if text.startswith(", ", joint) else 5)  # "Mazda, Honda and General Motors": a list of firms, the last one named so
                parts = text[start:end].split(" ")
                if parts[-1] in ("Organisation", "Organization") and all(w.lower() in GENERIC_QUALIFIERS | {"cluster"} for w in parts[:-1]):
                    continue  # "a European Cluster Organisation": a kind of body, no name
                if parts[-1] == "Group" and parts[0] in _english_language_names():
                    continue  # "the Danish Water Technology Group": a nation's industry grouping, no firm ("Volvo Group", "Naval Group")
                last = _ORG_EN_LAST_RE.search(text, start, end)
                if _POLISH_HEAD_RE.search(text, start, last.start() if last else end):
                    continue  # "Lubelska Fundacja Rozwoju, Lubelski Park …": Polish names listed, no English one
                end = _cut_before(text, start, end, [], _POLISH_HEAD_RE)  # "Massachusetts Institute of Technology i Uniwersytetu Harvarda": two
            if rx is ORG_EN_RE and (pair := _ORG_PAIR_RE.fullmatch(text, start, end)) is not None and _two_bodies(pair.group("a"), pair.group("b")):
                # "First Direct and Yorkshire Building Society", "University of Leeds and Leeds Beckett University": two
                # names, the second a whole one with its head (not "Science and Technology Facilities Council")
                out.append(Candidate(pair.start("a"), pair.end("a"), "ORGANISATION", src, confidence=0.6))
                start = pair.start("b")
            if rx is ORG_EN_RE and (of := re.search(r" (?:of|for) (?:the )?", text[start:end])) is not None:
                place = next((c for c in gaz if c.label in _GEO and c.start == start + of.end()), None)
                if place is not None and place.end < end and text.startswith(" and ", place.end):
                    end = place.end  # "University of Liège and UCLouvain": the place ends the name, another body follows
            if text[start:end].endswith(("'s", "’s")):
                end -= 2  # "the Technical University of Sofia's branch": the possessive is no part of the name
            if text[start:end].endswith("Embassy") and (city := cities_at.get(end + 4)) is not None and text.startswith(" in ", end):
                end = city.end  # "British Embassy in Warsaw": an embassy is named by where it is
            elif text[start:end].endswith(("Chamber of Commerce", "Chamber of Commerce and Industry")) and (m_in := _IN_PLACE_RE.match(text, end)) is not None and (place := lands_at.get(m_in.end()) or cities_at.get(m_in.end())) is not None:
                end = place.end  # "EU Chamber of Commerce in China", "Polish Chamber of Commerce in the UK": a chamber abroad is named by where it is
            elif text[start:end].endswith((" Centre", " Center", " Agency", " University")) and (place := lands_at.get(end + 1)) is not None and text[end] == " " and not re.match(rf" {CAPWORD}", text[place.end :]):
                end = place.end  # "Automotive Research Centre Niedersachsen", "Innovation Centre Denmark", "Carnegie Mellon University Africa": a land after the head names the body
            out.append(Candidate(start, end, "ORGANISATION", src))
    for m in _CAPS_RUN_RE.finditer(text):  # "POLITECHNIKA ŁÓDZKA", "ŁÓDZKA SPECJALNA STREFA EKONOMICZNA": a body's name in capitals
        end = _cut_at_break(m.start(), m.end(), text)
        titled = title_polish(text[m.start() : end])
        if (body := ORG_RE.match(titled)) is not None and body.end() == len(titled) and (body.group("name") or body.group("adj")):
            out.append(Candidate(m.start(), end, "ORGANISATION", "organisation.capitals", attributes={"normal": to_nominative(titled, singular=True)}))
    for m in _LUKASIEWICZ_RE.finditer(text):  # "Łukasiewicz – Instytut Lotnictwa", "Łukasiewicz – PORT": the network's institutes
        body = next((c for c in out if c.start == m.end() and c.label == "ORGANISATION"), None)
        if body is not None:
            body.start = m.start()
        elif (acronym := re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:-[A-Z]+)?(?![\w-])", text[m.end() : m.end() + 20])) is not None:
            out.append(Candidate(m.start(), m.end() + acronym.end(), "ORGANISATION", "organisation.head"))
    return out


#: Two to six words in capitals (a legacy slide's name: "POLITECHNIKA ŁÓDZKA").
_CAPS_RUN_RE = re.compile(rf"(?<![\w-])[{CAP}]{{2,}}(?: (?:(?:I|W|DLA) )?[{CAP}]{{2,}})+(?![\w-])")
#: Polish words that stay lowercase inside a name.
_LOWERCASE_LINKS = frozenset({"i", "w", "we", "na", "dla", "z", "ze", "oraz", "ds."})


def title_polish(name: str) -> str:
    """A name in capitals written as Polish writes names: each word capitalised, the
    linking words lowercase, a short word SGJP does not know (an acronym) kept
    ("POMORSKI KLASTER ICT" -> "Pomorski Klaster ICT")."""
    out = []
    for k, w in enumerate(name.split(" ")):
        low = w.lower()
        if k and low in _LOWERCASE_LINKS:
            out.append(low)
        elif len(w) <= 4 and all(a[1] == "ign" for a in _analyses(low)) and not _common_english(low):
            out.append(w)
        else:
            out.append(title_hyphenated(low))
    return " ".join(out)


#: The Łukasiewicz Research Network's prefix to its institutes' names: "Łukasiewicz – ".
_LUKASIEWICZ_RE = re.compile(r"(?<![\w-])Łukasiewicz ?[–-] ?")


#: Prepositions that open a sentence's first phrase, before a comma ("In Lithuania, …").
_OPENING_PREPOSITIONS = frozenset({"In", "At", "From", "For", "With", "By", "Across", "Since", "After", "Before", "Within", "Outside", "Like", "Unlike", "Besides", "Beyond", "Along"})
#: Capitalised words between "the" and a lowercase kind: a cluster's ("the Heartland BioWorks hub") or a body's ("the IDA Ireland agency").
_FOREIGN_HEAD_FIRST_RE = re.compile(
    rf"(?<![\w-])(?P<head>{_FOREIGN_HEADS}) (?:{_FOREIGN_LINK} (?:la |l'|il |le |el )?)?(?P<name>{CAPWORD}(?: (?:{_FOREIGN_LINK} (?:la |l'|il |le |el )?)?{CAPWORD}){{0,3}})(?![\w-])"
)
#: A Czech or Slovak body's name: a capitalised word, up to three lowercase ones and a head noun in
#: lowercase ("Česká lázeňská asociace", "Slovenská inovačná a energetická agentúra"); "komora" and
#: "klastr" count only with a letter Polish lacks ("Moravskoslezský automobilový klastr").
_CZECH_SLOVAK_BODY_RE = re.compile(
    r"(?<![\w-])[A-ZČŘŠŽÚ][a-zěščřžýáíéůúňťďôľĺä]+(?: [a-zěščřžýáíéůúňťďôľĺä]+){0,3} "
    r"(?P<head>asociace|asociácia|agentura|agentúra|univerzita|sdružení|združenie|svaz|zväz|nadace|nadácia|společnost|spoločnosť|komora|klastr|klaster)(?![\w-])"
)
#: A name and, after a comma, what it is: "VIB, the Flemish institute for biotechnology",
#: "VLAIO, flamandzka agencja innowacji", "SPRI, the Basque business development agency"
#: (up to three words before the kind, which decides a cluster or a body).
#: The English kinds `_NAME_THEN_KIND_RE` reads after a name (an English apposition opens with "a"/"the").
_ENGLISH_KINDS = frozenset({"cluster", "network", "institute", "agency", "authority", "association", "federation", "confederation", "foundation", "university", "chamber", "centre", "center", "company", "firm", "manufacturer", "maker"})
_NAME_THEN_KIND_RE = re.compile(
    rf"(?<![\w-])(?P<name>[A-Z][\w&+.-]*[\w+]), (?:(?:the|a|an) )?(?:[{CAP}]?[{LOW}'’-]+ ){{0,3}}(?P<kind>{'|'.join(sorted(_ENGLISH_KINDS))}|klaster|instytut|agencja|stowarzyszenie|fundacja|uczelnia|izba|firma|spółka)\b"
)
#: A name apposed after its kind, between commas: "Its development agency, IDEPA, runs …", "fundacja, FRSE, …" (one word: an acronym, a coined or an unknown one).
_KIND_THEN_NAME_RE = re.compile(r"(?<![\w-])(?P<kind>agency|institute|authority|association|foundation|company|firm|agencj[aię]|instytut|fundacj[aię]|stowarzyszeni[ea]), (?P<name>[A-Z][\w&+.-]*[\w+]),")
#: Firms listed before the plants or factories they own: "supplies BMW, Ford and Nissan plants" (checked in `_orgs`).
_FIRMS_BEFORE_PLANTS_RE = re.compile(
    rf"(?<=[a-z,] )(?P<names>{CAPWORD}(?:, {CAPWORD})*(?:,? and {CAPWORD})?) (?:plants?|factories|factory|assembly lines?)(?![\w-])"
)
#: ... and after them: "battery plants from CATL", "the factories of Foxconn".
_PLANTS_OF_FIRM_RE = re.compile(rf"(?<![\w-])(?:[Pp]lants?|[Ff]actories|[Ff]actory) (?:of|from|by|(?:run|operated|owned) by) (?P<name>{CAPWORD}(?: {CAPWORD}){{0,2}})(?![\w-])")
#: The next firm of a list of firms with their towns: ", Kia near Žilina, Stellantis in Trnava and …" (each name, then a town).
_NEXT_FIRM_IN_TOWN_RE = re.compile(rf"(?:, (?:and )?| and )(?P<name>{CAPWORD}(?: {CAPWORD}){{0,2}}) (?:in|near|at) ")
#: The same in Polish: "zakładów BMW w Steyr i Magna w Grazu".
_PLANTS_OF_FIRM_PL_RE = re.compile(rf"(?<![\w-])(?:[Zz]akład(?:y|ów|ach|ami|om)|[Ff]abryk(?:i|ach|ami|om)) (?:[{LOW}]+(?:skiego|ckiego|skiej|ckiej) )?(?P<name>{CAPWORD}(?: {CAPWORD}){{0,2}})(?= (?:w|we|pod|koło) )")
#: ... and a firm SGJP knows by name after a plant and what it makes: "fabryki chipów Intela" (`_known_firm`).
_PLANT_OF_KNOWN_FIRM_RE = re.compile(rf"(?<![\w-])(?:[Zz]akład(?:u|y|ów|ach|ami|om)?|[Ff]abryk(?:a|i|ę|ą|ach|ami|om))(?: (?P<what>[{LOW}]+))? (?P<name>{CAPWORD})(?![\w-])(?! [{CAP}])")
_NEXT_FIRM_IN_TOWN_PL_RE = re.compile(rf"(?:, (?:i |oraz )?| i | oraz )(?P<name>{CAPWORD}(?: {CAPWORD}){{0,2}}) (?:w|we|pod|koło) ")
_THE_X_KIND_RE = re.compile(
    rf"(?<![\w-])(?:[Tt]he|[Tt]he (?:region|city|state|country|province)['’]s|[Ii]ts|[Tt]heir) (?P<name>{CAPWORD}(?:(?: &)? {CAPWORD}){{0,3}}) (?P<kind>hub|cluster|ecosystem|agency|authority|association|foundation|institute|university|ministry|chamber|council|network)\b"
)


#: "RPO WP", "RPOWŚ 2014-2020": a regional operational programme by its acronym.
RPO_ACRONYM_RE = re.compile(rf"(?<![\w-])RPO(?: ?W[A-ZĄĆĘŁŃÓŚŹŻ]{{1,3}}(?![\w-])| (?!Województwa){CAPWORD}(?: i {CAPWORD})?)(?: 20[0-9]{{2}}(?![\w–-]))?")
#: A regional operational programme in English: "Regional Operational Programme for Lower Silesia".
ROP_EN_RE = re.compile(rf"(?<![\w-])(?:(?P<pre>(?!The ){CAPWORD}(?: {CAPWORD})?) )?Regional (?:Operational )?Programme(?: (?:for|of) (?:the )?(?P<post>{CAPWORD}(?: {CAPWORD}){{0,2}}))?(?![\w-])")
#: Another member state's operational programme in English, by its fund and what it is for:
#: "ERDF Operational Programme of Catalonia", "National Operational Programme for Research and Innovation".
OP_EN_RE = re.compile(rf"(?<![\w-])(?<!Regional )(?:(?:ERDF|ESF\+?|EAFRD|EMFF|FEDER|EFRR|National) Programme|(?:(?:ERDF|ESF\+?|EAFRD|EMFF|FEDER|EFRR|National) )?Operational Programme) (?:for|of) (?:the )?{CAPWORD}(?: (?:(?:and|&) )?{CAPWORD}){{0,3}}(?![\w-])")
#: An operational programme by the acronym other member states use, with its name, its
#: own acronym or period: "OP PIK", "OP Zuid", "OP Enterprise and Innovation for
#: Competitiveness" (Czechia, the Netherlands), "POR 2021-2027"
#: (Romania, Portugal), "PON Ricerca e Innovazione" (Italy). "PO"/"OP" need a name
#: with lowercase letters (not "PO ROKU" in a heading).
OP_ACRONYM_RE = re.compile(
    rf"(?<![\w-])(?:(?:OP|PO|POR|PON|POC|ROP) (?P<name>(?=[{CAP}][{LOW}]){CAPWORD}(?: (?:{CONNECT}|e|y) (?=[{CAP}]){CAPWORD}| {CAPWORD}){{0,5}})"
    rf"|OP (?P<acronym>[A-Z]{{2,5}})(?![\w-])"  # "OP PIK"
    rf"|(?:POR|PON|POC|ROP) (?=(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d))"
)
#: An Italian (or Spanish, French) regional programme named by its kind and fund, then its region:
#: "POR FESR Emilia-Romagna", "PR FSE+ Lombardia", "PO FEDER Andalucía", "OP EFRO Noord-Nederland" (Dutch).
#: A region's programme by its funds and the region, in German, Spanish, French or Italian,
#: perhaps with its period: "EFRE/ESF+ Niedersachsen", "FEDER Asturias 2021-2027", "FESR Toscana", a second area
#: joined to the region ("FEDER-FSE+ Bourgogne-Franche-Comté et Massif du Jura").
_FUNDS = r"(?:EFRE|ESF\+?|ELER|JTF|FEDER|FESR|FSE\+?|FEADER|FEASR)"
_FUNDS_PLACE_PROGRAMME_RE = re.compile(rf"(?<![\w/-]){_FUNDS}(?:[/-]{_FUNDS})* (?P<place>{CAPWORD}(?:-{CAPWORD})?)(?![\w-])(?P<more> (?:et|and|und|e|y|i) (?:{CAPWORD} )?(?:(?:du|de|des|del|della|di) )?{CAPWORD}(?![\w-]))?(?P<period> (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d(?![\w-]))?")
#: ... or by its kind, its region and its fund, perhaps with its period: "PR Campania FESR 2021-2027", "POR Sicilia FESR".
_PLACE_FUND_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?:POR|PR) (?P<place>{CAPWORD}(?: {CAPWORD})?) {_FUNDS}(?:[-/]{_FUNDS})*(?![\w-])(?P<period> (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d(?![\w-]))?")
#: An operational programme by its spelled-out name in another member state's language, with
#: its fund, its region and period: "Programa Operativo FEDER de Cantabria 2014-2020",
#: "Programma Operativo Regionale FESR Marche", "Programa Operacional Regional do Norte",
#: "Programul Operațional Regional".
_FOREIGN_OP_RE = re.compile(
    r"(?<![\w-])(?:Programa Operativo|Programma Operativo|Programa Operacional|Programme [Oo]pérationnel|Operationelles Programm|Operationeel Programma|Programme(?= (?:FEDER|FSE|FEADER))|Programma(?= Regionale )|Programa(?= Regional )|Programme(?= [Rr]égional )|Programa(?= (?:FEDER|FSE\+?|FEADER) )|Programul Operațional|Programul(?= Regional ))"  # (2021–2027's "Programma Regionale FESR Veneto", "Programul Regional Sud-Vest Oltenia")
    r"(?: (?:Regionale|Regional|Nazionale|Nacional|Plurirregional|Interregionale|régional|national)(?![\w-]))?"
    rf"(?: {_FUNDS}(?:[-/]{_FUNDS})*)?"
    rf"(?: (?:(?:de|del|de la|di|della|do|da|des|du|für|für das Land|per|para) )?(?P<place>{CAPWORD}(?:[ -](?:y|e|et|und|i) {CAPWORD}| {CAPWORD}){{0,2}}))?"
    r"(?P<period> (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d(?![\w-]))?"
)
#: ... or a Czech or Slovak one, named in sentence case: "Operační program Spravedlivá transformace",
#: "Operačný program Integrovaná infraštruktúra" (up to a dash, a comma or the line's end), or with the kind last:
#: "Integrovaný regionální operační program".
_SENTENCE_CASE_OP_RE = re.compile(r"(?<![\w-])(?:(?:Operační|Operačný) program [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w]+(?: [\w]+){0,6}?|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+(?: [a-záčďéěíňóřšťúůýž]+){0,3} (?:operační|operačný) program)(?=\s[–-]\s|[,;:.)]|\s*$|\n)", re.MULTILINE)  # "Integrovaný regionální operační program"
_FUND_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?:POR|PR|PON|PO|OP) (?:FESR|FSE\+?|FEASR|FEDER|FSE-FESR|FESR-FSE|EFRO|EFRE|ERDF|EFRR)(?: {CAPWORD}(?: {CAPWORD}){{0,2}})?(?![\w-])")
#: A European partnership named by its acronym after "partnership"/"partnerstwo": "partnership BATT4EU", "partnerstwa PRIMA".
_PARTNERSHIP_ACRONYM_RE = re.compile(r"(?<![\w-])(?:[Pp]artnership|[Pp]artnerstw(?:o|a|u|em|ie))(?: (?:programme|programu))? (?P<name>(?=[A-Z0-9]{3})[A-Z][A-Z0-9]*\d[A-Z0-9]*|[A-Z]{3,}[A-Z0-9]*)(?![\w-])(?! [A-Z])")
#: Acronyms after "partnership" that name no programme: "partnership MoU", "partnerstwo JST".
_COMMON_ACRONYM_RE = re.compile(r"(?:MOU|JST|NGO|MŚP|SME|PPP|EU|UE)")
#: An IPCEI, perhaps with its name of up to two words: "IPCEI ME/CT", "IPCEI Hy2Tech", "IPCEI on Batteries".
#: A cross-border cooperation programme at the EU's outer borders (ENI/ENPI CBC), named by its
#: area and "CBC": "Karelia CBC", "Kolarctic CBC", "South-East Finland – Russia CBC", "ENI CBC Med".
_CBC_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?:(?:ENI|ENPI|IPA) CBC(?: {CAPWORD})?|(?P<area>{CAPWORD}(?:(?: ?[-–] ?| ){CAPWORD}){{0,3}}) CBC)(?: Programme)?(?![\w-])")
_IPCEI_RE = re.compile(r"(?<![\w-])IPCEI(?: (?:on |for |in )?(?=[A-Z])[\w/+-]+(?: (?=[A-Z])[\w/+-]+){0,2})?(?![\w-])")  # "IPCEI European Battery Innovation"
#: A Joint Undertaking by its name: "Chips JU", "EuroHPC JU", "Clean Hydrogen Joint Undertaking".
_JOINT_UNDERTAKING_RE = re.compile(r"(?<![\w-])(?:[A-Z][\w-]* ){1,3}(?:JU|Joint Undertaking)(?![\w-])")
#: "7. PR", "6PR": a framework programme by number.
FP_NUMBER_RE = re.compile(r"(?<![\w.-])(?P<n>[1-9])\. ?PR(?![\w-])")
GENERIC_PO_RE = re.compile(r"(?<![\w-])(?:Regionaln(?:y|ego|emu|ym|e|ych|ymi) Program(?:u|owi|em|ie|y|ów|om|ami|ach)? Operacyjn(?:y|ego|emu|ym|e|ych|ymi))(?![\w-])")


#: A capitalised "Program" and a name after it: "Programu Współpracy Transgranicznej Polska-Białoruś-Ukraina".
NAMED_PROGRAM_RE = re.compile(rf"(?<![\w-])Program(?:u|em|ie|owi|me)? (?P<name>{NAME})")
#: A capitalised word right before "Program" (checked by `_agrees_with_program`).
_CAP_ADJECTIVE_BEFORE_RE = re.compile(rf"(?<![\w-])([{CAP}][{LOW}]+) $")


def _agrees_with_program(word: str, program: str) -> bool:
    """Is `word` an adjective agreeing with the "Program…" form after it ("Krajowy
    Program", "Krajowego Programu"): the first word of the programme's name?"""
    head = program.split(" ")[0].lower()
    nouns = [_feats(t) for _l, t, _n in _analyses(head) if t.startswith("subst:")]
    adjs = [_feats(t) for _l, t, _n in _analyses(word.lower()) if t.startswith("adj:")]
    return any(a and n and a[0] == n[0] and a[1] & n[1] and a[2] & n[2] for a in adjs for n in nouns)


#: The lowercase rest of a list item after a programme's capitalised words, up to a
#: parenthesis, a dash, a colon or the line's end: "Platformy| startowe dla nowych pomysłów (PARP)".
_LOWERCASE_REST_RE = re.compile(rf"((?: [{LOW}]+){{1,6}})(?= \(| [–-] |:|\n|$)")
#: A year right after a name: "Portugal 2020".
_YEAR_AFTER_RE = re.compile(r" (?:19|20)\d\d(?![\w+–-])")
#: A quoted name after "program": "w programie „Catalonia Clusters”", "program „Czyste Powietrze”".
QUOTED_PROGRAM_RE = re.compile(rf"(?<![\w-])(?:[Pp]rogram(?:u|em|ie|owi|y|ów|ach|ami|om)?|[Pp]rogramme|[Ii]nstrument(?:u|em|ie|owi)?)(?: [{LOW}]+){{0,2}} (?P<name>„[{CAP}][^”\"\n]{{1,60}}[”\"])")
FE_RE = re.compile(rf"(?<![\w-])Fundusz\w* Europejsk\w+ (?:dla|na) (?P<name>{NAME})")


#: A "Fundusze Europejskie dla …" programme's acronym with its year or period: "FEŁ 2027",
#: "FEdP 2021-2027", "FEW 2021+" (the national ones are listed: FENG, FERS, FEnIKS).
FE_ACRONYM_RE = re.compile(r"(?<![\w-])(?P<a>FE(?:d|n)?[A-ZĄĆĘŁŃÓŚŹŻ]{1,3}(?:i[A-Z])?) ?(?:20\d\d(?: ?[-–] ?20\d\d)?\+?)(?![\w–-])")
_NOT_FE_ACRONYMS = frozenset({"FEMA", "FESTO", "FEI"})
#: The start of another programme's name: "… Województwa Małopolskiego i Interreg Słowacja-Polska".
#: The last word of an Interreg strand's name after "and": " and Arctic" (not before more capitals).
_STRAND_AND_RE = re.compile(rf" (?:and|&) (?P<w>[{CAP}][{LOW}]+)(?![\w-])(?! [{CAP}])")
PROGRAMME_START_RE = re.compile(r"(?:Interreg|INTERREG|Horyzont|Horizon|Program\w*|Fundusz\w*|Regionaln\w+ Program\w*|RPO|PO)\b")


def _programmes(text: str, gaz: list[Candidate]) -> list[Candidate]:
    programmes = [c for c in gaz if c.label == "PROGRAMME"]
    out = [Candidate(m.start(), m.end(), "PROGRAMME", "programme.rpo", confidence=0.7, attributes={"normal": "Regionalny Program Operacyjny"}) for m in GENERIC_PO_RE.finditer(text)]
    for m in RPO_ACRONYM_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.rpo", confidence=0.7, attributes={"normal": "Regionalny Program Operacyjny"}))
    for m in ROP_EN_RE.finditer(text):  # "Regional Operational Programme for Lower Silesia"
        end = _cut_at_break(m.start(), m.end(), text)
        start = m.start()
        region = (m.group("pre") or m.group("post") or "").strip()
        out.append(Candidate(start, end, "PROGRAMME", "programme.rpo", confidence=0.7, attributes={"normal": "Regionalny Program Operacyjny", **({"region": region} if region else {})}))
    for m in OP_EN_RE.finditer(text):  # "ERDF Operational Programme of Catalonia"
        end = _cut_at_break(m.start(), m.end(), text)
        out.append(Candidate(m.start(), end, "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : end]}))
    for m in FP_NUMBER_RE.finditer(text):
        n = int(m.group("n"))
        names = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh")
        if n <= len(names):
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.fp", confidence=0.8, attributes={"normal": f"{names[n - 1]} Framework Programme"}))
    for m in PLACE_PO_RE.finditer(text):
        out.append(Candidate(m.start(), _cut_at_break(m.start(), m.end(), text), "PROGRAMME", "programme.po"))
    for m in _FUND_PROGRAMME_RE.finditer(text):  # "POR FESR Emilia-Romagna", "PR FSE+ Lombardia": a regional programme by its fund
        end = _cut_at_break(m.start(), m.end(), text)
        out.append(Candidate(m.start(), end, "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : end]}))
    for m in _SENTENCE_CASE_OP_RE.finditer(text):  # "Operační program Spravedlivá transformace": as written
        end = _cut_at_break(m.start(), m.end(), text)
        out.append(Candidate(m.start(), end, "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : end]}))
    for m in _FOREIGN_OP_RE.finditer(text):  # "Programa Operativo FEDER de Cantabria 2014-2020": normal without the period
        end = _cut_at_break(m.start(), m.end(), text)
        normal_end = min(end, m.start("period")) if m.group("period") else end
        out.append(Candidate(m.start(), end, "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : normal_end].rstrip()}))
    for m in _PLACE_FUND_PROGRAMME_RE.finditer(text):  # "PR Campania FESR 2021-2027": a region's programme by its kind, region and fund
        if any(c.label in _GEO and c.start == m.start("place") and c.end == m.end("place") for c in gaz):
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : m.start("period") if m.group("period") else m.end()]}))
    for m in _FUNDS_PLACE_PROGRAMME_RE.finditer(text):  # "EFRE/ESF+ Niedersachsen", "FEDER Asturias": a region's programme by its funds and the region
        if any(c.label in _GEO and c.start == m.start("place") and c.end == m.end("place") for c in gaz):
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : m.end("more") if m.group("more") else m.end("place")]}))
    for m in _PARTNERSHIP_ACRONYM_RE.finditer(text):  # "partnership BATT4EU", "partnerstwa PRIMA": a Horizon Europe partnership funds calls
        if not _COMMON_ACRONYM_RE.fullmatch(m.group("name")):
            out.append(Candidate(m.start("name"), m.end("name"), "PROGRAMME", "programme.partnership", confidence=0.7))
    for m in _CBC_PROGRAMME_RE.finditer(text):  # "Karelia CBC": the area's words, not a cue before them ("Program Karelia CBC")
        start = m.start()
        if m.group("area"):
            words = list(re.finditer(r"\S+", m.group("area")))
            while len(words) > 1 and (words[0].group().lower().startswith("program") or _common_polish(words[0].group())):
                words.pop(0)
            start = m.start("area") + words[0].start()
        out.append(Candidate(start, _cut_at_break(start, m.end(), text), "PROGRAMME", "programme.cbc", confidence=0.8))
    for m in _IPCEI_RE.finditer(text):  # "IPCEI ME/CT", "IPCEI Hy2Tech": an Important Project of Common European Interest
        out.append(Candidate(m.start(), _cut_at_break(m.start(), m.end(), text), "PROGRAMME", "programme.ipcei", confidence=0.8))
    for m in _JOINT_UNDERTAKING_RE.finditer(text):  # "Chips JU", "Clean Hydrogen Joint Undertaking": an EU partnership that funds calls
        start = m.start()
        words = m.group().split(" ")
        while len(words) > 2 and (words[0] in _SENTENCE_OPENERS or words[0] in ("The", "the")):
            start += len(words.pop(0)) + 1
        out.append(Candidate(start, _cut_at_break(start, m.end(), text), "PROGRAMME", "programme.joint_undertaking", confidence=0.8))
    for m in INTERREG_RE.finditer(text):
        end = _cut_at_break(m.start(), m.end(), text)
        # "Interreg Central Europe – Lead partner": only partner countries follow a dash, each a place
        geo_spans = {(c.start, c.end) for c in gaz if c.label in _GEO}
        dashes = [m.start("strand") + d.start() for d in re.finditer(r" [–-] ", text[m.start("strand") : end])]
        for d, nxt in itertools.pairwise([*dashes, end]):
            if (d + 3, nxt) not in geo_spans:
                end = d
                break
        # "Interreg Northern Periphery and Arctic": a last word after "and" ends the strand's name, unless it is a place
        # or another programme ("Interreg Europe and Norway", "Interreg Europe and Horizon Europe")
        more = _STRAND_AND_RE.match(text, end) if end == m.end() else None
        if more is not None and not PROGRAMME_START_RE.match(more.group("w")) and not any(c.start == more.start("w") for c in gaz):
            end = more.end()
        if end > m.start("strand"):
            out.append(Candidate(m.start(), end, "PROGRAMME", "programme.interreg", attributes={"normal": "Interreg", "strand": text[m.start("strand") : end].strip()}))
    for m in FE_RE.finditer(text):
        end = _trim_connectors(text, m.start(), _cut_at_break(m.start(), m.end(), text))
        if end > m.start("name"):
            out.append(Candidate(m.start(), end, "PROGRAMME", "programme.fe"))
    for m in FE_ACRONYM_RE.finditer(text):  # "FEŁ 2027", "FEdP 2021-2027": a 2021-2027 programme by its acronym and year
        if m.group("a") not in _NOT_FE_ACRONYMS:
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.fe_acronym", confidence=0.7, attributes={"normal": m.group("a")}))
    for m in QUOTED_PROGRAM_RE.finditer(text):  # "w programie „Catalonia Clusters”": the quoted name
        out.append(Candidate(m.start("name") + 1, m.end("name") - 1, "PROGRAMME", "programme.quoted", confidence=0.7))
    out += _exemplified_clusters(text, gaz, PROGRAMME_EXAMPLES_RE, "PROGRAMME")
    out += _exemplified_clusters(text, gaz, PROJECT_EXAMPLES_RE, "PROJECT")
    named = {c.start for c in out} | {c.start for c in gaz if c.label == "PROGRAMME"}
    items = set(_item_starts(text))
    breaks = LINE_BREAKS.get()
    for m in NAMED_PROGRAM_RE.finditer(text):
        end = _trim_connectors(text, m.start(), _cut_at_break(m.start(), m.end(), text))
        if m.start("name") in named or any(c.label == "PROGRAMME" and c.start < m.end() and m.start() < c.end for c in gaz):
            continue  # "Program Interreg V-A", "7 Program Ramowy UE": a listed programme is there
        if text.startswith("Operacyjn", m.start("name")):
            continue  # an operational programme: `PO_RE` and `PLACE_PO_RE` read it
        if (_foreign_programme(m.group("name").split(" ")[0]) or _foreign_programme(text[m.start("name") : end])) and (_SENTENCE_START_RE.search(text[max(0, m.start() - 3) : m.start()]) or (m.start() - 1) in LINE_BREAKS.get() or m.start() in items):
            continue  # "• Program Copernicus i Galileo", "Program Centres of Expertise": a foreign name after a sentence's "Program" (`_foreign_programmes_after_cue`)
        if end > m.start("name") and not text[m.start("name") : end].isupper():
            year = _YEAR_AFTER_RE.match(text, end)
            if year and any(c.label in _GEO and c.start == m.start("name") and c.end == end for c in gaz):
                start = m.start("name") if m.group().startswith("Programme") else m.start()
                out.append(Candidate(start, year.end(), "PROGRAMME", "programme.named", confidence=0.7))  # "Programme Portugal 2020": a place and a year name it
                continue
            adj = _CAP_ADJECTIVE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            start = adj.start() if adj and _agrees_with_program(adj.group(1), m.group()) else m.start()  # "Krajowy Program Kosmiczny"
            if start in items and (rest := _LOWERCASE_REST_RE.match(text, end)) is not None and (end + len(rest.group())) not in breaks:
                end += len(rest.group(1))  # "• Program Platformy startowe dla nowych pomysłów (PARP)": the item is the name, in sentence case
            if start == m.start() and m.group().startswith("Program ") and (start in items or _SENTENCE_START_RE.search(text[max(0, start - 3) : start])) and _apposed_name(text[m.start("name") : end]):
                start = m.start("name")  # "• Program Platformy startowe …": the programme's own name, apposed to a sentence's "Program"
            elif start == m.start() and (op := _OPERATIONAL_BEFORE_RE.search(text, max(0, start - 40), start)) is not None:
                start = op.start()  # "Operational Programme Technologies and Applications for Competitiveness"
            out.append(Candidate(start, end, "PROGRAMME", "programme.named", confidence=0.7))
    for m in PO_RE.finditer(text):
        end = _trim_connectors(text, m.start(), _cut_before(text, m.start(), _cut_at_break(m.start(), m.end(), text), programmes, PROGRAMME_START_RE))
        if end > m.start("name"):
            out.append(Candidate(m.start(), end, "PROGRAMME", "programme.po"))
    return out


_PROJECT_APPOSITION_RE = re.compile(r" [–-] (?:[Pp]rojekt|[Pp]roject)\b")


def _not_polish(word: str) -> bool:
    """Each part of `word` is unknown to SGJP or more common in English than in Polish
    ("Border"; "Green", which SGJP knows as a golf term; "E-Health")."""
    from wordfreq import zipf_frequency

    parts = re.findall(r"[^\W\d_]{2,}", word)
    return bool(parts) and all(all(a[1] == "ign" for a in _analyses(p)) or zipf_frequency(p.lower(), "en") > zipf_frequency(p.lower(), "pl") for p in parts)


#: A list item that opens with a quoted name: "„Zdrowie bez granic” – szkolenia".
_QUOTED_ITEM_RE = re.compile(r"[„\"“](?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][^„”\"“\n]{1,60})[”\"]")


def _listed_projects(text: str) -> list[Candidate]:
    """The name a list item opens with under a "Projekty"/"Projects" heading ("•
    StarDust – 18 partners", "• BSR Stars – funded by …"), or a list item or line opens
    with before a dash and "projekt"/"project": a name with a word SGJP does not know,
    in capitals or coined, ended by a dash, colon, comma or parenthesis. 0.6."""
    out = []
    items = _item_starts(text)
    lines = [0, *(m.end() for m in re.finditer(r"\n", text))]  # a line that opens with a name a dash calls a project
    for start in sorted({*items, *lines}):
        if start in items and (q := _QUOTED_ITEM_RE.match(text, start)) is not None and _PROJECTS_HEADING_RE.match(_section_heading(text, start)):
            out.append(Candidate(q.start("name"), q.end("name"), "PROJECT", "project.listed", confidence=0.6))  # "• „Zdrowie bez granic” – szkolenia"
            continue
        n = LISTED_NAME_RE.match(text, start)
        # under a projects heading, or named a project right after it: "• Baltic Sea Food – projekt z …",
        # "HealthInnoRegions – Project partners" (a title line)
        if not (start in items and _PROJECTS_HEADING_RE.match(_section_heading(text, start))) and not (n and _PROJECT_APPOSITION_RE.match(text, n.end())):
            continue
        if not n or not re.match(r"[ \t]*(?:[–:(,-]|\n|$)", text[n.end() : n.end() + 3]):  # the name ends the item, or a dash, colon … follows
            continue
        if n.group().split(" ")[0] in ("Projekt", "Project"):
            continue
        # "BSR Electric and GoSmart BSR": two projects when each part is a name alone
        cuts = [n.start(), *(x for m in re.finditer(r" (?:and|i|oraz) ", n.group()) for x in (n.start() + m.start(), n.start() + m.end())), n.end()]
        parts = list(zip(cuts[::2], cuts[1::2], strict=True))
        headed = start in items and _PROJECTS_HEADING_RE.match(_section_heading(text, start))
        if len(parts) < 2 or not all(_project_name(text[a:b], headed) for a, b in parts):
            parts = [(n.start(), n.end())] if _project_name(n.group(), headed) else []
        out += [Candidate(a, b, "PROJECT", "project.listed", confidence=0.6) for a, b in parts]
    return out


def _project_name(name: str, headed: bool = False) -> bool:
    """A listed project's name: a word SGJP does not know, in capitals or coined
    ("AutoNet"), or all of several words foreign ("Baltic Sea Food", "Green Border", "E-Health Bridge");
    under a projects heading (`headed`) also three or more words each capitalised, the first
    a nominative ("Dolnośląsko-Czeska Platforma Innowacji": Polish capitalises a name's words, not a sentence's)."""
    words = name.split(" ")
    if headed and len(words) >= 3 and all(w[:1].isupper() for w in words) and _apposed_name(name):
        return True
    return _name_shaped(name)


def _odd_word(word: str) -> bool:
    """A word no common vocabulary holds: unknown to SGJP and rare in English, in capitals, or coined ("AutoNet")."""
    return _unknown_word(word) or (word.isupper() and len(word) >= 2) or re.search(r"[a-z][A-Z]", word) is not None


def _name_shaped(name: str) -> bool:
    """Does `name` look like a name, not a phrase: a word of it odd (`_odd_word`), or all of
    several words foreign ("Baltic Sea Food", "Green Border")?"""
    words = name.split(" ")
    return (len(words) >= 2 and all(_not_polish(w) for w in words)) or any(_odd_word(w) for w in words)


#: Title-case words after "projekt"/"project": "projekt BSR Stars", "Projekt Zielona
#: Energia Lubelszczyzny", "project ClusterCOOP" (checked by `_titled_project`).
TITLED_PROJECT_RE = re.compile(rf"(?<![\w-])(?:[Pp]rojekt(?:u|em|owi|y|ów|ach|ami|om)?|[Pp]rojekcie|[Pp]rojects?|PROJEKT|PROJECT)(?P<kind>(?: [{LOW}]+){{0,2}},?)? (?P<name>(?:[a-z]{{1,2}}-)?[{CAP}][\w@+]*(?:-[\w@+]+)*(?: [{CAP}][\w@+]*(?:-[{CAP}][\w@+]*)*){{0,3}}(?: \d(?:\.\d)?(?![\w.])| 20[2-5]\d(?![\w.-]))?)(?![\w@+-])")  # "BaltSe@nioR 2.0": a version ends it; "RailHub 2030": a target year
_COINED_RE = re.compile(r"[A-Z]\w*[A-Z@+]|\w+[@+]\w+")  # "ClusterCOOP", "ClusterFY", "BALTSE@NIOR"
_NOT_PROJECT_HEAD_RE = re.compile(rf"(?:{ORG_HEADS}|Projekt\w*|Project|Klast\w*|Cluster\w*|Program\w*|Fundusz\w*|Interreg|INTERREG|Horyzont\w*|Horizon|Unii|Unia|Initiative|Fund|Facility|Mechanism|Partnership)$")  # "the Vanguard Initiative pilot"


def _nominative(word: str) -> bool:
    """Can SGJP read `word` as a nominative ("Podhale"; not "Banku")?"""
    return any(":nom" in t for _l, t, _n in _analyses(word))


def _is_plain_adjective(word: str) -> bool:
    """An adjective (not a participle): "demonstracyjny", "pilotażowy"."""
    return any(t.startswith("adj:") for _l, t, _n in _analyses(word))


def _titled_project(name: str, polish_cue: bool = False) -> bool:
    """Is `name` (after "projekt"/"project") the project's own name? One word must be
    coined (capitals inside, "@"/"+"); several must open with a word in the nominative
    singular or one SGJP does not know (the name stands as a label: "projektu Zielona
    Energia", not "projektu Unii Europejskiej"), and with no institution's or
    programme's head word. After a Polish "projekt" (`polish_cue`) one word neither SGJP
    nor English knows is a name too ("projekt Hynovera")."""
    words = name.split(" ")
    first = words[0]
    if _COINED_RE.match(first) or ("-" in first and any(p.isupper() and len(p) >= 2 for p in first.split("-"))):
        return True  # "ClusterCOOP"; "East-ICT-Bridge": a hyphenated name with a part in capitals
    if _NOT_PROJECT_HEAD_RE.match(first):
        return False
    if len(words) == 1:
        return polish_cue and _unknown_word(first) and len(first) >= 4  # "projekt Hynovera": a word no dictionary knows names it
    if first.isupper() or all(a[1] == "ign" for a in _analyses(first)):
        return True
    return any((f := _feats(t)) is not None and "sg" in f[0] and "nom" in f[1] for _l, t, _n in _analyses(first.lower()) if t.startswith(("subst:", "adj:")))


def _in_capitals_heading(text: str, pos: int) -> bool:
    """Is `pos` in a line of three or more words all in capitals ("AGRI-FOOD INNOVATION
    IN CENTRAL EUROPE")? Its hyphenated words are words, not a project's acronym."""
    breaks = _sorted_breaks(LINE_BREAKS.get())  # the tagger sees single line breaks as spaces
    k = bisect.bisect_right(breaks, pos)
    a = max(breaks[k - 1] + 1 if k else 0, text.rfind("\n", 0, pos) + 1)
    b = min(breaks[k] if k < len(breaks) else len(text), text.find("\n", pos) % (len(text) + 1))
    line = text[a:b]
    words = re.findall(r"[^\W\d_][\w-]*", line)
    return len(words) >= 3 and all(w.isupper() for w in words)


#: A certificate's, label's or standard's word before a name in capitals: "certyfikat OEKO-TEX", "the ISO-9001 standard" is no project.
_CERTIFICATE_BEFORE_RE = re.compile(rf"(?<![\w-])(?:[Cc]ertyfikat\w*|[Cc]ertificat\w*|[Ss]tandard\w*|[Nn]orm[aąyie]\w*|[Ee]tykiet\w*|[Ll]abel\w*|[Ee]colabel\w*|[Zz]nak\w*) (?:[{LOW}]+ )?$")


#: A programme's word right after an acronym: "the AGRI-CONNECT programme" names a programme, not a project.
_PROGRAMME_AFTER_RE = re.compile(r" (?:programme|program|programu|programie|programem)(?![\w-])")


#: A development corridor named as a project: "Sabah Development Corridor", "Southern Agricultural Growth Corridor of
#: Tanzania", "Sarawak Corridor of Renewable Energy" (not a transport corridor: "the Middle Corridor", "Baltic–Adriatic Corridor").
_CORRIDOR_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{CAPWORD} ){{1,3}}(?:Development|Economic|Growth|Industrial|Investment) Corridor(?: of (?:the )?{CAPWORD}(?: {CAPWORD}){{0,2}})?"
    rf"|{CAPWORD} Corridor of (?:the )?{CAPWORD}(?: (?:and )?{CAPWORD}){{0,3}})(?![\w-])"
)
#: An acronym in parentheses right after a name: the same entity under its short name ("… Renewable Energy (SCORE)").
_ACRONYM_IN_PARENS_RE = re.compile(r" \((?P<a>[A-Z][A-Z0-9&-]{2,})\)")


def _projects(text: str) -> list[Candidate]:
    out = []
    for m in _CORRIDOR_RE.finditer(text):
        words = m.group("name").split(" ")
        start = m.start("name")
        while len(words) > 2 and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS or words[0].endswith(("'s", "’s"))):
            start += len(words.pop(0)) + 1  # (and an owner's name: "Thailand's Eastern Economic Corridor")
        end = _cut_at_break(start, m.end("name"), text)
        if " Corridor" in text[start:end]:
            out.append(Candidate(start, end, "PROJECT", "project.corridor", confidence=0.6))
            if (a := _ACRONYM_IN_PARENS_RE.match(text, end)) is not None:
                out.append(Candidate(a.start("a"), a.end("a"), "PROJECT", "project.corridor", confidence=0.6))
    for m in PROJECT_RE.finditer(text):
        if _CALL_ID_RE.match(m.group()) or _in_capitals_heading(text, m.start()) or _CERTIFICATE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if _PROGRAMME_AFTER_RE.match(text, m.end()):
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.cued", confidence=0.6))  # "the AGRI-CONNECT programme"
        elif _PROGRAMME_WORD_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            word = re.match(rf" {CAPWORD}(?![\w-])", text[m.end() :])  # "the EU programme AL-INVEST Verde", "w programie INTERREG-MED": a word may follow
            end = m.end() + (len(word.group()) if word and m.end() not in LINE_BREAKS.get() else 0)
            out.append(Candidate(m.start(), end, "PROGRAMME", "programme.cued", confidence=0.6))
        else:
            out.append(Candidate(m.start(), m.end(), "PROJECT", "project.acronym"))
    out += _listed_projects(text)
    for m in NAMED_PROJECT_RE.finditer(text):
        s, e = m.start("name"), m.end("name")
        if _quoted(m.group("name")):
            s, e = s + 1, e - 1
        out.append(Candidate(s, e, "PROJECT", "project.named", confidence=0.7))
    # (after the named ones: an acronym both find keeps its "project.named" source and confidence)
    breaks = LINE_BREAKS.get()
    for m in _rescanning(TITLED_PROJECT_RE, text):
        if m.start("name") - 1 in breaks:
            continue  # "Przykładowy projekt\nProjekt SAT4AGRI": a heading's last word; the next line is looked at on its own
        if m.group("kind") and not all(_is_plain_adjective(w) for w in m.group("kind").strip(" ,").split(" ")):
            continue  # "projekt demonstracyjny, H2 Silesia": only adjectives may stand between
        if _titled_project(m.group("name"), polish_cue=m.group().startswith(("projekt", "Projekt", "PROJEKT"))):
            end = m.end("name")
            words = m.group("name").split(" ")
            if _COINED_RE.match(words[0]) and (k := next((k for k, w in enumerate(words[1:], 1) if w[:1].isalpha() and not w.isupper() and not _not_polish(w) and not _nominative(w)), None)) is not None:
                end = m.start("name") + len(" ".join(words[:k]))  # "projekt PaCT Banku Światowego": a coined name ends where Polish words in another case go on (not "GeoHeat Podhale")
            out.append(Candidate(m.start("name"), end, "PROJECT", "project.titled", confidence=0.7))
    out += [Candidate(m.start("name"), m.end("name"), "PROJECT", "project.english", confidence=0.7) for m in ENGLISH_PROJECT_RE.finditer(text) if _english_project_name(m.group("name"))]
    # "One of its flagship projects, BLUEMAC, tests …": a name set off by commas after "projects"
    out += [Candidate(m.start("name"), m.end("name"), "PROJECT", "project.apposed", confidence=0.6) for m in _PROJECT_APPOSED_RE.finditer(text) if _english_project_name(m.group("name"))]
    out += [Candidate(m.start("name"), m.end("name"), "PROJECT", "project.named", confidence=0.6) for m in _PROJECT_IS_RE.finditer(text) if _COINED_RE.match(m.group("name"))]
    # "ClusterNet CE, led by the …", "the cluster led EU-GAMES4i": a coined name a body leads or coordinates
    for rx in (_LED_PROJECT_AFTER_RE, _LED_PROJECT_BEFORE_RE):
        out += [Candidate(m.start("name"), m.end("name"), "PROJECT", "project.led", confidence=0.6) for m in rx.finditer(text) if _COINED_RE.match(m.group("name")) and not re.fullmatch(r"[A-Z]{2,4}", m.group("name"))]  # not "led EU efforts"
    _suffixed(text, out, "PROJECT")
    return out + _coordinated_projects(text, out)


#: A coined name (a programme area's code after it) that a body leads: "ClusterNet CE, led by", "… led EU-GAMES4i".
_LED_NAME = r"(?P<name>[A-Z][\w@+-]*[A-Z0-9][\w@+-]*(?: [A-Z]{2}(?![\w-]))?)"
_LED_PROJECT_AFTER_RE = re.compile(rf"(?<![\w-]){_LED_NAME}, (?:led|coordinated|run) by ")
_LED_PROJECT_BEFORE_RE = re.compile(rf"(?<![\w-])(?:led|leads|coordinated|coordinates) {_LED_NAME}(?![\w@+-])")
#: A coined name after "the project is"/"projekt to": "The most visible project is MosaHYc, a pipeline".
_PROJECT_IS_RE = re.compile(r"(?<![\w-])(?:[Pp]roject (?:is|was)|[Pp]rojekt(?:em)? (?:jest|był|to)) (?P<name>[A-Z][\w@+-]*)(?![\w@+-])")
_PROJECT_APPOSED_RE = re.compile(r"(?<![\w-])(?:[Pp]rojects?|[Pp]rojekt(?:ów|y|u)?), (?P<name>[A-Z][\w@+-]*[A-Z0-9][\w@+-]*),")


#: A project named before what it builds and "project": "Shell's Quest carbon capture project", "the Porthos CO2
#: storage project" (`_described_projects`).
_DESCRIBED_PROJECT_RE = re.compile(rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|{CAPWORD}(?:'s|’s)) (?P<name>[A-Z][\w@+-]*(?: [A-Z][\w@+-]*){{0,2}}) (?P<desc>(?:(?:[a-z]+(?:-[a-z]+)?|CO2|H2) ){{1,3}})(?:project|mine)(?![\w-])")
#: ... and a mine named right before "mine", perhaps with a Portuguese or Spanish linking word: "its
#: Grota do Cirilo mine", "the Escondida mine", "the Sonora Lithium deposit", "the Khor Mor gas field".
_NAMED_MINE_RE = re.compile(rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|{CAPWORD}(?:'s|’s)) (?P<name>[A-Z][\w-]*(?: (?:do|da|de|del|dos|das|la|el) [A-Z][\w-]*| [A-Z][\w-]*){{0,3}}) (?:mine|deposit|(?:gas|oil) field|(?:offshore )?(?:wind|solar) (?:farm|park))(?![\w-])")
#: A name, then what it is after a comma: "the Green Hydrogen Lab Leuna, a 30 MW electrolyser project".
_NAME_A_PROJECT_RE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w@+-]*(?: [A-Z][\w@+-]*){0,4}), an? (?:[\w-]+ ){0,4}project(?![\w-])")
#: ... and after a Polish "projekt" and what it builds, in the genitive: "projekt wychwytu CO2 Bayou Bend".
_DESCRIBED_PROJEKT_RE = re.compile(rf"(?<![\w-])[Pp]rojekt(?:u|em|owi|y|ów|ach|ami|om)? (?P<desc>(?:(?:[{LOW}]+|CO2|H2) ){{1,3}})(?P<name>[{CAP}][\w@+]*(?:-[\w@+]+)*(?: [{CAP}][\w@+]*){{0,3}})(?![\w@+-])")
#: A mine or a deposit named by words no dictionary knows: "kopalnia miedzi i złota Oyu Tolgoi", "złoże Tavan Tolgoi".
_MINE_RE = re.compile(rf"(?<![\w-])(?:[Kk]opalni(?:a|ę|ą)?|[Zz]łoż(?:e|a|u|em)) (?P<desc>(?:[{LOW}]+ (?:i [{LOW}]+ )?){{0,2}})(?P<name>[{CAP}][\w-]+(?: [{CAP}][\w-]+){{0,2}})(?![\w-])")
#: A line, pipe or crossing named in title case after "the", often by the places it joins: "the Addis Ababa–Djibouti Railway".
_INFRASTRUCTURE_RE = re.compile(rf"(?<![\w-])[Tt]he (?P<name>(?:{CAPWORD}[ –]){{1,5}}(?:Railway|Line|Pipeline|Bridge|Tunnel|Interconnector|Interconnection|Link|Expressway|Canal|Aqueduct|Water Transfer))(?![\w-])(?! [{CAP}])")  # (not "… Railway Express", "… Railway Port": a longer name's part)
#: ... and after a Polish tunnel's, pipeline's, railway's, power plant's or dam's word, a name in foreign words: "tunel
#: kolejowy Brenner Basistunnel", "kolej dużych prędkości Green Line", "zapora Kambarata-1".
_INFRASTRUCTURE_PL_RE = re.compile(rf"(?<![\w-])(?:[Tt]unel\w*|[Kk]ab(?:el|la|lem|lu|lowi)|(?:[Ee]|[Hh]ydroe)lektrowni\w*|[Zz]apor(?:a|y|ze|ę|ą)|[Tt]am(?:a|y|ie|ę|ą)|[Gg]azociąg\w*|[Rr]urociąg\w*|[Kk]olej\w*|[Ll]ini\w* kolejow\w+|[Rr]eaktor\w*|[Ff]arm\w* (?:wiatrow|fotowoltaiczn|słoneczn)(?:a|ej|ą))(?: (?!(?:w|we|z|ze|na|do|przy|koło|pod|nad|obok|i|oraz)\b)[{LOW}]+){{0,2}} (?P<name>{CAPWORD}(?:[ –]{CAPWORD}){{0,3}}(?: \d{{1,2}}(?![\d,.]))?)(?![\w-])")
#: A second name joined to the first after a plant's or a line's word: " i Kosovo B".
_AND_INFRASTRUCTURE_RE = re.compile(rf" (?:i|oraz) (?P<name>{CAPWORD}(?:[ –]{CAPWORD}){{0,3}}(?: \d{{1,2}}(?![\d,.]))?)(?![\w-])")
#: Words that are no description of what a project builds ("The Quest is a project").
_NOT_DESCRIPTION_WORDS = frozenset({"is", "was", "are", "were", "be", "a", "an", "the", "of", "and", "or", "to", "in", "for", "on", "at", "by", "with", "as", "its", "their", "this", "that", "which", "has", "have", "had", "will", "new"})
_FORMULAE = frozenset({"CO2", "H2"})


def _described_projects(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A name, then what the project builds, then "project" or "mine" ("Shell's Quest carbon capture
    project"), or "projekt", what it builds in the genitive, then a name of two words or a
    coined one ("projekt wychwytu CO2 Bayou Bend"): a project, unless a listed name (a
    place's, a programme's) or a nationality opens it; a mine or deposit named by words no
    dictionary knows too ("złoże Tavan Tolgoi"). 0.6."""
    out = []
    for m in _DESCRIBED_PROJECT_RE.finditer(text):
        words, desc = m.group("name").split(" "), m.group("desc").split()
        while len(words) > 1 and words[-1] in _FORMULAE:
            desc.insert(0, words.pop())  # "the Porthos CO2 storage project": the formula describes
        if any(_NOT_PROJECT_HEAD_RE.match(w) for w in words) or _english_adjective_of_place(words[0]) or words[0] in _SENTENCE_OPENERS:
            continue
        if any(w in _NOT_DESCRIPTION_WORDS or not (w in _FORMULAE or all(_english_word(p) for p in w.split("-"))) for w in desc):
            continue
        if not any(c.start <= m.start("name") < c.end and c.end >= m.start("name") + len(" ".join(words)) for c in gaz):  # (a place may open a longer name)
            out.append(Candidate(m.start("name"), m.start("name") + len(" ".join(words)), "PROJECT", "project.described", confidence=0.6))
    for m in _NAMED_MINE_RE.finditer(text):  # "its Grota do Cirilo mine": a name, then "mine"
        words = m.group("name").split(" ")
        nationality = words[0] in _english_language_names() or (len(words) > 1 and words[0].endswith(("an", "ese", "ish")))  # "the Chilean Codelco mine": a firm's
        if not any(_NOT_PROJECT_HEAD_RE.match(w) for w in words) and not _english_adjective_of_place(words[0]) and not nationality and words[0] not in _SENTENCE_OPENERS and not any(c.start <= m.start("name") < c.end and (c.end >= m.end("name") or c.label not in _GEO) for c in gaz):
            # (a place may open the name when another word goes on: "the Sonora Lithium deposit"; not "the Kiruna mine")
            out.append(Candidate(m.start("name"), m.end("name"), "PROJECT", "project.described", confidence=0.6))
    for m in _NAME_A_PROJECT_RE.finditer(text):  # "the Green Hydrogen Lab Leuna, a 30 MW electrolyser project"
        words = m.group("name").split(" ")
        while words and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS):
            words.pop(0)
        start = m.end("name") - len(" ".join(words))
        if words and not any(_NOT_PROJECT_HEAD_RE.match(w) for w in words) and not any(c.start <= start < c.end and c.end >= m.end("name") for c in gaz) and (len(words) >= 2 or _COINED_RE.match(words[0])):
            out.append(Candidate(start, m.end("name"), "PROJECT", "project.described", confidence=0.6))
    for m in _INFRASTRUCTURE_RE.finditer(text):  # "the Addis Ababa–Djibouti Railway" (a listed body's name is no project)
        if not any(c.start <= m.start("name") < c.end and c.end >= m.end("name") for c in gaz):
            out.append(Candidate(m.start("name"), m.end("name"), "PROJECT", "project.described", confidence=0.6))
    for m in _INFRASTRUCTURE_PL_RE.finditer(text):  # "tunel kolejowy Brenner Basistunnel", "elektrowni jądrowej Sizewell C": foreign words name it (not "linia kolejowa Warszawa")
        spans = [m.span("name")]
        if (more := _AND_INFRASTRUCTURE_RE.match(text, m.end("name"))) is not None:
            spans.append(more.span("name"))  # "elektrownie węglowe Kosovo A i Kosovo B": the plural names two
        for start, end in spans:
            words = text[start:end].split(" ")
            # (a place may open it when foreign words or a number go on: "reaktor Flamanville 3", "farma wiatrowa Fécamp Offshore")
            opened = any(c.start == start and c.end < end and c.label in _GEO for c in gaz) and len(words) > 1
            inside = [c for c in gaz if c.start < end and c.end > start]
            if all(_not_polish(w) or w.isdigit() or (len(w) == 1 and w.isupper()) for w in words) and (not inside or (opened and len(inside) == 1)) and _cut_at_break(start, end, text) == end:
                out.append(Candidate(start, end, "PROJECT", "project.described", confidence=0.6))
    for m in _MINE_RE.finditer(text):  # "kopalnia miedzi i złota Oyu Tolgoi": a mine's own name (not "kopalnia Wieliczka", a town SGJP knows)
        if all(_unknown_word(w) for w in m.group("name").split(" ")) and not any(c.start <= m.start("name") < c.end for c in gaz) and _cut_at_break(m.start("name"), m.end("name"), text) == m.end("name"):
            out.append(Candidate(m.start("name"), m.end("name"), "PROJECT", "project.described", confidence=0.6))
    for m in _DESCRIBED_PROJEKT_RE.finditer(text):
        name, desc = m.group("name"), m.group("desc").split()
        if any(b in LINE_BREAKS.get() for b in range(m.start(), m.end("name"))):
            continue
        if not all(w in _FORMULAE or any(t.startswith(("subst:sg:gen", "subst:pl:gen", "ger:sg:gen", "adj:")) for _l, t, _n in _analyses(w)) for w in desc):
            continue  # "projekt wychwytu CO2": what it builds, in the genitive
        placed = any(c.start <= m.start("name") < c.end and c.end >= m.end("name") for c in gaz)  # "Zagreb Deep Sea": a place may open a longer name
        # (or English words, though "wind" is a Polish genitive: "Wind West")
        if (" " in name or _COINED_RE.match(name)) and (_titled_project(name) or _english_name(name)) and not placed:
            out.append(Candidate(m.start("name"), m.end("name"), "PROJECT", "project.described", confidence=0.6))
        elif " " not in name and not placed and not _NOT_PROJECT_HEAD_RE.match(name) and not any(re.search(r":(?:[a-z]+\.)*(?:gen|dat|inst|loc)\b", t) or t.startswith("adj") for _l, t, _n in _analyses(name)):
            # one word that is no Polish complement in an oblique case ("projekt zielonego wodoru Pampas", not "… Portu")
            out.append(Candidate(m.start("name"), m.end("name"), "PROJECT", "project.described", confidence=0.6))
    return out


def _english_project_name(name: str) -> bool:
    """Is `name`, before a lowercase "project", the project's own name? An acronym or
    coined word ("SEAGREEN", "ClusterCOOP", "EU-GUARDIAN"), or two or more capitalised
    words none of them a programme's or institution's head ("Smart Blue Regions"; not
    "the Interreg project", "the Horizon Europe project", which `resolve` leaves to the
    programme's list entry on an equal span anyway)."""
    words = name.split(" ")
    if any(_NOT_PROJECT_HEAD_RE.match(w) for w in words):
        return False
    if len(words) == 1:
        w = words[0]
        return (w.isupper() and len(w) >= 3 and _acronym_not_word(w)) or bool(_COINED_RE.match(w)) or ("-" in w and any(p.isupper() and len(p) >= 2 for p in w.split("-"))) or bool(re.fullmatch(r"[A-Z]\w*\d\w*", w))  # "the H2biscus project"
    return True


def _closes_clause(text: str, end: int) -> bool:
    """Does a name ending at `end` close its clause (punctuation, a line's or the text's end)?"""
    return end == len(text) or end in LINE_BREAKS.get() or text[end] in ",.;:)"


def _coordinated_clusters(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A one-word name no source knows, coordinated after a listed cluster and ending the
    clause ("parki badawcze Biopolis i Fusionopolis."): a cluster too. 0.6."""
    out = []
    for c in gaz:
        if c.label == "CLUSTER" and (m := _AND_NAME_AFTER_RE.match(text, c.end)) is not None and " " not in m.group("name"):
            end = m.end("name")
            if _closes_clause(text, end) and _unknown_word(m.group("name")) and not any(g.start <= m.start("name") < g.end for g in gaz):
                out.append(Candidate(m.start("name"), end, "CLUSTER", "cluster.coordinated", confidence=0.6))
    return out


def _coordinated_projects(text: str, projects: list[Candidate]) -> list[Candidate]:
    """An acronym coordinated with a project found by name ("m.in. ACTUS i EU-GUARDIAN",
    "SEAGREEN and BLUE-BRIDGE"): a project too, when no source knows it as a word; after a
    plural cue, a name of foreign words too ("projekty BalticClusters i Blue Bio Hubs"). 0.6."""
    taken = [(c.start, c.end) for c in projects]
    found = _acronyms_beside(text, [(c.start, c.end, 0) for c in projects])
    out = [Candidate(m.start("a"), m.end("a"), "PROJECT", "project.coordinated", confidence=0.6) for m, _v in found if _unknown_word(m.group("a")) and not any(s <= m.start("a") < e for s, e in taken)]
    for c in projects:  # "projekty BalticClusters i Blue Bio Hubs": after a plural cue, the name coordinated with the first
        if _PLURAL_PROJECTS_BEFORE_RE.search(text, max(0, c.start - 12), c.start) and (m := _AND_NAME_AFTER_RE.match(text, c.end)) is not None:
            end = _cut_at_break(m.start("name"), m.end("name"), text)
            if _closes_clause(text, end) and all(_not_polish(w) for w in text[m.start("name") : end].split(" ")) and not any(s <= m.start("name") < e for s, e in taken):
                out.append(Candidate(m.start("name"), end, "PROJECT", "project.coordinated", confidence=0.6))
    return out


#: A plural cue before a project's name ("projekty X i Y", "projects X and Y").
_PLURAL_PROJECTS_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Pp]rojekty|[Pp]rojektów|[Pp]rojects) $")
#: A name of capitalised words coordinated after another, up to the clause's end.
_AND_NAME_AFTER_RE = re.compile(rf" (?:i|oraz|and|&) (?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}})")


@cache
def _first_name(word: str) -> bool:
    return any("imię" in names for _l, _t, names in _analyses(word))


@cache
def _surname_like(word: str) -> bool:
    a = _analyses(word)
    return any("nazwisko" in names for _l, _t, names in a) or all(t == "ign" for _l, t, _n in a)


@cache
def _only_a_name(word: str) -> bool:
    """A word SGJP knows only as a person's first name or surname ("Michael"; not "Róża", a flower too)."""
    a = _analyses(word)
    return bool(a) and all(set(names) & {"imię", "nazwisko"} for _l, _t, names in a)


@cache
def _common_noun_only(word: str) -> bool:
    """A capitalised word SGJP knows only as a common noun: after a first name, a surname
    that is also a word ("Michael Porter", "Anna Kowal")."""
    a = _analyses(word)
    return bool(a) and all(t.startswith("subst:") and set(names) <= {"nazwa_pospolita"} for _l, t, names in a)


#: English heads of a place's name after a first name ("George Town", "Jersey City"), no surnames.
_ENGLISH_PLACE_HEADS = frozenset({"Town", "City", "Island", "Bay", "Harbour", "Harbor", "Beach", "Falls", "Springs", "Creek", "Port"})
#: A foreign name declined after an apostrophe, as Polish writes it ("Pierre'a Laffitte'a",
#: "z Bruce'em Willisem"): the first name's own ending optional, the surname's one or its Polish case.
APOSTROPHE_NAME_RE = re.compile(rf"(?<![\w-])(?P<first>[{CAP}][{LOW}]+)(?:['’](?:a|owi|em|ie|m|u))? (?P<last>[{CAP}][{LOW}]+)(?P<end>['’](?:a|owi|em|ie|m|u)|[{LOW}]*)(?![\w'’-])")
_APOSTROPHE_ENDING_RE = re.compile(r"['’](?:a|owi|em|ie|m|u)(?![\w])")


#: A first name and surname after an office held ("mayor Tracy Brabin", "prezydenta Szawkata Mirzijojewa").
_OFFICE_NAME_RE = re.compile(
    rf"(?<![\w-])(?:[Mm]ayor|[Gg]overnor|[Ss]enator|[Mm]inister|[Pp]resident|CEO|[Cc]hair(?:man|woman)?|[Pp]rofessor|[Dd]irector"
    rf"|[Pp]rezydent(?:a|em|owi)?|[Pp]remier(?:a|em|owi)?|[Bb]urmistrz(?:a|em|owi)?|[Mm]arsza(?:łek|łka|łkiem|łkowi)|[Ww]ojewod(?:a|y|ą|zie)"
    rf"|[Pp]rezes(?:a|em|owi)?|[Dd]yrektor(?:a|em|owi|ka|ki)?|[Ss]enator(?:a|em|owi)?|[Mm]inist(?:er|ra|rem|rowi)"
    rf"|[Aa]mbasador(?:a|em|owi)?|[Aa]mbassador|[Kk]onsul(?:a|em|owi)?|[Cc]onsul)"
    rf" (?P<name>[{CAP}][{LOW}]+ [{CAP}][{LOW}]+(?:-[{CAP}][{LOW}]+)?)(?![\w-])(?! [{CAP}])"
)


def _office_holder_normal(office: str, first: str, last: str) -> dict[str, str]:
    """A foreign name no dictionary declines, after a masculine office in the genitive, dative or
    instrumental, takes off the same ending ("prezydenta Szawkata Mirzijojewa" -> Szawkat
    Mirzijojew; "z prezydentem Szawkatem Mirzijojewem"); otherwise nothing is said here."""
    ending = next((e for e in ("owi", "em", "a") if office.endswith(e) and office[:1].islower() and len(office) > len(e) + 4), None)
    words = (first, last)
    if ending is None or not all(w.endswith(ending) and len(w) > len(ending) + 2 and all(a[1] == "ign" for a in _analyses(w)) for w in words):
        return {}
    return {"normal": " ".join(w[: -len(ending)] for w in words)}


def _persons(text: str) -> list[Candidate]:
    out = []
    for m in _OFFICE_NAME_RE.finditer(text):  # "led by mayor Tracy Brabin": an office, then a name SGJP has or does not know
        first, last = m.group("name").split(" ")
        if (_first_name(first) or _surname_like(first)) and _surname_like(last) and not _common_noun_only(last) and not _common_polish(first):
            out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "person.title", confidence=0.6, attributes=_office_holder_normal(m.group().split(" ")[0], first, last)))
    for m in APOSTROPHE_NAME_RE.finditer(text):  # "senatora Pierre'a Laffitte'a": a foreign first name, declined
        if _APOSTROPHE_ENDING_RE.search(m.group()) and _first_name(m.group("first")) and _surname_like(m.group("last")):
            out.append(Candidate(m.start(), m.end(), "PERSON", "person.name", confidence=0.6))
    for m in TITLE_RE.finditer(text):
        out.append(Candidate(m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text), "PERSON", "person.title"))
    pos = 0
    while (m := NAME_PAIR_RE.search(text, pos)) is not None:
        pos = m.end()
        first = m.group("first")
        if first in HONORIFICS and _surname_like(m.group("last")) and not _is_adjective(m.group("last")):
            out.append(Candidate(m.start("last"), m.end("last"), "PERSON", "person.title", confidence=0.6))  # "Pan Klimaszewski"
            continue
        if any(t.startswith(("conj", "comp")) for _l, t, _n in _analyses(first.lower())):
            pos = m.start("last")  # "Ale Krzysztof Zanussi": a sentence opening with a conjunction; the name follows
            continue
        last = m.group("last")
        adjective_like = _is_adjective(last)
        if adjective_like and re.search(r"(?:^|\s)[Ww]e? $", text[max(0, m.start() - 4) : m.start()]):
            continue  # "w Kazimierzu Dolnym": a place after "w", not a person
        if first in _english_language_names():
            continue  # "the German Länder", "Danish Design": a nationality, not "German" the first name
        if re.match(rf" {CAPWORD} {CAPWORD}", text[m.end() : m.end() + 60]):
            continue  # "the Alberta Carbon Trunk Line": two words of a name go on, a longer name's first two
        if last in _ENGLISH_PLACE_HEADS:
            continue  # "George Town", "Jersey City": a place's name
        if first in _FOREIGN_ARTICLES:
            continue  # "El Hierro", "La Palma", "Los Angeles": an article opens a place's name ("El" is also a genitive of Ela)
        if _first_name(first) and (_surname_like(last) or (_only_a_name(first) and _common_noun_only(last))) and (not adjective_like or _agreeing_surname(first, last)) and not _function_or_verb(first):
            out.append(Candidate(m.start(), _cut_at_break(m.start(), m.end(), text), "PERSON", "person.name", confidence=0.6))
    return out


def _agreeing_surname(first: str, last: str) -> bool:
    """An adjective-like surname ("Kowalskiego", "Zielińskiej") after a first name read
    in the same case and gender ("Jana Kowalskiego", "Anny Zielińskiej")."""
    def readings(word: str, label: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        out = []
        for _l, t, names in _analyses(word):
            parts = t.split(":")
            if label in names and parts[0] == "subst" and len(parts) >= 4:
                out.append((frozenset(parts[2].split(".")), frozenset(parts[3].split("."))))
        return out

    return any(c1 & c2 and g1 & g2 for c1, g1 in readings(first, "imię") for c2, g2 in readings(last, "nazwisko"))


#: Polite titles before a surname: the person is the surname.
HONORIFICS = frozenset({"Pan", "Pani", "Panu", "Panem", "Panie", "Pana", "Panią", "Mister", "Mr", "Mrs", "Ms"})


# --- dates and quantities -------------------------------------------------

MONTHS = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


@cache
def _month_forms() -> dict[str, int]:
    from .inflect import _paradigm

    forms: dict[str, int] = {}
    for n, m in enumerate(MONTHS, start=1):
        for orth, tag in _paradigm(m):
            if tag.startswith("subst:sg"):
                forms[orth] = n
                forms[orth.capitalize()] = n
    for n, m in enumerate(MONTHS_EN, start=1):
        forms[m] = n
    return forms


YEAR = r"(?:19|20)\d{2}"
YEAR_RE = re.compile(rf"(?<![\w.])(?P<y1>{YEAR})(?:\s*[-–/]\s*(?P<y2>{YEAR}))?(?:\s+(?:roku|rok|r\.|ROKU|R\.))?(?![\w])")
NUMERIC_DATE_RE = re.compile(rf"(?<![\w.])(?:(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{YEAR})|(?P<y2>{YEAR})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))(?:\s+(?:roku|r\.))?(?![\w])")
#: A year before 1900 is a date only with "roku"/"r." after it ("w 1846 r."; a bare "1846" may be a count).
_OLD_YEAR_RE = re.compile(r"(?<![\w.])1[5-8]\d{2}\s+(?:roku|r\.)(?![\w])")
#: A century: "the 19th century", "the early 20th century" (its ordinal), "XIX wieku", "XX w." (its Roman number).
_CENTURY_RE = re.compile(r"(?<![\w-])(?:(?:early |late |mid-)?(?:1\d|2[01]|[1-9])(?:st|nd|rd|th) century|(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}|X) (?:wieku|wiek|w\.))(?![\w-])")
#: A decade: "the 1990s", "the '90s", "od lat 90.", "w latach 90-tych" (Polish names it with "lata"), and its century: "w latach 90. XX wieku".
DECADE_RE = re.compile(r"(?<![\w'’])(?:(?P<en>(?:19|20)?\d0s|['’]\d0s)|lat(?:a|ach|ami|om)? (?P<pl>(?:19|20)?\d0(?:\.|-(?:te|tych|tymi|tym)\b)(?: X{1,2}I{0,2}X? (?:wieku|w\.))?))(?![\w-])")
#: A quarter of a year: "IV kwartał 2010 r.", "w IV kwartale 2010 r." (ł becomes l before -e), "Q3 2024".
QUARTER_RE = re.compile(rf"(?<![\w])(?P<q>I{{1,3}}V?|IV|Q[1-4]|[1-4]\.?)\s*(?:kwarta[łl]\w*|kw\.|quarter)?\s*(?P<y>{YEAR})(?:\s+(?:roku|r\.))?(?![\w])")

_APPROX = r"(?:some\s+|ok\.*\s*|około\s+|(?:nieco|niewiele|grubo|sporo|tuż) ponad\s+|ponad\s+|(?:nieco|niewiele|tuż) poniżej\s+|poniżej\s+|(?:just|slightly|well) (?:over|under|below|above)\s+|przeszło\s+|prawie\s+|blisko\s+|niemal\s+|co najmniej\s+|niespełna\s+|niecał[eay]\s+|niecałych\s+|ca\.?\s*|~\s*|approx\.\s*|about\s+|around\s+|roughly\s+|approximately\s+|over\s+|nearly\s+|almost\s+|more than\s+|less than\s+|fewer than\s+|at least\s+|up to\s+)"
QUANTITY_RE = re.compile(
    rf"(?<![\w.])(?<![^\W\d_]-)(?P<approx>{_APPROX})?(?P<value>\d+(?:[ \u00a0]\d{{3}})*(?:[.,]\d+)?)\s*(?P<mult>tys\.|mln|mld|bln|thousand|million|billion|trillion|bn|tn|m\b)?\s*(?!(?:ok|około|ponad|prawie|blisko|niemal)\b)(?P<unit>%|proc\.|per ?cent(?![\w-])|€|\$|[^\W\d_]{{2,}}(?:-[^\W\d_]+)*\.?)",  # (not "2020 ok." before "ok. 4,4 mld")
    re.IGNORECASE,
)
#: The plural of "rok" (year): "lata", "lat" (not the summer's "lato", as morfeusz2 lemmatises them).
YEARS_PLURAL = ("lat", "lata")
#: Words after a number that are not units of a quantity (dates are tagged as dates).
NOT_UNITS = frozenset({"roku", "rok", "r", "r.", "latach", "priority", "i", "w", "z", "na", "do", "a", "oraz", "lub", "and", "or", "to", "in", "of", "the", "from", "for", "by", "with", "per", "at", "on", "is", "are", "was", "od", "po", "przez", "dla", "za", "przy", "o", "u", "pod", "nad", "ze", "we", "bez", "ku", "wg", "niż", "jak", "czy", "ale", "near", "about", "around", "under", "over", "into", "within", "across", "through", "after", "before", "since", "until", "between", "among"})
#: Words after which a number names a part (a measure, a priority, a work package), not a count.
IDENTIFIER_BEFORE = re.compile(r"(?:\b(?:[Dd]ziałani\w*|[Pp]oddziałani\w*|[Pp]riorytet\w*|[Oo]ś priorytetow\w+|[Oo]ś|[Oo]si|[Ee]tap\w*|[Ff]az\w*|[Zz]adani\w*|[Mm]oduł\w*|[Pp]kt\.?|[Nn]r\.?|[Aa]rt\.|[Aa]rtykuł\w*|[Mm]otyw\w*|[Uu]st\.|[Zz]ałącznik\w*|[Ss]tr\.|[Pp]ar\.|[Rr]ozdział\w*|[Mm]easure|[Pp]riority|[Aa]ction|[Tt]ask|[Pp]hase|[Ss]tage|[Ww]ork [Pp]ackage|WP|No\.|[Cc]luster|[Kk]laster|[Pp]illar|[Ff]ilar|[Cc]all|[Aa]nnex|[Tt]opic|[Oo]bjective|Cel)|§)\s*$")  # "Horizon Europe Cluster 5 calls": a numbered part
#: Currency codes and signs written before an amount: "EUR 53 million", "€5m".
_CURRENCY_CODES = r"EUR|PLN|USD|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|ISK|CZK|HUF|RON|BGN|UAH|TRY|JPY|CNY|RMB|KRW|INR|SGD|HKD|MYR|BRL|MXN|ARS|CLP|ZAR|€|\$|£"
#: Malaysia's ringgit, written "RM" before an amount in millions or billions ("RM 25 billion").
_RINGGIT = r"RM(?=\s?\d[\d.,]*\s*(?:million|billion|bn|mln|mld)(?![\w]))"
CURRENCY_FIRST_RE = re.compile(r"(?<![\w.])(?P<approx>(?:over|about|around|roughly|some|almost|nearly|more than|less than|up to|at least|approximately|just over|ok\.|około|ponad|przeszło|prawie|blisko|niemal|niespełna|niecałe|co najmniej|nieco ponad) )?(?P<cur>" + _CURRENCY_CODES + "|" + _RINGGIT + r")\s?(?P<value>\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?)(?:\s*(?P<mult>tys\.|mln|mld|bln|thousand|million|billion|trillion|bn|tn)(?![\w]))?")
_CURRENCY_BEFORE_RE = re.compile(rf"(?<![\w])(?:{_CURRENCY_CODES}|RM) ?$")
#: What an amount's multiplier word multiplies by (Polish "bln", bilion, is 10^12).
_MULTIPLIERS = {"tys.": 1_000, "thousand": 1_000, "mln": 10**6, "million": 10**6, "m": 10**6, "mld": 10**9, "billion": 10**9, "bn": 10**9, "bln": 10**12, "trillion": 10**12, "tn": 10**12}
CURRENCIES = {"zł": "PLN", "zł.": "PLN", "pln": "PLN", "złotych": "PLN", "euro": "EUR", "eur": "EUR", "€": "EUR", "usd": "USD", "$": "USD", "dolarów": "USD", "£": "GBP", "rm": "MYR", "rmb": "CNY", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "chf": "CHF", "jpy": "JPY", "cny": "CNY", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "czk": "CZK", "huf": "HUF", "ron": "RON", "brl": "BRL", "inr": "INR"}


#: A year glued to other digits by "/" is part of a reference number, not a date:
#: "dyrektywy 2000/31/WE", "rozporządzenia nr 1303/2013".
_REFERENCE_AROUND = re.compile(r"\d/$|^/\d")


#: Units of energy, power and mass written with capitals ("25 GWh", "400 MW").
_MEASURE_UNITS = frozenset({"MW", "GW", "kW", "TW", "MWh", "GWh", "kWh", "TWh", "MWp", "GWp", "kWp", "MWe", "GJ", "TJ", "PJ", "Mt", "kt", "TEU"})
#: A measure's unit after a number: "2000 km", "2030 MW", "2025 euro" are amounts, not years.
_MEASURE_AFTER_RE = re.compile(rf" (?:km|ha|m2|m²|t|zł|euro|EUR|PLN|USD|mln|tys\.|proc\.|%|{'|'.join(sorted(_MEASURE_UNITS))})(?![\w])")
_APPROX_BEFORE_RE = re.compile(rf"(?<![\w-]){_APPROX}$", re.IGNORECASE)


def _amount_around_year(text: str, start: int, end: int) -> bool:
    """A four-digit number before a measure's unit ("2000 km"), or after an approximation word
    and before a noun ("prawie 2000 firm", "over 2025 companies"; not "around 2020, the"),
    is an amount, not a year (the caller keeps "około 2020 roku", a year by its word)."""
    if _MEASURE_AFTER_RE.match(text, end):
        return True
    noun = _NEXT_WORD_RE.match(text, end)
    return bool(_APPROX_BEFORE_RE.search(text, max(0, start - 20), start) and noun and noun.group(1).islower() and (_common_noun(noun.group(1)) or (_ENGLISH_PLURAL_RE.fullmatch(noun.group(1)) is not None and _not_polish(noun.group(1)))))


def _dates(text: str) -> list[Candidate]:
    out = [
        Candidate(m.start(), m.end(), "DATE", "date")
        for m in YEAR_RE.finditer(text)
        if m.group("y2") or not (_REFERENCE_AROUND.search(text[max(0, m.start() - 2) : m.start()]) or _REFERENCE_AROUND.search(text[m.end() : m.end() + 2]) or (m.end() == m.end("y1") and _amount_around_year(text, m.start(), m.end())))
    ]
    out += [Candidate(m.start(), m.end(), "DATE", "date") for m in NUMERIC_DATE_RE.finditer(text)]
    out += [Candidate(m.start(), m.end(), "DATE", "date") for m in _OLD_YEAR_RE.finditer(text)]  # "w 1846 r.": an older year, by its word
    out += [Candidate(m.start(), m.end(), "DATE", "date") for m in _CENTURY_RE.finditer(text)]  # "the 19th century", "w XIX wieku"
    out += [Candidate(m.start(), m.end(), "DATE", "date") for m in DECADE_RE.finditer(text) if m.group("pl") or len(m.group("en")) == 5 or m.group("en")[0] in "'’"]  # not "in their 80s"
    for m in QUARTER_RE.finditer(text):
        if re.search(r"kwarta[łl]|kw\.|quarter|Q[1-4]", m.group(0)):
            out.append(Candidate(m.start(), m.end(), "DATE", "date"))
    months = _month_forms()
    for m in re.finditer(rf"(?<![\w])(?:(?P<d>[0-3]?\d)(?:\s*[-–]\s*[0-3]?\d)?\s+)?(?P<month>[{CAP}{LOW}][{CAP}{LOW}]+)\s+(?P<y>{YEAR})(?:\s+(?:roku|r\.|ROKU|R\.))?(?![\w])", text):
        month = months.get(m.group("month")) or months.get(m.group("month").lower())
        if month:
            out.append(Candidate(m.start(), m.end(), "DATE", "date", attributes={"month": month}))
    # a day and a month without a year: "1 marca", "15–16 maja" (the genitive after a day)
    for m in _DAY_MONTH_RE.finditer(text):
        month = months.get(m.group("month").lower())
        if month and m.group("month").lower().endswith(("a", "ca", "nia", "go")) and 1 <= int(m.group("d")) <= 31:
            day = int(m.group("d"))
            out.append(Candidate(m.start(), m.end(), "DATE", "date", attributes={"month": month, "day": day, "normal": f"--{month:02}-{day:02}"}))
    return out


_DAY_MONTH_RE = re.compile(rf"(?<![\w.,/])(?P<d>[0-3]?\d)(?:\s*[-–]\s*[0-3]?\d)?\s+(?P<month>[{LOW}]+)(?![\w])")


_NEXT_WORD_RE = re.compile(r" ([^\W\d_]{2,}(?:-[^\W\d_]+)*)(?![\w-])")  # "start-upów" too


#: An English adjective by its ending, and a plural noun after it ("interregional partnerships").
_ENGLISH_ADJECTIVE_RE = re.compile(r"[a-z]+(?:al|ic|ive|ous|ary|able|ible|ian|ese|ish|ful|less|ing|ed)|new|young|small|large|big|other|top|key|major|foreign|local|senior|junior|extra")  # (and common short ones: "500 new technicians")
_ENGLISH_PLURAL_RE = re.compile(r"[a-z]{3,}s")
_ENGLISH_SINGULAR_RE = re.compile(r"[a-z][a-z-]{2,}[^s]")  # a noun before the counted one ("cluster members", "high-tech firms")


#: A capitalised English adjective of a nation or region: "European", "Polish", "Japanese", "Nordic", "Israeli".
_NATIONALITY_SHAPE_RE = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ic|i)")


#: English nouns for the bodies a count counts, after a sector's plural ("life sciences firms").
_COUNTED_BODIES = frozenset({"firms", "companies", "enterprises", "members", "suppliers", "employees", "startups", "start-ups", "SMEs", "investors", "producers", "exporters", "growers", "manufacturers", "makers", "workers", "farmers", "researchers", "engineers", "developers", "operators"})


#: A temperature, its sign included: "do -40°C", "+5 °C".
_TEMPERATURE_RE = re.compile(r"(?<![\w.])[-−+]?\d+(?:[.,]\d+)? ?°[CF](?![\w])")


def _quantities(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "QUANTITY", "quantity") for m in _TEMPERATURE_RE.finditer(text)]
    for m in QUANTITY_RE.finditer(text):
        unit = m.group("unit")
        if unit.lower() in NOT_UNITS or _function_or_verb(unit) or any(b in LINE_BREAKS.get() for b in range(m.end("value"), m.start("unit"))):
            continue
        if IDENTIFIER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Działanie 1.2 Badania celowe", "WP3 Pilots": a number naming a part, not a count
        if unit.lower().rstrip(".") in YEARS_PLURAL and (len(m.group("value")) == 4 or text.startswith(" temu", m.end()) or m.group("mult")):
            continue  # "20 lat" is a span, but "2020 lata" no count and "30 lat temu" a point in time
        if unit.lower() in ("years", "decades", "months", "weeks", "days") and _AGO_RE.match(text, m.end()):
            continue  # "40 years ago", "two years later": a point in time, as in words
        if not m.group("approx") and not m.group("mult") and unit.lower() not in CURRENCIES and _VERSION_AFTER_RE.fullmatch(text, m.start() - 1, m.end("value")) and re.search(rf"(?<![\w-])[{CAP}][\w-]* $", text[max(0, m.start() - 40) : m.start()]):
            continue  # "the Basque Industry 4.0 strategy": a version after a name, not a count
        if _CURRENCY_BEFORE_RE.search(text, max(0, m.start("value") - 5), m.start("value")):
            continue  # "EUR 1.1 billion national growth plan": the amount is the currency's (CURRENCY_FIRST_RE)
        end = m.end()
        noun = _NEXT_WORD_RE.match(text, end)
        if noun and "\n" not in text[m.start() : noun.end()] and (_NATIONALITY_SHAPE_RE.fullmatch(unit) or (unit.isupper() and 2 <= len(unit) <= 5)) and _not_polish(unit) and noun.group(1).islower() and _ENGLISH_PLURAL_RE.fullmatch(noun.group(1)):
            end, unit = noun.end(), noun.group(1)  # "40 European clusters", "1,000 ICT companies": a nationality or a sector's acronym before the counted noun
        elif unit[0].isupper() and unit.rstrip(".").lower() not in CURRENCIES and unit not in ("MŚP", "SMEs") and unit.rstrip(".") not in _MEASURE_UNITS and not _common_noun(unit.rstrip(".")):
            continue  # "2020 Francja": a name, not a unit ("17 Instytutów" is a count)
        if noun and _is_adjective(unit) and _common_noun(noun.group(1)) and not _is_adjective(noun.group(1)):
            end = noun.end()  # "3 wspólne patenty": the unit is the noun the adjective qualifies
            unit = noun.group(1)
        elif noun and (_ENGLISH_ADJECTIVE_RE.fullmatch(unit) or _ENGLISH_SINGULAR_RE.fullmatch(unit)) and unit.isascii():
            # "30 interregional partnerships", "22 cluster members", "1,200 blue economy firms": the counted noun is the last
            third = _NEXT_WORD_RE.match(text, noun.end())
            if not _ENGLISH_PLURAL_RE.fullmatch(noun.group(1)) and third and _ENGLISH_SINGULAR_RE.fullmatch(noun.group(1)) and _ENGLISH_PLURAL_RE.fullmatch(third.group(1)):
                noun = third
            if _ENGLISH_PLURAL_RE.fullmatch(noun.group(1)):
                end = noun.end()
                unit = noun.group(1)
                if (counted := _NEXT_WORD_RE.match(text, end)) is not None and counted.group(1) in _COUNTED_BODIES and "\n" not in text[end : counted.end()]:
                    end, unit = counted.end(), counted.group(1)  # "700 life sciences firms": a plural sector before the bodies counted
        elif noun and unit.isascii() and unit not in _COUNTED_BODIES and noun.group(1) in _COUNTED_BODIES and not any(b in LINE_BREAKS.get() for b in range(m.end(), noun.start(1))):
            end, unit = noun.end(), noun.group(1)  # "100 agribusiness investors", "1,000 parts suppliers": a word ending in "s" before the bodies counted
        if unit.lower() in ("miejsc", "miejsca") and text.startswith(" pracy", end):
            end += len(" pracy")  # "230 tys. miejsc pracy": jobs, one unit of two words
        if unit.endswith(".") and (unit not in ("proc.", "zł.", "tys.", "mln.", "szt.", "ha.") or re.match(r"\s*(?:$|\n|[A-ZĄĆĘŁŃÓŚŹŻ](?![A-ZĄĆĘŁŃÓŚŹŻ]+\b))", text[end:])):
            end -= 1  # "13 firm." and "12 mln zł." end the sentence (not "10 proc. PKB": an acronym follows the abbreviation)
        rng = _RANGE_START_RE.search(text, max(0, m.start() - 8), m.start()) if not m.group("approx") and not m.group("mult") else None
        if rng and (unit.lower().rstrip(".") in ("lat", "lata", "years", "%") or unit.rstrip(".") in _MEASURE_UNITS):
            # "10-20 lat", "6-9 GW": a range of years, per cent or a measure is one quantity
            lo, hi = int(rng.group(1)), m.group("value")
            unit_normal = "rok" if unit.lower().rstrip(".") in YEARS_PLURAL else unit.rstrip(".")
            attrs = {"value": None, "unit": unit_normal, "approximate": True, "range": [lo, int(hi)] if hi.isdigit() else [lo, hi], "normal": f"{lo}-{hi} {unit_normal}"}
            out.append(Candidate(rng.start(), end, "QUANTITY", "quantity", attributes=attrs))
            continue
        out.append(Candidate(m.start(), end, "QUANTITY", "quantity"))
    out += _word_quantities(text)
    for m in CURRENCY_FIRST_RE.finditer(text):
        value = float(m.group("value").replace(" ", "").replace("\u00a0", "").replace(",", ".")) * _MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
        value = int(value) if value == int(value) else value
        unit = CURRENCIES.get(m.group("cur").lower(), m.group("cur"))
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "quantity", attributes={"value": value, "unit": unit, "approximate": bool(m.group("approx")), "normal": f"{value} {unit}"}))
    return out


#: Cardinal numerals written as words (lemmas, as morfeusz2 gives them) and their values;
#: the indefinite ones ("kilkanaście" = a dozen or so) a range.
_NUMERAL_VALUES: dict[str, int | tuple[int, int]] = {
    "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10,
    "jedenaście": 11, "dwanaście": 12, "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16,
    "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19, "dwadzieścia": 20, "trzydzieści": 30,
    "czterdzieści": 40, "pięćdziesiąt": 50, "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90, "sto": 100, "dwieście": 200, "trzysta": 300, "czterysta": 400, "pięćset": 500,
    "kilka": (3, 9), "parę": (2, 5), "kilkanaście": (11, 19), "kilkadziesiąt": (20, 90), "kilkaset": (200, 900),
    "tysiąc": 1_000, "milion": 1_000_000, "miliard": 1_000_000_000,
}  # fmt: skip
#: Numbers SGJP reads as nouns ("milion mieszkańców").
_BIG_NUMBERS = frozenset({"tysiąc", "milion", "miliard"})
_WORD_NUMBER_RE = re.compile(rf"(?<![\w-])(?P<approx>{_APPROX})?(?P<num>[{CAP}{LOW}][{LOW}]{{2,}}) (?P<unit>[{LOW}]{{3,}}(?:-[{LOW}]{{3,}})?)(?![\w-])")  # "siedem polsko-izraelskich konsorcjów"


def _word_quantities(text: str) -> list[Candidate]:
    """A count written in words: a cardinal numeral and the noun it counts ("kilkanaście
    inicjatyw", "siedmioma klastrami"); its value, or for an indefinite numeral a range
    and the approximate flag."""
    out = []
    breaks = LINE_BREAKS.get()
    for m in _rescanning(_WORD_NUMBER_RE, text):
        lemmas = {lemma.split(":")[0] for lemma, tag, _n in _analyses(m.group("num").lower()) if tag.startswith("num:") or lemma.split(":")[0] in _BIG_NUMBERS}
        value = next((_NUMERAL_VALUES[lem] for lem in lemmas if lem in _NUMERAL_VALUES), None)
        unit = m.group("unit")
        if value is None or m.end("num") in breaks or unit in NOT_UNITS or (unit in YEARS_PLURAL and text.startswith(" temu", m.end())):
            continue  # ("trzy lata temu": a point in time, not a span)
        end = m.end()
        big = next((_NUMERAL_VALUES[lem.split(":")[0]] for lem, _t, _n in _analyses(unit) if lem.split(":")[0] in _BIG_NUMBERS), None)
        if big is not None and (nxt := _NEXT_WORD_RE.match(text, end)) and end not in breaks and any(t.startswith("subst:pl:gen") for _l, t, _n in _analyses(nxt.group(1))):
            # "kilka tysięcy informatyków": the numeral multiplies a big number, which counts the noun after it
            value = (value[0] * big, value[1] * big) if isinstance(value, tuple) else value * big
            unit, end = nxt.group(1), nxt.end()
        for _ in range(2):  # "pięć wspólnych zespołów", "dwa nowe regiony": adjectives before the counted noun
            nxt = _NEXT_WORD_RE.match(text, end)
            if not (nxt and end not in breaks and any(tag.startswith("adj:pl") for _l, tag, _n in _analyses(unit.rsplit("-", 1)[-1]))):
                break
            if not any(tag.startswith("subst:pl") for _l, tag, _n in _analyses(nxt.group(1))):
                break
            unit, end = nxt.group(1), nxt.end()
        nouns = ["rok"] if unit in YEARS_PLURAL else [lemma.split(":")[0] for lemma, tag, _n in _analyses(unit) if tag.startswith("subst:") and ":pl:" in tag]
        if not nouns:
            continue
        approximate = bool(m.group("approx")) or isinstance(value, tuple)
        attrs: dict[str, Any] = {"value": value if isinstance(value, int) else None, "unit": nouns[0], "approximate": approximate}
        if isinstance(value, tuple):
            attrs["range"] = list(value)
        attrs["normal"] = f"{value if isinstance(value, int) else '-'.join(map(str, value))} {nouns[0]}"
        out.append(Candidate(m.start(), end, "QUANTITY", "quantity.words", attributes=attrs))
    for m in _ENGLISH_WORD_NUMBER_RE.finditer(text):  # "nine outermost regions", "about twenty firms"
        if any(b in breaks for b in range(m.start(), m.end())) or m.group("unit") in ("times", "ways") or (m.group("unit") in ("years", "decades", "days", "hours", "months", "weeks") and _AGO_RE.match(text, m.end())):
            continue  # "three times": repetition is no count; "two years ago": a point in time, not a span ("for two years" is one)
        if any(w[:1].isupper() and not _english_adjective_of_place(w) for w in text[m.end("num") : m.start("unit")].split()):
            continue  # a capitalised word other than a nationality's adjective belongs to a name ("four Hydrogen Valleys")
        if not all(_english_word(w) for w in text[m.end("num") : m.end()].split()):
            continue  # "ten model podczas": the Polish "ten" (this) before Polish words
        if not m.group("approx") and re.search(r"(?:\b[Tt]he|\b[Tt]hese|\b[Tt]hose|\b[Ii]ts|\b[Tt]heir|'s|’s) $", text[max(0, m.start() - 8) : m.start()]):
            continue  # "the two countries", "the world's ten largest": a reference to things named, no count
        value = _ENGLISH_NUMBERS[m.group("num").lower()]
        unit = m.group("unit")
        lo = _ENGLISH_RANGE_START_RE.search(text, max(0, m.start() - 12), m.start()) if not m.group("approx") else None
        if lo and lo.group(1).lower() in _ENGLISH_NUMBERS:  # "five to ten years": one quantity, a range
            low = _ENGLISH_NUMBERS[lo.group(1).lower()]
            out.append(Candidate(lo.start(), m.end(), "QUANTITY", "quantity.words", attributes={"value": None, "unit": unit, "approximate": True, "range": [low, value], "normal": f"{low}-{value} {unit}"}))
            continue
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "quantity.words", attributes={"value": value, "unit": unit, "approximate": bool(m.group("approx")), "normal": f"{value} {unit}"}))
    return out


#: The first number of a range right before a quantity's number: "10-" of "10-20 lat".
_RANGE_START_RE = re.compile(r"(?<![\w.,-])(\d{1,3}) ?[-–] ?$")
#: The first number of an English range in words: "five to " of "five to ten years".
_ENGLISH_RANGE_START_RE = re.compile(r"(?<![\w-])([A-Za-z]+) (?:to|or) $")
#: After a span of time, words that make it a point in time: "two years ago", "three weeks later".
_AGO_RE = re.compile(r" (?:ago|earlier|later|before|after)\b")


#: English cardinals written as words ("one" is left out: a pronoun as often as a number).
_ENGLISH_NUMBERS = {w: n for n, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"], start=2)} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "a thousand": 1_000, "a million": 1_000_000, "a billion": 1_000_000_000,
    "one thousand": 1_000, "one million": 1_000_000, "one billion": 1_000_000_000,
}  # fmt: skip
#: An English count in words, up to two modifiers and a plural noun: "nine outermost regions", "about twenty member firms".
_ENGLISH_WORD_NUMBER_RE = re.compile(
    rf"(?<![\w-])(?P<approx>(?i:about|around|some|over|nearly|almost|more than|fewer than|less than|at least|up to) )?(?P<num>{'|'.join(sorted(_ENGLISH_NUMBERS, key=len, reverse=True))}|{'|'.join(w.capitalize() for w in _ENGLISH_NUMBERS)})"
    r"(?: (?!of\b|and\b|or\b|to\b|the\b)[a-z][a-z-]+(?<![^s]s)| [A-Z][a-z]+){0,2} (?P<unit>[a-z]+[a-rt-z]s|people|children)(?![\w-])"
)  # (a capitalised word between only if it is a nationality's adjective: "eight Polish valleys"; "-ss" is no plural: "six competitiveness poles")


#: A unit's head noun and its first adjective: "województwa śląskiego", "obwód wołyński".
_ELIDED_HEAD_RE = re.compile(r"(?P<head>[Ww]ojewództw\w*|[Ww]oj\.|[Oo]bw(?:ód|od\w*)|[Kk]raj(?:u|owi|em|e|ów|ach)?|[Oo]kręg\w*|[Żż]upani\w*)(?P<colon>:)? (?P<adj1>[\w-]+)")
#: The next adjective of a list whose head noun is left out: ", mazowieckiego", " oraz śląskiego".
_ELIDED_NEXT_RE = re.compile(r"(?:,? (?:i|oraz|lub|albo) |, ?| ,)(?:część |częściowo )?(?P<adj>[a-ząćęłńóśźż-]+)")  # "i część podlaskiego"
#: Plural forms of "województwo": "w województwach dolnośląskim i wielkopolskim".
_PLURAL_VOIVODESHIP_HEADS = frozenset({"województwa", "województw", "województwom", "województwami", "województwach"})
#: The heads of units named by an adjective, as the gazetteer names them ("obwód lwowski"),
#: by how their case forms begin ("woj." too).
_ELIDED_HEADS = (("woj", "województwo"), ("obw", "obwód"), ("okr", "okręg"), ("kraj", "kraj"), ("żup", "żupania"))


def _elided_voivodeships(text: str, gaz: list[Candidate], entries: dict[str, Any]) -> list[Candidate]:
    """"województwa małopolskiego, mazowieckiego oraz śląskiego", "obwód wołyński,
    lwowski i brzeski": the units after the first, their head noun left out (after a colon,
    "cztery żupanie: zadarska, …", the first too). Each
    adjective is matched against the case forms of the gazetteer's units of that head."""
    out = []
    for m in _ELIDED_HEAD_RE.finditer(text):
        head = m.group("head").lower()
        forms = _unit_adjectives(entries, next(name for start, name in _ELIDED_HEADS if head.startswith(start)))
        pos, n = m.end("adj1"), 0
        while (nxt := _ELIDED_NEXT_RE.match(text, pos)) is not None and (key := forms.get(nxt.group("adj"))) is not None:
            out.append(Candidate(nxt.start("adj"), nxt.end("adj"), "REGION", "gazetteer", key))
            pos, n = nxt.end(), n + 1
        first = forms.get(m.group("adj1"))
        if m.group("colon") and first is not None and (n or _ELIDED_NEXT_RE.match(text, m.end("adj1"))):
            out.append(Candidate(m.start("adj1"), m.end("adj1"), "REGION", "gazetteer", first))  # "żupanie: zadarska, szybenicko-knińska …": each adjective alone
            continue
        plural = head in _PLURAL_VOIVODESHIP_HEADS or all(":pl:" in t for _l, t, _n in _analyses(head))  # "obwody lwowski, wołyński"
        if n and first is not None and plural and not any(c.start == m.start() and c.end >= m.end("adj1") for c in gaz):
            # a plural head with singular adjectives ("województwach dolnośląskim", "obwody lwowski"): the first with its head
            out.append(Candidate(m.start(), m.end("adj1"), "REGION", "gazetteer", first))
    return out


_UNIT_CACHE: dict[tuple[int, str], dict[str, str]] = {}


def _unit_adjectives(entries: dict[str, Any], head: str) -> dict[str, str]:
    """Adjective forms of the names of units with this head noun ("opolskiego" -> the
    entry of "województwo opolskie"; "lwowski" -> "obwód lwowski")."""
    cached = _UNIT_CACHE.get((id(entries), head))
    if cached is None:
        cached = {}
        from .inflect import inflect

        for key, e in entries.items():
            if e.label == "REGION" and e.name.startswith(head + " "):
                for form in inflect(e.name):
                    if " " in form:
                        cached.setdefault(form.split(" ", 1)[1], key)
        _UNIT_CACHE[(id(entries), head)] = cached
    return cached


#: A compass or central part of a country or region: "Polsce Południowo-Wschodniej",
#: "Włoch Północnych", "Europy Środkowo-Wschodniej"; in English before it: "Eastern Poland".
_DIRECTION = r"(?:Północn|Południow|Wschodni|Zachodni|Centraln|Środkow)\w*(?:-(?:Północn|Południow|Wschodni|Zachodni)\w*)?"
_DIRECTION_AFTER_RE = re.compile(rf" {_DIRECTION}(?![\w-])")
#: ... in a heading in capitals: "BAŁKANY ZACHODNIE".
_DIRECTION_AFTER_CAPS_RE = re.compile(r" (?:PÓŁNOCN|POŁUDNIOW|WSCHODNI|ZACHODNI|CENTRALN|ŚRODKOW)[A-ZĄĆĘŁŃÓŚŹŻ]*(?:-(?:PÓŁNOCN|POŁUDNIOW|WSCHODNI|ZACHODNI)[A-ZĄĆĘŁŃÓŚŹŻ]*)?(?![\w-])")
_DIRECTION_BEFORE_RE = re.compile(r"(?<![\w-])(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|North-Eastern|North-Western|South-Eastern|South-Western|North-East|North-West|South-East|South-West|Northeastern|Northwestern|Southeastern|Southwestern|Northeast|Northwest|Southeast|Southwest) $")


#: English compass words -> the Polish adjective (masculine nominative).
_COMPASS_PL = {"north": "północny", "northern": "północny", "south": "południowy", "southern": "południowy", "east": "wschodni", "eastern": "wschodni", "west": "zachodni", "western": "zachodni", "central": "środkowy"}


#: The first half of a compound direction in Polish ("południowo-zachodni").
_COMPASS_PL_FIRST = {"north": "północno", "south": "południowo"}


def _compass_lemma(english: str) -> str | None:
    """"Southern" -> "południowy"; "South-Western", "Southwest" -> "południowo-zachodni"."""
    word = english.lower().replace("-", "")
    for first, pl_first in _COMPASS_PL_FIRST.items():
        rest = word[len(first) :]
        if word.startswith(first) and rest and rest.removesuffix("ern") in ("east", "west"):
            return f"{pl_first}-{_COMPASS_PL[rest.removesuffix('ern')]}"
    return _COMPASS_PL.get(word)


def _polish_part_name(name: str, english: str) -> str | None:
    """The Polish name of a compass part of a region named in English: "Central" +
    "Jutlandia" -> "Jutlandia Środkowa", "South" + "Morawy" -> "Morawy Południowe",
    "Southwest" + "Finlandia" -> "Finlandia Południowo-Zachodnia"; None for a name
    whose gender SGJP does not give."""
    lemma = _compass_lemma(english)
    tags = [t for _l, t, _n in _analyses(name.split(" ")[0]) if t.startswith("subst:") and ":nom" in t]
    if lemma is None or not tags:
        return None
    parts = tags[0].split(":")
    number, gender = parts[1], parts[-1]
    soft = lemma.endswith("i")
    title = title_hyphenated(lemma)  # "Południowo-Zachodni"
    if number == "sg" and gender == "f":
        ending = "ia" if soft else "a"
    elif number == "sg" and gender.startswith("m"):
        return f"{name} {title}"
    else:  # neuter, or a plural name ("Morawy")
        ending = "ie" if soft else "e"
    return f"{name} {title[:-1]}{ending}"


def _directional_regions(text: str, gaz: list[Candidate], entries: dict[str, Any]) -> list[Candidate]:
    """A part of a country or region named by a compass adjective: a region (the
    gazetteer's own entries, such as "Polska Wschodnia", are longer matches and win)."""
    out = []
    for c in gaz:
        if c.label not in ("COUNTRY", "REGION"):
            continue
        caps = text[c.start : c.end].isupper() and len(text[c.start : c.end]) > 3
        after = (_DIRECTION_AFTER_CAPS_RE if caps else _DIRECTION_AFTER_RE).match(text, c.end)
        if after:
            span = text[c.start : after.end()].title() if caps else text[c.start : after.end()]
            out.append(Candidate(c.start, after.end(), "REGION", "region.direction", confidence=0.8, attributes={"normal": normalize_rule("REGION", span)[0], "part_of_entry": c.key}))
            continue
        before = _DIRECTION_BEFORE_RE.search(text, max(0, c.start - 16), c.start)
        if before:
            entry = entries.get(c.key) if c.key else None
            polish = _polish_part_name(entry.name, before.group().strip()) if entry is not None else None
            normal = {"normal": polish} if polish else {"normal": text[before.start() : c.end]}  # "Central Jutland": English needs no declining back
            out.append(Candidate(before.start(), c.end, "REGION", "region.direction", confidence=0.8, attributes={"part_of_entry": c.key, **normal}))
    return out


#: "Euroregion Pro Europa Viadrina", "w Euroregionie Nysa": a cross-border region, named
#: with its head (the name after it does not decline).
EUROREGION_RE = re.compile(rf"(?<![\w-])[Ee]uroregion(?:u|owi|em|ie)? (?P<name>{CAPWORD}(?: (?:{CONNECT} )?(?![Ee]uroregion){CAPWORD}){{0,3}})")
#: The English order: "Pomerania Euroregion", "Euroregion" after the name.
EUROREGION_AFTER_RE = re.compile(rf"(?<![\w-])(?P<name>{CAPWORD}(?: {CAPWORD}){{0,2}}) Euroregion(?![\w-])")


#: A region named by a capitalised "Region" and an adjective: "Region Opoczyński", "Region Zachodni".
_REGION_ADJECTIVE_RE = re.compile(rf"(?<![\w-])Region(?:u|ie|em|owi)? (?P<adj>{PLACE_ADJ}|{_DIRECTION})(?![\w-])")
#: "region Güssing", "w regionie Skania": a name after the word "region".
#: Lands whose districts are rayons ("rejon"), named after their towns: "w rejonie Ungheni" is the district.
_RAYON_COUNTRIES = frozenset({"MD", "UA", "BY", "RU", "KZ", "KG", "TJ", "TM", "UZ", "AZ"})
REGION_CUE_RE = re.compile(rf"(?<![\w-])(?:region(?:u|owi|em|ie)?|stan(?:u|ie|em)|prowincj(?:a|i|ę|ą)|kanton(?:u|ie|em)?|rejon(?:u|ie|em)?|okręg(?:u|iem)?|hrabstw(?:o|a|ie|em)|prefektur(?:a|y|ze|ę|ą)|ajmak(?:u|iem|owi)?|obw(?:ód|odu|odzie|odem|odowi)) (?P<name>(?:(?:La|El|Los|Las|Le|Les) )?[{CAP}ŠČŘŽĎŤŇĽ][\w-]+(?:–[{CAP}][\w-]+| (?:del|de la|de) [{CAP}][\w-]+)?)(?![\w–-])(?! [{CAP}])")  # "Žilina", "w stanie Querétaro", "w prowincji Pinar del Río"
#: The same cues capitalised, where a list item or a line opens with them ("• Region Ashanti i Region Zachodni").
_LINE_REGION_CUE_RE = re.compile(rf"(?<![\w-])(?:Region|Stan|Prowincja|Kanton|Okręg|Hrabstwo|Prefektura|Ajmak|Obwód) (?P<name>[{CAP}ŠČŘŽĎŤŇĽ][\w-]+)(?![\w–-])(?! [{CAP}])")
#: ... and a unit's name of two words after a cue for a province or state: "prowincja Quảng Ninh" (`_cued_regions`).
_TWO_WORD_UNIT_RE = re.compile(rf"(?<![\w-])(?:prowincj(?:a|i|ę|ą)|stan(?:u|ie|em)?|okręg(?:u|iem)?|obw(?:ód|odu|odzie|odem)) (?P<name>[{CAP}][\w-]+ [{CAP}][\w-]+)(?![\w-])(?! [{CAP}])")
#: Nominative cues: a common noun after one is no name in apposition ("region Dolina" may be a description).
_NOMINATIVE_CUES = frozenset({"region", "stan", "prowincja", "kanton", "rejon", "okręg", "hrabstwo", "prefektura", "ajmak", "obwód"})
#: A department (a unit of France, Colombia, Paraguay, Uruguay …) named after a lowercase "departament", in one or two
#: words: "departament Alto Paraná", "w departamencie Antioquia" (not a ministry's "departament Innowacji": a word no source knows).
_DEPARTMENT_RE = re.compile(rf"(?<![\w-])(?:departament(?:u|em|owi)?|departamencie|departament(?:y|ów|ach)) (?P<name>[{CAP}][\w'’-]+(?: (?:de |del |la )?[{CAP}][\w'’-]+)?)(?![\w-])")
#: English names of a federal country's units: "the states of Guanajuato, Querétaro and Aguascalientes", "São Paulo state".
_ENGLISH_STATES_OF_RE = re.compile(rf"(?<![\w-])(?:[Ss]tates?|[Pp]rovinces?|[Rr]egions|[Cc]ounties|[Dd]istricts) of (?P<names>{CAPWORD}(?: {CAPWORD})?(?:(?:,? and |, ){CAPWORD}(?: {CAPWORD})?)*)")
#: "stolica"/"siedziba" right before "regionu X": X is the town ("stolica regionu Rovaniemi").
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w-])(?:stolic|siedzib)[aąęy] $")
#: A sea's basin, a region as the conventions have it: "basenu Morza Czarnego", "w basenie Morza Śródziemnego".
_SEA_BASIN_RE = re.compile(rf"(?<![\w-])[Bb]asen(?:u|ie|em)? (?P<name>(?:Morza|Oceanu) [{CAP}][{LOW}]+)(?![\w-])")
#: An island named after a Polish "wyspa": "Wyspa Kiusiu", "na wyspie Hokkaido" (a name no source knows; one word or two).
_WYSPA_RE = re.compile(rf"(?<![\w-])(?:[Ww]ysp(?:a|y|ie|ę|ą)|[Pp]ółwysep|[Pp]ółwysp(?:u|ie|em|owi)) (?P<name>[{CAP}][{LOW}]+(?: [{CAP}][{LOW}]+)?)(?![\w-])")
#: English islands named after "island(s) of": "the islands of Zanzibar", "the island of Mauritius" (Polish: `_WYSPA_RE`).
_ISLANDS_OF_RE = re.compile(rf"(?<![\w-])(?:[Ii]slands?|[Aa]rchipelago) of (?P<name>[{CAP}][{LOW}]+(?: [{CAP}][{LOW}]+)?)(?![\w-])")
#: An English unit named before its kind: "in the Lasithi prefecture", "the Guanacaste province".
_ENGLISH_UNIT_NAMED_RE = re.compile(rf"(?<![\w-])[Tt]he (?P<name>{CAPWORD}(?: {CAPWORD})?) (?:prefecture|province|county|governorate|oblast|canton|department|voivodeship)(?![\w-])")
#: An English island's name: "Jurong Island" (not a longer name's part: "… Island Maritime Cluster").
_ISLAND_RE = re.compile(rf"(?<![\w-])(?:{CAPWORD} ){{1,2}}Island(?![\w-])(?! [{CAP}])")
#: A Polish county by its head and adjective: "powiat nyski", "powiatu głubczyckiego", "w powiecie prudnickim".
_POWIAT_RE = re.compile(rf"(?<![\w-])(?:[Pp]o(?:wiat(?:u|owi|em)?|wiecie)|[Ww]ilaje(?:t|tu|towi|tem|cie)) [{LOW}]+(?:ski|cki|dzki)(?:ego|emu|m)?(?![\w-])")  # "w wilajecie fergańskim" (Uzbekistan's regions)
_POLISH_UNITS_LIST_RE = re.compile(rf"(?<![\w-])(?:[Pp]rowincj(?:ach|ami|e|i)|[Ss]tan(?:ach|ów|ami|y)|[Kk]anton(?:ach|ów|ami|y)|[Rr]ejon(?:ach|ów|ami|y)|[Oo]kręg(?:ach|ów|ami|i)|[Rr]egion(?:ach|ów|ami|y)|[Hh]rabstw(?:ach|ami)|[Oo]bwod(?:ach|ów|ami|y))[,:]? (?P<names>{CAPWORD}(?: {CAPWORD})?(?:(?:, | i | oraz ){CAPWORD}(?: {CAPWORD})?)*)")
_STATE_AFTER_RE = re.compile(r" (?:state|province)(?![\w-])")


#: English heads of sub-national units after their name: "Łódź Region", "Klaipėda County", "Lviv Oblast".
_ENGLISH_UNITS = r"(?:Region|County|Province|Oblast|Voivodeship|Governorate|Prefecture|Canton)"
_ENGLISH_UNIT_AFTER_RE = re.compile(rf" (?:Capital |Metropolitan )?{_ENGLISH_UNITS}(?![\w-])")  # "Cardiff Capital Region"
_UNKNOWN_BEFORE_UNIT_RE = re.compile(rf"(?<![\w-])(?P<name>{CAPWORD}) (?:County|Oblast|Voivodeship|Governorate|Prefecture|Province)(?![\w-])")


def _voivodeships_by_capital(entries: dict[str, Any]) -> dict[str, str]:
    """A voivodeship's capital (its city entry's name) -> the voivodeship's entry key."""
    cached = _UNIT_CACHE.get((id(entries), "capitals"))
    if cached is None:
        cached = {city: key for key, e in entries.items() if e.label == "REGION" for city in e.attributes.get("capitals", ())}
        _UNIT_CACHE[(id(entries), "capitals")] = cached
    return cached


def _oblast_key(name: str) -> str | None:
    """The ISO 3166-2 unit an English "<name> Oblast" names, by its local adjective the
    gazetteer lists ("Lviv Oblast": "Lvivska", obwód lwowski; "Odesa Oblast": "Odeska";
    "Volyn Oblast": "Volynska"): the one unit whose adjective opens with the name (or all
    but its last letter, for names of five letters or more); None if none or several."""
    from . import load_gazetteers

    entries, patterns = load_gazetteers()
    index = _UNIT_CACHE.get((0, "oblast adjectives"))
    if index is None:
        index = {p["pattern"].lower(): p["id"] for p in patterns if p["label"] == "REGION" and " " not in p["pattern"] and p["pattern"][:1].isupper() and p["pattern"].endswith("ka") and "iso3166" in entries[p["id"]].ids}
        _UNIT_CACHE[(0, "oblast adjectives")] = index
    stems = [name.lower()] + ([name[:-1].lower()] if len(name) >= 5 else [])
    keys = {key for form, key in index.items() for stem in stems if form.startswith(stem) and len(form) - len(stem) <= 5}
    return keys.pop() if len(keys) == 1 else None


def _coordinated_countries(text: str, gaz: list[Candidate], entries: dict[str, Any]) -> list[Candidate]:
    """A country whose English name is also a common word or a person's ("Jordan", "Georgia",
    "Guinea"), which the gazetteer leaves out: a country where it is coordinated with
    another country ("Egypt and Jordan", "Georgia, Armenia"). 0.7."""
    names = _UNIT_CACHE.get((0, "coordinated country names"))
    if names is None:
        names = {n: key for key, e in entries.items() if e.label == "COUNTRY" for n in e.attributes.get("coordinated_names", ())}
        _UNIT_CACHE[(0, "coordinated country names")] = names
    if not names:
        return []
    countries = [(c.start, c.end) for c in gaz if c.label == "COUNTRY"]
    out = []
    mentions = list(re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", text))
    for m in mentions:
        after = re.match(r"(?:,| and| or| i| oraz) ", text[m.end() : m.end() + 6])
        before = re.search(r"(?:,| and| or| i| oraz) $", text[max(0, m.start() - 6) : m.start()])
        if any((after and s == m.end() + after.end()) or (before and e == m.start() - len(before.group())) for s, e in countries):
            out.append(Candidate(m.start(), m.end(), "COUNTRY", "country.coordinated", names[m.group()], confidence=0.7))
    # one sense per document: once coordinated as a country, the name is the country elsewhere in it too ("In Georgia, …")
    seen = {text[c.start : c.end] for c in out}
    out += [Candidate(m.start(), m.end(), "COUNTRY", "country.coordinated", names[m.group()], confidence=0.7) for m in mentions if m.group() in seen and not any(c.start == m.start() for c in out)]
    return out


#: An English unit's official name before a listed region: "Region of Southern Denmark",
#: "Principality of Asturias", "Free State of Bavaria", "Autonomous Community of Madrid".
_ENGLISH_UNIT_OF_RE = re.compile(r"(?<![\w-])(?:(?:Autonomous |Federal )?(?:Region|Community|State|Province|Republic)|Principality|Free State|Canton) of $")


#: "Region" after an English word, right before a listed region: "in Region Zealand".
_ENGLISH_REGION_BEFORE_RE = re.compile(r"\b(?:in|of|from|and|to|with|the|for|by|between)\s+Region\s$")


def _cued_regions(text: str, gaz: list[Candidate], entries: dict[str, Any]) -> list[Candidate]:
    """Regions named by a cue: euroregions; a one-word name SGJP does not know, or a town's
    name, after "region" (`REGION_CUE_RE`);
    a listed place before an English unit's head ("Łódź Region", "Klaipėda County",
    "Lviv Oblast"), and a name no list has before one that is never a firm's ("Harju County")."""
    regions_at = {(c.start, c.end) for c in gaz if c.label == "REGION"}
    city_names = {(c.start, c.end): entries[c.key].name if c.key in entries else text[c.start : c.end] for c in gaz if c.label == "CITY" and (c.start, c.end) not in regions_at}
    cities = set(city_names)
    city_countries = {(c.start, c.end): entries[c.key].attributes.get("country") for c in gaz if c.label == "CITY" and c.key in entries}
    out = []
    breaks, items = LINE_BREAKS.get(), set(_item_starts(text))
    line_cues = (m for m in _LINE_REGION_CUE_RE.finditer(text) if m.start() == 0 or m.start() in items or (m.start() - 1) in breaks or text[m.start() - 1] == "\n")
    for m in itertools.chain(REGION_CUE_RE.finditer(text), line_cues):
        if (m.start("name"), m.end("name")) in regions_at:
            continue  # a listed region keeps its entry and normal form ("region Dobrudży")
        if _CAPITAL_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "stolica regionu Rovaniemi": the region's capital, a town
        if (m.start("name"), m.end("name")) in cities and m.group().startswith("rejon") and (m.group("name") != city_names[(m.start("name"), m.end("name"))] or city_countries.get((m.start("name"), m.end("name"))) not in _RAYON_COUNTRIES):
            continue  # "w rejonie Kagułu", "w rejonie Treviso": near the town ("w rejonie Ungheni", undeclined, is the district of a land with rayons)
        if (m.start("name"), m.end("name")) in cities:  # "z regionem Žilina", "region Bazylei": the region named after its town, in the nominative
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.8, attributes={"normal": city_names[(m.start("name"), m.end("name"))]}))
        elif any(_unknown_word(part) for part in re.split(r"[ –]", m.group("name")) if part not in ("La", "El", "Los", "Las", "Le", "Les")) and not m.group().startswith("rejonie"):  # "Saguenay–Lac-Saint-Jean": two names joined by a dash ("w rejonie Kagułu": near a town)
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.6))
        elif m.group().split(" ")[0] not in _NOMINATIVE_CUES and not m.group().startswith("rejon") and _apposed_noun(m.group("name")) and not any(c.start < m.end("name") and c.end > m.start("name") for c in gaz):
            # a capitalised noun in the nominative after a declined cue is the unit's name in apposition ("w prowincji Laguna")
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.6))
    for m in _TWO_WORD_UNIT_RE.finditer(text):  # "prowincja Quảng Ninh": two words no source knows
        if all(_unknown_word(w) for w in m.group("name").split(" ")) and not any(c.start < m.end("name") and m.start("name") < c.end for c in gaz) and _cut_at_break(m.start("name"), m.end("name"), text) == m.end("name"):
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.6))
    for m in _DEPARTMENT_RE.finditer(text):  # "departament Alto Paraná", "departamentu Calvados" (a place SGJP knows; not "Departament Innowacji")
        words = m.group("name").split(" ")
        if any(_unknown_word(p) or _place_name(p) for w in words if w not in ("de", "del", "la") for p in w.split("-") if p) and _cut_at_break(m.start("name"), m.end("name"), text) == m.end("name"):
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.6, attributes={"normal": m.group("name")}))  # apposed: as written
    # a town's name or an unknown one, listed after "the states of", "w prowincjach" ("Bac Ninh i Thai Nguyen")
    for m in itertools.chain(_ENGLISH_STATES_OF_RE.finditer(text), _POLISH_UNITS_LIST_RE.finditer(text)):
        for n in re.finditer(rf"{CAPWORD}(?: {CAPWORD})?", m.group("names")):
            start, end = m.start("names") + n.start(), m.start("names") + n.end()
            if (start, end) in cities:
                out.append(Candidate(start, end, "REGION", "region.cue", confidence=0.8, attributes={"normal": city_names[(start, end)]}))
            elif (_unknown_word(n.group()) if " " not in n.group() else any(all(a[1] == "ign" for a in _analyses(w)) for w in n.group().split(" "))) and not any(c.start == start for c in gaz):
                out.append(Candidate(start, end, "REGION", "region.cue", confidence=0.6))
    for start, end in cities:
        if _STATE_AFTER_RE.match(text, end):  # "São Paulo state": the state named after its city
            out.append(Candidate(start, end, "REGION", "region.cue", confidence=0.8, attributes={"normal": city_names[(start, end)]}))
    for m in _SEA_BASIN_RE.finditer(text):  # "basenu Morza Czarnego": the basin's region, named by its sea
        out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.7, attributes={"normal": to_nominative(m.group("name"))}))
    for m in itertools.chain(_WYSPA_RE.finditer(text), _ISLANDS_OF_RE.finditer(text)):  # "Wyspa Kiusiu", "na półwyspie Cotentin", "the islands of Zanzibar": an island no list has is a region
        if _cut_at_break(m.start("name"), m.end("name"), text) != m.end("name"):
            continue
        if (m.start("name"), m.end("name")) in cities and m.group("name") in (city_names[(m.start("name"), m.end("name"))], city_names[(m.start("name"), m.end("name"))].removesuffix(" City")):
            # "wyspa Cebu": the island its city is named after ("Cebu City"), in the nominative as the city's name
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.8, attributes={"normal": m.group("name")}))
        elif all(_unknown_word(w) for w in m.group("name").split(" ")) and not any(c.start <= m.start("name") < c.end for c in gaz):
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.6, attributes={"normal": m.group("name")}))
    for m in _ENGLISH_UNIT_NAMED_RE.finditer(text):  # "in the Lasithi prefecture": a unit no list has, named before its kind
        if all(_unknown_word(w) for w in m.group("name").split(" ")) and not any(c.start < m.end("name") and c.end > m.start("name") for c in gaz):
            out.append(Candidate(m.start("name"), m.end("name"), "REGION", "region.cue", confidence=0.6))
    for m in _ISLAND_RE.finditer(text):  # "Jurong Island", "Rhode Island": an island is a region (as "– wyspa" says)
        if not any(c.start <= m.start() < c.end for c in gaz) and m.group().split(" ")[0] not in _LEAD_STOP:
            out.append(Candidate(m.start(), m.end(), "REGION", "region.cue", confidence=0.6))
    for m in _POWIAT_RE.finditer(text):  # "powiat nyski", "w powiecie prudnickim": a county no list has, named by its adjective
        if not any(c.start <= m.start() < c.end for c in gaz):
            normal = to_nominative(m.group())
            out.append(Candidate(m.start(), m.end(), "REGION", "region.cue", confidence=0.7, attributes={"normal": normal[0].lower() + normal[1:]}))
    capitals = _voivodeships_by_capital(entries)
    for c in gaz:
        if c.label in _GEO and (m := _ENGLISH_UNIT_AFTER_RE.match(text, c.end)) is not None:
            key = c.key if c.label == "REGION" else None  # "Pomorskie Region": the region's own entry
            if c.label == "CITY" and m.group().strip() in ("Region", "Voivodeship", "Province") and c.key in entries:
                key = capitals.get(entries[c.key].name)  # "Łódź Region", "Lublin Province": the voivodeship
            if key is None and m.group().strip() == "Oblast":
                key = _oblast_key(text[c.start : c.end])  # "Lviv Oblast": obwód lwowski
            if key:
                out.append(Candidate(c.start, m.end(), "REGION", "region.english", key, confidence=0.7))
            else:
                out.append(Candidate(c.start, m.end(), "REGION", "region.english", confidence=0.7, attributes={"normal": text[c.start : m.end()]}))
        if c.label == "REGION" and (u := _ENGLISH_UNIT_OF_RE.search(text, max(0, c.start - 40), c.start)) is not None:
            out.append(Candidate(u.start(), c.end, "REGION", "region.english", c.key, confidence=0.7))  # "Region of Southern Denmark", "Principality of Asturias"
        elif c.label == "REGION" and _ENGLISH_REGION_BEFORE_RE.search(text, max(0, c.start - 20), c.start):
            # "in Region Zealand", "and Region Skåne": a Danish or Swedish region's official English name (Polish
            # text names the region alone after "Region": "• Region Västra Götaland")
            out.append(Candidate(c.start - 7, c.end, "REGION", "region.english", c.key, confidence=0.7))
    for m in _UNKNOWN_BEFORE_UNIT_RE.finditer(text):  # "Harju County": a name no list has, before a unit's head
        if _unknown_word(m.group("name")) and not any(c.start <= m.start() < c.end for c in gaz):
            if m.group().endswith(" Oblast") and (key := _oblast_key(m.group("name"))) is not None:
                out.append(Candidate(m.start(), m.end(), "REGION", "region.english", key, confidence=0.6))  # "Volyn Oblast": obwód wołyński
                continue
            out.append(Candidate(m.start(), m.end(), "REGION", "region.english", confidence=0.6, attributes={"normal": m.group()}))
    for m in EUROREGION_RE.finditer(text):
        end = _trim_connectors(text, m.start(), _cut_at_break(m.start(), m.end(), text))
        if end > m.start("name"):
            # "w Euroregionie Karpackim": an adjective agrees with the head, so the name's nominative is the phrase's
            normal = "Euroregion " + text[m.start("name") : end]
            if m.group().startswith(("Euroregion", "euroregion")) and _is_adjective(text[m.start("name") : end].split(" ")[0]):
                normal = to_nominative("Euroregion" + text[m.start() + len("euroregion") : end])
            out.append(Candidate(m.start(), end, "REGION", "region.euroregion", confidence=0.8, attributes={"normal": normal}))
    for m in _REGION_ADJECTIVE_RE.finditer(text):  # "w Regionie Opoczyńskim", "Region Zachodni": a capitalised "Region" and its adjective name one
        if _is_adjective(m.group("adj")) and not any(c.start <= m.start() < c.end for c in gaz):
            out.append(Candidate(m.start(), m.end(), "REGION", "region.named", confidence=0.6, attributes={"normal": to_nominative(m.group())}))
    for m in EUROREGION_AFTER_RE.finditer(text):
        words = m.group("name").split(" ")
        while len(words) > 1 and words[0] in _LEAD_STOP:
            words.pop(0)  # "The Pomerania Euroregion"
        name = " ".join(words)
        out.append(Candidate(m.end() - len(name) - len(" Euroregion"), m.end(), "REGION", "region.euroregion", confidence=0.8, attributes={"normal": "Euroregion " + name}))
    return out


#: Programme names whose own part follows a generic head: "Program Operacyjny
#: Innowacyjna Gospodarka" -> "Innowacyjna Gospodarka"; that part does not inflect.
_GENERIC_PROGRAMME_HEAD = re.compile(r"^(?:Program(?:u)? (?:Operacyjn\w+|Współpracy Transgranicznej|Współpracy)|Operational Programme|Programme) (?P<own>[A-ZĄĆĘŁŃÓŚŹŻ].+)$")
#: Per gazetteer and rule: (pattern with a group "own", own part -> entry key).
_OWN_NAME_CACHE: dict[tuple[int, str], tuple[re.Pattern[str] | None, dict[str, str]]] = {}


def _own_name_pattern(entries: dict[str, Any], rule: str, own_names: Callable[[], dict[str, str]], pattern_for: Callable[[str], str]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern for the programmes' own names `own_names` gives (longest first, as the
    alternation `pattern_for` embeds), built once per gazetteer and rule."""
    key = (id(entries), rule)
    if key not in _OWN_NAME_CACHE:
        own = own_names()
        names = "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True))
        _OWN_NAME_CACHE[key] = (re.compile(pattern_for(names)) if names else None, own)
    return _OWN_NAME_CACHE[key]


def _programme_own_names(entries: dict[str, Any]) -> dict[str, str]:
    """Own parts of programmes' names after a generic head ("Polska Wschodnia" of "Program
    Operacyjny Polska Wschodnia") -> the entry's key."""
    own: dict[str, str] = {}
    for key, e in entries.items():
        m = _GENERIC_PROGRAMME_HEAD.match(e.name) if e.label == "PROGRAMME" else None
        if m and len(m.group("own")) >= 6:
            own.setdefault(m.group("own"), key)
    return own


def _programme_short_names(text: str, entries: dict[str, Any]) -> list[Candidate]:
    """A programme called by its own part with its period, the head left out:
    "Polska Wschodnia 2014-2020", "Inteligentny Rozwój 2014-2020" (the period is
    what makes "Polska Wschodnia", a region too, the programme)."""

    pattern, own = _own_name_pattern(entries, "short_name", lambda: _programme_own_names(entries), lambda names: rf"(?<![\w-])(?P<own>{names}){PERIOD_RE.pattern}")
    if pattern is None:
        return []
    return [Candidate(m.start(), m.end(), "PROGRAMME", "programme.short_name", own[m.group("own")], confidence=0.8) for m in pattern.finditer(text)]


def _regional_programme_brands(text: str, entries: dict[str, Any]) -> list[Candidate]:
    """A regional OP called by its voivodeship's name and its period or the year that
    ends it, as most 2014-2020 programmes were branded ("Lubuskie 2020", "Pomorskie
    2014-2020"); a strategy's year ("Śląskie 2020+", "Lubuskie 2030") names no programme."""

    def own_names() -> dict[str, str]:
        rpo, voivodeships = _regional_programme_tables(entries)
        return {"-".join(p.capitalize() for p in adj.split("-")): rpo[code] for code, adj in voivodeships.items() if code in rpo}

    pattern, own = _own_name_pattern(entries, "rpo_brand", own_names, lambda names: rf"(?<![\w-])(?P<own>{names}) (?:2020|2014 ?[-–] ?2020|2021 ?[-–] ?2027)(?![\w+–-])")
    if pattern is None:
        return []
    return [Candidate(m.start(), m.end(), "PROGRAMME", "programme.rpo_brand", own[m.group("own")], confidence=0.8) for m in pattern.finditer(text)]


#: A foreign name after a lowercase "program"/"konkurs"/"partnerstwo": "program Innovation Wales",
#: "konkurs BioRegio", "partnerstwa Clean Hydrogen Partnership" (a European partnership funds).
CUED_FOREIGN_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?:(?P<cap>P)rogram(?:y|my)?|program(?:u|em|ie|y|ów|me)?|konkurs(?:u|em|ie)?|partnerstw(?:o|a|u|em|ie))(?P<kind> [{LOW}]+)? (?P<name>{CAPWORD}(?: (?:of |for |and |to |in |the )?{CAPWORD}| [dl][’'][\w-]+){{0,3}}(?: (?:19|20)\d\d(?![\w–-]))?)")  # "program Go to Brand", "program Vision 2030", "program Créneaux d’excellence"
#: A Polish programme's name in sentence case after a lowercase "program": a common noun in the nominative, capitalised,
#: and up to three words more ("program Doktorat wdrożeniowy", "program Inkubator Innowacyjności 4.0"; checked in
#: `_foreign_programmes_after_cue`: it must end at a dash, a comma, a colon or the line's end).
_POLISH_NAMED_PROGRAMME_RE = re.compile(rf"(?<![\w-])program(?:u|em|ie)? (?P<name>[{CAP}][{LOW}]+(?: (?:[{CAP}{LOW}][{LOW}]+|\d\.0)){{0,3}})")
#: Capitalised words and a period after a lowercase "program": "z programu Konkurencyjność i Spójność 2021–2027".
_NAMED_PERIOD_PROGRAMME_RE = re.compile(rf"(?<![\w-])program(?:u|em|ie|y|ów)? (?P<name>[{CAP}][{LOW}]+(?: (?:(?:i|oraz|dla|na|w|z) )?[{CAP}][{LOW}]+){{0,5}}) (?P<period>{YEAR}\s*[-–]\s*{YEAR})(?![\w])")
#: Countries or regions joined by hyphens after a lowercase "program": "programu Polska-Rosja".
_PAIR_PROGRAMME_RE = re.compile(rf"(?<![\w-])program(?:u|em|ie)? (?P<name>[{CAP}][{LOW}]+(?:-[{CAP}][{LOW}]+)+)(?![\w-])")
#: An EU programme named in English with its words: "EU Space Programme".
_EU_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?:EU|European|Union) (?:[{CAP}][a-z]+ ){{1,3}}Programme(?![\w-])")
#: An English programme's name in title case: "Competitiveness and Cohesion Programme",
#: "Single Market Programme", "Levelling Up Fund" (capitalised words, perhaps joined by and/for/of/in, before the head).
#: A fund that holds a nation's wealth or pensions is a body, no programme: "National Wealth Fund".
_BODY_FUND_WORDS = frozenset({"Wealth", "Monetary", "Pension", "Pensions", "Sovereign"})
_TITLE_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?P<name>(?!Program(?:me)?\b){CAPWORD}(?: (?:(?:and|for|of|in|&) )?(?!Program(?:me)?\b){CAPWORD}){{0,5}}) (?P<head>Programme|Program|Fund)(?: for (?:the )?{CAPWORD}(?: (?:and|&) {CAPWORD})?)?(?![\w-])")  # "State Programme for the Economy", "UK Shared Prosperity Fund"
#: "the LIFE programme", "the Erasmus+ programme": one name before "programme".
#: Words that make "the X Y programme" a body's or a government's programme, not a named one.
#: Words that describe a programme's kind, not name it: "the National Innovation programme" (not "the Industrial Leap programme").
_KIND_WORDS = GENERIC_QUALIFIERS | {"development", "research", "support", "cluster", "clusters", "business", "economic", "funding", "investment", "growth"}
_NOT_PROGRAMME_NAME_WORDS = frozenset({"Government", "Commission", "Union", "Ministry", "Agency", "Council", "EU", "UN", "Bank", "Fund"})
_THE_X_PROGRAMME_RE = re.compile(r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)(?: (?:national|federal|regional|state|government's|new))? (?P<name>[A-Z][\w+]*(?: (?:and |& |for )?[A-Z][\w+]*){0,4}) (?:[Pp]rogramme|scheme|subsidies|grants|(?P<initiative>initiative))\b")  # "the PEACE PLUS programme", "the HyLand scheme", "its Strategic Vehicle Research and Innovation programme"
#: An English programme named with its capitalised head after "the"/"its" (`_THE_X_PROGRAMME_RE` has it in lowercase),
#: its words perhaps a serial list ("the Recovery, Transformation and Resilience Plan").
_PLAN_KIND_WORDS = frozenset({"strategic", "action", "annual", "work", "master", "operational", "multiannual"})  # "the Strategic Plan": a kind of plan
#: A name its apposition calls a programme: "Advance Queensland, a state programme launched in
#: 2015", "Ontario Together – rządowy program wsparcia" (on one line; not Polish "…, a program X").
_APPOSED_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?P<name>{CAPWORD}(?: {CAPWORD}){{0,4}})(?:, | [–-] )(?:(?:a|an) (?:[a-z][\w-]* ){{0,3}}(?:programme|scheme)|(?:a|an) (?:[a-z][\w-]* ){{0,2}}(?:state|federal|national|government|regional|provincial|funding|grant|support|flagship) program|(?:[a-ząćęłńóśźż]{{3,}} ){{0,2}}program(?:em)?)(?![\w-])")
_THE_X_HEAD_RE = re.compile(rf"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Ww]hose) (?P<name>(?:{CAPWORD}(?:, {CAPWORD})+,? and {CAPWORD} |(?:{CAPWORD} ){{1,4}})(?:Instrument|Facility|Plan|Programme|Mechanism|Compact|(?P<fund>Fund)))(?![\w-])")
#: A fund that invests, owns or lends is a body, not a programme: "The National Wealth Fund invested £35 million".
_INVESTOR_VERB_AFTER_RE = re.compile(r" (?:has |had |also |then )?(?:invest(?:s|ed)?|owns|owned|holds|held|lends|lent|bought|buys|acquired|manages|managed|took a stake)\b")
#: "programme"/"programu" right before a name: a region's with a period after it ("the regional programme Thessaly 2021-2027"), an acronym ("the EU programme AL-INVEST Verde", `_projects`).
_PROGRAMME_WORD_BEFORE_RE = re.compile(r"(?<![\w-])(?:programme|program|programu|programem|programie) $")
_PERIOD_AFTER_RE = re.compile(r" (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d(?![\w-])")
#: A fund's English name after a government's word or a Polish "fundusz": a grant scheme ("the federal Clean
#: Fuels Fund", "stanowy fundusz Texas Enterprise Fund"; a fund that is a body is named without one: "the Visegrad Fund").
_GOVERNMENT_FUND_RE = re.compile(rf"(?<![\w-])(?:(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir) (?:federal|provincial|state|national|regional|territorial|government's|government’s|government) |(?:paid|funded|financed|co-financed|co-funded|supported|backed)(?: [a-z]+ly)? (?:through|by|from|via) the |fundusz(?:u|em|owi|ie)? (?:[{LOW}]+ )?)(?P<name>{CAPWORD}(?: (?:and |for |of |& )?{CAPWORD}){{0,4}} Fund)(?![\w-])")  # "fundusz badawczy Endeavour Fund"
#: A government's scheme named before a lowercase "fund"/"programme": "the state's Strategic Outreach and Attraction Reserve fund".
_GOVERNMENT_SCHEME_RE = re.compile(rf"(?<![\w-])(?:[Tt]he )?(?:state|province|government|country|region|city|Commission)['’]s (?P<name>{CAPWORD}(?: (?:and |for |of |& )?{CAPWORD}){{0,5}}) (?:fund|programme|program|scheme)(?![\w-])")
#: A government's scheme of many places named with a plural head: "one of the first federal Tech Hubs".
_PLURAL_SCHEME_RE = re.compile(rf"(?<![\w-])(?:federal|national) (?P<name>(?:{CAPWORD} ){{1,3}}(?:Hubs|Clusters|Centres|Centers|Zones))(?![\w-])")
#: A government's plan named in title case, with its period: "Plan Przyspieszenia Przemysłowego na lata 2014-2020"
#: (two capitalised words at least after "Plan"; a period "na lata" joins it).
_PLAN_PROGRAMME_RE = re.compile(rf"(?<![\w-])(?P<name>Plan(?:u|em|ie|owi)? [{CAP}][{LOW}]+(?: (?:i |dla |na rzecz )?[{CAP}][{LOW}]+){{1,4}})(?P<period> na lata {YEAR}\s*[-–]\s*{YEAR})?(?![\w-])")
#: A country's recovery plan by its acronym after "plan odbudowy": "chorwacki plan odbudowy NPOO", "rumuński plan odbudowy PNRR".
#: A strategy's word right before a plan's name ("strategia Plan Sénégal Émergent", "the strategy Plan Maroc Vert").
_STRATEGY_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Ss]trategi(?:a|i|ę|ą)|[Ss]trategy) $")
_RECOVERY_PLAN_RE = re.compile(r"(?<![\w-])[Pp]lan(?:u|em|ie)? odbudowy (?P<name>[A-ZĄĆĘŁŃÓŚŹŻ]{3,6})(?![\w-])")
#: A British city or region deal, a programme of government money: "Belfast Region City Deal", "Cardiff Capital Region City Deal", "Borderlands Growth Deal".
_CITY_DEAL_RE = re.compile(rf"(?<![\w-])(?P<name>(?:{CAPWORD} ){{1,4}}(?:City|Growth|Region|Regional) Deal)(?![\w-])")
#: A capitalised word right before a name (see the "Strategic Innovation Fund" rule in `_foreign_programmes_after_cue`).
_CAP_WORD_BEFORE_RE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) $")  # "Disruptive Technologies Innovation Fund": up to three words
#: Words before a listed fund's name that do not make another fund ("the EU Innovation Fund", "The Innovation Fund").
_NOT_OTHER_FUND_WORDS = frozenset({"The", "EU", "European", "Its", "Our", "Their", "This", "That", "New", "Union"})
#: A second foreign name coordinated with the first: "program Copernicus i Galileo".
_COORDINATED_NAME_RE = re.compile(rf"(?: i | oraz | and |, )(?P<name>{CAPWORD})(?![\w-])")


#: An acronym joined to a programme's name: "GINOP and Horizon Europe", "EFRR i GINOP".
_COORDINATED_NAME = r"(?:[A-Z]{3,8}|[A-Z]{2,}\d[A-Za-z]+)"  # "GINOP", "EU4Business"
_ACRONYM_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<a>{_COORDINATED_NAME})(?: (?:and(?: the)?|i|oraz|or|lub) |, )(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_ACRONYM_AFTER_RE = re.compile(rf"(?<=[\w)])(?P<sep> (?:and|i|oraz|or|lub) |, )(?P<a>{_COORDINATED_NAME})(?![\w-])")


def _acronyms_beside(text: str, names: list[tuple[int, int, int]]) -> list[tuple[re.Match[str], int]]:
    """Acronyms coordinated with a name ("GINOP and Horizon Europe", ", EDIRPA"), each with
    the value the name (start, end, value) carries."""
    at_start = {a: v for a, _b, v in names}
    at_end = {b: v for _a, b, v in names}
    found = [(m, at_start[m.end()]) for m in _ACRONYM_BEFORE_RE.finditer(text) if m.end() in at_start]
    return found + [(m, at_end[m.start("sep")]) for m in _ACRONYM_AFTER_RE.finditer(text) if m.start("sep") in at_end]


def _coordinated_programmes(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """An acronym no list has, coordinated with a listed programme ("Funding from GINOP
    and Horizon Europe"): a programme too; the acronym must be no word SGJP or English
    knows. Found acronyms extend the list ("European Defence Fund, EDIRPA, ASAP"), and
    from the third programme of a list on, an acronym may be an English word or an abbreviation SGJP lists ("ASAP"). 0.6."""
    programmes = [(c.start, c.end, 0) for c in gaz if c.label == "PROGRAMME"]
    taken = [(c.start, c.end) for c in gaz]
    out: list[Candidate] = []
    while True:
        new = []
        for m, depth in _acronyms_beside(text, programmes):
            a, b = m.start("a"), m.end("a")
            if any(s <= a < e for s, e in taken):
                continue
            word = text[a:b]
            if _unknown_word(word) or (depth >= 1 and word.isupper() and all(r[1].split(":")[0] in ("ign", "brev") for r in _analyses(word))):
                new.append(Candidate(a, b, "PROGRAMME", "programme.coordinated", confidence=0.6))
                taken.append((a, b))
                programmes.append((a, b, depth + 1))
        if not new:
            return out
        out += new


#: Last words of a firm's name, not a programme's ("OP Financial Group").
_FIRM_LAST_WORDS = frozenset({"Group", "Bank", "Holding", "Company", "Corporation", "AG", "SA", "Oy", "Oyj", "Ltd", "Inc", "GmbH"})


def _operational_programme_acronyms(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """Operational programmes named by their national acronym (`OP_ACRONYM_RE`), normal
    form as written (the name is foreign); a period right after joins in `resolve`. 0.7."""
    out = []
    for m in OP_ACRONYM_RE.finditer(text):
        if m.group("name") and m.group("name").split(" ")[-1] in _FIRM_LAST_WORDS:
            continue  # "OP Financial Group": a firm
        end = m.end("name") if m.group("name") else (m.end() if m.group("acronym") else m.end() - 1)
        end = _trim_connectors(text, m.start(), _cut_before(text, m.start(), _cut_at_break(m.start(), end, text), [c for c in gaz if c.label not in _GEO]))  # "OP Zuid i Horyzontu Europa"
        out.append(Candidate(m.start(), end, "PROGRAMME", "programme.op", confidence=0.7, attributes={"normal": text[m.start() : end]}))  # foreign: as written
    return out


#: A programming period and an English "programme" after a place: " 2021-2027 programme", " 2014-2020 ERDF programme".
_PERIOD_PROGRAMME_AFTER_RE = re.compile(r" (?P<period>(?:19|20)\d\d ?[-–] ?(?:20)?\d\d)(?: (?:ERDF|ESF\+?|EFRR))? [Pp]rogramme\b")


def _foreign_programmes_after_cue(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A foreign name after a lowercase "program" or "konkurs" ("program Innovation
    Wales", "konkurs BioRegio"): a programme no list has. 0.6."""
    out = []
    breaks = LINE_BREAKS.get()
    geo_at = {c.start: c for c in gaz if c.label in ("COUNTRY", "REGION")}
    for m in _PAIR_PROGRAMME_RE.finditer(text):  # "programu Polska-Rosja": a cross-border programme named by its countries
        parts, at, ok = m.group("name").split("-"), m.start("name"), True
        for part in parts:
            c = geo_at.get(at)
            ok = ok and c is not None and c.end == at + len(part)
            at += len(part) + 1
        if ok:
            out.append(Candidate(m.start("name"), m.end("name"), "PROGRAMME", "programme.cued", confidence=0.7))
    for m in _EU_PROGRAMME_RE.finditer(text):  # "EU Space Programme", "European Solidarity Programme"
        if not any(c.start <= m.start() < c.end and c.label == "PROGRAMME" for c in gaz):
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.cued", confidence=0.6))
    for m in _TITLE_PROGRAMME_RE.finditer(text):
        start = m.start("name")
        words = m.group("name").split(" ")
        while words and (words[0] in _SENTENCE_OPENERS or words[0].lower() in ("the", "a", "an", "its", "their", "our", "this") or words[0].endswith(("'s", "’s"))):
            start += len(words.pop(0)) + 1  # "The Single Market Programme", "Canada's Strategic Innovation Fund": the owner is no part of the name
        end = _cut_at_break(start, m.end(), text)
        generic = all(w.lower() in GENERIC_QUALIFIERS | {"operational", "and", "for", "of", "&"} for w in words)
        if m.group("head") == "Program" and not all(w.isascii() and _not_polish(w) for w in words if w not in ("and", "for", "of", "&")):
            continue  # "Program" ends an English name only ("Regional Technology and Innovation Hubs Program"); Polish puts it first
        if m.group("head") == "Fund" and _BODY_FUND_WORDS & set(words):
            continue
        listed_tail = any(c.label == "PROGRAMME" and start < c.start and c.end == end for c in gaz)  # "EU Innovation Fund": the listed "Innovation Fund", its owner before it
        if end == m.end() and words and not generic and not listed_tail and not any(c.start <= start < c.end and c.label == "PROGRAMME" for c in gaz):
            out.append(Candidate(start, end, "PROGRAMME", "programme.titled", confidence=0.6))
    for c in gaz:  # "the Wallonia 2021-2027 programme": a region's programme named by the region and its period
        if c.label in ("REGION", "COUNTRY") and (m := _PERIOD_PROGRAMME_AFTER_RE.match(text, c.end)) is not None:
            out.append(Candidate(c.start, m.end("period"), "PROGRAMME", "programme.regional_period", confidence=0.6, attributes={"normal": text[c.start : m.end("period")]}))
        elif c.label == "REGION" and _PROGRAMME_WORD_BEFORE_RE.search(text, max(0, c.start - 12), c.start) and (m := _PERIOD_AFTER_RE.match(text, c.end)) is not None:
            out.append(Candidate(c.start, m.end(), "PROGRAMME", "programme.regional_period", confidence=0.6, attributes={"normal": text[c.start : m.end()]}))  # "the regional programme Thessaly 2021-2027"
        elif c.label == "COUNTRY" and (m := _VERSION_AFTER_RE.match(text, c.end)) is not None:
            out.append(Candidate(c.start, m.end(), "PROGRAMME", "programme.versioned", confidence=0.6))  # "Greece 2.0": a national plan named by its country and a version
    for m in _THE_X_PROGRAMME_RE.finditer(text):  # "from the LIFE programme": a name in capitals (a word or not) or unknown, before "programme"
        words = m.group("name").split(" ")
        for k in range(len(words)):  # the longest run of words before "programme" that names one ("the EU LIFE programme": LIFE)
            tail = words[k:]
            if len(tail) == 1 and any(c.start == m.end("name") - len(tail[0]) and c.label in _GEO for c in gaz):
                continue  # "its GX Hokkaido programme": a place's name ends the programme's name, not names it
            # (one unknown word only after words in capitals or of a kind: "the EU HyLand scheme", not "its Regional Australia Hydrogen Hubs programme")
            if all(w.isupper() and len(w) >= 3 for w in tail) or (len(tail) == 1 and _unknown_word(tail[0]) and all(w.isupper() or w.lower() in _KIND_WORDS for w in words[:k])):
                start = m.end("name") - len(" ".join(tail))
                if not any(c.start <= start < c.end for c in gaz):
                    out.append(Candidate(start, m.end("name"), "PROGRAMME", "programme.cued", confidence=0.6))
                break
        else:  # "the Catalonia Clusters programme": two or more capitalised words name it, unless they name a body or a kind ("the National Innovation programme")
            if not m.group("initiative") and len(words) >= 2 and words[0] not in ("Interreg", "INTERREG") and not any(w in _NOT_PROGRAMME_NAME_WORDS for w in words) and not all(w.lower() in _KIND_WORDS for w in words) and not any(c.start == m.start("name") and c.end == m.end("name") for c in gaz):
                out.append(Candidate(m.start("name"), m.end("name"), "PROGRAMME", "programme.cued", confidence=0.6))
    for c in gaz:  # "Canada's Strategic Innovation Fund": a capitalised word before a listed fund's English name makes another one
        w = _CAP_WORD_BEFORE_RE.search(text, max(0, c.start - 40), c.start) if c.label == "PROGRAMME" and text[c.start : c.end].endswith((" Fund", " Programme", " Facility")) else None
        lead = w.group(1).split(" ") if w is not None else []
        while lead and (lead[0] in _NOT_OTHER_FUND_WORDS or lead[0] in _SENTENCE_OPENERS or lead[0] in _LEAD_STOP):
            lead.pop(0)  # "The Innovation Fund", "the EU Innovation Fund": no other fund
        start = c.start - 1 - len(" ".join(lead))
        if lead and not any(o.end == c.start - 1 or start <= o.start < c.start for o in gaz):
            out.append(Candidate(start, c.end, "PROGRAMME", "programme.cued", confidence=0.6, attributes={"normal": text[start : c.end]}))
    for m in _RECOVERY_PLAN_RE.finditer(text):  # "plan odbudowy NPOO"
        if not any(c.start <= m.start("name") < c.end for c in gaz) and _acronym_not_word(m.group("name")):
            out.append(Candidate(m.start("name"), m.end("name"), "PROGRAMME", "programme.cued", confidence=0.6))
    for m in _PLAN_PROGRAMME_RE.finditer(text):  # "rządowy Plan Przyspieszenia Przemysłowego na lata 2014-2020"
        end = _cut_at_break(m.start(), m.end("name"), text)
        if _STRATEGY_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "strategia Plan Sénégal Émergent": a strategy's name, no funding programme
        if end == m.end("name") and not any(c.start <= m.start() < c.end for c in gaz):
            out.append(Candidate(m.start(), m.end(), "PROGRAMME", "programme.plan", confidence=0.6, attributes={"normal": to_nominative(m.group("name"), singular=True)}))
    for m in _CITY_DEAL_RE.finditer(text):  # "the Belfast Region City Deal"
        words = m.group("name").split(" ")
        start = m.start("name") + (len(words[0]) + 1 if words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS else 0)
        if start < m.end("name") - len(" ".join(words[-2:])):
            out.append(Candidate(start, m.end("name"), "PROGRAMME", "programme.deal", confidence=0.7))
    for m in itertools.chain(_GOVERNMENT_FUND_RE.finditer(text), _GOVERNMENT_SCHEME_RE.finditer(text), _PLURAL_SCHEME_RE.finditer(text)):  # "the federal Clean Fuels Fund", "stanowy fundusz Texas Enterprise Fund"
        if all(w.lower() in _KIND_WORDS | {"and", "for", "of", "&"} for w in m.group("name").split(" ")):
            continue  # "the state's Economic Development fund": a kind of fund, no name
        if not any(c.label == "PROGRAMME" and c.start <= m.start("name") and c.end >= m.end("name") for c in gaz):
            out.append(Candidate(m.start("name"), m.end("name"), "PROGRAMME", "programme.fund", confidence=0.6, attributes={"normal": m.group("name")}))
    for m in _THE_X_HEAD_RE.finditer(text):  # "its Industrial Acceleration Plan", "the European Neighbourhood Instrument": the head is the name's own
        words = m.group("name").split(" ")
        if not any(w in _NOT_PROGRAMME_NAME_WORDS for w in words[:-1]) and not all(w.lower() in _KIND_WORDS | _PLAN_KIND_WORDS for w in words[:-1]) and not any(c.start <= m.start("name") < c.end and not (c.label in _GEO and c.end < m.end("name") - len(words[-1]) - 1) for c in [*gaz, *(c for c in out if c.label == "PROGRAMME")]):  # (a place may open it, a word before the head: "the Ethiopia Jobs Compact")
            end = m.end("name")
            if m.group("fund") and _INVESTOR_VERB_AFTER_RE.match(text, end):
                out.append(Candidate(m.start("name"), end, "ORGANISATION", "organisation.fund", confidence=0.6))  # "The National Wealth Fund invested …": an investor
                continue
            if (for_place := re.match(r" for (?:the )?", text[end : end + 9])) is not None and (place := next((c for c in gaz if c.label in _GEO and c.start == end + for_place.end()), None)) is not None:
                end = place.end  # "the Marshall Plan for Wallonia": the place it is for is the name's
            out.append(Candidate(m.start("name"), end, "PROGRAMME", "programme.cued", confidence=0.6))
    for m in _APPOSED_PROGRAMME_RE.finditer(text):  # "Advance Queensland, a state programme": the name before its apposition
        words = m.group("name").split(" ")
        start = m.start("name")
        while words and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS):
            start += len(words.pop(0)) + 1
        if len(words) >= 2 and not any(m.end("name") <= b <= m.end("name") + 2 for b in breaks) and not any(c.start <= start and m.end("name") <= c.end for c in gaz) and not any(c.label == "PROGRAMME" and start <= c.start < m.end("name") for c in gaz):
            out.append(Candidate(start, m.end("name"), "PROGRAMME", "programme.apposed", confidence=0.6))
    for m in _POLISH_NAMED_PROGRAMME_RE.finditer(text):  # "program Doktorat wdrożeniowy – od 2017 r.": a Polish name in sentence case, up to a dash
        first = m.group("name").split(" ")[0]
        end = _cut_at_break(m.start("name"), m.end("name"), text)
        while end > m.start("name") and not (end in breaks or end == len(text) or re.match(r" [–-] |[,:;]| \(", text[end : end + 3])):
            end = text.rfind(" ", m.start("name"), end)  # the name ends where a dash, a comma or the line does
        if end > m.start("name") and not any(c.start <= m.start("name") < c.end for c in gaz) and any(t.startswith("subst:sg:nom") and "nazwa_pospolita" in n for _l, t, n in _analyses(first.lower())):
            out.append(Candidate(m.start("name"), end, "PROGRAMME", "programme.cued", confidence=0.6))
        elif (place := next((c for c in gaz if c.label in ("COUNTRY", "REGION") and c.start == m.start("name") and c.end < end), None)) is not None and not any(c.label == "PROGRAMME" and c.start == m.start("name") for c in gaz):
            second = re.match(rf" ([{CAP}][{LOW}]+)", text[place.end : end])  # "program Polska Pomoc – szkolenia": a country's name, then a capitalised noun
            if second and place.end + second.end() == end and any(t.startswith("subst:sg:nom") and "nazwa_pospolita" in n for _l, t, n in _analyses(second.group(1).lower())):
                out.append(Candidate(m.start("name"), end, "PROGRAMME", "programme.cued", confidence=0.6))
    for m in _NAMED_PERIOD_PROGRAMME_RE.finditer(text):  # "z programu Konkurencyjność i Spójność 2021–2027": a name and its period
        if not any(c.label == "PROGRAMME" and c.start <= m.start("name") < c.end for c in gaz) and m.start("period") not in breaks:
            out.append(Candidate(m.start("name"), m.end("period"), "PROGRAMME", "programme.cued", confidence=0.6, attributes={"normal": m.group("name")}))
    items = set(_item_starts(text))
    for m in CUED_FOREIGN_PROGRAMME_RE.finditer(text):
        if m.group("cap") and not (_SENTENCE_START_RE.search(text[max(0, m.start() - 3) : m.start()]) or (m.start() - 1) in breaks or m.start() in items):
            continue  # a capital "Program" inside a sentence is a name's first word ("Program Kosmiczny")
        if m.group().startswith("programme") and any(_english_word(w) for w in m.group("name").split(" ") if not re.match(r"[dl][’']", w)):
            continue  # English "programme" before a name in another language only ("Territoires d'industrie"; not "the programme Managing Authority")
        if m.group("kind") and not _is_plain_adjective(m.group("kind").strip()):
            continue  # "program sektorowy GameINN": only an adjective may stand between
        whole = _trim_connectors(text, m.start("name"), _cut_at_break(m.start("name"), m.end("name"), text))
        body = min((c.start - 1 for c in gaz if c.label == "ORGANISATION" and m.start("name") < c.start - 1 < whole and text[c.start - 1] == " "), default=whole)
        whole = body  # "program AL-INVEST Verde Komisji Europejskiej": the body whose programme it is follows the name
        end = _trim_connectors(text, m.start("name"), _cut_before(text, m.start("name"), whole, gaz))
        # "program Start-Up Chile": capitalised English words and the country they are for
        place = next((c for c in geo_at.values() if c.end == whole and m.start("name") < c.start and text[c.start - 1] == " "), None)
        lead = text[m.start("name") : place.start - 1].split(" ") if place is not None else []
        for_place = bool(lead) and all(w[:1].isupper() and w.isascii() and _english_word(w) for w in lead)
        end = whole if for_place else end
        core = re.sub(r" (?:19|20)\d\d$", "", text[m.start("name") : end])  # "Vision 2030": a foreign word and the year it aims at
        foreign = _foreign_programme(core) or (core != text[m.start("name") : end] and all(_not_polish(w) for w in core.split(" ")))
        if (for_place or foreign) and not any(c.start == m.start("name") and c.end >= end for c in gaz):
            out.append(Candidate(m.start("name"), end, "PROGRAMME", "programme.cued", confidence=0.6))
            more = _COORDINATED_NAME_RE.match(text, end)  # "program Copernicus i Galileo": two programmes
            if more and end not in breaks and _proper_only(more.group("name")) and not any(c.start == more.start("name") for c in gaz):
                out.append(Candidate(more.start("name"), more.end("name"), "PROGRAMME", "programme.cued", confidence=0.6))
    return out


def _english_word(word: str) -> bool:
    """A word English uses at all (Zipf 2.0): "Mechatronics" as well as "Food"; not "Transilvania"."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 2.0


def _common_english(word: str) -> bool:
    """A word English uses often (Zipf 3.0): "Food", "Pharmaceutical", not "Transilvania"."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 3.0


def _common_polish(word: str) -> bool:
    """A Polish word, no proper name ("Łotewski"; not "Wrocław", "Lombardia"), more
    common in Polish than in English."""
    a = _analyses(word.lower())
    return bool(a) and all(x[1] != "ign" for x in a) and not any(n for _l, _t, n in _analyses(word) if set(n) - {"nazwa_pospolita"}) and not _not_polish(word)


def _proper_only(word: str) -> bool:
    """A word SGJP knows only as a proper name, if at all, and English does not use
    often: a name ("Galileo", which SGJP reads only as the vocative of Galilea)."""
    from wordfreq import zipf_frequency

    return all(a[1] == "ign" or a[2] for a in _analyses(word)) and not any(a[2] and "nazwa_pospolita" in a[2] for a in _analyses(word)) and zipf_frequency(word.lower(), "en") < ENGLISH_COMMON_ZIPF


def _foreign_programme(name: str) -> bool:
    """A programme's foreign name after a cue: one word no source knows ("BioRegio",
    "Bioenergie-Regionen"; not the software "Excel"), several none of them Polish
    ("Innovation Wales"), or several opened by an unknown acronym ("GINOP Plusz")."""
    words = name.split(" ")
    if not name:
        return False
    if len(words) == 1:  # "UR-GE": an acronym of hyphenated parts is a name, whatever the parts are
        return _unknown_word(name) or ("-" in name and (name.isupper() or any(_unknown_word(p) or (len(p) >= 3 and p.isupper()) for p in name.split("-") if p)))  # "SWITCH-Asia"
    if len(words[0]) >= 3 and words[0].isupper() and _unknown_word(words[0]):
        return True  # "programu GINOP Plusz": an acronym no source knows opens the name
    return all(_not_polish(w) or _capitalised_english_particle(w) or w in _ENGLISH_LINKS for w in words[1:-1]) and all(_not_polish(w) or _capitalised_english_particle(w) for w in (words[0], words[-1]))


#: Lowercase English words that may link a foreign programme's capitalised words ("Go to Brand", "Start in Poland").
_ENGLISH_LINKS = frozenset({"of", "for", "and", "to", "in", "the"})
_PARTICLE_TAGS = ("ppron3", "ppron12", "prep", "conj", "comp", "qub", "interj")


def _capitalised_english_particle(word: str) -> bool:
    """A capitalised word English uses often that Polish has as a pronoun, preposition or
    particle: in a name after a cue it is English ("Go" of "program Go Africa"; Polish "go" is never capitalised
    inside a sentence)."""
    from wordfreq import zipf_frequency

    if not word[:1].isupper() or zipf_frequency(word.lower(), "en") < 4.0:
        return False
    return any(t.startswith(_PARTICLE_TAGS) for _l, t, _n in _analyses(word.lower()))


def _programmes_after_cue(text: str, entries: dict[str, Any]) -> list[Candidate]:
    """A programme the gazetteer calls "Program X", named X after a lowercase
    "program" ("do programu LIFE", "w programie Tempus") or before an English
    "programme" ("the LIFE programme"): the name alone is the entity."""
    out = []
    for rule, pattern_for in (
        ("after_cue", lambda names: rf"(?<![\w-])program(?:u|em|ie|y|ów|ach|ami|om)? (?P<own>{names})(?![\w+-])"),
        ("before_programme", lambda names: rf"(?<![\w-])(?P<own>{names}) [Pp]rogramme\b"),
    ):
        pattern, own = _own_name_pattern(
            entries,
            rule,
            lambda: {e.name[len("Program ") :]: key for key, e in entries.items() if e.label == "PROGRAMME" and e.name.startswith("Program ") and e.name[8:9].isupper() and " " not in e.name[8:]},
            pattern_for,
        )
        if pattern is not None:
            out += [Candidate(m.start("own"), m.end("own"), "PROGRAMME", "programme.after_cue", own[m.group("own")], confidence=0.8) for m in pattern.finditer(text)]
    # a programme's own name quoted after its head: Instrument „Łącząc Europę” (the gazetteer's "Instrument Łącząc
    # Europę"), w programie „Inteligentny Rozwój” (an operational programme's own part)
    pattern, own = _own_name_pattern(
        entries,
        "quoted_after_head",
        lambda: {e.name.split(" ", 1)[1]: key for key, e in entries.items() if e.label == "PROGRAMME" and e.name.startswith(("Program ", "Instrument ")) and e.name.split(" ", 1)[1][:1].isupper()} | _programme_own_names(entries),
        lambda names: rf"(?<![\w-])(?:[Pp]rogram|[Ii]nstrument)\w* [„\"“](?P<own>{names})[”\"]",
    )
    if pattern is not None:
        out += [Candidate(m.start("own"), m.end("own"), "PROGRAMME", "programme.after_cue", own[m.group("own")], confidence=0.8) for m in pattern.finditer(text)]
    # an operational programme's own name after "program" ("z programu Polska Wschodnia": not the region)
    pattern, own = _own_name_pattern(entries, "short_after_cue", lambda: _programme_own_names(entries), lambda names: rf"(?<![\w-])program(?:u|em|ie)? (?P<own>{names})(?![\w+-])")
    if pattern is not None:
        out += [Candidate(m.start("own"), m.end("own"), "PROGRAMME", "programme.after_cue", own[m.group("own")], confidence=0.8) for m in pattern.finditer(text)]
    return out


#: Case endings of a foreign masculine place name SGJP does not decline ("w Grazu", "z Bergenem").
FOREIGN_PLACE_ENDINGS = ("owi", "em", "u", "a")
#: Stem ends that take the locative -ie unchanged ("w Mohylewie", "w Bergenie").
LABIAL_FINALS = ("w", "n", "m", "p", "b", "f")
_CAP_WORD_RE = re.compile(rf"(?<![\w-])[{CAP}][{LOW}]{{3,}}(?![\w-])")


@cache
def _place_nominatives() -> dict[str, str]:
    """One-word town and region names that end in a consonant -> their entry key."""
    from . import load_gazetteers

    _entries, patterns = load_gazetteers()
    out: dict[str, str] = {}
    for p in patterns:
        form = p["pattern"]
        if p["label"] in ("CITY", "REGION") and " " not in form and "-" not in form and len(form) >= 4 and form[-1] not in "aeiouyąęó" and not form.isupper():
            out.setdefault(form, p["id"])
    return out


@cache
def _feminine_place_stems() -> dict[str, str]:
    """One-word town and region names in -a after a consonant, by their stem ("Nitr")
    -> their entry key."""
    from . import load_gazetteers

    _entries, patterns = load_gazetteers()
    out: dict[str, str] = {}
    for p in patterns:
        form = p["pattern"]
        if p["label"] in ("CITY", "REGION") and " " not in form and "-" not in form and len(form) >= 4 and form.endswith("a") and form[-2] not in "aeiouyąęói" and not form.isupper():
            out.setdefault(form[:-1], p["id"])
    return out


#: Case endings of a foreign feminine name in -a, each with the stem end it replaces:
#: "Nitry", "Nitrę", "Nitrą", "Nitrze" (r -> rze), "Trnawie" (w -> wie).
_FEMININE_ENDINGS = (("y", ""), ("i", ""), ("ę", ""), ("ą", ""), *((t, h) for h, t in _SOFTENED))


_PLACE_NAME_LABELS = frozenset({"nazwa_geograficzna", "człon_nazwy_geograficznej"})


def _no_listed_reading(word: str, places: dict[str, str]) -> bool:
    """SGJP reads `word` as nothing, or only as a form of a place no list has
    ("Żylinie" of a village Żylin, "Karwinie" of Karwin) or of a surname ("Saary"):
    a listed town's case form may take it."""
    return all(t == "ign" or set(n) == {"nazwisko"} or (_PLACE_NAME_LABELS & set(n) and lemma.split(":")[0] not in places) for lemma, t, n in _analyses(word))


def _foreign_place_forms(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A capitalised word SGJP does not know, that is a listed town or region plus a
    Polish case ending ("Grazu", "Bergenem"; "Nitrze", "Trnawy" of names in -a): that
    place, declined as Polish declines foreign names."""
    taken = {c.start for c in gaz}
    places = _place_nominatives()
    feminine = _feminine_place_stems()
    out = []
    for m in _CAP_WORD_RE.finditer(text):
        if m.start() in taken:
            continue
        word = m.group()
        stem = next((word[: -len(e)] + h for e, h in _FEMININE_ENDINGS if word.endswith(e) and word[: -len(e)] + h in feminine), None)
        key = feminine[stem] if stem is not None and _no_listed_reading(word, places) else None
        for ending in (*FOREIGN_PLACE_ENDINGS, "ie") if key is None else ():
            stem = word[: -len(ending)]
            if ending == "ie" and not stem.endswith(LABIAL_FINALS):
                continue  # the locative -ie without a consonant change: "Mohylewie", "Bergenie"
            if word.endswith(ending) and stem in places and not any(t != "ign" for _l, t, _n in _analyses(word)):
                key = places[stem]
                break
        if key is not None and not _declined_before_foreign_name(text, m.start(), m.end()):  # (not "Adani Ports": a name's first word before a foreign one)
            out.append(Candidate(m.start(), m.end(), "CITY" if key.startswith("cities") else "REGION", "place.declined", key, confidence=0.8))
    return out


def _extended_names(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A listed cluster or institution whose name goes on past the list's form, as written:
    a German association's "e.V." ("OptoNet e.V."), and an institute's code after a
    one-word research organisation ("Fraunhofer IOF"; not "EU LIFE"). (A country after a
    cluster's name stays a country: "Aviation Valley Poland".)"""
    out = []
    starts = {c.start for c in gaz}
    for c in gaz:
        if c.label in ("CLUSTER", "ORGANISATION") and (m := re.match(r" e\. ?V\.", text[c.end : c.end + 7])):
            pass  # "OptoNet e.V."
        elif c.label == "ORGANISATION" and " " not in text[c.start : c.end] and not text[c.start : c.end].isupper() and (c.end + 1) not in starts:
            m = re.match(r" [A-Z]{2,5}(?![\w-])", text[c.end : c.end + 7])  # "Fraunhofer IOF"
        else:
            m = None
        if m is not None:
            end = c.end + m.end()
            out.append(Candidate(c.start, end, c.label, f"{c.label.lower()}.extended", confidence=0.8, attributes={"normal": text[c.start : end]}))
    return out


def find_candidates(text: str, gazetteer: list[Candidate], entries: dict[str, Any]) -> list[Candidate]:
    """Every rule's candidates in `text` (gazetteer candidates given for context)."""
    programmes = _resolve_regional_programmes(text, _programmes(text, gazetteer), gazetteer, entries)
    return _extended_names(text, gazetteer) + _elided_voivodeships(text, gazetteer, entries) + _directional_regions(text, gazetteer, entries) + _cued_regions(text, gazetteer, entries) + _coordinated_countries(text, gazetteer, entries) + _listed_regions(text, gazetteer) + _listed_programmes(text, gazetteer) + _listed_firms(text, gazetteer) + _for_cause_programmes(text, gazetteer) + _programme_short_names(text, entries) + _regional_programme_brands(text, entries) + _programmes_after_cue(text, entries) + _foreign_programmes_after_cue(text, gazetteer) + _operational_programme_acronyms(text, gazetteer) + _coordinated_programmes(text, gazetteer) + _foreign_place_forms(text, gazetteer) + _clusters(text, gazetteer) + _coordinated_clusters(text, gazetteer) + _orgs(text, gazetteer) + _apposed_firms(text, gazetteer) + _subject_firms(text, gazetteer) + programmes + _projects(text) + _described_projects(text, gazetteer) + _persons(text) + _dates(text) + _quantities(text)


_RPO_LETTERS_RE = re.compile(r"RPO ?W(?P<i>i(?=[A-Z]))?(?P<letters>[A-ZĄĆĘŁŃÓŚŹŻ](?:[A-ZĄĆĘŁŃÓŚŹŻ]|L(?=\b)){0,2})")


def _fold(ch: str) -> str:
    """A letter in lowercase without its accent ("Ś" -> "s"); ł stays ł (only łódzkie starts so)."""
    return unicodedata.normalize("NFD", ch.lower())[0]


_RPO_CACHE: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _regional_programme_tables(entries: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(ISO code -> regional OP entry key, ISO code -> voivodeship adjective), once per gazetteer."""
    if id(entries) not in _RPO_CACHE:
        rpo = {e.ids["iso3166"]: k for k, e in entries.items() if e.label == "PROGRAMME" and e.ids.get("iso3166", "").startswith("PL-")}
        voiv = {e.ids["iso3166"]: e.name.split(" ", 1)[1] for e in entries.values() if e.label == "REGION" and e.name.startswith("województwo ")}
        _RPO_CACHE[id(entries)] = (rpo, voiv)
    return _RPO_CACHE[id(entries)]


def _resolve_regional_programmes(text: str, candidates: list[Candidate], gaz: list[Candidate], entries: dict[str, Any]) -> list[Candidate]:
    """A regional OP named without its voivodeship in full gets that voivodeship's
    entry: one named inside it ("RPO Lubuskie 2020", "RPO Warmia i Mazury"); for an
    acronym ("RPO WM") or the bare "Regionalny Program Operacyjny", the one voivodeship
    the document names that fits its letter (or the only voivodeship that fits)."""
    rpo_by_code, voivodeships = _regional_programme_tables(entries)
    # a voivodeship, or a historical land its voivodeship is named after ("na Mazowszu": PL-14)
    named = [(c, entries[c.key].ids.get("iso3166") or entries[c.key].attributes.get("voivodeship_iso3166", "")) for c in gaz if c.label == "REGION" and c.key in entries]
    mentioned = {code for _c, code in named if code in voivodeships}
    out = []
    for c in candidates:
        if c.source == "programme.po" and (m := PLACE_PO_RE.match(text, c.start)) is not None:
            # "Wielkopolskiego Regionalnego Programu Operacyjnego": the voivodeship's own programme
            first, _, last = m.group().split(" ", 1)[0].lower().rpartition("-")  # "warmińsko-" + "mazurskiego"
            adjective = (first + "-" if first else "") + lemma_of(last) + "e"  # wielkopolski -> wielkopolskie
            code = next((code for code, adj in voivodeships.items() if adj == adjective and code in rpo_by_code), None)
            if code:
                c = Candidate(c.start, c.end, c.label, c.source, rpo_by_code[code], c.confidence, {k: v for k, v in c.attributes.items() if k != "normal"})
        elif c.source == "programme.rpo" and "region" not in c.attributes:
            inside = {code for r, code in named if c.start <= r.start and r.end <= c.end and code in rpo_by_code}
            if inside:
                fits = inside
            elif (m := _RPO_LETTERS_RE.match(text, c.start)) is not None:
                letters = "".join(_fold(ch) for ch in m.group("letters"))
                if m.group("i"):  # "RPO WiM": Warmii i Mazur, the initials of a two-part name
                    fits = {code for code, adj in voivodeships.items() if "".join(_fold(w[0]) for w in adj.split("-")) == "w" + letters}
                else:
                    fits = {code for code, adj in voivodeships.items() if _fold(adj[0]) == letters[0]}
                # "WSL": more letters than one narrow it when they spell the adjective's start (śl-)
                fits = {code for code in fits if "".join(map(_fold, voivodeships[code])).startswith(letters)} or fits
                fits = (fits & mentioned) or (fits if len(fits) == 1 else set())
            else:
                fits = mentioned if text[c.start : c.end].startswith("Regionaln") else set()
            if len(fits) == 1:
                attrs = {k: v for k, v in c.attributes.items() if k != "normal"}
                c = Candidate(c.start, c.end, c.label, c.source, rpo_by_code[next(iter(fits))], c.confidence, attrs)
        out.append(c)
    return out


#: The EU's multiannual programming periods (and the new members' 2004-2006).
PROGRAMMING_PERIODS = frozenset({(1994, 1999), (2000, 2006), (2004, 2006), (2007, 2013), (2014, 2020), (2021, 2027), (2028, 2034)})
PERIOD_RE = re.compile(rf"\s*(?:na lata |,\s*)?(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>{YEAR})(?![\w])")
#: Sources that win a tie of length (lower first): a cued region over the town it is named
#: after, a programme's own name after "program" over the region so named ("programu Polska
#: Wschodnia"); a name after "projekt" over the same words read as an institution's; any other
#: programme rule over a title-case English name before "Programme" ("North Portugal Regional Programme").
#: Tie-breaks between candidates of equal length (lower wins; 1 by default): a head noun or an
#: apposition that says what a name is outweighs a list's or a cue's guess.
_PRIORITY = {
    "region.cue": -1, "programme.after_cue": -1, "country.coordinated": -1, "gazetteer": 0, "project.named": 0.5, "project.titled": 0.5, "project.listed": 0.5,
    "organisation.foreign_head": 0.5, "organisation.capitals": 0.5, "organisation.czech_slovak": 0.5, "organisation.apposed": 0.5, "cluster.apposed": 0.5, "programme.titled": 1.5,
}  # fmt: skip


def _first_digit(text: str, c: Candidate) -> int:
    m = re.search(r"\d", text[c.start : c.end])
    return c.start + m.start() if m else c.start


@cache
def _not_entities() -> frozenset[str]:
    """Forms of terms that look like names but are not entities (`src/curated.json`)."""
    import json
    from importlib import resources

    from .inflect import inflect

    data = json.loads((resources.files("pipeline.tag") / "gazetteers" / "src" / "curated.json").read_text(encoding="utf-8"))
    return frozenset(f for term in data.get("not_entities", []) for f in inflect(term))


@cache
def _not_entity_re() -> re.Pattern[str]:
    forms = sorted(_not_entities(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])") if forms else re.compile(r"(?!)")


_NAME_RUN_RE = re.compile(rf"(?:{CAPWORD} (?:& )?){{2,4}}$")
#: Capitalised words of a title, not of a firm's name ("Cluster Policy In Poland").
_TITLE_WORDS = frozenset({"In", "Of", "For", "The", "And", "To", "On", "At", "From", "With", "By", "W", "We", "Z", "Ze", "I", "Na", "Do", "Dla", "Od", "O", "Oraz"})
#: Function words a list item's sentence opens with; no name does ("From", "Why", "Dla"; "The" may).
_SENTENCE_OPENERS = (_TITLE_WORDS - {"The"}) | frozenset({"Into", "Over", "Under", "Why", "What", "How", "When", "Where", "Who", "Which", "If", "But", "Or", "Not", "Przez", "Po", "Przy", "Pod", "Nad", "Za", "Jak", "Czy", "Dlaczego", "Gdzie", "Kiedy"})


_LEADING_WORD_RE = re.compile(r"(\w+) ")


@cache
def _english_adjective_of_place(word: str) -> bool:
    """"Polish", "Chinese" (languages' names, CLDR), "European", "African" (a frequent English word in -an)."""
    from wordfreq import zipf_frequency

    return word in _english_language_names() or (word.endswith("an") and zipf_frequency(word.lower(), "en") >= 4.5)


@cache
def _english_language_names() -> frozenset[str]:
    """English names of languages (CLDR, built into gazetteers/language_names.txt by
    `build_gazetteers`), which are also most nationalities' adjectives: "Slovenian",
    "Danish", "Dutch"."""
    from pathlib import Path

    path = Path(__file__).resolve().parent / "gazetteers" / "language_names.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


def _firm_named_after(text: str, place: Candidate, others: list[Candidate]) -> int | None:
    """Does `place` (a country or town) end a run of two or more capitalised words that
    are not Polish (or "&"): a firm named after it ("Safran Transmission Systems
    Poland")? The run's start, or None; not when a listed name stands in the run
    ("Aviation Valley Poland": a cluster, then the country)."""
    if place.label not in ("COUNTRY", "CITY") or re.match(r" (?:network|cluster|hub)\b", text[place.end : place.end + 9]):
        return None  # "the Renewable Energy Hamburg network": a network's name, no firm's
    run = _ends_a_company_name(text, place.start)
    first = _LEADING_WORD_RE.match(text, run) if run is not None else None
    if first and first.group(1) in _english_language_names() and text.count(" ", first.end(), place.start) >= 1:
        run = first.end()  # "the Slovenian SPIRIT Slovenia": the brand, after its nationality
    elif first and any(t.startswith("prep") for _l, t, _n in _analyses(first.group(1).lower())) and text.count(" ", first.end(), place.start) >= 1:
        run = first.end()  # "Wokół Queen's University Belfast": a sentence's preposition before the name
    if run is None or any(n.source == "gazetteer" and n.label in _NAMED and run <= n.start < place.start for n in others):
        return None
    return run


def _ends_a_company_name(text: str, start: int) -> int | None:
    """The start of a run of two or more capitalised non-Polish words (or "&") that
    ends at `start`, or None."""
    m = _NAME_RUN_RE.search(text, max(0, start - 60), start)
    if not m or start in LINE_BREAKS.get() or any(b in LINE_BREAKS.get() for b in range(m.start(), start)):
        return None
    words = [w for w in m.group().split(" ") if w and w != "&"]
    if any(w in ("Cluster", "Valley", "Klaster") for w in words):
        return None  # "Maritime Cluster Northern Germany": a cluster's name (`_clusters`), not a firm's
    if all(w.isupper() for w in words) and text[start : start + 2].isupper():
        return None  # "LESSONS FOR POLAND": a heading in capitals, not a firm
    if any(w in _TITLE_WORDS for w in words) or not all(w.isupper() or w in ORG_EN_LAST_WORDS or _brand_word(w) or all(a[1] == "ign" for a in _analyses(w)) for w in words[-2:]):  # ("Hyundai Motor India": a brand and a firm's English word)
        return None
    return m.start()


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?•:;\n\"„(]\s*|[–-]\s)$")
#: "Operational" (and its qualifier) right before an English "Programme <Name>".
_OPERATIONAL_BEFORE_RE = re.compile(r"(?<![\w-])(?:(?:(?:National|Regional|Integrated|Sectoral) )?Operational|Regional|National|Sectoral|Interregional) $")  # "Regional Programme North-West"


#: A status or title given in quotes ("certyfikat „Pilotażowy Klaster Energii”", "the
#: label “Cluster Management Excellence”"): what is inside names no entity (`resolve`).
_QUOTED_STATUS_RE = re.compile(r"(?<![\w-])(?:[Cc]ertyfikat\w*|[Ss]tatus\w*|[Tt]ytu[łl]\w*|[Ww]yróżnieni\w*|[Ee]tykiet\w*|[Cc]ertificates?|[Ll]abels?|[Tt]itles?) [„\"“](?P<name>[^”\"\n]{2,60})[”\"]")
#: A lowercase prefix joined to a country's name: "e-Estonia".
_BRAND_PREFIX_RE = re.compile(r"(?<![\w-])[a-z]{1,2}-$")


#: A body of water named after a place: "Gulf of", "Bay of", "Sea of" (the place is the name's part).
_WATER_OF_RE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits) of (?:the )?$|\b(?:[Pp]ustyn(?:ia|i|ię|ią)|(?:the )?[Dd]esert|Salar de|Lake|Lago|Lac|[Jj]ezior(?:o|a|u|em|ze))\s$")  # "pustyni Atakama", "Salar de Atacama": a natural feature named like a region


#: A preposition that puts a place after it: "in Galway", "around Derby", "w Galway", "z Mons".
_PLACE_CUE_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Ii]n|around|near|from|outside|[Ww]e?|[Zz]e?|koło|pod|obok|do|niedaleko|okolic(?:ach|y|e)?|pobliżu)\s+$")


def english_adjective_before_noun(text: str, start: int, end: int) -> bool:
    """Is text[start:end] an English language's adjective before a word Polish does not have
    ("Czech clusters", "the Czech Aerospace Cluster"), not the Polish genitive of a country
    spelled the same ("z Czech", "firmy z Czech i Słowacji")?"""
    if text[start:end] not in _english_language_names():
        return False
    nxt = re.match(r" ([^\W\d_]+)", text[end : end + 40])
    return nxt is not None and _not_polish(nxt.group(1))


def glued_acronym(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a short acronym hyphenated into a longer one ("EU-GAMES4i",
    "EU-GUARDIAN"): capitals, a hyphen, then a capital or digit?"""
    word = text[start:end]
    return word.isupper() and len(word) <= 4 and text[end : end + 1] == "-" and (text[end + 1 : end + 2].isupper() or text[end + 1 : end + 2].isdigit())


@cache
def _place_name(word: str) -> bool:
    """Does SGJP know `word`, as written, as a geographic name ("Calvados")?"""
    return any("nazwa_geograficzna" in names for lemma, _t, names in _analyses(word) if lemma[:1].isupper())


def after_foreign_article(text: str, start: int) -> bool:
    """Does a capitalised foreign article stand right before `start` ("w La Hague", "Le Mans"
    when only "Mans" matched)? The name goes on before it: no listed place ("Hague" = Haga)."""
    m = re.search(r"(?<![\w-])(\w+) $", text[max(0, start - 5) : start])
    return m is not None and m.group(1) in _FOREIGN_ARTICLES


def _declined_before_foreign_name(text: str, start: int, end: int) -> bool:
    """Is the word at text[start:end], read as a place's declined form ("Adani", Adana's
    locative), right before a capitalised English word ("inwestor Adani Ports") with no place's
    preposition before it? Then it is a name's first word ("w Izmirze Aegean Textile …" is the town)."""
    nxt = re.match(rf" ({CAPWORD})", text[end : end + 40])
    return nxt is not None and _not_polish(nxt.group(1)) and _english_word(nxt.group(1)) and not place_cue_before(text, start)


def acronym_in_mixed_case(text: str, start: int, end: int, name: str) -> bool:
    """Is text[start:end] a short word in capitals in a line mostly in lower case, where the
    place it spells is written in lower case ("z udziałem INTA": an institute's acronym, not the
    town of Inta)? A heading or a line in capitals keeps its places ("• ŁÓDŹ"), and so does a
    place SGJP knows ("z ŁODZI")."""
    word = text[start:end]
    if not (word.isupper() and 2 <= len(word) <= 5 and word.isalpha()) or name.isupper():
        return False
    if _place_name(word.capitalize()):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[^\W\d_]{2,}", line)
    return sum(w.isupper() for w in words) * 2 <= len(words)


def glued_by_dot(text: str, start: int, end: int) -> bool:
    """Is text[start:end] joined by a dot, with no space, to a word before or after it
    ("NRW.Europa", "europa.eu")? A sentence's end has a space after its dot."""
    before = start >= 2 and text[start - 1] == "." and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] == "." and text[end + 1].isalnum()
    return before or after


def place_cue_before(text: str, start: int, country: bool = False) -> bool:
    """Does a preposition that governs a place stand right before `start`? (Gazetteer places
    named like common words count only after one; `GazetteerEntry.cued`.) country: "na" too,
    which islands and countries take ("na Kubie", "na Kubę")."""
    return (
        _PLACE_CUE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
        or _PLACE_NOUN_BEFORE_RE.search(text, max(0, start - 16), start) is not None
        or (country and _NA_BEFORE_RE.search(text, max(0, start - 4), start) is not None)
    )


#: A place's kind or "at" right before a name, which makes it a town: "at Sanand", "the capital, Gandhinagar",
#: "port of Mundra", "stolica: Batumi", "Stolicą jest Hobart", "miastem – Launceston" (`place_cue_before`; a cued town only).
_PLACE_NOUN_BEFORE_RE = re.compile(r"(?<![\w-])(?:at|[Cc]apital(?:,| is)?|(?:[Cc]ity|[Tt]own|[Pp]ort) of|[Ss]tolic(?:a|ą|ę|y)(?:[,:]| jest| był[ao]?)?|miast(?:o|a|em|u)(?: [–-]|:)?|miejscowoś(?:ć|ci))\s+$")


_NA_BEFORE_RE = re.compile(r"(?<![\w-])[Nn]a\s+$")


#: What joins two places of a list: a comma, "i", "oraz", "and", "or", "lub".
_LIST_JOINT_RE = re.compile(r"(?:,| (?:i|oraz|and|or|lub|albo))? ?")


def listed_with_place(text: str, start: int, end: int, places: list[Candidate]) -> bool:
    """Is text[start:end] listed right beside a place a source lists plainly ("Houston i Columbus",
    "Columbus, Houston")? A city named like a common word counts there as after a preposition."""
    geo = [c for c in places if c.label in _GEO]
    before = any(c.end <= start and _LIST_JOINT_RE.fullmatch(text, c.end, start) and text[c.end:start].strip(" ") for c in geo)
    after = any(c.start >= end and _LIST_JOINT_RE.fullmatch(text, end, c.start) and text[end:c.start].strip(" ") for c in geo)
    return before or after


#: A preposition of place right after a name: " w ", " we ", " in ".
_IN_PLACE_AFTER_RE = re.compile(r" (?:w|we|in) ")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ ,]*$")
_WORD_AFTER_RE = re.compile(r"[ ,]*([^\W\d_]+)")


def _acronym_in_prose(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one word in capitals between lowercase words ("and GAIA for")? No
    city is written so in prose; a heading in capitals has no lowercase words around."""
    word = text[start:end]
    if len(word) < 3 or not word.isupper() or " " in word:
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER_RE.match(text, end)
    return bool(before and after and before.group(1).islower() and after.group(1).islower())


def resolve(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, gazetteer on a tie, then leftmost."""
    kept = []
    generic = _not_entities()
    statuses = [(m.start(), m.end()) for m in _not_entity_re().finditer(text)] if generic else []
    statuses += [(m.start("name"), m.end("name")) for m in _QUOTED_STATUS_RE.finditer(text)]  # certyfikat „Pilotażowy Klaster Energii”
    calls = [(m.start(), m.end()) for m in _CALL_SPAN_RE.finditer(text)]
    for c in candidates:
        if c.source != "gazetteer" and (text[c.start : c.end] in generic or any(s <= c.start and c.end <= e for s, e in statuses)):
            continue  # "Krajowy Klaster Kluczowy" is a status, not a cluster (nor is part of it)
        if any(s <= c.start and c.end <= e for s, e in calls):
            continue  # "H2020-INNOSUP-2019": a call's identifier names no programme, date or project
        if c.source == "gazetteer" and c.label in ("REGION", "CITY") and (re.match(r"-[^\W\d_]", text[c.end : c.end + 2]) or re.search(r"[^\W\d_]-$", text[max(0, c.start - 2) : c.start])):
            continue  # "Saksonii-Anhaltu": part of a hyphenated name, not the place alone
        if c.source == "gazetteer" and c.label == "ORGANISATION" and re.search(r"[^\W\d_]-$", text[max(0, c.start - 2) : c.start]):
            continue  # "M-Pesa": a hyphenated name's part, not the firm (an ending after: "PARP-u", is the body's)
        if c.source == "gazetteer" and c.label == "CITY" and (m := _IN_PLACE_AFTER_RE.match(text, c.end)) is not None and any(o.label == "CITY" and o.start == m.end() for o in candidates):
            continue  # "Toyota w Wałbrzychu", "Volkswagen in Poznań": no town is in another town; a firm named like one is
        if c.source == "gazetteer" and c.label == "CITY" and _acronym_in_prose(text, c.start, c.end):
            continue  # "and GAIA for electronics": an acronym between lowercase words, not the town (Gaia) in capitals
        if c.source == "gazetteer" and c.label == "COUNTRY" and _BRAND_PREFIX_RE.search(text, max(0, c.start - 3), c.start):
            continue  # "e-Estonia": a brand, not the country ("Polska-Niemcy" is two)
        if c.source == "gazetteer" and c.label == "COUNTRY" and _VERSION_AFTER_RE.match(text, c.end):
            continue  # "Greece 2.0" (the Greek recovery plan): a plan's or brand's name, not the country
        if c.source == "gazetteer" and c.label in _GEO and _WATER_OF_RE.search(text, max(0, c.start - 16), c.start):
            continue  # "the Gulf of Finland", "Bay of Biscay", "pustyni Atakama": a sea's or desert's name, not the place
        if c.source == "gazetteer" and c.label in _GEO and " " not in text[c.start : c.end]:
            word = text[c.start : c.end]
            nxt = re.match(r"\s*([^\W\d_]+)", text[c.end :])
            if nxt and _adjective_before_noun(word, nxt.group(1)):
                continue  # "Polski rynek", "Mali przedsiębiorcy"
            if _function_or_verb(word) and _SENTENCE_START_RE.search(text[max(0, c.start - 3) : c.start]):
                continue  # "Wolę ..." (I prefer), not the town; "w Odessie" is the town
            if _firm_named_after(text, c, candidates) is not None:
                continue  # "Safran Transmission Systems Poland", "Pratt & Whitney Rzeszów": part of a firm's name (`_orgs`)
        if c.label == "PROGRAMME":
            m = PERIOD_RE.match(text, c.end)
            if m and "," in m.group() and (int(m.group("y1")), int(m.group("y2"))) not in PROGRAMMING_PERIODS:
                m = None  # "Interreg Europe, 2016-2020": after a comma only a programming period is the programme's
            if m:
                c = Candidate(c.start, m.end(), c.label, c.source, c.key, c.confidence, {**c.attributes, "period": f"{m.group('y1')}-{m.group('y2')}"})
        kept.append(c)
    # "2016-2018 członkowie", "12 maja 2008": a number that belongs to a date is not a quantity
    in_date = bytearray(len(text) + 1)
    for c in kept:
        if c.label == "DATE":
            in_date[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept = [c for c in kept if not (c.label == "QUANTITY" and in_date[_first_digit(text, c)])]
    kept.sort(key=lambda c: (-c.length, _PRIORITY.get(c.source, 1), c.start))
    taken = bytearray(len(text) + 1)  # characters an entity already holds
    out = []
    for c in kept:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    return sorted(out, key=lambda c: c.start)


#: Case endings Polish puts on a one-word foreign name ("Agroluxu", "Optonetem").
NAME_ENDINGS = ("u", "a", "owi", "em", "ie", "om", "ów", "y")
#: Labels whose names a document repeats after introducing them once with a cue word.
_REPEATED = frozenset({"CLUSTER", "PROJECT", "ORGANISATION"})


#: An acronym in parentheses right after a name: "Silesia Automotive & Advanced Manufacturing (SA&AM)".
_ACRONYM_AFTER_NAME_RE = re.compile(r" \((?:(?:dawniej|wcześniej|formerly|previously) )?(?P<a>[A-Z][A-Za-z0-9&+.-]{1,11}(?: [A-Z]{2,6})?)\)")  # "(SA&AM)", "(dawniej IMI)", "(POS CCE)"
#: The kind word after an English programme's name, before its acronym: " programme" of "… Innovation programme (FFI)".
_PROGRAMME_KIND_AFTER_RE = re.compile(r" (?:programme|program|scheme)(?= \()")
#: A short name after a name: in parentheses, an acronym and up to two words ("(AC Styria)"),
#: or after a dash, an acronym alone ("Automotive Cluster Slovenia – ACS,"), or after ", or" ("…
#: Economic Corridor, or EEC,").
#: A body's name in its own language after its name: "University of Greenland, known locally as
#: Ilisimatusarfik", "Uniwersytet Wysp Owczych (Fróðskaparsetur Føroya)".
_NATIVE_NAME_AFTER_RE = re.compile(rf"(?:, (?:known (?:locally |in [A-Z]\w+ )?as|also known as|locally called|zwan[yaeo] lokalnie|lokalnie zwan[yaeo]) | \()(?P<n>[{CAP}][\w'’]+(?: [{CAP}][\w'’]+){{0,2}})(?=\)|[,;.]|\s[–-]\s)")
_SHORT_NAME_AFTER_RE = re.compile(r" (?:\((?P<p>[A-Z]{2,6}(?: [A-Z][a-z]+){1,2})\)|[–-] (?P<d>[A-Z]{2,6})(?=[,;.)]|\s|$))|, (?:or|czyli) (?P<o>[A-Z]{2,6})(?=[,;.)]|\s|$)")


def _initials_fit(acronym: str, name: str) -> bool:
    """Are the acronym's letters the initials of the name's words, in order, all of
    them ("ACS": Automotive Cluster Slovenia) or some ("AC": Styrian Automotive Cluster)?"""
    initials = [w[0].upper() for w in re.split(r"[ -]+", name) if w and w[0].isalpha() and not re.fullmatch(CONNECT, w)]
    k = 0
    for ch in initials:
        if k < len(acronym) and ch == acronym[k]:
            k += 1
    return k == len(acronym) >= 2


def short_names_after(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each cluster's, programme's, project's or institution's short name
    given right after its name, as the same entity: an acronym in parentheses ("…
    Manufacturing (SA&AM)", "Program Operacyjny Polska Wschodnia (POPW)"; two capitals,
    not a place's code); an acronym of the name's initials and words of its name in
    parentheses ("Styrian Automotive Cluster (AC Styria)"), which outweighs the place
    it names; or the acronym of its initials after a dash ("Automotive Cluster Slovenia
    – ACS"). Added where no entity starts. 0.7. Also an unknown acronym coordinated with
    a cluster, perhaps after an adjective ("… oraz niemieckim WAB"): a cluster too (0.6)."""
    starts = {c.start for c in chosen}
    out = list(chosen)
    for c in chosen:
        if c.label not in ("CLUSTER", "PROGRAMME", "PROJECT", "ORGANISATION"):
            continue
        name = text[c.start : c.end]
        source = f"{c.source}.acronym" if c.source != "gazetteer" else "acronym"
        after = c.end + len(k.group()) if c.label == "PROGRAMME" and (k := _PROGRAMME_KIND_AFTER_RE.match(text, c.end)) else c.end
        if (m := _ACRONYM_AFTER_NAME_RE.match(text, after)) is not None:  # "… Innovation programme (FFI)": after the kind word too
            a = m.group("a")
            if sum(ch.isupper() for ch in a) >= 2 and m.start("a") not in starts:
                # a programme's short name normalises as its name does ("Interreg VI-A Spain-Portugal (POCTEP)": Interreg)
                normal = a  # a programme's or institution's short name normalises as its name ("(ITL)", "(PARP)")
                if c.label in ("PROGRAMME", "ORGANISATION"):
                    normal = c.attributes.get("normal") or (None if c.key else normalize_rule(c.label, name)[0])
                out.append(Candidate(m.start("a"), m.end("a"), c.label, source, c.key, 0.7, {"normal": normal} if normal else {}))
        elif (m := _SHORT_NAME_AFTER_RE.match(text, c.end)) is not None:
            g = "p" if m.group("p") else "d" if m.group("d") else "o"
            acronym, *words = m.group(g).split(" ")
            stems = [w[:4].lower() for w in re.split(r"[ -]+", name) if len(w) >= 4]
            # (", or NTNU" says it is the same entity outright: its letters may be another language's initials)
            if not (_initials_fit(acronym, name) or g == "o") or not all(w[:4].lower() in stems for w in words) or m.start(g) in starts:
                continue
            out = [o for o in out if not (m.start(g) <= o.start and o.end <= m.end(g) and o.label in _GEO)]  # "(AC Styria)": the cluster, not the region
            normal = m.group(g)
            if g == "o" and c.label in ("PROGRAMME", "ORGANISATION"):
                normal = c.attributes.get("normal") or (None if c.key else normalize_rule(c.label, name)[0]) or normal  # as in parentheses
            out.append(Candidate(m.start(g), m.end(g), c.label, source, c.key, 0.7, {"normal": normal}))
        if c.label == "ORGANISATION" and (m := _NATIVE_NAME_AFTER_RE.match(text, c.end)) is not None and m.start("n") not in starts and all(_unknown_word(w) for w in m.group("n").split(" ")):
            # the same body by its name in its own language: words no source knows ("(Fróðskaparsetur Føroya)", not "(Joensuu)", a place)
            normal = c.attributes.get("normal") or (None if c.key else normalize_rule(c.label, name)[0])
            out.append(Candidate(m.start("n"), m.end("n"), c.label, f"{c.source}.native", c.key, 0.7, {"normal": normal} if normal else {}))
        if name.isupper() and 3 <= len(name) <= 8 and (m := _LONG_NAME_AFTER_RE.match(text, c.end)) is not None:
            long = _spelled_out(name, m.group("long"))
            if long and m.start("long") not in starts:  # "PRIMA – Partnership for Research and Innovation in the Mediterranean Area"
                normal = c.attributes.get("normal") or (None if c.key else name)
                out.append(Candidate(m.start("long"), m.start("long") + len(long), c.label, f"{c.source}.spelled_out", c.key, 0.7, {"normal": normal} if normal else {}))
        if (m := _ACRONYM_BEFORE_NAME_RE.search(text, max(0, c.start - 12), c.start)) is not None and _initials_fit(m.group("a"), name):
            # "KIAT (Korea Institute for Advancement of Technology)": the acronym is what its spelled-out name is
            a, b = m.start("a"), m.end("a")
            normal = c.attributes.get("normal") or (None if c.key else normalize_rule(c.label, name)[0]) if c.label in ("PROGRAMME", "ORGANISATION") else None
            if not any(o.start == a and o.end == b and (o.label == c.label or o.source == "gazetteer") for o in out):
                out = [o for o in out if not (o.start == a and o.end == b)]
                out.append(Candidate(a, b, c.label, f"{c.source}.acronym" if c.source != "gazetteer" else "acronym", c.key, 0.7, {"normal": normal} if normal else {}))
        if c.label == "CLUSTER" and (m := _COORDINATED_ACRONYM_RE.match(text, c.end)) is not None:
            kind = m.group("adj")
            if m.start("a") not in starts and _acronym_not_word(m.group("a")) and (not kind or _is_plain_adjective(kind) or kind in _english_language_names()):
                out.append(Candidate(m.start("a"), m.end("a"), "CLUSTER", "cluster.coordinated", confidence=0.6))  # "… oraz niemieckim WAB"
    return out


#: An acronym right before a parenthesis that spells it out: "KIAT (Korea Institute …)".
_ACRONYM_BEFORE_NAME_RE = re.compile(r"(?<![\w&-])(?P<a>[A-Z][A-Z0-9&]{1,7}) \($")
#: What may spell out an acronym after it: a dash or a parenthesis, then words up to a stop.
_LONG_NAME_AFTER_RE = re.compile(r"(?: [–-] | \()(?P<long>[A-Z][^,;:()\n.]{5,120})")


def _spelled_out(acronym: str, words: str) -> str | None:
    """The shortest start of `words` whose capitalised words' initials are the acronym's
    letters, all of them and in order, ending with a capitalised word ("PRIMA":
    "Partnership for Research and Innovation in the Mediterranean Area"); else None."""
    initials = ""
    for m in re.finditer(r"\S+", words):
        w = m.group()
        if w[:1].isupper():
            initials += w[0]
            if not acronym.startswith(initials):
                return None
            if initials == acronym:
                return words[: m.end()]
        elif not re.fullmatch(rf"{CONNECT}|the|in|on|to|a", w):
            return None
    return None


def _acronym_not_word(word: str) -> bool:
    """Three or more capitals that are no common English word ("WAB", not "AND"); a Polish
    reading of the lowercase ("wab") does not count: in capitals it is an acronym."""
    from wordfreq import zipf_frequency

    return len(word) >= 3 and word.isupper() and zipf_frequency(word.lower(), "en") < ENGLISH_COMMON_ZIPF


#: An acronym coordinated with a cluster's name, perhaps after a nationality: "Energy Cluster Denmark oraz niemieckim WAB",
#: "… and the German WAB".
_COORDINATED_ACRONYM_RE = re.compile(r"(?: i| oraz| and the| and)(?: (?P<adj>[a-ząćęłńóśźż]+|[A-Z][a-z]+(?=\s[A-Z]{2})))? (?P<a>[A-Z]{2,6})(?![\w&-])")


def repeat_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Other mentions of a name a rule found with its cue ("klaster Agrolux … Agrolux
    skupia 30 firm", "projekt TEXNET-2 … TEXNET-2 obejmuje"): the same name anywhere in
    the document (a one-word name SGJP does not know also with a case ending), where
    no entity is. Only names found with confidence ≥ 0.7 spread, units a region's
    cue named by words no source knows ("prowincja Copperbelt"), firms named as the
    subject of what firms do ("Stellantis builds") and bodies of two words or more a
    list names as such ("Przemysł\n• Ford Otosan w Craiovej"); the copies get 0.6."""
    taken = sorted((c.start, c.end) for c in chosen)
    # a listed place inside a longer name may give way to it ("klaster Cantabria Marítima … z Cantabria Marítima")
    places = {(c.start, c.end) for c in chosen if c.source == "gazetteer" and c.label in _GEO}
    seen: dict[str, Candidate] = {}
    for c in chosen:
        name = text[c.start : c.end]
        if c.source != "gazetteer" and c.label in _REPEATED and (c.confidence or RULE_CONFIDENCE[c.label]) >= 0.7 and len(name) >= 3 and name[0].isupper():
            seen.setdefault(name, c)
        elif (c.source == "organisation.subject" or (c.source == "organisation.listed" and " " in name)) and name[0].isupper():
            seen.setdefault(name, c)  # "Przemysł\n• Ford Otosan w Craiovej … dla Ford Otosan": a body listed as one is one elsewhere too
        elif c.source == "region.cue" and len(name) >= 3 and name[0].isupper() and all(_unknown_word(w) for w in name.split(" ")):
            seen.setdefault(name, c)  # "Prowincja Copperbelt … Zambia – Copperbelt": a unit its cue named is the unit elsewhere too
    out: list[Candidate] = []
    if not seen:
        return out
    # one pass for all names: each name, and a one-word name SGJP does not know with a case ending
    alternatives = [re.escape(n) + (f"(?:{'|'.join(NAME_ENDINGS)})?" if " " not in n and all(a[1] == "ign" for a in _analyses(n)) else "") for n in sorted(seen, key=len, reverse=True)]
    normal: dict[str, str] = {}
    for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", text):
        word = m.group()
        name = word if word in seen else next((word[: -len(e)] for e in NAME_ENDINGS if word.endswith(e) and word[: -len(e)] in seen), None)
        if name is None:
            continue
        i = bisect.bisect_left(taken, (m.end(), -1))
        if any(s < m.end() and m.start() < e and not (" " in name and (s, e) in places and m.start() <= s and e <= m.end() and (s, e) != m.span()) for s, e in taken[max(0, i - 8) : i]):
            continue
        c = seen[name]
        if name not in normal:
            normal[name] = c.attributes.get("normal") or normalize_rule(c.label, name)[0]
        out.append(Candidate(m.start(), m.end(), c.label, f"{c.source}.repeat", c.key, 0.6, {**c.attributes, "normal": normal[name]}))
    kept: list[Candidate] = []
    for c in sorted(out, key=lambda c: (-c.length, c.start)):  # "Agrolux Plus" before "Agrolux"
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept


# --- normal forms of rule entities --------------------------------------------


def normalize_rule(label: str, text: str) -> tuple[str, dict[str, Any]]:
    """Normal form and attributes of an entity found by a rule."""
    if label == "DATE":
        m = NUMERIC_DATE_RE.fullmatch(text.strip())
        if m:
            y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
            return f"{int(y):04}-{int(mo):02}-{int(d):02}", {"year": int(y), "month": int(mo), "day": int(d)}
        m = re.search(rf"(?:(?P<d>[0-3]?\d)(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?\s+)?(?P<month>\w+)\s+(?P<y>{YEAR})", text)
        month = (_month_forms().get(m.group("month")) or _month_forms().get(m.group("month").lower())) if m else None
        if m and month:
            attrs = {"year": int(m.group("y")), "month": month} | ({"day": int(m.group("d"))} if m.group("d") else {})
            value = f"{m.group('y')}-{month:02}" + (f"-{int(m.group('d')):02}" if m.group("d") else "")
            if m.group("d2"):  # "15–16 października 2015": an ISO 8601 interval
                attrs["day_end"] = int(m.group("d2"))
                value += f"/{m.group('y')}-{month:02}-{int(m.group('d2')):02}"
            return value, attrs
        m = QUARTER_RE.search(text)
        if m and re.search(r"kwarta[łl]|kw\.|quarter|Q[1-4]", text):
            q = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(m.group("q").rstrip(".")) or int(re.sub(r"\D", "", m.group("q")) or 0)
            return f"{m.group('y')}-Q{q}", {"year": int(m.group("y")), "quarter": q}
        m = YEAR_RE.search(text)
        if m:
            value = m.group("y1") + (f"/{m.group('y2')}" if m.group("y2") else "")
            return value, {"year": int(m.group("y1"))} | ({"year_end": int(m.group("y2"))} if m.group("y2") else {})
        if (m := _OLD_YEAR_RE.search(text)) is not None:  # "1846 r."
            return m.group()[:4], {"year": int(m.group()[:4])}
        return text, {}
    if label == "QUANTITY":
        m = QUANTITY_RE.search(text)
        if m:
            raw_value = m.group("value").replace(" ", "").replace("\u00a0", "")
            raw_value = raw_value.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw_value) else raw_value.replace(",", ".")  # "5,000" in English is five thousand
            value: float | int = float(raw_value) if "." in raw_value else int(raw_value)
            mult = _MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
            value = value * mult
            if isinstance(value, float) and value.is_integer() and mult > 1:
                value = int(value)  # "1,2 mln euro" is 1200000 euro, not 1200000.0
            unit_word = m.group("unit").rstrip(".") if m.group("unit").lower() not in ("proc.", "per cent", "percent") else "%"
            rest = text[m.end() :].strip().split(" ")
            if rest[0] and (_is_adjective(unit_word) or _ENGLISH_ADJECTIVE_RE.fullmatch(unit_word) or (unit_word.isascii() and _ENGLISH_PLURAL_RE.fullmatch(rest[-1]))):
                unit_word = rest[-1]  # "3 wspólne patenty" -> patent, "22 cluster members" -> members
            if unit_word.lower() in CURRENCIES or m.group("unit").lower() in CURRENCIES:
                unit = CURRENCIES.get(unit_word.lower()) or CURRENCIES[m.group("unit").lower()]
            elif unit_word in ("%", "proc"):
                unit = "%"
            elif unit_word in _MEASURE_UNITS:
                unit = unit_word  # "GWh", not "gwh"
            elif unit_word.lower() in YEARS_PLURAL:
                unit = "rok"  # the plural of "rok" (year) is "lata", not the summer's ("lato")
            elif "-" in unit_word and any(tag == "interp" for _l, tag, _n in _analyses(unit_word)):
                head, _sep, last = unit_word.lower().rpartition("-")  # "spin-offów": SGJP reads the parts apart
                lemmas = [lem for lem, tag, _n in _analyses(last) if tag.startswith("subst")]
                unit = f"{head}-{lemmas[0].split(':')[0] if lemmas else last}"
            else:
                lemmas = [lem for lem, tag, _n in _analyses(unit_word) if tag.startswith(("subst", "depr"))]
                unit = lemmas[0].split(":")[0].lower() if lemmas else unit_word.lower()
            attrs = {"value": value, "unit": unit, "approximate": bool(m.group("approx"))}
            return f"{value} {unit}", attrs
        return text, {}
    if label in ("CLUSTER", "ORGANISATION", "PROGRAMME", "REGION", "CITY", "COUNTRY"):
        core = PERIOD_RE.sub("", text) if label == "PROGRAMME" else text
        core = core.strip()
        core = core if re.search(r"\w [„\"“]", core) else core.strip("„”\"“")  # a quoted name inside stays quoted
        if label in ("CLUSTER", "ORGANISATION") and core.isupper() and " " in core and any(len(w) > 4 and not _unknown_word(w.lower()) for w in core.split(" ")):
            core = title_polish(core)  # "ŁÓDZKI KLASTER MEDYCZNY" -> "Łódzki Klaster Medyczny" (a legacy slide's capitals; not "SENAI CIMATEC", acronyms)
        return to_nominative(core, singular=label == "ORGANISATION"), {}
    if label == "PERSON":
        if _APOSTROPHE_ENDING_RE.search(text):
            return _APOSTROPHE_ENDING_RE.sub("", text), {}  # "Pierre'a Laffitte'a" -> "Pierre Laffitte"
        if (nominative := person_nominative(text)) is not None:
            return nominative, {}
        return " ".join(to_nominative(w) if not _first_name(w) else lemma_of(w).capitalize() if lemma_of(w)[0].isupper() else w for w in text.split(" ")), {}
    return text.strip("„”\"“"), {}
