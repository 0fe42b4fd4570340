"""Context for choices the lexicon alone cannot make: "piłką" or "piłkę", "ja" or "ją".

`AgreementModel` scores pairs of adjacent readings with morfeusz2's tags and
picks, for a run of words each with a few readings, the sequence with the best
total (Viterbi): a reading's log frequency plus, for each adjacent pair that
fits, `weight` Zipf units. What fits:

* a preposition and a noun, adjective or pronoun in a case it governs
  ("z piłką", "na ławce"; "z"/"ze" + accusative is left out as rare), less
  for the rarer case of a two-case preposition (`MINOR_CASES`: "nad wodą" is
  far more common than "nad wodę"); a noun after a preposition and adjectives
  ("pod różową ścianą") is scored against the preposition too, since the
  adjective ("różową": accusative and instrumental) cannot decide;
* an adjective (or participle, numeral) and a noun agreeing in case, number and
  gender, in either order ("zieloną piłką", "Unią Europejską"), and two agreeing adjectives;
* a noun or pronoun in the nominative and a verb agreeing in number, in either
  order ("kobiety siedzą", "siedzą kobiety"); "ja" with a first-person verb;
* the case a verb asks for (`verb_case_bonus`, off for diacritics): the
  instrumental after "się", a copula or a passive participle ("bawi się
  piłką", "jest trucizną", "wypełniony wodą"), else, a little, the accusative
  of a direct object ("gryzie kolbę"); also through adjectives;
* a numeral that governs the genitive plural and that plural ("kilka
  wykwintnych dań"); "niż" after a comparative ("lepsze niż"); an infinitive
  after a modal verb or "aby"/"żeby";
* a future "będę"/"będą" and a past form agreeing in number ("będę czekał");
  two subjects joined by "i" and a plural verb; and, for a verb read in the
  first person singular or the third plural, the person the rest of its
  sentence uses (`PERSON_BONUS`: "Nie wiem, czy pomogę"); in text typed without
  diacritics, for a first person singular against a third person ("piszę"/"pisze"), the
  clause's noun subject or the person its sentence's (else paragraph's) other verbs use
  (`speaker_prior`, `SPEAKER_BONUS`);
* the particle "nie" is read through ("Muzycy nie robią");
* "ze" only before the clusters that take it ("ze względu", "ze Lwowa"), else "że";
  "ją" (her) beside a verb that is not in the first person; "nią" after a
  preposition;
* and two priors of slide text: a line's first word before a colon is a label in
  the nominative (`LABEL_BONUS`: "Siedziba: Rzeszów"), and a word capitalised
  inside a sentence is no verb form at a cost (`CAPITAL_VERB_PENALTY`: "Poznań").

It serves the diacritic restoration and `glyph_context_edits`, which revisits
the glyph solver's choices at word ends ("ręką"/"rękę", "siedzą"/"siedzę").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from .lexicon import UNKNOWN_ZIPF, Lexicon
from .trace import Edit, Record

_NOMINAL = frozenset({"subst", "depr", "ger", "ppron12", "ppron3"})
_AGREEING = frozenset({"adj", "ppas", "pact", "num"})
_VERB = frozenset({"fin", "praet", "bedzie"})
_CONSONANT = "bcćdfghjklłmnńprsśtwzźż"
#: Words the preposition takes as "ze" rather than "z": "ze względu", "ze mną", "ze szkoły",
#: and the set ones "ze Lwowa", "ze łzami", "ze krwi", "ze czcią", "ze dwa", "ze trzy".
_TAKES_ZE = re.compile(f"(?:[szśźż][{_CONSONANT}]|w[{_CONSONANT}]|mn|lw|łz|krw|czc|dw|trz)")
#: The letters a lost glyph (U+FFFD) can stand for.
LOST_LETTERS = "ąćęłńóśźż"
#: The restored letters the context pass may exchange: ą and ę, whose choice
#: (case and person endings: "ręką"/"rękę", "siedzą"/"siedzę") frequency cannot
#: make. Exchanging any lost letter was measured to do more harm than good
#: ("zrobić" -> "zrobił").
SWAPPABLE = "ąę"
#: At a word's end also ć, the infinitive a modal verb before it asks for ("może zrobić",
#: not "może zrobię"), ż ("nią" after a preposition, not "niż"), and ń to forms in real
#: use ("pytać"/"pytań"; a rare gerund such as "zalesiań" is no alternative). Adding ł
#: (the past tense) was measured to cost more than it gained.
SWAPPABLE_FINAL = "ąęćżń"
#: Conjunctions an infinitive follows ("aby zainteresować", "żeby zdać").
INFINITIVE_CONJUNCTIONS = frozenset({"aby", "żeby", "by", "ażeby", "niż", "zamiast"})
#: Words before a comparison's "niż" that SGJP does not tag as comparatives.
COMPARATIVE_WORDS = frozenset({"bardziej", "mniej", "więcej", "raczej", "inaczej", "wcześniej", "później", "lepiej", "gorzej", "dłużej", "szybciej", "częściej", "dalej", "bliżej", "wyżej", "niżej"})
#: Lemmas of verbs (and predicatives) that take an infinitive.
MODALS = frozenset({"musieć", "móc", "chcieć", "mieć", "powinien", "trzeba", "można", "należy", "warto", "zamierzać", "umieć", "potrafić", "zacząć", "zaczynać", "przestać", "lubić", "woleć", "starać", "próbować", "spróbować", "pozwolić", "pozwalać", "wolno", "być"})

#: Two-case prepositions: the rarer case and its log10 penalty (subtracted from the
#: bonus). Rough shares from Polish grammars and corpus descriptions: "nad", "pod",
#: "przed", "między" + instrumental for place is the norm, + accusative for
#: direction the exception; "w", "na", "o", "po" + locative outnumber the accusative.
MINOR_CASES: dict[str, tuple[str, float]] = {
    "nad": ("acc", 1.0),
    "pod": ("acc", 0.6),
    "przed": ("acc", 1.5),
    "między": ("acc", 1.0),
    "pomiędzy": ("acc", 1.0),
    "w": ("acc", 0.5),
    "we": ("acc", 0.5),
    "na": ("acc", 0.2),
    "o": ("acc", 0.3),
    "po": ("acc", 0.5),
    "poza": ("acc", 0.5),
}
#: log10 penalty for a reading in no case the preposition before it governs
#: ("z wielką uwagę"): ungrammatical, unlike a reading in its rarer case.
UNGOVERNED_PENALTY = 1.0
#: log10 bonus for a post-prepositional pronoun after a preposition ("przed nią", "na niego").
POST_PREP_BONUS = 1.0
#: log10 bonus for an accusative right after a verb form (its direct object).
OBJECT_BONUS = 0.4
#: Words read through when pairing neighbours ("nie robią", "bawię się obrączką").
TRANSPARENT = frozenset({"nie"})
#: Verbs whose predicate noun is instrumental ("jest trucizną", "został prezesem").
COPULAS = frozenset({"być", "zostać", "zostawać", "stać", "okazać", "wydawać", "pozostać", "pozostawać"})
#: Verbs whose noun right after them is instrumental far more often than accusative: the way or
#: the vehicle of motion ("jedzie ulicą", "płynie łodzią"), what one governs or handles ("kieruje
#: firmą", "dysponuje kwotą"), a gesture's limb ("macha ręką"). Their prefixed forms are other lemmas.
INSTRUMENTAL_VERBS = frozenset({
    "iść", "chodzić", "jechać", "jeździć", "płynąć", "pływać", "lecieć", "latać", "biec", "biegać", "pędzić", "podążać", "wędrować", "spacerować", "sunąć",
    "kierować", "zarządzać", "rządzić", "dowodzić", "władać", "dysponować", "posługiwać", "sterować", "administrować", "handlować", "operować", "zawiadywać",
    "machać", "kiwać", "potrząsać", "wymachiwać", "pomachać", "skinąć", "wzruszyć", "wzruszać",
})
#: log10 bonus for an instrumental after "się" (the reflexive fills the accusative
#: slot: "bawi się piłką"), after a copula, or after a passive participle (the
#: instrument or agent: "wypełniony wodą").
INSTRUMENTAL_BONUS = 0.75

Feat = tuple[str, frozenset[str], frozenset[str], frozenset[str]]


class AgreementModel:
    def __init__(self, lex: Lexicon, weight: float = 1.5, subject_weight: float = 0.8, verb_cases: bool = True, nominative_rivals: bool = False) -> None:
        self.lex = lex
        self.weight = weight
        self.subject_weight = subject_weight
        self.verb_cases = verb_cases  # `verb_case_bonus`
        # the readings compete with nominatives (text typed without diacritics: "kobieta"/"kobietą"):
        # `verb_case_bonus` leaves out what a subject's nominative often stands after
        self.nominative_rivals = nominative_rivals
        # per model (a class-level cache would keep every model of a long batch alive)
        self.pair_bonus = lru_cache(maxsize=200_000)(self._pair_bonus)
        self._governed_cached = lru_cache(maxsize=200_000)(self._governed)

    def feats(self, form: str) -> tuple[Feat, ...]:
        """(pos, cases, numbers, genders) of each reading; for verbs (pos, persons, numbers, {})."""
        return _feats(self.lex, form)

    def _pair_bonus(self, left: str, right: str) -> float:
        w = self.weight
        if left in ("ze", "że") and not _TAKES_ZE.match(right.lower()):
            return w if left == "że" else 0.0  # "ze" stands only before these clusters
        if left in ("ja", "ją") or right in ("ja", "ją"):
            verb, pron = (right, left) if left in ("ja", "ją") else (left, right)
            person = _verb_person(self.lex, verb)
            if person:  # "ja piszę" (I write) / "Przytknął ją" (he put it)
                return w if (pron == "ja") == (person == "pri" and verb == right) else 0.0
        if _is_infinitive(self.lex, right) and (_lemma_in(self.lex, left, MODALS) or left in INFINITIVE_CONJUNCTIONS):
            return w  # "musi zostać", "będę robić", "aby zainteresować"
        if _governs_genitive(self.lex, left) and any(b[0] in _NOMINAL | _AGREEING and "gen" in b[1] and "pl" in b[2] for b in self.feats(right)):
            return w  # "kilka dań", "pięć wykwintnych dań": a numeral that governs the genitive plural
        if right == "niż" and (left in COMPARATIVE_WORDS or _comparative(self.lex, left)):
            return w  # "lepsze niż", "bardziej niż": the comparison, not "nią"
        best = self.governed_bonus(left, right)
        for a in self.feats(left):
            for b in self.feats(right):
                if a[0] in _AGREEING and b[0] in _NOMINAL and _agree(a, b):
                    best = max(best, w)
                elif a[0] == "bedzie" and b[0] == "praet" and a[2] & b[2]:
                    best = max(best, w)  # "będę czekał", "będą czekali"
                elif (a[0] in _NOMINAL and b[0] in _VERB and _subject(a, b)) or (a[0] in _VERB and b[0] in _NOMINAL and _subject(b, a)):
                    best = max(best, self.subject_weight * w)
                elif a[0] in _NOMINAL and b[0] in _AGREEING and _agree(b, a):
                    best = max(best, 0.7 * w)
                elif a[0] in _AGREEING and b[0] in _AGREEING and _agree(a, b):
                    best = max(best, 0.5 * w)
        return best if best else self.verb_case_bonus(left, right)

    def verb_case_bonus(self, left: str, right: str) -> float:
        """The case a verb-like word before a noun asks for: the instrumental after
        "się" (the reflexive fills the accusative slot: "bawi się piłką"), a copula
        ("jest trucizną") or a passive participle ("wypełniony wodą"); else the
        accusative of a direct object ("gryzie kolbę"), a little."""
        if not self.verb_cases:
            return 0.0
        feats = self.feats(right)
        if self.nominative_rivals:
            # a noun only ("jest ofiarą"; "być duża" is an adjective's nominative), and not after
            # "się" or "stać", where the subject often stands ("zacznie się uczta", "stoi mężczyzna")
            instrumental = any(b[0] in _NOMINAL and "inst" in b[1] for b in feats)
            after = _lemma_in(self.lex, left, COPULAS - {"stać"})
        else:
            instrumental = any(b[0] in _NOMINAL | _AGREEING and "inst" in b[1] for b in feats)
            after = left == "się" or _lemma_in(self.lex, left, COPULAS)
        if instrumental and (after or _passive_participle(self.lex, left) or (_verbal(self.lex, left) and _lemma_in(self.lex, left, INSTRUMENTAL_VERBS))):
            return INSTRUMENTAL_BONUS
        if OBJECT_BONUS and _verbal(self.lex, left) and not _lemma_in(self.lex, left, COPULAS | INSTRUMENTAL_VERBS) and any(b[0] in _NOMINAL | _AGREEING and "acc" in b[1] for b in feats):
            return OBJECT_BONUS
        return 0.0

    def governed_bonus(self, prep: str, form: str) -> float:
        """Bonus for `form` in a case the preposition `prep` governs, less for the
        rarer case of a two-case preposition; 0 when `prep` is no preposition."""
        return self._governed_cached(prep.lower(), form if form[:1].isupper() else form.lower())  # "Bawarią": SGJP reads proper names capitalised

    def _governed(self, prep: str, form: str) -> float:
        preps = [a for a in self.feats(prep) if a[0] == "prep"]
        if not preps:
            return 0.0
        best = None
        minor = MINOR_CASES.get(prep)
        nominal = False
        for a in preps:
            cases = a[1] - {"acc"} if prep in ("z", "ze") else a[1]  # "z" + accusative ("z tydzień") is rare
            for b in self.feats(form):
                if b[0] not in _NOMINAL | _AGREEING:
                    continue
                nominal = True
                if cases & b[1]:
                    bonus = self.weight
                    if minor is not None and cases & b[1] == {minor[0]}:
                        bonus -= minor[1]
                    best = bonus if best is None else max(best, bonus)
        if best is None:
            return -UNGOVERNED_PENALTY if nominal else 0.0
        return best + (POST_PREP_BONUS if _post_prepositional(self.lex, form) else 0.0)

    def choose(self, text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]]) -> tuple[list[int], list[float]]:
        """The best reading of each word (Viterbi), and each choice's confidence:
        its share of the probability among the word's readings, in the chosen context.
        Words in `TRANSPARENT` with a single reading are read through."""
        n = len(words)
        adjacent = [False] + [_adjacent(text, words[i - 1], words[i]) for i in range(1, n)]
        keep = [i for i in range(n) if not (len(options[i]) == 1 and options[i][0][0] in TRANSPARENT)] or list(range(n))
        opts = [options[i] for i in keep]
        linked = [False] + [all(adjacent[t] for t in range(keep[r - 1] + 1, keep[r] + 1)) for r in range(1, len(keep))]
        # two words apart by a comma alone ("z małą, żółtą piłką": adjectives listed before their noun)
        comma = [False] + [keep[r] - keep[r - 1] == 1 and text[words[keep[r - 1]].end() : words[keep[r]].start()].strip(" ") == "," for r in range(1, len(keep))]
        unary = [self._governed_scores(opts, linked, r, comma=comma) for r in range(len(keep))]
        best: list[list[tuple[float, int]]] = [[(sc + unary[0][k], -1) for k, (_f, sc) in enumerate(opts[0])]]
        for r in range(1, len(keep)):
            layer = []
            for k, (f, sc) in enumerate(opts[r]):
                own = sc + unary[r][k]
                layer.append(max((best[r - 1][q][0] + own + (self.pair_bonus(pf, f) if linked[r] else 0.0), q) for q, (pf, _ps) in enumerate(opts[r - 1])))
            best.append(layer)
        j = max(range(len(best[-1])), key=lambda k: best[-1][k][0])
        picked = [0] * len(keep)
        for r in range(len(keep) - 1, -1, -1):
            picked[r] = j
            j = best[r][j][1]
        chosen = [0] * n
        confidence = [1.0] * n
        for r, i in enumerate(keep):
            chosen[i] = picked[r]
            if len(opts[r]) == 1:
                continue
            scores = []
            for k, (f, sc) in enumerate(opts[r]):
                b = unary[r][k]
                if r > 0 and linked[r]:
                    b += self.pair_bonus(opts[r - 1][picked[r - 1]][0], f)
                if r + 1 < len(keep) and linked[r + 1]:
                    b += self.pair_bonus(f, opts[r + 1][picked[r + 1]][0])
                scores.append(sc + b)
            top = scores[picked[r]]
            confidence[i] = round(1.0 / sum(10 ** (s - top) for s in scores), 3)
        return chosen, confidence

    def _governed_scores(self, opts: list[list[tuple[str, float]]], linked: list[bool], r: int, reach: int = 2, comma: list[bool] | None = None) -> list[float]:
        """Bonuses from words beyond the neighbour, for a word with several readings:

        * after a preposition and up to `reach` adjectives ("pod różową ścianą"), the
          preposition's case;
        * after a verb, "się" or a passive participle and adjectives ("było niezłą
          posadą"), the case it asks for (`verb_case_bonus`);
        * after a subject and adjectives ("Władze sanitarne apelują"), or after two
          subjects joined by "i"/"oraz" ("kobieta i mężczyzna siedzą", plural), the
          verb's agreement with it.
        """
        zero = [0.0] * len(opts[r])
        if len(opts[r]) == 1 or r == 0:
            return zero
        q = r - 1
        # (past adjectives; two of them may stand apart by a comma: "z małą, żółtą piłką")
        while q >= 0 and r - q <= reach and (linked[q + 1] or (comma is not None and comma[q + 1] and q + 1 < r)) and _adjective_only(self.lex, opts[q][0][0]):
            q -= 1
        if q < 0 or not linked[q + 1]:
            return zero
        head = opts[q][0][0]
        if q < r - 1 and _preposition(self.lex, head):
            return [self.governed_bonus(head, f) for f, _sc in opts[r]]
        if q < r - 1 and _governs_genitive(self.lex, head):
            return [self.pair_bonus(head, f) for f, _sc in opts[r]]  # "kilka wykwintnych dań"
        if q < r - 1 and (head == "się" or _verbal(self.lex, head) or _passive_participle(self.lex, head)):
            return [self.verb_case_bonus(head, f) for f, _sc in opts[r]]  # "jest moją fascynacją", "gryzie dużą kolbę"
        plural = q >= 2 and linked[q] and linked[q - 1] and opts[q - 1][0][0] in ("i", "oraz") and _nominative(self.lex, opts[q - 2][0][0])
        if plural or q < r - 1:
            return [self._subject_bonus(head, f, plural) for f, _sc in opts[r]]
        return zero

    def _subject_bonus(self, noun: str, verb: str, plural: bool) -> float:
        """Subject agreement of `verb` with `noun` (or with two nouns joined: plural)."""
        for a in self.feats(noun):
            if a[0] not in _NOMINAL or "nom" not in a[1]:
                continue
            subject = (a[0], a[1], frozenset({"pl"}), a[3]) if plural else a
            for b in self.feats(verb):
                if b[0] in _VERB and _subject(subject, b):
                    return self.subject_weight * self.weight
        return 0.0


_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def glyph_context_edits(text: str, records: list[Record], lex: Lexicon, model: AgreementModel, max_alternatives: int = 6) -> list[Edit]:
    """Revisit the ą/ę the glyph solver put in place of U+FFFD: each word holding
    such letters gets its other known spelling ("piłkę" for "piłką"), and each
    paragraph's readings are chosen jointly by `model`. Only words whose choice
    changes are edited ("glyph.context")."""
    sites: dict[tuple[int, int], list[int]] = {}  # word span -> offsets of restored letters
    proper: set[tuple[int, int]] = set()  # words whose restored first letter makes a proper name
    for r in records:
        restored = "\ufffd" in r.before and r.method.startswith("glyph")
        if restored or "lbreak" in r.method:
            for off in range(r.start, r.end):
                m = _word_at(text, off) if text[off].isalpha() else None
                if m and off == m[0] and text[off].islower() and (
                    _proper_name(lex, text[m[0] : m[1]]) or _name_continues(text, m, lex) or _name_starts(text, m, lex) or _place_after_preposition(text, m, lex) or _place_among_places(text, m)
                ):
                    proper.add(m)  # "z Żeleńskim", "Łapiński": a name; "Politechniką Śląską": a name's next word
                swappable = text[off].lower() in SWAPPABLE or (text[off].lower() in SWAPPABLE_FINAL and not text[off + 1 : off + 2].isalpha())
                if restored and swappable and m:
                    sites.setdefault(m, []).append(off)
    out: list[Edit] = []
    capitalised: set[tuple[int, int]] = set()  # proper-name words the readings below have edited whole
    starts = sorted(s[0] for s in sites)
    for para_start, para_end in _paragraphs(text):
        if bisect_left(starts, para_start) == bisect_left(starts, para_end):
            continue  # no restored letter in this paragraph
        words = list(_WORD.finditer(text, para_start, para_end))
        options: list[list[tuple[str, float]]] = []
        varied = False
        for m in words:
            key = (m.start(), m.end())
            w = m.group()
            if key in sites:
                alts = _alternatives(w, [o - m.start() for o in sites[key]], lex, max_alternatives)
                options.append(alts)
                varied = varied or len(alts) > 1
            else:
                options.append([(w.lower(), 0.0)])
        if not varied:
            continue
        _capital_prior(text, words, options, lex)
        label_prior(text, words, options, lex)
        _person_prior(text, words, options, lex)
        _subject_prior(text, words, options, lex)
        _object_prior(text, words, options, lex)
        coordination_prior(text, words, options, lex)
        # only the words near a choice matter: run the model on those windows
        near = sorted({j for i, o in enumerate(options) if len(o) > 1 for j in range(max(0, i - 4), min(len(words), i + 3))})
        runs: list[list[int]] = []
        for j in near:
            if runs and j == runs[-1][-1] + 1:
                runs[-1].append(j)
            else:
                runs.append([j])
        for run in runs:
            chosen, confidence = model.choose(text, [words[j] for j in run], [options[j] for j in run])
            for k, j in enumerate(run):
                m = words[j]
                form = options[j][chosen[k]][0]
                span = (m.start(), m.end())
                if span not in sites:
                    continue  # a word without choices (a proper name among them is edited above)
                if span in proper:
                    form = form[:1].upper() + form[1:]
                if form != m.group().lower() or span in proper:
                    out.append(Edit(m.start(), m.end(), _match_case(form, m.group()) if span not in proper else form, "glyph.context", confidence[k]))
                    capitalised.add(span)
    # the rest of the names: their first letter only
    out += [Edit(a, a + 1, text[a].upper(), "glyph.context", 0.9) for a, b in sorted(proper - capitalised)]
    return out


#: log10 bonus for the reading of a verb ("będę"/"będą") in the person its
#: sentence otherwise speaks in: first person singular ("Zrobiłem, co mogłem.
#: Będę ...") or third person plural ("Przyszli i będą ...").
PERSON_BONUS = 0.6
_SENTENCE_END = re.compile(r"[.!?…]")


def _person_choices(options: list[list[tuple[str, float]]], lex: Lexicon) -> Iterator[tuple[int, list[tuple[str, float]], list[str]]]:
    """Each word whose readings include a first person singular and a third person
    plural verb ("będę"/"będą"), with the person mark of each reading (`_person_mark`)."""
    for i, opts in enumerate(options):
        if len(opts) < 2:
            continue
        persons = [_person_mark(lex, f) for f, _sc in opts]
        if "pri" in persons and "pl" in persons:
            yield i, opts, persons


#: SGJP classes of verb forms (a gerund, "poznanie", is a noun and not among them).
VERB_CLASSES = frozenset({"fin", "inf", "praet", "impt", "imps", "bedzie", "pcon", "pant", "winien"})
#: log10 cost of reading a word capitalised inside a sentence as nothing but a verb form
#: ("Klaster Rolno-Spożywczy, Pozna�" is Poznań, not poznać): such a word names something.
CAPITAL_VERB_PENALTY = 2.0


def verb_only(lex: Lexicon, form: str) -> bool:
    """Every SGJP reading of `form` as written is a verb form ("Poznać", "Zrobił"; not
    "Poznań", nor "Pęka", a surname's genitive as well as "pęka")."""
    readings = lex.lemmas(form)
    return bool(readings) and all(tag.split(":")[0] in VERB_CLASSES for _lemma, tag in readings)


def inside_sentence(chars: str | list[str], k: int) -> bool:
    """Does the word at chars[k] stand inside a sentence: after a space that follows a
    letter, a digit, a comma or a closing bracket on the same line (not after a stop,
    a colon, a bullet or a line feed)?"""
    j = k - 1
    while j >= 0 and chars[j] == " ":
        j -= 1
    return 0 <= j < k - 1 and (chars[j].isalnum() or chars[j] in ",)")


def _capital_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Lower, in place, the score of verb-only readings of a word capitalised inside
    a sentence (`CAPITAL_VERB_PENALTY`), as the glyph solver does."""
    for m, opts in zip(words, options, strict=True):
        if len(opts) > 1 and m.group()[:1].isupper() and inside_sentence(text, m.start()):
            opts[:] = [(form, score - CAPITAL_VERB_PENALTY if verb_only(lex, form[:1].upper() + form[1:]) else score) for form, score in opts]


#: log10 bonus for the nominative reading of a label: a line's first word before a colon
#: ("Siedziba: Rzeszów", "Stolice: Gorzów i Zielona Góra"; not "Siedzibą:").
LABEL_BONUS = 1.5


def label_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Raise, in place, the nominative readings of a label (`LABEL_BONUS`)."""
    for m, opts in zip(words, options, strict=True):
        if len(opts) < 2 or text[m.end() : m.end() + 1] != ":":
            continue
        j = m.start() - 1
        while j >= 0 and text[j] in " \t•–-":
            j -= 1
        if j >= 0 and text[j] != "\n":
            continue  # not the line's first word
        opts[:] = [(form, score + LABEL_BONUS if any(_has_case(tag, "nom") for _l, tag in lex.lemmas(form.lower())) else score) for form, score in opts]


def _has_case(tag: str, case: str) -> bool:
    parts = tag.split(":")
    return parts[0] in ("subst", "adj", "ppas", "pact", "num", "ger", "depr") and len(parts) > 2 and case in parts[2].split(".")


def _person_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Raise, in place, the score of a verb reading in the person the rest of its
    sentence uses (unambiguous forms only: "jestem", "zrobiłem", "mnie"; "robią", "zrobili")."""
    sentences: list[int] | None = None  # sentence number of each word, worked out once if needed
    for i, opts, persons in _person_choices(options, lex):
        if sentences is None:
            sentences = [0]
            for a, b in itertools.pairwise(words):
                sentences.append(sentences[-1] + bool(_SENTENCE_END.search(text, a.end(), b.start())))
        marks = [_person_mark(lex, o[0][0]) for j, o in enumerate(options) if j != i and len(o) == 1 and sentences[j] == sentences[i]]
        first, third = marks.count("pri"), marks.count("pl")
        if first == third:
            continue
        want = "pri" if first > third else "pl"
        options[i] = [(f, sc + PERSON_BONUS if p == want else sc) for (f, sc), p in zip(opts, persons, strict=True)]


#: log10 bonus for the reading of a present-tense verb that is first person singular
#: one way and third person the other ("piszę"/"pisze", typed without diacritics) in
#: the person the other verbs of its sentence speak in ("Debiutowałem wierszem. Nie
#: piszę"), `SPEAKER_PARAGRAPH_BONUS` from the rest of the paragraph when the sentence has none.
SPEAKER_BONUS = 1.0
SPEAKER_PARAGRAPH_BONUS = 0.5
SPEAKER_MAX_VOTES = 2


def speaker_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Raise, in place, the reading in the person the sentence (else the paragraph) speaks in
    (`SPEAKER_BONUS`), for words read as a first person singular and a third person verb,
    and for "ja"/"ją" (`_PRONOUN_PERSON`)."""
    sentences: list[int] | None = None
    speakers: list[str] = []  # the person each word with one reading speaks in, worked out once if needed
    for i, opts in enumerate(options):
        if len(opts) < 2:
            continue
        persons = [_speaker(lex, f) or _PRONOUN_PERSON.get(f.lower(), "") for f, _sc in opts]
        if "pri" not in persons or "ter" not in persons:
            continue
        if sentences is None:
            sentences = [0]
            for a, b in itertools.pairwise(words):
                sentences.append(sentences[-1] + bool(_SENTENCE_END.search(text, a.end(), b.start())))
            speakers = [_speaker(lex, o[0][0]) if len(o) == 1 else "" for o in options]  # (choices keep two readings or more)
        start, _end = _clause(text, words, i)
        if any(_noun_subject(lex, max(options[j], key=lambda o: o[1])[0].lower()) for j in range(start, i)):
            options[i] = [(f, sc + SPEAKER_BONUS if p == "ter" else sc) for (f, sc), p in zip(opts, persons, strict=True)]
            continue  # "Rozumiem, że Komisja proponuje": a noun (its likelier reading) is the clause's subject
        for same, bonus in ((True, SPEAKER_BONUS), (False, SPEAKER_PARAGRAPH_BONUS)):
            marks = [speakers[j] for j, o in enumerate(options) if j != i and len(o) == 1 and (sentences[j] == sentences[i]) == same]
            first, third = marks.count("pri"), marks.count("ter")
            if first != third:
                want = "pri" if first > third else "ter"
                bonus *= min(abs(first - third), SPEAKER_MAX_VOTES)  # two verbs say more than one
                options[i] = [(f, sc + bonus if p == want else sc) for (f, sc), p in zip(opts, persons, strict=True)]
                break


#: Pronouns whose stripped spellings meet: "ja" speaks in the first person, "ją" (her) is spoken
#: of ("Zabili ją", "Elizabeth ją lubiła"; "Ja nie wiem").
_PRONOUN_PERSON = {"ja": "pri", "ją": "ter"}


def _noun_subject(lex: Lexicon, form: str) -> bool:
    """Is `form` a noun in the nominative, in every reading ("Komisja", "pan"; "Rada",
    also the adjective "rad"; not "jutro", also an adverb)?"""
    readings = lex.lemmas(form, standard=True)
    return any(tag.startswith("subst:") for _l, tag in readings) and all(_has_case(tag, "nom") or tag.startswith("winien:") for _l, tag in readings)


def _speaker(lex: Lexicon, form: str) -> str:
    """"pri" for a word read only as a verb in the first person singular ("jestem",
    "zrobiłam", "piszę"), "ter" for one read only as a verb in the third person ("jest",
    "zrobił", "pisze"), "" otherwise (nouns among its readings, other persons)."""
    first = third = False
    for _l, t in lex.lemmas(form):
        parts = t.split(":")
        if parts[0] not in ("fin", "bedzie", "aglt", "praet", "imps"):
            return ""
        if parts[0] in ("praet", "imps"):  # ("aresztowano": an impersonal form speaks of others)
            third = True  # a past form with no agglutinate is the third person ("zrobił")
        elif parts[1:3] == ["sg", "pri"]:
            first = True
        elif len(parts) > 2 and parts[2] == "ter":
            third = True
        else:
            return ""
    if first:
        return "pri"  # "zrobiłem": the past form and its first-person agglutinate
    return "ter" if third else ""


#: log10 cost for a verb reading ("idę"/"idą") that disagrees with the subject its
#: clause opens with: a plural noun ("Dzieci w mundurkach idą") or "ja".
SUBJECT_PENALTY = 0.8
#: Words that open a new clause: the subject search stops there.
_CLAUSE_WORDS = frozenset({"że", "który", "która", "które", "którzy", "którego", "której", "gdy", "kiedy", "bo", "ale", "a", "lecz", "jeśli", "jeżeli", "czy", "aby", "żeby", "choć", "chociaż", "ponieważ", "gdyż"})
_CLAUSE_BREAK = re.compile(r"[.!?…,;:()\[\]\"„”]|\s[–-]\s")


def _subject_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Lower, in place, the reading of a verb that is first person singular one way and
    third person plural the other ("idę"/"idą") that disagrees with its clause's subject:
    the first nominative noun or pronoun of the clause outside a prepositional phrase,
    unambiguous in number (up to eight words back; clauses end at punctuation and at
    "że", "który", ...)."""
    for i, opts, persons in _person_choices(options, lex):
        start, _end = _clause(text, words, i)
        want = ""
        if start > 0 and words[start - 1].group().lower() == "którzy" and not _CLAUSE_BREAK.search(text, words[start - 1].end(), words[start].start()):
            want = "pl"  # "państw trzecich, którzy pragną": the relative pronoun is the plural subject
        in_phrase = False
        subject = None  # number of the subject found so far: "sg" or "pl"
        for j in range(start, i) if not want else ():
            if len(options[j]) != 1:
                break  # another choice: no firm subject to read
            form = options[j][0][0]
            feats = _feats(lex, form)
            if _preposition(lex, form):
                in_phrase = True  # "w mundurkach": a prepositional phrase, no subject
                continue
            if subject and form in ("i", "oraz"):
                subject = "and"  # "Chłopiec i trzy dziewczynki": a second subject makes them plural
                continue
            if any(f[0] in _AGREEING for f in feats):
                continue  # "trzy", "młode": words that agree with the noun they qualify
            nominative = [f for f in feats if f[0] in _NOMINAL and "nom" in f[1]]
            if not nominative:
                if in_phrase and any(f[0] in _NOMINAL for f in feats):
                    in_phrase = False  # the phrase's noun
                continue
            if in_phrase:
                in_phrase = False
                continue
            if subject == "and":
                want = "pl"
                break
            if subject:
                continue
            if form == "ja":
                want = "pri"
                break
            if all(f[0] != "ppron12" and f[2] == {"pl"} for f in nominative):
                want = "pl"
                break
            subject = "sg"  # singular: unless another subject joins it, it leaves the choice
        if want:  # the other person loses; readings of neither ("postawić" after "skłonny") keep their score
            other = "pl" if want == "pri" else "pri"
            options[i] = [(f, sc - SUBJECT_PENALTY if p == other else sc) for (f, sc), p in zip(opts, persons, strict=True)]


#: log10 cost for the accusative reading of a noun ("nogę"/"nogą") in a clause whose
#: verb already has an accusative object ("zadaje cios nogą", "odbija rakietą piłkę").
OBJECT_TAKEN = 0.8
_COORDINATION = frozenset({"i", "oraz", "lub", "albo", "czy", "ani"})


def _clause(text: str, words: list[re.Match[str]], i: int, reach: int = 8) -> tuple[int, int]:
    """Word indices [start, end) of the clause word `i` is in (at most `reach` words each way)."""
    start = i
    while start > 0 and i - start < reach and not _CLAUSE_BREAK.search(text, words[start - 1].end(), words[start].start()) and words[start - 1].group().lower() not in _CLAUSE_WORDS:
        start -= 1
    end = i + 1
    while end < len(words) and end - i <= reach and not _CLAUSE_BREAK.search(text, words[end - 1].end(), words[end].start()) and words[end].group().lower() not in _CLAUSE_WORDS:
        end += 1
    return start, end


def _object_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Lower, in place, the accusative reading of a noun whose readings differ as
    accusative and instrumental ("nogę"/"nogą") when its clause has a verb and another
    noun that can only be accusative, outside a prepositional phrase and not joined to
    it by "i"/"oraz"/... : a verb takes one direct object ("zadaje cios nogą" has
    "cios"; "odbija rakietą żółtą piłkę" has "piłkę")."""
    for i, opts in enumerate(options):
        if len(opts) < 2:
            continue
        acc = [k for k, (f, _sc) in enumerate(opts) if _case_only(lex, f, "acc")]
        inst = [k for k, (f, _sc) in enumerate(opts) if any(b[0] in _NOMINAL and "inst" in b[1] for b in _feats(lex, f))]
        if not acc or not inst:
            continue
        start, end = _clause(text, words, i)
        if not any(len(options[j]) == 1 and _verbal(lex, options[j][0][0]) for j in range(start, end)):
            continue
        if _after_preposition(options, lex, start, i):
            continue  # "za katastrofę": the preposition decides
        other = False
        for j in range(start, end):
            if j == i or len(options[j]) != 1 or not _case_only(lex, options[j][0][0], "acc") or _verbal(lex, options[j][0][0]):
                continue  # ("je": "them" or "eats")
            if _after_preposition(options, lex, start, j):
                continue  # "na piłkę": a preposition's object
            between = [options[k][0][0] if len(options[k]) == 1 else "" for k in range(min(i, j) + 1, max(i, j))]
            if any(w in _COORDINATION for w in between) or text.count(",", words[min(i, j)].end(), words[max(i, j)].start()):
                continue  # "kiełbasę i szynkę": objects joined, each accusative
            other = True
            break
        if other:
            options[i] = [(f, sc - OBJECT_TAKEN if k in acc else sc) for k, (f, sc) in enumerate(opts)]


#: log10 cost for a noun reading in another case than the noun it is joined to by
#: "i"/"oraz"/"lub"/... ("rybę i kapustę": both accusative). 0.8 left "z Litwą i Łotwa"
#: (Łotwa is 1.1 more frequent); 1.2 and 1.6 measured alike on the dev text.
COORDINATION_PENALTY = 1.6


def coordination_prior(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], lex: Lexicon) -> None:
    """Lower, in place, the readings of a noun with several (ą/ę) that are not in the
    one case of the noun it is coordinated with, on either side of "i"/"oraz"/"lub"/
    "albo"/"ani" (adjectives before the other noun allowed): "Kupiła rybę i kapustę";
    or of the item before it in a list joined by commas that such a word ends ("z
    Japonią, Koreą Południową i Kanadą"). A case given so passes along the list, and to
    the adjectives right after the noun."""
    decided: dict[int, set[str]] = {}  # the case a coordination already gave a word (lists chain: "A, B i C")
    for i, opts in enumerate(options):
        if len(opts) < 2:
            continue
        cases = [{c for b in _feats(lex, f) if b[0] in _NOMINAL for c in b[1]} for f, _sc in opts]
        if not any(cases) or all(c == cases[0] for c in cases):
            continue
        partner: set[str] | None = None
        if i > 0 and text[words[i - 1].end() : words[i].start()] == ", " and _list_goes_on(text, words, options, i):
            other = _partner_cases(options, lex, _noun_before(options, lex, i - 1), decided)  # "z Japonią, Koreą Południową i Kanadą": a list shares its case
            if len(other) == 1:
                partner = other
        for step in () if partner else (-1, 1):
            j = i + step
            # past the partner's adjectives on the right ("i dużą torbę"); on the left past adjectives after it ("Koreą Południową i")
            if not (0 <= j < len(words)) or len(options[j]) != 1 or options[j][0][0] not in _COORDINATION or not _adjacent(text, words[min(i, j)], words[max(i, j)]):
                continue
            k = j + step
            while 0 <= k < len(words) and step > 0 and len(options[k]) == 1 and _adjective_only(lex, options[k][0][0]):
                k += step
            if 0 <= k < len(words):
                other = _partner_cases(options, lex, _noun_before(options, lex, k) if step < 0 else k, decided)
                if len(other) == 1:
                    partner = other
                    break
        if partner:
            decided[i] = partner
            options[i] = [(f, sc - COORDINATION_PENALTY if not (c & partner) else sc) for (f, sc), c in zip(opts, cases, strict=True)]
            # the noun's adjectives after it go with it ("Koreą Południową")
            k = i + 1
            while k < len(words) and len(options[k]) > 1 and _adjacent(text, words[k - 1], words[k]) and all(any(b[0] in _AGREEING for b in _feats(lex, f)) for f, _sc in options[k]):
                adj_cases = [{c for b in _feats(lex, f) if b[0] in _AGREEING for c in b[1]} for f, _sc in options[k]]
                options[k] = [(f, sc - COORDINATION_PENALTY if not (c & partner) else sc) for (f, sc), c in zip(options[k], adj_cases, strict=True)]
                k += 1


def _list_goes_on(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]], i: int, reach: int = 4) -> bool:
    """Does an enumeration go on from word `i` to an "i"/"oraz"/"lub" within `reach`
    words, through spaces and commas only ("Koreą Południową i Kanadą")?"""
    for j in range(i + 1, min(len(words), i + 1 + reach)):
        if text[words[j - 1].end() : words[j].start()] not in (" ", ", "):
            return False
        if len(options[j]) == 1 and options[j][0][0] in ("i", "oraz", "lub", "albo"):
            return True
    return False


def _noun_before(options: list[list[tuple[str, float]]], lex: Lexicon, k: int) -> int:
    """Word `k`, or the noun before the adjectives that end at `k` ("Koreą Południową")."""
    q = k
    while q > 0 and all(any(b[0] in _AGREEING for b in _feats(lex, f)) and not any(b[0] in _NOMINAL for b in _feats(lex, f)) for f, _sc in options[q]):
        q -= 1
    return q


def _partner_cases(options: list[list[tuple[str, float]]], lex: Lexicon, k: int, decided: dict[int, set[str]] | None = None) -> set[str]:
    """The cases word `k` can be in as a coordinated noun: those of its one reading;
    of a word with several, the one coordination already gave it, or those a
    preposition right before it (past adjectives) governs ("z Litwą i Łotwą": "z" takes
    the instrumental, not "Litwę")."""
    cases = {c for f, _sc in options[k] for b in _feats(lex, f) if b[0] in _NOMINAL for c in b[1]} - {"voc"}
    if len(options[k]) == 1:
        return cases
    if decided and k in decided:
        return decided[k]
    q = k - 1
    while q >= 0 and len(options[q]) == 1 and _adjective_only(lex, options[q][0][0]):
        q -= 1
    if q < 0 or len(options[q]) != 1 or not _preposition(lex, options[q][0][0]):
        return set()
    return cases & _governed_cases(lex, options[q][0][0])


@lru_cache(maxsize=10_000)
def _governed_cases(lex: Lexicon, prep: str) -> frozenset[str]:
    """The cases a preposition governs ("z": genitive and instrumental; its rare
    accusative, "z tydzień", left out)."""
    cases = frozenset(c for f in _feats(lex, prep) if f[0] == "prep" for c in f[1])
    return cases - {"acc"} if prep in ("z", "ze") else cases


def _after_preposition(options: list[list[tuple[str, float]]], lex: Lexicon, start: int, k: int) -> bool:
    """Is one of the three words before word `k` (from `start`, the clause's first)
    a preposition, firmly read: word `k` is then in its phrase ("na piłkę")?"""
    return any(len(options[j]) == 1 and _preposition(lex, options[j][0][0]) for j in range(max(start, k - 3), k))


@lru_cache(maxsize=100_000)
def _preposition(lex: Lexicon, form: str) -> bool:
    """`form` has a reading as a preposition ("w", "na", "za")."""
    return any(f[0] == "prep" for f in _feats(lex, form))


@lru_cache(maxsize=100_000)
def _case_only(lex: Lexicon, form: str, case: str) -> bool:
    """A noun form whose nominal readings are all in `case` ("piłkę": accusative)."""
    nominal = [b for b in _feats(lex, form) if b[0] in _NOMINAL]
    return bool(nominal) and all(b[1] == {case} for b in nominal)


@lru_cache(maxsize=100_000)
def _person_mark(lex: Lexicon, form: str) -> str:
    """"pri" for a form only read in the first person singular, "pl" for a verb
    form only read in the third person plural, "" otherwise."""
    first = third = other = False
    for _l, t in lex.lemmas(form):
        if t.startswith(("fin:sg:pri", "bedzie:sg:pri", "aglt:sg:pri", "ppron12:sg")) and ":pri" in t:
            first = True
        elif t.startswith(("fin:pl:ter", "bedzie:pl:ter", "praet:pl")):
            third = True
        elif t.startswith(("fin:", "bedzie:", "praet:", "ppron12:", "aglt:")):
            other = True  # including "zrobiliśmy" (praet:pl + aglt:pl:pri)
    if first and not third:
        return "pri"
    if third and not first and not other:
        return "pl"
    return ""


def _alternatives(word: str, offsets: list[int], lex: Lexicon, limit: int) -> list[tuple[str, float]]:
    """The word as solved first, then other known spellings with other lost letters in the same places."""
    lower = word.lower()
    own = lex.zipf(lower)
    out = {lower: own if own > UNKNOWN_ZIPF else -8.0}
    if len(offsets) <= 2:
        choices = [SWAPPABLE_FINAL if o == len(lower) - 1 else SWAPPABLE for o in offsets]
        for letters in itertools.product(*choices):
            cand = list(lower)
            for o, c in zip(offsets, letters, strict=True):
                cand[o] = c
            form = "".join(cand)
            if form not in out:
                z = lex.zipf(form)
                # a swap to ń ("pytań" for "pytać") only to a form in real use, not a rare gerund ("zalesiań")
                if z > UNKNOWN_ZIPF and (form[-1] != "ń" or lex.listed(form)):
                    out[form] = z
    ranked = sorted(out.items(), key=lambda x: -x[1])[:limit]
    if lower not in dict(ranked):
        ranked.append((lower, out[lower]))
    return ranked


def _match_case(form: str, like: str) -> str:
    if like.islower():
        return form
    if like.isupper() and len(like) > 1:
        return form.upper()
    return "".join(f.upper() if c.isupper() else f for f, c in zip(form, like, strict=True))


def _word_at(text: str, off: int) -> tuple[int, int] | None:
    a = off
    while a > 0 and (text[a - 1].isalpha()):
        a -= 1
    b = off + 1
    while b < len(text) and text[b].isalpha():
        b += 1
    return (a, b) if b > a else None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


@lru_cache(maxsize=200_000)
def _feats(lex: Lexicon, form: str) -> tuple[Feat, ...]:
    out = []
    for _lemma, tag in lex.lemmas(form, standard=True):  # colloquial readings earn no agreement
        parts = tag.split(":")
        if parts[0] == "prep" and len(parts) >= 2:
            out.append(("prep", frozenset(parts[1].split(".")), frozenset(), frozenset()))
        elif parts[0] in _NOMINAL | _AGREEING and len(parts) >= 4:
            # (pos, cases, number, genders); fields are compact ("nom.acc", "m1.m2")
            out.append((parts[0], frozenset(parts[2].split(".")), frozenset(parts[1].split(".")), frozenset(parts[3].split("."))))
        elif parts[0] in ("fin", "bedzie") and len(parts) >= 3:
            out.append((parts[0], frozenset(parts[2].split(".")), frozenset(parts[1].split(".")), frozenset()))  # persons, numbers
        elif parts[0] == "praet" and len(parts) >= 3:
            out.append(("praet", frozenset({"ter"}), frozenset(parts[1].split(".")), frozenset(parts[2].split("."))))
    return tuple(out)


def _agree(a: Feat, b: Feat) -> bool:
    """Adjective-like `a` and noun-like `b` share case, number and gender."""
    return bool(a[1] & b[1] and a[2] & b[2] and (a[3] & b[3] or not a[3] or not b[3]))


def _subject(noun: Feat, verb: Feat) -> bool:
    """A nominative noun (third person) that agrees in number with a third-person verb."""
    if "nom" not in noun[1] or not noun[2] & verb[2]:
        return False
    persons = verb[1]
    if noun[0] == "ppron12":
        return bool(persons - {"ter"})
    return "ter" in persons


@lru_cache(maxsize=100_000)
def _verb_person(lex: Lexicon, form: str) -> str:
    """"pri" for a first-person verb form, "ter" for another verb form, "" otherwise."""
    tags = [t for _l, t in lex.lemmas(form)]
    if not any(t.startswith(("fin:", "praet:", "bedzie:", "impt:")) for t in tags):
        return ""
    return "pri" if any((t.startswith(("fin:", "bedzie:", "aglt:")) and ":pri" in t) for t in tags) else "ter"


@lru_cache(maxsize=100_000)
def _post_prepositional(lex: Lexicon, form: str) -> bool:
    """A pronoun form used only after prepositions ("nią", "niego", "niej")."""
    return any(t.startswith("ppron3") and t.endswith(":praep") for _l, t in lex.lemmas(form))


@lru_cache(maxsize=100_000)
def _verbal(lex: Lexicon, form: str) -> bool:
    """A verb form that can take a direct object (finite, past, imperative, infinitive, adverbial participle)."""
    return any(t.startswith(("fin:", "praet:", "impt:", "inf:", "pcon:", "pant:")) for _l, t in lex.lemmas(form))


_PREV_WORD = re.compile(r"([^\W\d_]+) ?\n? ?$")  # on the same line, or the line above wrapped
_QUOTE_OPENERS = "„“\"«"


def _runs_on(text: str, k: int) -> bool:
    """Does the word starting at `k` stand inside a sentence: after a letter or comma on
    its line, after an opening quote that does ("klaster „Kreatywna"), or at the start
    of a line wrapped from a line that ends so (no blank line, no sentence end)?"""
    k -= 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k >= 0 and text[k] in _QUOTE_OPENERS:
        k -= 1
        while k >= 0 and text[k] == " ":
            k -= 1
    if k >= 0 and text[k] == "\n":
        k -= 1
        while k >= 0 and text[k] in " \t":
            k -= 1
    return k >= 0 and (text[k].isalpha() or text[k] == ",")


def _quoted_name_goes_on(text: str, span: tuple[int, int]) -> bool:
    """In quotes, a name's later words are capitalised ("„Ekologiczna Żywność Warmii”"),
    a title's are not ("„Szybka ścieżka”"): the word after this one is capitalised,
    or this one is a place ("„Kreatywna Łódź”")."""
    m = _NEXT_WORD.match(text, span[1])
    word = text[span[0] : span[1]]
    return bool(m and m.group(1)[:1].isupper()) or (word[:1].upper() + word[1:]) in _place_names()


def _name_continues(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Is the word at `span` the next word of a capitalised name: the word before it
    (same line, or the line above wrapped) is capitalised, does not start a sentence
    (`_runs_on`), and agrees with it in case and number ("Politechniką Śląską",
    "Interreg Europa Środkowa", "Województwa Śląskiego", "Europy Środkowej")?"""
    m = _PREV_WORD.search(text, max(0, span[0] - 40), span[0])
    if not m or not m.group(1)[:1].isupper() or m.group(1).isupper():
        return False
    if not (_runs_on(text, m.start()) or _proper_name(lex, m.group(1))):
        return False  # capitalised for starting a sentence, not for a name ("Jutlandia Środkowa" is one)
    if text[: m.start()].rstrip(" ").endswith(tuple(_QUOTE_OPENERS)) and not _quoted_name_goes_on(text, span):
        return False  # a quoted title capitalises its first word only ("„Szybka ścieżka”")
    # the capitalised form: SGJP reads "Europy" as Europa's genitive, "europy" only as "europ"
    prev, word = _feats(lex, m.group(1)), _feats(lex, text[span[0] : span[1]].lower())
    return any(a[0] in _NOMINAL | _AGREEING and b[0] in _NOMINAL | _AGREEING and a[1] & b[1] and a[2] & b[2] for a in prev for b in word)


_PLACE_PREPOSITION = re.compile(r"(?:^|[\s(])(?:[Ww]e?|[Zz]e?|[Dd]o|[Oo]d|[Ss]pod|[Kk]oło|in|from|near) ?\n?$")  # not "to": Polish "to łódź" is "this is a boat"
_NA = re.compile(r"(?:^|[\s(])[Nn]a ?\n?$")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Capitalised forms of the countries, regions and cities the tagger knows
    (`pipeline/tag/gazetteers`, read as data: no spaCy here); not the towns named like
    common words, which the tagger finds after a place's preposition only ("w świecie"
    is the world, whatever "w Świeciu" is)."""
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "tag" / "gazetteers"  # not via pipeline.tag: that imports spaCy
    out: set[str] = set()
    for name in ("countries", "regions", "cities"):
        for e in json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))["entries"]:
            if not e.get("cued"):
                out.update(f for f in e["forms"] if f[:1].isupper() and " " not in f)
    return frozenset(out)


def _place_after_preposition(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """"w Łodzi", "do Łodzi", "ze Śląska": a restored first letter after a preposition
    of place, where the capitalised word is a place the tagger knows; after "na" only
    where the word is no common noun in lowercase ("na Śląsku", but "na łodzi": a boat)."""
    word = text[span[0] : span[1]]
    if (word[:1].upper() + word[1:]) not in _place_names():
        return False
    if _PLACE_PREPOSITION.search(text, max(0, span[0] - 6), span[0]):
        return True
    return bool(_NA.search(text, max(0, span[0] - 4), span[0])) and not any(
        t.startswith("subst:") and lemma[:1].islower() for lemma, t in lex.lemmas(word.lower())
    )


_NEXT_WORD = re.compile(r" ?\n? ?([^\W\d_]+)")
#: A place's neighbour in a list of places, or an English unit after it: "Łodzi, Pabianic i Zgierza", "Łódź Region".
_NEXT_IN_LIST = re.compile(r"(?:,|,? i| oraz| and)? ?\n? ?([^\W\d_]+)")
_ENGLISH_UNIT_WORDS = frozenset({"Region", "Voivodeship", "County", "Province", "Metropolitan"})


def _place_among_places(text: str, span: tuple[int, int]) -> bool:
    """A restored first letter of a place the tagger knows, followed by another place of a
    list ("łodzi, Pabianic i Zgierza") or an English unit's head ("łódź Region"): a name."""
    word = text[span[0] : span[1]]
    if (word[:1].upper() + word[1:]) not in _place_names():
        return False
    m = _NEXT_IN_LIST.match(text, span[1])
    return bool(m) and (m.group(1) in _ENGLISH_UNIT_WORDS or m.group(1) in _place_names())


def _name_starts(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Is the word at `span` an adjective opening a capitalised name: the next word
    (same line) is a capitalised common noun it agrees with ("Łódzki Klaster Medyczny")?"""
    m = _NEXT_WORD.match(text, span[1])
    if not m or not m.group(1)[:1].isupper() or m.group(1).isupper() or any(lemma[:1].isupper() for lemma, _t in lex.lemmas(m.group(1))):
        return False  # before a proper noun an adjective stays lowercase ("świętego Pawła")
    word, nxt = _feats(lex, text[span[0] : span[1]].lower()), _feats(lex, m.group(1).lower())
    return any(a[0] in _AGREEING and b[0] in _NOMINAL and _agree(a, b) for a in word for b in nxt)


@lru_cache(maxsize=100_000)
def _proper_name(lex: Lexicon, word: str) -> bool:
    """SGJP reads `word` only as a proper name (every lemma capitalised: "Żeleńskiemu")."""
    lemmas = lex.lemmas(word.lower())
    return bool(lemmas) and all(lemma[:1].isupper() for lemma, _t in lemmas)


@lru_cache(maxsize=100_000)
def _passive_participle(lex: Lexicon, form: str) -> bool:
    return any(t.startswith("ppas:") for _l, t in lex.lemmas(form))


@lru_cache(maxsize=100_000)
def _governs_genitive(lex: Lexicon, form: str) -> bool:
    """A numeral in the nominative or accusative that takes the genitive ("kilka", "pięć", "wiele")."""
    return any(t.startswith("num:") and ":rec" in t and ("nom" in t.split(":")[2] or "acc" in t.split(":")[2]) for _l, t in lex.lemmas(form))


@lru_cache(maxsize=100_000)
def _comparative(lex: Lexicon, form: str) -> bool:
    """An adjective or adverb in the comparative degree ("lepsze", "wyraźniejsze")."""
    return any(t.startswith(("adj:", "adv:")) and ":com" in t for _l, t in lex.lemmas(form))


@lru_cache(maxsize=100_000)
def _nominative(lex: Lexicon, form: str) -> bool:
    return any(f[0] in _NOMINAL and "nom" in f[1] for f in _feats(lex, form))


@lru_cache(maxsize=100_000)
def _adjective_only(lex: Lexicon, form: str) -> bool:
    """`form` reads as an adjective ("różową", "jedną", "czerwoną") and as no preposition."""
    feats = _feats(lex, form)
    return any(f[0] in _AGREEING for f in feats) and not _preposition(lex, form) and not _governs_genitive(lex, form)


@lru_cache(maxsize=100_000)
def _is_infinitive(lex: Lexicon, form: str) -> bool:
    return any(t.startswith("inf") for _l, t in lex.lemmas(form))


@lru_cache(maxsize=100_000)
def _lemmas(lex: Lexicon, form: str) -> frozenset[str]:
    return frozenset(lemma for lemma, _t in lex.lemmas(form))


def _lemma_in(lex: Lexicon, form: str, lemmas: frozenset[str]) -> bool:
    return bool(_lemmas(lex, form) & lemmas)


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Words separated only by spaces (a comma or full stop breaks agreement; so does a
    line feed before a label, "Warszawska\nStolice: …")."""
    between = text[a.end() : b.start()]
    return between.strip() == "" and not ("\n" in between and text[b.end() : b.end() + 1] == ":")


__all__ = ["LOST_LETTERS", "SWAPPABLE", "AgreementModel", "glyph_context_edits"]
