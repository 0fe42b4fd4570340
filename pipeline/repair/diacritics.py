"""Polish typed without diacritics (``zolw zjadl salate`` -> ``żółw zjadł sałatę``).

Two steps, both against the lexicon:

1. **Detect** per paragraph: a paragraph is restored only if the evidence says
   its diacritics are missing — at least `min_evidence` words whose spelling
   with diacritics is far more common than as written ("sie", "byc", "wiecej"),
   and few words that do carry diacritics. English, code and correct Polish
   have no such evidence and are left alone; sentences and lines with more
   English than Polish function words count for nothing and are never changed.
   A document that is stripped as a whole also lends its verdict to short
   paragraphs (titles) of its own.
2. **Restore** each ASCII word of such a paragraph to the most probable form
   that folds to it, or leave it. wordfreq counts web text typed without
   diacritics under the stripped spelling ("sie" is listed, and common), so a
   stripped form's frequency is first reduced by `leak` times the frequency of
   its diacritic forms. Context decides where frequencies cannot: "ze" stays
   before the words that take it ("ze względu", "ze mną"), else becomes "że";
   a preposition's case and an adjective's agreement with the next noun choose
   between endings ("z tą firmą", "na tę konferencję") — see `AgreementModel`;
   and a character-level model of Polish (`charmodel`, ogonki's CNN) scores each
   reading from the 38 characters around it ("zgodnie z logika" -> "logiką"),
   and offers its own reading of a word no source knows ("Nizienski" -> "Nizieński").

Confidence is the winner's share of the probability of all readings.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from . import charmodel
from .context import AgreementModel, coordination_prior, label_prior, speaker_prior
from .lexicon import FOLD, RARE_FORM_ZIPF, Lexicon
from .trace import Edit

PL_DIACRITICS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_DIACRITIC = re.compile(f"[{PL_DIACRITICS}]")
#: A paragraph where at least this share of the letters carry Polish diacritics
#: (about 7 % in running Polish) is taken as written with them, without lookups.
DIACRITIC_SHARE_OK = 0.02
#: A paragraph with at least this share of its words inside English spans is English: the
#: words the spans miss are no evidence of Polish typed without diacritics.
ENGLISH_PARAGRAPH_SHARE = 0.8
_CODE = re.compile(r"[{}()\[\];=<>+*/\\|&^%$#@]")


#: Function words that mark a sentence as English or as Polish (words both
#: languages use, such as "a", "i", "to", "on", are in neither list).
ENGLISH_MARKERS = frozenset(["the", "and", "of", "in", "for", "with", "from", "at", "is", "are", "were", "be", "been", "this", "that", "these", "those", "which", "will", "has", "have", "its", "their", "our", "into", "over", "under", "between", "across", "such", "than", "or", "as", "an"])
POLISH_MARKERS = frozenset(["w", "we", "z", "ze", "że", "na", "do", "się", "sie", "nie", "od", "po", "dla", "oraz", "przez", "jak", "o", "jest", "są", "sa", "być", "byc", "który", "ktory", "która", "ktora", "które", "ktore", "także", "takze", "jego", "ich", "już", "juz", "tylko", "czy", "też", "tez"])
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def english_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences and lines of text[start:end] written in English: more English
    function words than Polish ones ("Partners from Spain, Portugal and Norway")."""
    out = []
    for m in _SENTENCE.finditer(text, start, end):
        words = [w.lower() for w in _WORD.findall(m.group())]
        en = sum(w in ENGLISH_MARKERS for w in words)
        if en and en > sum(w in POLISH_MARKERS for w in words):
            out.append((m.start(), m.end()))
    return out


@dataclass(frozen=True)
class DiacriticsConfig:
    """Options of the diacritic restoration.

    min_evidence: stripped-looking words a paragraph needs before it is restored.
    evidence_margin: Zipf units by which the diacritic form must beat the
        stripped one for a word to count as evidence.
    max_present_share: a paragraph where words with diacritics make up more than
        this share of (words with diacritics + evidence) is left alone.
    plain_polish_words: with this many Polish words (3+ letters) and not one
        diacritic, a single stripped-looking word is evidence enough.
    leak: share of a diacritic form's frequency counted by wordfreq under its
        stripped spelling (web text typed without diacritics).
    context_weight: Zipf units added to a pair of adjacent readings that agree.
    max_readings: most probable readings of a word kept for the joint choice.
    max_rare_slots: an unknown word with more letters that could take a
        diacritic than this is not searched through morfeusz2 (2^9 lookups at most).
    english_margin: a capitalised word whose English frequency beats its best Polish
        spelling with diacritics by this many Zipf units is an English name, left alone.
    char_weight: weight of a reading's log10 probability under the character model
        (`charmodel.form_score`) added to its log10 frequency; 0 turns the model off.
    char_propose_margin: a word neither the lexicon nor morfeusz2 knows takes the
        character model's reading when every letter it changes won by this many log10
        units ("Nizienski" -> "Nizieński"); recorded as `diacritics.charmodel`.
    polish_only_english_zipf, polish_only_zipf: in an English sentence or paragraph of
        text typed without diacritics, a word changes only when English uses it less
        often than the first (Zipf) and its reading is a Polish word at least as
        common as the second ("from Swinoujscie"; not "more", "Wroclaw").
    place_as_written_penalty: a word no source knows that folds from a word of a place's name
        the gazetteers hold ("Plowdiw" -> "Płowdiw") keeps its spelling as a reading this many
        log10 units below the place's (it may be another name's nominative: "Oksytania").
    english_only_zipf, english_only_margin: an English word Polish does not use is one English
        uses this often (Zipf 3.5) and Polish at least `english_only_margin` (1.5) less.
    english_neighbour_zipf, english_neighbour_margin: a word with Polish readings stays as written
        right beside such a word when English uses it this often (3.0) and no more than this
        (0.5) less than its likeliest reading ("Free Economic Zone", "makes more cars").
    Short words in capitals (`ACRONYM_MAX_LETTERS`) outside headings in capitals are acronyms.
    """

    min_evidence: int = 2
    evidence_margin: float = 1.0
    max_present_share: float = 0.2
    plain_polish_words: int = 4
    leak: float = 0.06
    context_weight: float = 1.5
    max_readings: int = 4
    max_rare_slots: int = 9
    english_margin: float = 1.0
    char_weight: float = 1.0
    char_propose_margin: float = 2.0
    polish_only_english_zipf: float = 1.5
    polish_only_zipf: float = 3.0
    place_as_written_penalty: float = 1.0
    english_only_zipf: float = 3.5
    english_only_margin: float = 1.5
    english_neighbour_zipf: float = 3.0
    english_neighbour_margin: float = 0.5


#: A token wordfreq lists at least this often is in use as written ("godz", "np"),
#: though not a dictionary word: it is not searched for rare diacritic forms.
COMMON_TOKEN_ZIPF = 3.5


@lru_cache(maxsize=100_000)
def _common_token(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "pl") >= COMMON_TOKEN_ZIPF


def _shape(form: str, like: str) -> str:
    """`form` with the capitalisation of `like` (same length)."""
    if like.islower():
        return form
    return "".join(f.upper() if c.isupper() else f for f, c in zip(form, like, strict=True))


class DiacriticRestorer:
    def __init__(self, lex: Lexicon, config: DiacriticsConfig | None = None) -> None:
        self.lex = lex
        self.config = config or DiacriticsConfig()
        self.readings = lru_cache(maxsize=100_000)(self._readings)
        self.abbreviation = lru_cache(maxsize=10_000)(self._abbreviation)
        # subject agreement hurt here (measured); a verb's case only where no nominative competes ("jest kobieta")
        self.model = AgreementModel(lex, self.config.context_weight, subject_weight=0.0, nominative_rivals=True)

    def _readings(self, word: str) -> tuple[tuple[str, float], ...]:
        """Candidate forms of a lowercase ASCII word with their frequencies
        (linear, per billion words), the stripped form's corrected for leak; best first."""
        forms = self.lex.with_diacritics(word)
        places: tuple[str, ...] = ()
        if not forms and len(word) >= 3 and self.lex.zipf(word) <= -9.0 and not _common_token(word):
            forms = self._rare_forms(word)
            places = self.lex.places_with_diacritics(word)
        if not forms and not places:
            return ()
        out = [(f, 10 ** self.lex.zipf(f)) for f in forms]
        if places:
            # words of places' names ("Abidzan" -> "Abidżan"), the word as written as likely:
            # "Oksytania" is a name's nominative too, and context or the character model decides
            out += [(f, 10**RARE_FORM_ZIPF) for f in places if f not in forms]
            out.append((word, 10 ** (RARE_FORM_ZIPF - self.config.place_as_written_penalty)))
        total = sum(p for _, p in out)
        z = self.lex.zipf(word)
        if z > -9.0:
            own = 10**z - self.config.leak * total
            out.append((word, max(own, 10**z * 0.01)))
        return tuple(sorted(out, key=lambda x: -x[1]))

    def _brev(self, word: str) -> bool:
        """Does SGJP list `word` (lowercase, without its dot) with a dot as an abbreviation ("pol.", "ul.")?"""
        return any(t.startswith("brev") for _l, t in self.lex.lemmas(word + "."))

    def _abbreviation(self, word: str) -> str | None:
        """The one abbreviation with diacritics SGJP lists (with its dot) that `word` (lowercase
        ASCII, before a dot) is stripped from ("sw" -> "św", "pln" -> "płn"), unless the word is
        an abbreviation itself ("ul", "ok"). None otherwise."""
        if self._brev(word):
            return None
        options = [_DIACRITIC_OPTIONS.get(ch, ch) for ch in word]
        found = {v for letters in itertools.product(*options) if (v := "".join(letters)) != word and self._brev(v)}
        return found.pop() if len(found) == 1 else None

    def _read_as_name(self, text: str, m: re.Match[str], start: int) -> bool:
        """Should the readings of the word at `m` be judged capitalised, as SGJP reads
        proper names ("z Bawarią", "z Gdańska": Gdańsk's genitive, not the adjective)?
        A capitalised word inside a sentence, or opening one where its lowercase
        form is no word SGJP knows."""
        w = m.group()
        if not w[:1].isupper() or w.isupper():
            return False
        before = text[start : m.start()]
        kept = before.rstrip(" \t\n„\"(")
        if kept and kept[-1] not in ".!?:•" and "\n\n" not in before[len(kept) :]:
            return True  # inside a sentence, a wrapped line's first word included ("z \nBawaria")
        return not self.lex.lemmas(w.lower())

    def _rare_forms(self, word: str) -> tuple[str, ...]:
        """Forms morfeusz2 knows but wordfreq does not list ("uwierał" for "uwieral"):
        every way of adding diacritics, checked whole, for words with few ambiguous letters."""
        slots = [i for i, c in enumerate(word) if c in _ADD]
        if not slots or len(slots) > self.config.max_rare_slots:
            return ()
        out = []
        for combo in itertools.product(*[(word[i], *_ADD[word[i]]) for i in slots]):
            cand = list(word)
            for i, c in zip(slots, combo, strict=True):
                cand[i] = c
            form = "".join(cand)
            if form != word and self.lex.morfeusz_knows(form):
                out.append(form)
        return tuple(out)

    def _english_capital(self, word: str) -> bool:
        """A capitalised word far more frequent in English as written than in Polish
        with diacritics ("Europe" 5.3 against "Europę" 4.0): left alone."""
        if not word[:1].isupper() or not word.isascii():
            return False
        r = [f for f, _p in self.readings(word.lower()) if f != word.lower()]
        if not r:
            return False  # no Polish spelling with diacritics to mistake it for
        en = self.lex.english_zipf(word)
        if self.lex.zipf(word) + self.config.english_margin > en:
            return False  # as common in Polish as written ("Korea", "Kanada"): context decides its ending
        return en >= max(self.lex.zipf(f) for f in r) + self.config.english_margin

    def _acronym(self, form: str) -> bool:
        """Does SGJP read `form` as an acronym (a lemma in capitals: "UW", "RPO")?"""
        return any(lemma.isupper() for lemma, _tag in self.lex.lemmas(form))

    def _english_only(self, word: str) -> bool:
        """An English word Polish does not use (`english_only_zipf` in English, `english_only_margin`
        above its Polish frequency, and no spelling with diacritics): "Economic", "makes", "launch"."""
        cfg = self.config
        en = self.lex.english_zipf(word)
        return word.isascii() and en >= cfg.english_only_zipf and self.lex.zipf(word) < en - cfg.english_only_margin and not self.lex.with_diacritics(word.lower())

    def _english_beside_english(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """Is the word at `i` English, though it has Polish readings with diacritics: common in
        English (`english_neighbour_zipf`), not much rarer than its likeliest Polish reading
        (`english_neighbour_margin`), and right beside an English-only word (`_english_only`;
        a space or hyphen between): "Free Economic Zone", "low-carbon", "makes more cars"."""
        cfg = self.config
        w = words[i].group()
        en = self.lex.english_zipf(w)
        if en < cfg.english_neighbour_zipf or en < max(self.lex.zipf(f) for f, _p in self.readings(w.lower())) - cfg.english_neighbour_margin:
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < len(words):
                a, b = sorted((i, j))
                gap = text[words[a].end() : words[b].start()]
                if gap in (" ", "-", " \n", "\n") and self._english_only(words[j].group()):
                    return True
        return False

    def _is_evidence(self, word: str) -> bool:
        r = self.readings(word)
        if not r or r[0][0] == word:
            return False
        own = next((p for f, p in r if f == word), 0.0)
        return own == 0.0 or math.log10(r[0][1]) - math.log10(own) >= self.config.evidence_margin

    def _paragraph_verdict(self, para: str) -> tuple[int, int, int]:
        """(evidence, words with diacritics, Polish words without any) of a paragraph.
        Code (many brackets, operators) is never evidence."""
        letters = sum(c.isalpha() for c in para)
        if len(_CODE.findall(para)) > max(2, 0.05 * letters):  # (a bracketed sentence alone is no code)
            return 0, 0, 0
        marked = len(_DIACRITIC.findall(para))
        if marked >= DIACRITIC_SHARE_OK * letters and marked >= 2:
            return 0, marked, 0  # diacritics where Polish has them: nothing stripped here
        evidence = present = polish = 0
        english = english_spans(para, 0, len(para))
        words = [(m, any(a <= m.start() < b for a, b in english)) for m in _WORD.finditer(para) if len(m.group()) > 1]
        if sum(in_english for _m, in_english in words) >= ENGLISH_PARAGRAPH_SHARE * len(words) > 0:
            return 0, 0, 0  # an English paragraph: the few words its English spans miss ("now", "alone") are English too
        for m, in_english in words:
            w = m.group()
            if in_english:
                continue  # English is no evidence of Polish typed without diacritics
            if any(c in PL_DIACRITICS for c in w):
                present += 1
            elif self._english_capital(w):
                continue  # "Europe", "Bulgaria": an English name, not "Europę" typed without ogonek
            elif self._is_evidence(w.lower()):
                evidence += 1
            elif len(w) > 2 and self.lex.listed(w):
                polish += 1
        return evidence, present, polish

    def _stripped(self, evidence: int, present: int, polish: int) -> bool:
        """Two stripped-looking words, or one among `plain_polish_words` Polish
        words of which none carries a diacritic; and few words that do."""
        enough = evidence >= self.config.min_evidence or (evidence >= 1 and present == 0 and polish >= self.config.plain_polish_words)
        return enough and present <= self.config.max_present_share * (present + evidence)

    def edits(self, text: str) -> list[Edit]:
        if not text or not any(c.isascii() and c.isalpha() for c in text[:20000]):
            return []
        spans = []
        pos = 0
        for m in _PARAGRAPH.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        verdicts = [self._paragraph_verdict(text[a:b]) for a, b in spans]
        doc_stripped = self._stripped(*(sum(v[k] for v in verdicts) for k in range(3)))
        out: list[Edit] = []
        for (a, b), (e, p, n) in zip(spans, verdicts, strict=True):
            if self._stripped(e, p, n) or (doc_stripped and p == 0 and e >= 1):
                out.extend(self._restore(text, a, b))
            elif doc_stripped and p == 0:
                # an English paragraph of a stripped document: only its Polish words ("from Swinoujscie")
                out.extend(self._restore(text, a, b, english=True))
        return out

    def _polish_only(self, word: str, form: str) -> bool:
        """Is `word`, met in English, a Polish word typed without diacritics: no word
        English uses (`polish_only_english_zipf`), and its reading `form` a common
        Polish one (`polish_only_zipf`)? "Swinoujscie", "klastrow"; not "more", "Wroclaw"."""
        cfg = self.config
        return self.lex.english_zipf(word) < cfg.polish_only_english_zipf and self.lex.zipf(form) >= cfg.polish_only_zipf

    def _restore(self, text: str, start: int, end: int, english: bool = False) -> list[Edit]:
        """Choose every word's reading at once (`AgreementModel.choose`). english: the
        paragraph is English; only its Polish words (`_polish_only`) change."""
        words = list(_WORD.finditer(text, start, end))
        if not words:
            return []
        cfg = self.config
        lp = charmodel.logprobs(text[start:end]) if cfg.char_weight > 0 else None
        options: list[list[tuple[str, float]]] = []
        proposed: set[int] = set()
        for i, m in enumerate(words):
            w = m.group()
            readings = self.readings(w.lower()) if w.isascii() and len(w) > 1 else ()
            acronym = _acronym_like(text, words, i)
            if acronym:
                # an acronym ("KUKE", "DAC", "SA&AM") is no word in capitals: only an acronym SGJP spells so
                readings = tuple(r for r in readings if r[0] == w.lower() or self._acronym(r[0]))
                readings = readings if any(r[0] != w.lower() for r in readings) else ()
            elif readings and self._english_beside_english(text, words, i):
                readings = ()  # "Economic Zone", "makes more cars": English, though "żonę" and "morę" are Polish
            if w.isascii() and len(w) <= ABBREVIATION_MAX_LETTERS and text.startswith(".", m.end()) and not acronym and (not readings or _MID_SENTENCE_RE.match(text, m.end() + 1)):
                # "sw." -> "św.", "pln." -> "płn.": SGJP lists them with their dot; a word's reading gives way to
                # an abbreviation's where the sentence goes on after the dot ("j. lac. i" -> "łac.", "pol." stays)
                abbreviation = self.abbreviation(w.lower())
                if abbreviation:
                    readings = ((abbreviation, 1.0),)
                elif not readings or self._brev(w.lower()):
                    readings = ()  # no word, or an abbreviation as written ("pol.")
            if readings:
                name = self._read_as_name(text, m, start)
                options.append([(f[:1].upper() + f[1:] if name else f, math.log10(p)) for f, p in readings[: cfg.max_readings]])
                continue
            options.append([(w.lower(), 0.0)])
            if lp is None or not w.isascii() or len(w) < 2 or acronym:
                continue
            at = m.start() - start
            form, margin = charmodel.proposal(lp, at, w.lower())
            if form != w.lower() and margin >= cfg.char_propose_margin and not self.lex.morfeusz_knows(w.lower()) and not self.lex.morfeusz_knows(w):
                options[i] = [(f, cfg.char_weight * charmodel.form_score(lp, at, f)) for f in (w.lower(), form)]
                proposed.add(i)
        before = [list(o) for o in options]
        coordination_prior(text, words, options, self.lex)  # "piórem i kredą"
        if lp is not None:
            # the character model scores each word from stripped context, which cannot show the
            # case of a coordinated partner that is itself ambiguous ("z Litwa i Lotwa"): not those
            for i, m in enumerate(words):
                if len(options[i]) > 1 and i not in proposed and options[i] == before[i]:
                    options[i] = [(f, sc + cfg.char_weight * charmodel.form_score(lp, m.start() - start, f)) for f, sc in options[i]]
        label_prior(text, words, options, self.lex)  # "Siedziba: Rzeszów"
        speaker_prior(text, words, options, self.lex)  # "Debiutowałem wierszem. Nie piszę"
        _set_phrases(text, words, options)  # "16 maja", "z wolna"
        chosen, confidence = self.model.choose(text, words, options)
        english_at = [(start, end)] if english else english_spans(text, start, end)
        out = []
        for i, m in enumerate(words):
            w = m.group()
            form = options[i][chosen[i]][0].lower()
            if form == w.lower() or not w.isascii():
                continue
            if self._english_capital(w) or (any(a <= m.start() < b for a, b in english_at) and not self._polish_only(w, form)):
                continue  # an English name, or a word of an English sentence or paragraph, stays as written
            method = "diacritics.charmodel" if i in proposed else "diacritics.lexicon"
            out.append(Edit(m.start(), m.end(), _shape(form, w), method, confidence[i]))
        return out


#: Stripped abbreviations up to this long are looked up with their dot ("sw." -> "św.", "płn.").
ABBREVIATION_MAX_LETTERS = 5
#: After an abbreviation's dot the sentence goes on: a space, then a small letter, a digit or a bracket.
_MID_SENTENCE_RE = re.compile(r" +[a-ząćęłńóśźż0-9(]")
#: The letters each ASCII letter may have lost its diacritic from (`lexicon.FOLD` read backwards:
#: "a" -> "aą", "z" -> "zźż").
def _diacritic_options() -> dict[str, str]:
    out: dict[str, str] = {}
    for letter, bare in sorted(FOLD.items()):
        if chr(letter).islower():
            out[chr(bare)] = out.get(chr(bare), chr(bare)) + chr(letter)
    return out


_DIACRITIC_OPTIONS = _diacritic_options()

#: Words in capitals up to this long may be acronyms ("KUKE", "DAC"); longer ones are words.
ACRONYM_MAX_LETTERS = 4


def _acronym_like(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Is the word at `i` in capitals and short (`ACRONYM_MAX_LETTERS`), and neither on a
    line set in capitals (`_caps_line`) nor beside a longer word in capitals ("ŁÓDŹ,
    PAŹDZIERNIK 2009")? Then it is read as an acronym, not as a word."""
    w = words[i].group()
    if not (w.isupper() and 1 < len(w) <= ACRONYM_MAX_LETTERS) or _caps_line(text, words[i]):
        return False
    return not any(0 <= j < len(words) and words[j].group().isupper() and len(words[j].group()) > ACRONYM_MAX_LETTERS for j in (i - 1, i + 1))


def _caps_line(text: str, m: re.Match[str]) -> bool:
    """Is the word at `m` on a line set in capitals (a heading: "BUDOWNICTWO ENERGOOSZCZEDNE"),
    where a word in capitals is a word, not an acronym? At least two words in capitals,
    most of the line's words, one of them of five letters or more."""
    a = text.rfind("\n", 0, m.start()) + 1
    b = text.find("\n", m.end())
    line = [w for w in _WORD.findall(text, a, len(text) if b < 0 else b) if len(w) > 1]
    caps = [w for w in line if w.isupper()]
    return len(caps) >= 2 and len(caps) >= 0.6 * len(line) and any(len(w) >= 5 for w in caps)


_ADD = {"a": ("ą",), "c": ("ć",), "e": ("ę",), "l": ("ł",), "n": ("ń",), "o": ("ó",), "s": ("ś",), "z": ("ż", "ź")}

#: log10 bonus for the reading a set phrase fixes.
SET_PHRASE_BONUS = 3.0
#: Adverbial phrases of "z" and an old short adjective form ending in -a, which the
#: preposition's instrumental ("z wolną") must not take: "z wolna", "z lekka".
Z_ADVERBS = frozenset({"wolna", "lekka", "rzadka", "nagła", "cicha"})
#: "maja" (May) after a day number or "początku"/"końca"/… of a month, not "mają".
_MONTH_BEFORE = re.compile(r"(?:\b(?:[0-3]?\d)\.?|\b(?:pocz[aą]tku|pocz[aą]tkiem|ko[nń]ca|ko[nń]cu|po[lł]owy|po[lł]owie|po[lł]ow[aą]|dniu|dnia))\s+$", re.IGNORECASE)  # (typed with or without diacritics)


def _set_phrases(text: str, words: list[re.Match[str]], options: list[list[tuple[str, float]]]) -> None:
    """Raise, in place, the reading a set phrase fixes: the month in "16 maja 2007" and
    "na początku maja" (not the verb "mają"), the adverb in "z wolna" (not "z wolną")."""
    for i, m in enumerate(words):
        opts = options[i]
        if len(opts) < 2:
            continue
        w = m.group().lower()
        want = None
        if w == "maja" and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            want = "maja"
        elif w in Z_ADVERBS and i > 0 and words[i - 1].group().lower() == "z" and text[words[i - 1].end() : m.start()] == " ":
            want = w
        if want is not None:
            options[i] = [(f, sc + SET_PHRASE_BONUS if f == want else sc) for f, sc in opts]
