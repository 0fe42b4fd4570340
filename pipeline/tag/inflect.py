"""Polish inflection of multi-word names with morfeusz2's analyser and generator.

`inflect(name)` gives the forms a name takes in running text ("Ameryka Północna"
-> "Ameryki Północnej", "Amerykę Północną", ...); `to_nominative(words)` takes
an inflected name back ("Doliny Lotniczej" -> "Dolina Lotnicza").

A name is a head noun with the adjectives that agree with it, around words
that do not inflect with it: genitive complements ("Klaster Obróbki Metali"),
titles in apposition ("Program Operacyjny Innowacyjna Gospodarka"), numbers,
foreign words. The head is the first noun in the nominative; adjectives and
participles agree if they share its number and gender and stand next to it
(or next to another agreeing word); everything else is kept as written.
Hyphenated parts inflect each on its own ("Badenia-Wirtembergia" ->
"Badenii-Wirtembergii").
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from functools import cache

#: Cases a name is generated in (the vocative is left out: slides don't address regions).
CASES = ("nom", "gen", "dat", "acc", "inst", "loc")
NOUN_POS = frozenset({"subst", "depr"})
AGREEING_POS = frozenset({"adj", "ppas", "pact"})
#: Analyses of proper names used only if nothing else fits (a region is not a surname).
_PERSON_LABELS = frozenset({"nazwisko", "imię"})

_lock = threading.Lock()


@cache
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(generate=True, expand_tags=True)


@dataclass(frozen=True)
class _Interp:
    lemma: str
    pos: str
    number: str
    case: str
    gender: frozenset[str]
    person_name: bool


def _interps(word: str) -> list[_Interp]:
    with _lock:
        raw = list(_morfeusz().analyse(word))
        if word[:1].isupper() and not word.isupper():
            raw += _morfeusz().analyse(word.lower())
        if word.isupper() and len(word) > 1:
            raw += _morfeusz().analyse(word.capitalize()) + _morfeusz().analyse(word.lower())
    out = []
    for _s, _e, (_orth, lemma, tag, names, _labels) in raw:
        parts = tag.split(":")
        if parts[0] not in NOUN_POS | AGREEING_POS or len(parts) < 4:
            continue
        out.append(_Interp(lemma, parts[0], parts[1], parts[2], frozenset(parts[3].split(".")), bool(set(names) & _PERSON_LABELS)))
    # readings as a common noun or place first; a first name or surname only after them; for a
    # capitalised word a proper name's reading before a common noun's ("Kaukaz": Kaukazu, the
    # mountains, not "kaukaza", the dog)
    if word[:1].isupper():
        out = [i for i in out if i.lemma[:1].isupper()] + [i for i in out if not i.lemma[:1].isupper()]
    # a deprecative reading ("Strzelce" as a scornful plural of "strzelec") has no other cases: last
    out = [i for i in out if i.pos != "depr"] + [i for i in out if i.pos == "depr"]
    return [i for i in out if not i.person_name] + [i for i in out if i.person_name]


@cache
def _paradigm(lemma: str) -> tuple[tuple[str, str], ...]:
    """Every form of the lemma, in all its SGJP variants ("Włochy": loc. "Włoszech"
    and "Włochach" are two lemma ids with one base)."""
    base = lemma.split(":")[0]
    with _lock:
        gen = list(_morfeusz().generate(base)) or list(_morfeusz().generate(lemma))
    kind = _lemma_kind(lemma)
    return tuple((orth, tag) for orth, lem, tag, _n, _l in gen if ":" not in lemma or _lemma_kind(lem) == kind)


def _lemma_kind(lemma: str) -> tuple[str, str]:
    """'Włochy:Sn_pt~szech' -> ('Włochy', 'Sn_pt'): the base and its paradigm class, variant dropped."""
    base, _, rest = lemma.partition(":")
    return base, rest.split("~")[0]


#: Endings of an adjective in -ski/-cki/-dzki by gender and case (singular), for
#: place adjectives SGJP does not list ("kraj liberecki" -> "kraju libereckiego").
_SKI_ENDINGS = {
    "m": {"nom": "i", "gen": "iego", "dat": "iemu", "acc": "i", "inst": "im", "loc": "im"},
    "f": {"nom": "a", "gen": "iej", "dat": "iej", "acc": "ą", "inst": "ą", "loc": "iej"},
    "n": {"nom": "ie", "gen": "iego", "dat": "iemu", "acc": "ie", "inst": "im", "loc": "im"},
}
_UNKNOWN_ADJ = "<-ski>"


def _ski_gender(gender: frozenset[str]) -> str | None:
    if gender & {"m1", "m2", "m3"}:
        return "m"
    return "f" if "f" in gender else ("n" if "n" in gender else None)


def _unknown_adjective(piece: str, case: str, head: _Interp) -> _Interp | None:
    """An adjective in -ski/-cki/-dzki that SGJP does not know, in the singular, agreeing with `head`."""
    g = _ski_gender(head.gender)
    ending = _SKI_ENDINGS[g][case] if g else ""
    # a word SGJP knows only as a surname is still an adjective after a unit's head ("kraj żyliński", not Żyliński)
    if head.number != "sg" or g is None or not piece.endswith(ending) or any(not i.person_name for i in _interps(piece)):
        return None
    stem = piece[: -len(ending)]
    if not stem.lower().endswith(("sk", "ck", "dzk")):
        return None
    return _Interp(_UNKNOWN_ADJ + stem, "adj", "sg", case, head.gender, False)


def _forms(interp: _Interp, number: str, case: str, gender: frozenset[str]) -> list[str]:
    if interp.lemma.startswith(_UNKNOWN_ADJ):
        g = _ski_gender(gender)
        return [interp.lemma[len(_UNKNOWN_ADJ) :] + _SKI_ENDINGS[g][case]] if g and number == "sg" else []
    out = []
    for orth, tag in _paradigm(interp.lemma):
        parts = tag.split(":")
        if parts[0] != interp.pos or len(parts) < 4 or parts[1] != number or case not in parts[2].split("."):
            continue
        if not gender & frozenset(parts[3].split(".")):
            continue
        if interp.pos in AGREEING_POS and "pos" not in parts[4:] and interp.pos == "adj":
            continue
        if interp.pos == "ppas" and "neg" in parts:
            continue
        if orth not in out:
            out.append(orth)
    return out


def _shape(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form.lower() if like.islower() else form


@dataclass
class _Slot:
    """One inflecting piece of a name: where it is and how it inflects."""

    word: int
    part: int
    interp: _Interp
    gender: frozenset[str]


def _plan(words: list[list[str]], case: str = "nom", head_at: int | None = None) -> list[_Slot] | None:
    """Which pieces inflect, read from their analyses in `case`; None if no head noun.

    Every noun reading in `case` (of word `head_at` only, if given) is tried as
    the head; the one that makes the most words agree wins, the earliest on a tie.
    """
    best: list[_Slot] | None = None
    for w, parts in enumerate(words):
        if head_at is not None and w != head_at:
            continue
        for p, piece in enumerate(parts):
            for noun in [i for i in _interps(piece) if i.pos in NOUN_POS and i.case == case]:
                slots = _slots_for_head(words, w, p, noun, case)
                # the most agreeing words wins; a person-name head only if it makes more agree
                # ("Karolina Północna": the first name "Karolina" agrees with "Północna")
                if best is None or len(slots) > len(best):
                    best = slots
    return best


def _slots_for_head(words: list[list[str]], hw: int, hp: int, hi: _Interp, case: str) -> list[_Slot]:
    slots = [_Slot(hw, hp, hi, hi.gender)]

    def agreeing(piece: str) -> _Interp | None:
        for i in _interps(piece):
            if i.pos in AGREEING_POS and i.case == case and i.number == hi.number and i.gender & hi.gender:
                return i
        return _unknown_adjective(piece, case, hi)

    def noun_part(piece: str) -> _Interp | None:
        nouns = [i for i in _interps(piece) if i.pos in NOUN_POS and i.case == case and i.number == hi.number]
        return nouns[0] if nouns else None

    # other parts of a hyphenated head ("Badenia-Wirtembergia")
    for p, piece in enumerate(words[hw]):
        if p == hp:
            continue
        found = agreeing(piece) or noun_part(piece)
        if found:
            slots.append(_Slot(hw, p, found, hi.gender if found.pos in AGREEING_POS else found.gender))
    for direction in (-1, 1):
        w = hw + direction
        while 0 <= w < len(words):
            agreed = False
            for p, piece in enumerate(words[w]):
                a = agreeing(piece)
                if a:
                    slots.append(_Slot(w, p, a, hi.gender))
                    agreed = True
                elif direction == 1 and p > 0 and agreed:
                    n = noun_part(piece)  # "Północna-Westfalia": the noun after the hyphen inflects too
                    if n:
                        slots.append(_Slot(w, p, n, n.gender))
            if not agreed:
                break
            w += direction
    return slots


def _split(name: str) -> list[list[str]]:
    return [word.split("-") for word in name.split(" ")]


def _join(words: list[list[str]]) -> str:
    return " ".join("-".join(parts) for parts in words)


def _realise(words: list[list[str]], slots: list[_Slot], number: str, case: str, limit: int) -> list[str]:
    options = []
    for s in slots:
        forms = _forms(s.interp, number, case, s.gender)
        options.append([_shape(f, words[s.word][s.part]) for f in forms] or [words[s.word][s.part]])
    out = []
    for combo in itertools.islice(itertools.product(*options), limit):
        new = [list(parts) for parts in words]
        for s, form in zip(slots, combo, strict=True):
            new[s.word][s.part] = form
        out.append(_join(new))
    return out


@cache
def inflect(name: str, fixed_from: int | None = None, limit: int = 4) -> tuple[str, ...]:
    """The name in every case (nominative first), in the number it has.

    fixed_from: words from this index on never inflect (titles, complements).
    limit: at most this many variants per case (some forms have two spellings).
    """
    out: dict[str, None] = {}
    for forms in inflect_by_case(name, fixed_from, limit).values():
        out.update(dict.fromkeys(forms))
    return tuple(out)


@cache
def inflect_by_case(name: str, fixed_from: int | None = None, limit: int = 4) -> dict[str, tuple[str, ...]]:
    """The name's forms per case (`CASES`); the nominative is the name as given."""
    if fixed_from is None and (both := _coordinated_cases(name, limit)) is not None:
        return both
    words = _split(name)
    head_words = words if fixed_from is None else words[:fixed_from]
    slots = _plan(head_words)
    if not slots or (fixed_from is None and all(s.word != 0 for s in slots)):
        # an unknown first noun: "Ostrobotnia Środkowa" (SGJP's "środkowa", a noun, would head it)
        return _feminine_ia(name) or _unknown_feminine_head(name) or ({"nom": (name,)} if not slots else _cases(words, slots, name, limit))
    return _cases(words, slots, name, limit)


def _cases(words: list[list[str]], slots: list[_Slot], name: str, limit: int) -> dict[str, tuple[str, ...]]:
    number = slots[0].interp.number
    out = {"nom": (name,)}
    for case in CASES[1:]:
        out[case] = tuple(_realise(words, slots, number, case, limit))
    return out


def _coordinated_cases(name: str, limit: int) -> dict[str, tuple[str, ...]] | None:
    """Two names joined by "i" decline both ("Bośnia i Hercegowina": w Bośni i Hercegowinie);
    None unless every word of the first inflects and the second opens with its own head noun
    ("Ministerstwo Nauki i Szkolnictwa Wyższego" joins two genitive complements)."""
    if name.count(" i ") != 1:
        return None
    first, second = name.split(" i ")
    first_words = _split(first)
    head_first, head_second = _plan(first_words), _plan(_split(second))
    # a one-word name SGJP does not know declines the regular way ("Kastylia i León": Kastylii i Leónu)
    unknown_second = None if head_second or " " in second or _interps(second) else regular_cases(second)
    # a one-word first name SGJP cannot head stays as written when the second declines ("Wallis i Futuna": na Wallis i Futunie)
    fixed_first = not head_first and " " not in first and unknown_second is not None
    if not (head_first or fixed_first) or not (head_second or unknown_second) or (head_second and head_second[0].word != 0) or (head_first and {s.word for s in head_first} != set(range(len(first_words)))):
        return None
    left, right = ({"nom": (first,)} if fixed_first else inflect_by_case(first, limit=limit)), unknown_second or inflect_by_case(second, limit=limit)
    return {case: tuple(f"{a} i {b}" for a, b in itertools.islice(itertools.product(left.get(case, (first,)), right[case]), limit)) for case in CASES}


def _unknown_feminine_head(name: str) -> dict[str, tuple[str, ...]] | None:
    """Cases of a feminine name in -ia/-ja SGJP does not know followed by adjectives that
    agree with it ("Sawonia Północna": Sawonii Północnej, Sawonię Północną): the noun
    declines as `_feminine_ia`, the adjectives as SGJP declines them. Other names: None."""
    first, _, rest = name.partition(" ")
    # (SGJP may know the word as another name's oblique form: "Sawonia", a surname's genitive)
    noun = _feminine_ia(first) if rest and not any(i.pos in NOUN_POS and i.case == "nom" for i in _interps(first)) else None
    if noun is None:
        return None
    head = _Interp(first, "subst", "sg", "nom", frozenset({"f"}), False)
    adjectives = []
    for word in rest.split(" "):
        a = next((i for i in _interps(word) if i.pos in AGREEING_POS and i.case == "nom" and i.number == "sg" and "f" in i.gender), None) or _unknown_adjective(word, "nom", head)
        if a is None:
            return None
        adjectives.append((word, a))
    out = {}
    for case in CASES:
        forms = [[_shape(f, w) for f in _forms(a, "sg", case, head.gender)][:1] for w, a in adjectives]
        if not all(forms):
            return None
        out[case] = (" ".join([noun[case][0], *(f[0] for f in forms)]),)
    out["nom"] = (name,)
    return out


def _feminine_ia(name: str) -> dict[str, tuple[str, ...]] | None:
    """Cases of a one-word name in -ia/-ja that SGJP does not list ("Owernia",
    "Asturia"): such names decline regularly (Owernii, Owernię, Owernią)."""
    if " " in name or "-" in name or not name[:1].isupper() or len(name) < 4:
        return None
    if not (name.endswith(("ia", "ja")) and name[-3] not in "aeiouyąęó"):
        return None
    stem = name[:-1]
    return {"nom": (name,), "gen": (stem + "i",), "dat": (stem + "i",), "acc": (stem + "ę",), "inst": (stem + "ą",), "loc": (stem + "i",)}


def hyphenated_feminine_forms(name: str) -> list[str]:
    """The cases of a hyphenated land whose every part is a feminine name in -ia/-ja,
    each part declined ("Emilia-Romania": Emilii-Romanii, Emilię-Romanię, Emilią-Romanią;
    SGJP knows "Emilia" but not "Romania"). Other names: none."""
    parts = name.split("-")
    cases = [_feminine_ia(p) for p in parts] if len(parts) >= 2 else []
    if not cases or any(c is None for c in cases):
        return []
    return list(dict.fromkeys("-".join(c[case][0] for c in cases if c is not None) for case in ("gen", "acc", "inst", "loc")))


def neuter_land_forms(name: str) -> list[str]:
    """The oblique forms of a one-word Polish land's name in -e after a soft consonant that
    SGJP does not decline ("Kociewie": Kociewia, Kociewiu, Kociewiem; "Powiśle", "Zaolzie"):
    the regular neuter declension. Other names: none. (Used for curated lands only: foreign
    words end so too.)"""
    if " " in name or "-" in name or not re.search(r"(?:[wlnsczśźż]ie|[lś]le|rze|cze|sze|że)$", name):
        return []
    stem = name[:-1]
    return [stem + "a", stem + "u", stem + "em"]


#: Locative/dative endings after a hard stem consonant ("Vitagorze", "Optonecie"), longest first.
_SOFTENED = (("ch", "sze"), ("st", "ście"), ("zn", "źnie"), ("sn", "śnie"), ("zd", "ździe"), ("sł", "śle"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("t", "cie"), ("d", "dzie"), ("n", "nie"), ("s", "sie"), ("z", "zie"), ("ł", "le"), ("w", "wie"), ("m", "mie"), ("b", "bie"), ("p", "pie"), ("f", "fie"), ("v", "vie"))  # "Jelgava": w Jelgavie


def foreign_name_cases(name: str) -> dict[str, tuple[str, ...]] | None:
    """Cases of a one-word foreign name SGJP does not know, declined the regular way
    Polish declines such names: a feminine name in -a ("Vitagora": Vitagory,
    Vitagorze, Vitagorę, Vitagorą) or a masculine one ending in a consonant ("Optonet":
    Optonetu, Optonetowi, Optonetem, Optonecie; after k/g/c "Minalogicu" in the
    locative; "Dzukija": Dzukii). Other endings (-o, -e, -i, -y, -u) and acronyms do not decline: None."""
    if " " in name or "-" in name or not name[:1].isupper() or name.isupper() or len(name) < 5 or not name.isalpha():
        return None
    if _interps(name) or _interps(name.lower()):
        return None  # SGJP knows it: its own paradigm (or a common word) applies
    return regular_cases(name)


def regular_cases(name: str) -> dict[str, tuple[str, ...]] | None:
    """`foreign_name_cases` without asking SGJP: for a place's name SGJP knows only as
    something else ("Dubaj", a surname: w Dubaju)."""
    last = name[-1]
    if last == "a" and name[-2] not in "aeiouyąęói":
        stem = name[:-1]
        gen = stem + ("i" if stem[-1] in "kgl" else "y")
        if stem[-1] == "j" and stem[-2] in "aeiouy":
            gen = stem[:-1] + "i"  # "Dzukija": Dzukii, as "Kaja": Kai
        soft = next((stem[: -len(h)] + t for h, t in _SOFTENED if stem.endswith(h)), None)
        loc = (soft,) if soft else (gen,)
        return {"nom": (name,), "gen": (gen,), "dat": loc, "acc": (stem + "ę",), "inst": (stem + "ą",), "loc": loc}
    if last.lower() in "bcdfghjklłmnprstwzx" and (name[-2].lower() in "aeiouyáéíóú" or name.endswith("ng")) and not name.endswith("ów"):  # "Kunming": Kunmingu, Kunmingiem ("Saratów" would be "Saratowa": not regular)
        velar = last in "kgc"
        soft = next((name[: -len(h)] + t for h, t in _SOFTENED if name.endswith(h)), None)
        loc = name + "u" if velar or soft is None else soft
        return {"nom": (name,), "gen": (name + "u",), "dat": (name + "owi",), "acc": (name,), "inst": (name + ("iem" if last in "kg" else "em"),), "loc": (loc,)}
    return None


#: A capitalised first word rarer than this in Polish (Zipf) that SGJP reads only as a
#: common noun is a foreign name's word, not an inflected Polish one.
FOREIGN_HEAD_ZIPF = 1.0


def _foreign_head(word: str) -> bool:
    from wordfreq import zipf_frequency

    return word[:1].isupper() and zipf_frequency(word.lower(), "pl") < FOREIGN_HEAD_ZIPF and not any(i.pos in AGREEING_POS for i in _interps(word))


def _more_english(word: str) -> bool:
    """Is `word` more frequent in English than in Polish (wordfreq)?"""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") > zipf_frequency(word.lower(), "pl")


def to_nominative(name: str, singular: bool = False) -> str:
    """An inflected name in the nominative ("Doliny Lotniczej" -> "Dolina Lotnicza");
    unchanged if it already is one or cannot be analysed.

    Each case is tried; the reading that makes the most words agree with a head
    noun wins, then the one whose head comes first, then (with `singular`, for one
    body's name: "Ministerstwa Gospodarki" is no plural) a singular head, then the
    nominative.
    """
    if name.isupper() and " " not in name:
        return name  # "LITEK": an acronym, not "litka" in the genitive plural
    before, quote, quoted = name.partition(" „")
    if quote and before:  # "Zachodniego Klastra Drzewnego „Lubuskie Drewno”": a quoted name does not decline
        return to_nominative(before, singular) + quote + quoted
    words = _split(name)
    if len(words) > 1 and _foreign_head(words[0][0]):
        return name  # "Pannon Business Network": "Pannon" is no genitive of the rare "pannona"
    if len(words) > 1 and all(_more_english(p) for parts in words for p in parts if p):
        return name  # "New European Bauhaus": English words, though SGJP reads "New" as the Neva's genitive
    # the head is the first word that is not an adjective in front of it ("Polskiej Agencji ...";
    # a compound adjective by its last part: "Śląsko-Małopolskiej Doliny ...")
    head_at = 0
    while head_at < len(words) - 1 and any(i.pos in AGREEING_POS for i in _interps(words[head_at][-1])):
        head_at += 1
    best = None
    # ...or any word before it that is a noun too ("Programowi Słowacja": not the adjective "programowi";
    # "Polsko-Saudyjska Rada Biznesu": "Rada", not the adjective "rad")
    for case, head in itertools.product(CASES, range(head_at + 1)):
        slots = _plan(words, case, head)
        if not slots:
            continue
        score = (len(slots), -(slots[0].word * 10 + slots[0].part), singular and slots[0].interp.number == "sg", case == "nom")
        if best is None or score > best[0]:
            best = (score, case, slots)
    if best is None or best[1] == "nom":
        return name
    _score, _case, slots = best
    others = [p for parts in words[1:] for p in parts if p]
    if singular and slots[0].interp.number == "pl" and 2 * sum(not _interps(p) for p in others) >= len(others) > 0:
        return name  # "Central Lechera Asturiana": a foreign body's name, not the plural of "centrala"
    forms = _realise(words, slots, slots[0].interp.number, "nom", 1)
    return forms[0] if forms else name


_PERSON_CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


def person_nominative(name: str) -> str | None:
    """A person's name in the nominative ("Janem Kowalskim" -> "Jan Kowalski", "Anny
    Zielińskiej" -> "Anna Zielińska", "Markiem Nowakiem" -> "Marek Nowak"): the first case
    and gender in which every word SGJP knows as a first name or surname reads as one in the
    singular, each such word as its lemma of that gender; other words as `to_nominative` reads
    them alone. None when no word is a known name, or the words share no case."""
    parts = name.split(" ")
    readings = [[i for i in _interps(p) if i.person_name and i.pos == "subst" and i.number == "sg"] for p in parts]
    if not any(readings):
        return None
    for case, gender in itertools.product(_PERSON_CASES, ("m1", "f")):
        if all(not rs or any(r.case == case and gender in r.gender for r in rs) for rs in readings):
            # (a word SGJP does not know declines as any name does: "Tomasza Schmidta" -> "Schmidt")
            return " ".join(next(r.lemma.split(":")[0] for r in rs if r.case == case and gender in r.gender) if rs else (p if case == "nom" else to_nominative(p)) for p, rs in zip(parts, readings, strict=True))
    return None


def title_hyphenated(word: str) -> str:
    """'warmińsko-mazurskie' -> 'Warmińsko-Mazurskie': each part of a hyphenated word capitalised."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
