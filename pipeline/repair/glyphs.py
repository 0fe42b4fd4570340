"""Lost glyphs, ł turned into line breaks, and the spurious spaces around them.

The damage this undoes comes from PDFs whose fonts have no usable Unicode map
for the Polish letters:

* each lost letter became a *mark*: U+FFFD, a private-use code, a C0 control,
  or a `(cid:NN)` sequence (`obejmuj� ce` = obejmujące);
* `ł` was mapped to a line feed (`w\\nadz` = władz), next to real line breaks;
* the extractor often put a space after (sometimes before) a lost glyph;
* bullets became marks too (`� du� e` = `• duże`).

These interact inside one word, so they are solved jointly: the text is cut
into *regions* (the words around each damage site, joined through the optional
spaces), every region is searched for the reading whose words are most probable
under the lexicon, and each change is reported with a confidence taken from the
margin between the best and the second-best reading.

Whether line feeds may stand for `ł` at all is decided once per text
(`detect_lbreak_damage`): clean Polish text keeps its line breaks untouched.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .context import CAPITAL_VERB_PENALTY, inside_sentence, verb_only
from .lexicon import MASKED_LETTERS, UNKNOWN_ZIPF, Lexicon
from .trace import Edit

#: Lost-glyph markers: U+FFFD, (cid:NN), private-use codes, C0 controls (but \t \n \r \f).
MARK_RE = re.compile(r"\ufffd|\(cid:\d+\)|[\ue000-\uf8ff]|[\U000F0000-\U000FFFFD]|[\x00-\x08\x0b\x0e-\x1f]")
#: Letters a lost glyph may stand for.
LOST_LOWER = "ąćęłńóśźż"
LOST_UPPER = "ĄĆĘŁŃÓŚŹŻ"
BULLET = "•"
DASH = "–"
#: Characters after which a lost glyph starts a sentence (capital letter).
SENTENCE_END = ".!?"
#: Dashes and opening quotes that may stand between a sentence end and the next word.
OPENERS = "-–—„“\"'«("
#: Punctuation a spurious space often precedes.
CLOSING_PUNCT = ",.;:!?)]»”"
_LETTERS = r"[^\W\d_]"
#: A run of letters (the word after a line feed).
_LEADING_WORD = re.compile(_LETTERS + "+")
#: A line feed inside a word (letters on both sides, or letters before and a break after).
_LBREAK_RE = re.compile(f"({_LETTERS}+)\n(?=({_LETTERS}*))")


@dataclass(frozen=True)
class GlyphConfig:
    """Options of the lost-glyph / ł-break solver.

    unknown_per_char: log10 cost per letter of a word the lexicon does not know
        (on top of the cost of a rare word). Higher: prefers splitting into known
        words; lower: tolerates unknown names. Default 1.0.
    intact_letter_penalty: log10 penalty for restoring a letter that occurs intact
        elsewhere in the same text at least `intact_letter_min` times (a font that
        lost ą usually lost every ą). 0 disables. Default 0.5; it grows by
        `intact_letter_growth` per tenfold more intact occurrences, up to
        `intact_letter_max` (a text with hundreds of intact ł has not lost ł).
    dash_prior, bullet_prior: log10 prior of reading a lost glyph standing alone
        as a dash (between words) or a bullet (at a line start). They are tokens
        of their own and cost like words do: a dash is about one token in a few
        hundred (-2.5); a bullet is expected at a line start after a blank line,
        a line ending a sentence or a colon, or another bullet (-0.5), much less
        where the line above runs on mid-sentence (`bullet_runon_prior`, -2.5).
    space_before_drop_prior: log10 prior of dropping the space before a lost
        glyph: extractors put a spurious space after a lost glyph (every time in
        the sample) and rarely before it (1 in 29 there). Default -1.0.
    space_before_punct_bonus: log10 bonus for dropping a space between a lost glyph
        and closing punctuation ("bada� ," -> "badań,"). Default 0.5.
    lbreak: "auto" (detect per text), "on" or "off": whether a line feed may be ł.
    restored_unknown_penalty: log10 penalty for a word that holds a restored letter
        and still is no known word: a restoration must make a word. Default 10.0.
    lbreak_space_start_bonus, lbreak_punct_start_bonus: log10 bonus for reading a line
        feed as ł when the next line would start with one space ("trzyma\n pi\nkę",
        "dudni\n po": 3.5; wrapped lines never do, so this outweighs a present form
        more frequent than the past one), or, after a blank line, with a lowercase word
        (same bonus), or with closing punctuation ("wy\n.", 3.0).
    lbreak_fit_bonus: log10 bonus for reading a line feed before a lowercase word as ł
        when that word would have fitted on the line: wrapped text breaks a line only
        where the next word does not fit (1.5). The width is the
        `wrap_width_quantile` (0.5) length of the stretches between sure line ends,
        taken when the text has at least `wrap_min_lines` (10) of them.
    lbreak_currency_bonus: log10 bonus for reading "z" + line feed after an amount
        ("200 mln z\n", "29 z\n") as "zł", the currency (3.0).
    lbreak_mark_penalty: log10 penalty for reading a lost glyph as ł in a text whose
        ł became line feeds (a font loses a letter one way): 2.0.
    lbreak_initial_margin: a line feed before a lowercase word that is itself a word
        ("apie") is tried as a word-initial ł only when the ł-word ("łapie") is this much
        more frequent (Zipf, 1.0).
    english_min_zipf, english_penalty: a word Polish does not know but English uses
        this often (Zipf 3.0) scores as an English word, `english_penalty` (1.0) below
        its English frequency, instead of as no word ("Europe", not "Europeł").
    beam: hypotheses kept per region while searching. Default 256.
    code_min_occurrences, code_min_share: a glyph code (a control, private-use or
        placeholder character, or `(cid:NN)`; not U+FFFD) seen this often, whose
        most voted reading has this share, is fixed to it everywhere.
    fast_max_marks, fast_max_spaces: regions with at most this many lost glyphs and
        optional spaces (and no line feeds) are solved exactly through the mask
        index instead of by the beam search (2^spaces lookups).
    unknown_join_penalty: cost of each spurious space dropped to build a word no
        source knows (without it, "głostołow� zgraj � rz� dz� c�" became one unknown
        word: a known word costs about as much as its letters in an unknown one). 6.0.
    rare_retry_zipf: a reading whose restored word, followed by a kept space, is
        rarer than this (Zipf) is solved again with forms only morfeusz2 knows
        ("poć pieszy" against "pośpieszy"). Default 2.5.

    A word capitalised inside a sentence costs `context.CAPITAL_VERB_PENALTY` more
    when read as a verb form and nothing else ("Klaster Rolno-Spożywczy, Pozna�"
    is Poznań, not poznać; in regions solved through the mask index, not in the
    beam search for long ones).
    """

    unknown_per_char: float = 1.0
    intact_letter_penalty: float = 0.5
    intact_letter_min: int = 3
    intact_letter_growth: float = 0.75
    intact_letter_max: float = 2.0
    dash_prior: float = -2.5
    bullet_prior: float = -0.5
    bullet_runon_prior: float = -2.5
    space_before_drop_prior: float = -1.0
    space_before_punct_bonus: float = 0.5
    lbreak: str = "auto"
    restored_unknown_penalty: float = 10.0
    lbreak_currency_bonus: float = 3.0
    lbreak_mark_penalty: float = 2.0
    lbreak_initial_margin: float = 1.0
    english_min_zipf: float = 3.0
    english_penalty: float = 1.0
    lbreak_space_start_bonus: float = 3.5
    lbreak_punct_start_bonus: float = 3.0
    lbreak_fit_bonus: float = 1.5
    wrap_width_quantile: float = 0.5
    wrap_min_lines: int = 10
    beam: int = 256
    fast_max_marks: int = 6
    fast_max_spaces: int = 6
    rare_retry_zipf: float = 2.5
    unknown_join_penalty: float = 6.0
    code_min_occurrences: int = 2
    code_min_share: float = 0.6


_State = tuple[float, str, bool, tuple, int]
_MASK_LOST = str.maketrans({c: "\ufffd" for c in MASKED_LETTERS})


def _opens_bullet(text: str, i: int) -> bool:
    """Is text[i] a bullet (or a glyph standing alone at a line start, which will be one)?"""
    ch = text[i]
    if ch not in "•▪■◦‣●○◆◇►▶➢➤✓✔" and not MARK_RE.fullmatch(ch):
        return False
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n\f"


_AMOUNT_Z = re.compile(r"(?:\d|\b(?:tys|mln|mld|tysięcy|milionów|miliardów)\.?) ?[zZ]$")


def _after_amount(text: str, p: int) -> bool:
    """Is the line feed at `p` right after "z" that follows an amount ("200 mln z")?"""
    return bool(_AMOUNT_Z.search(text, max(0, p - 16), p)) and not text[p + 1 : p + 2].isalpha()


def _option_for(site: _Site, letter: str) -> tuple[str, float, str] | None:
    """The site's option that puts `letter` (lowercase) in the text, if it has one."""
    for o in site.options:
        if o[0].lower() == letter and o[2] in ("glyph.lexicon", "lbreak.lexicon"):
            return o
    return None


def _product_bool(n: int):
    return itertools.product((True, False), repeat=n)
# Kinds of choice points in a region.
_MARK, _SPACE, _LBREAK = 0, 1, 2


@dataclass(frozen=True, slots=True)
class _Site:
    kind: int
    start: int
    end: int
    options: tuple[tuple[str, float, str], ...]  # (replacement, log10 prior, method)


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def detect_lbreak_damage(text: str, lex: Lexicon) -> bool:
    """True if line feeds in `text` evidently stand for a lost ł.

    Counts line feeds inside a word (`w\\nadz`) whose join with ł is a known word
    while a piece alone is not; on when that evidence is at least half the number
    of intact ł letters (a font that lost ł lost all of them).
    """
    intact = text.count("ł") + text.count("Ł")
    evidence = 0
    for m in _LBREAK_RE.finditer(text):
        left, right = m.group(1), m.group(2)
        joined = left + "ł" + right
        if lex.zipf(joined) >= 1.5 and (not lex.known(left) or (right and not lex.known(right))):
            evidence += 1
    return evidence >= max(1, intact / 2)


class GlyphSolver:
    """Finds damage sites, groups them into regions, and picks the best reading."""

    def __init__(self, lex: Lexicon, config: GlyphConfig | None = None) -> None:
        self.lex = lex
        self.config = config or GlyphConfig()
        self._solve_cached = lru_cache(maxsize=50_000)(self._solve_region)
        self._fast_cache: dict[tuple, tuple | None] = {}

    # -- finding -----------------------------------------------------------------
    def edits(self, text: str) -> list[Edit]:
        cfg = self.config
        lbreak = cfg.lbreak == "on" or (cfg.lbreak == "auto" and detect_lbreak_damage(text, self.lex))
        marks = [(m.start(), m.end()) for m in MARK_RE.finditer(text)]
        if not marks and not lbreak:
            return []
        priors = self._letter_priors(text)
        if lbreak:  # this text's fonts lost ł as a line feed: a lost glyph is some other letter
            priors["ł"] = priors["Ł"] = min(priors["ł"], -self.config.lbreak_mark_penalty)
        edits = self._solve_all(text, self._sites(text, marks, lbreak, priors))
        # A glyph code (unlike U+FFFD) is one letter wherever its font uses it:
        # learn each code's letter from all its occurrences, then solve again with it.
        codes = self._code_letters(text, edits)
        if codes:
            edits = self._solve_all(text, self._sites(text, marks, lbreak, priors, codes))
        return edits

    def _solve_all(self, text: str, sites: list[_Site]) -> list[Edit]:
        edits: list[Edit] = []
        for lo, hi, region_sites in self._regions(text, sites):
            edits.extend(self._solve(text, lo, hi, region_sites))
        return edits

    def _code_letters(self, text: str, edits: list[Edit]) -> dict[str, str]:
        """The letter (lowercase), bullet or dash each glyph code stands for, by a
        confidence-weighted vote of its occurrences' first-pass readings; a code
        is decided when it occurs at least `code_min_occurrences` times and one
        reading has at least `code_min_share` of the weight."""
        votes: dict[str, Counter[str]] = {}
        for e in edits:
            mark = text[e.start : e.end]
            if mark != "\ufffd" and MARK_RE.fullmatch(mark) and e.after:
                votes.setdefault(mark, Counter())[e.after.lower()] += e.confidence
        out = {}
        for mark, c in votes.items():
            letter, weight = c.most_common(1)[0]
            total = sum(c.values())
            n = text.count(mark)
            if n >= self.config.code_min_occurrences and weight >= self.config.code_min_share * total:
                out[mark] = letter
        return out

    def _letter_priors(self, text: str) -> dict[str, float]:
        cfg = self.config
        counts = Counter(ch for ch in text if ch in LOST_LOWER or ch in LOST_UPPER)
        priors = {}
        for lo_ch, up_ch in zip(LOST_LOWER, LOST_UPPER, strict=True):
            n = counts[lo_ch] + counts[up_ch]
            pen = 0.0
            if n >= cfg.intact_letter_min:
                grown = cfg.intact_letter_penalty + cfg.intact_letter_growth * math.log10(n / cfg.intact_letter_min)
                pen = -min(cfg.intact_letter_max, grown)
            priors[lo_ch] = priors[up_ch] = pen
        return priors

    def _sites(self, text: str, marks: list[tuple[int, int]], lbreak: bool, priors: dict[str, float], codes: dict[str, str] | None = None) -> list[_Site]:
        sites: dict[int, _Site] = {}
        mark_starts = {s for s, _ in marks}
        mark_ends = {e for _, e in marks}

        def is_wordish(i: int) -> bool:
            return 0 <= i < len(text) and (text[i].isalpha() or i in mark_starts)

        for s, e in marks:
            k = s
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            line_start = k == 0 or text[k - 1] in "\n\f"  # only blanks between the line's start and the mark
            upper = self._upper_context(text, s, e)
            letters = LOST_UPPER if upper else LOST_LOWER
            opts = [(c, priors.get(c, 0.0), "glyph.lexicon") for c in letters]
            nxt = text[e : e + 1]
            if line_start and nxt in (" ", "\t"):
                opts.append((BULLET, self._bullet_prior(text, k), "glyph.bullet"))
            elif not line_start and text[s - 1 : s] == " " and nxt == " ":
                opts.append((DASH, self.config.dash_prior, "glyph.dash"))
            known = codes.get(text[s:e]) if codes else None
            if known is not None:  # the code's letter, learnt from the whole text
                fixed = [o for o in opts if o[0].lower() == known]
                opts = fixed or opts
            sites[s] = _Site(_MARK, s, e, tuple(opts))
            # optional spaces on either side of the mark
            # (also after a line feed that may be a lost ł ending the word's first part: "po\n �czy\nam")
            lbreak_before = lbreak and text[s - 2 : s - 1] == "\n" and text[s - 3 : s - 2].isalpha()
            if s > 0 and text[s - 1] == " " and (s - 1) not in sites and (is_wordish(s - 2) or (s - 1) in mark_ends or lbreak_before):
                sites[s - 1] = _Site(_SPACE, s - 1, s, ((" ", 0.0, ""), ("", self.config.space_before_drop_prior, "glyph.space")))
            if e < len(text) and text[e] == " ":
                after = text[e + 1 : e + 2]
                # (a line feed after the space may be a lost ł inside the same word: "zamkn� \na")
                lbreak_next = lbreak and after == "\n" and (text[e + 2 : e + 3].isalpha() or text[e + 2 : e + 3] in ("\n", " "))
                if after and (after.isalpha() or (e + 1) in mark_starts or after in CLOSING_PUNCT or lbreak_next):
                    bonus = self.config.space_before_punct_bonus if after in CLOSING_PUNCT else 0.0
                    sites[e] = _Site(_SPACE, e, e + 1, ((" ", 0.0, ""), ("", bonus, "glyph.space")))
        if lbreak:
            wrap = self._wrap(text)
            for m in re.finditer("\n", text):
                p = m.start()
                prev = text[p - 1 : p]
                nxt = text[p + 1 : p + 2]
                if not prev or p in sites:
                    continue
                prev_wordish = prev.isalpha() or (p - 1) in mark_ends or (p - 1) in mark_starts or (p - 1 in sites and sites[p - 1].kind == _SPACE)  # or a droppable space after a lost glyph
                word_initial = not prev_wordish and prev in " \n" and (nxt.isalpha() or (p + 1) in mark_starts)
                place = False
                if word_initial:
                    # word-initial ł: only where the rest is no word and ł + rest is a listed one
                    right = _LEADING_WORD.match(text, p + 1)
                    rest = right.group() if right else ""
                    if len(rest) > 2 and rest.isupper():  # a word in capitals ("I \nĄCZNOŚCI")
                        rest = rest.lower()
                    # the word runs on into more damage ("\nó� ku" = "łóżku", "\n� czk�" = "łączką",
                    # "\napa\ny" = "łapały"): the solver decides
                    after = right.end() if right else p + 1
                    marked = after in mark_starts or (text[after : after + 1] == "\n" and text[after + 1 : after + 2].isalpha())
                    place = rest.islower() and not self.lex.listed("ł" + rest) and self.lex.is_place_word("ł" + rest)
                    if not marked and (
                        not rest.islower()
                        or not (self.lex.listed("ł" + rest) or place)
                        or self.lex.zipf(rest) + self.config.lbreak_initial_margin > self.lex.zipf("ł" + rest)
                    ):
                        continue  # the rest is a word of its own (or a name, an acronym), as likely as with ł
                if prev_wordish or word_initial:
                    # a word only a place's name makes is that name, capitalised ("z \natgalii" = "z Łatgalii")
                    upper = self._upper_context(text, p, p + 1) or (word_initial and place)
                    ch = "Ł" if upper else "ł"
                    # a line that starts with a space or closing punctuation is no real line
                    prior = 0.0
                    if _after_amount(text, p):
                        prior = self.config.lbreak_currency_bonus  # "200 mln z\n" = "200 mln zł"
                    elif nxt == " " and text[p + 2 : p + 3] != " " and (text[p - 2 : p - 1].isalpha() or (p - 2) in sites):
                        # one space (no indented line) after a word of two letters or more
                        # (a lone "z" or "w" ends lines; "zł" after an amount is read above)
                        prior = self.config.lbreak_space_start_bonus
                    elif nxt and nxt in CLOSING_PUNCT:
                        prior = self.config.lbreak_punct_start_bonus
                    elif nxt == "\n" and re.match(r"\n[ \t]*[a-ząćęłńóśźż]", text[p + 1 : p + 4]):
                        # a blank line between a word and a lowercase word splits no paragraph:
                        # the first line feed is the word's ł ("nosi\n\nprzeciws…" = "nosił")
                        prior = self.config.lbreak_space_start_bonus
                    elif wrap[1] and prev_wordish and nxt.islower() and self._next_word_fits(text, p, wrap):
                        prior = self.config.lbreak_fit_bonus
                    sites[p] = _Site(_LBREAK, p, p + 1, (("\n", 0.0, ""), (ch, prior, "lbreak.lexicon")))
        return [sites[k] for k in sorted(sites)]

    _SURE_BREAK = re.compile(r"(?<=[ \t.,;:!?\n])\n|\n(?=\n)")

    def _wrap(self, text: str) -> tuple[list[int], int]:
        """Where this text's lines surely end, and the width they wrap at.

        A line feed after a space, punctuation or another line feed is surely a line's
        end (a lost ł follows a letter; the rare word-initial one only blurs this).
        The width is the `wrap_width_quantile` (median) length of the stretches
        between sure ends: most are one wrapped line, some two (a wrap with no
        trailing space), and a last line is short, so it errs short. Width 0 (no
        evidence) for fewer than `wrap_min_lines` stretches."""
        ends = [m.start() for m in self._SURE_BREAK.finditer(text)]
        stretches = sorted(len(text[a + 1 : b].strip()) for a, b in zip([-1, *ends], ends, strict=False))
        stretches = [n for n in stretches if n]
        if len(stretches) < self.config.wrap_min_lines:
            return ends, 0
        return ends, stretches[int(self.config.wrap_width_quantile * (len(stretches) - 1))]

    @staticmethod
    def _next_word_fits(text: str, p: int, wrap: tuple[list[int], int]) -> bool:
        """True if the line feed at `p` cannot be a wrap: the line since the last sure
        line end (at least as long as the real line) and the lowercase word after
        the line feed fit in the text's width."""
        ends, width = wrap
        k = bisect.bisect_left(ends, p)
        line = p - (ends[k - 1] + 1 if k else 0)
        m = _LEADING_WORD.match(text, p + 1)
        return line + 1 + (m.end() - m.start()) <= width

    def _bullet_prior(self, text: str, line_start: int) -> float:
        """Prior of a bullet at `line_start`: expected after a blank line, the start
        of the text, a line that ends a sentence or a list item, or a line that
        itself starts with a bullet; unlikely where the line above runs on."""
        if line_start == 0:
            return self.config.bullet_prior
        end = line_start - 1  # the line feed ending the line above
        prev_start = text.rfind("\n", 0, end) + 1
        line = text[prev_start:end]
        above = line.strip()
        first = prev_start + len(line) - len(line.lstrip())  # the line's first visible character
        if not above or above[-1] in ".!?:;" or _opens_bullet(text, first):
            return self.config.bullet_prior
        return self.config.bullet_runon_prior

    @staticmethod
    def _upper_context(text: str, s: int, e: int) -> bool:
        """Should a letter restored at text[s:e] be a capital?"""
        left = right = ""
        i = s - 1
        # read through a lost glyph before this one, and its spurious space ("warto� �": "rto")
        while i >= 0 and (text[i].isalpha() or text[i] == "\ufffd" or (text[i] == " " and text[i - 1 : i] == "\ufffd")) and len(left) < 3:
            if text[i].isalpha():
                left = text[i] + left
            i -= 1
        j = e + 1 if text[e : e + 1] == " " else e  # look past a spurious space
        while j < len(text) and text[j].isalpha() and len(right) < 3:
            right += text[j]
            j += 1
        letters = left + right
        if len(letters) >= 2 and letters.isupper():
            return True
        if len(letters) >= 2 and (left[-1:].isupper() and not right) and left.isupper():
            return True
        if not left and right and right[0].islower() and text[s - 1 : s] == "-" and text[s - 2 : s - 1].isalpha():
            k = s - 1
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            # "Kraju Morawsko-Śląskiego": a compound capitalised inside a sentence is a name's, capitalised in both parts
            # ("Polsko-niemiecka współpraca" opens a sentence: its second part may be lowercase)
            return k < s - 1 and text[k].isupper() and not GlyphSolver._starts_sentence(text, k - 1)
        if not left and right and right[0].islower():
            return GlyphSolver._starts_sentence(text, s - 1)
        return False

    @staticmethod
    def _starts_sentence(text: str, i: int) -> bool:
        """Does a word whose first letter follows text[i] open a sentence, a paragraph or a list item?"""
        while i >= 0 and text[i] == " ":
            i -= 1
        if i >= 0 and _opens_bullet(text, i):
            return True  # the first word after a bullet
        # past line wraps, a dialogue dash or an opening quote ("jesteś. - Żeby", "„Życie")
        blank = False
        dash = False
        newlines = 0
        while i >= 0 and text[i] in " \t\n" + OPENERS:
            newlines = newlines + 1 if text[i] == "\n" else (newlines if text[i] in " \t" else 0)
            blank = blank or newlines >= 2
            dash = dash or text[i] in "-–—"
            i -= 1
        if dash and i >= 0 and text[i] in "!?":
            return blank  # "Łatwiej! - żachnęła się": the narrator's words go on in lowercase
        # start of text, end of a sentence, start of a paragraph
        return i < 0 or blank or text[i] in SENTENCE_END

    def _regions(self, text: str, sites: list[_Site]) -> list[tuple[int, int, tuple[_Site, ...]]]:
        """Group sites into regions bounded by word boundaries."""
        regions: list[tuple[int, int, list[_Site]]] = []
        for site in sites:
            lo = site.start
            while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] in "-'"):
                lo -= 1
            hi = site.end
            while hi < len(text) and (text[hi].isalpha() or text[hi] in "-'"):
                hi += 1
            if regions and lo <= regions[-1][1]:
                r = regions[-1]
                regions[-1] = (r[0], max(r[1], hi), [*r[2], site])
            else:
                regions.append((lo, hi, [site]))
        # Each region expands only through its own sites; merge chains that touch.
        return [(lo, hi, tuple(ss)) for lo, hi, ss in regions]

    # -- solving -----------------------------------------------------------------
    def _solve(self, text: str, lo: int, hi: int, sites: tuple[_Site, ...]) -> list[Edit]:
        # the same damaged words recur (a font loses the same letters everywhere): solve each shape once
        key = (text[lo:hi], tuple((st.kind, st.start - lo, st.end - lo, st.options) for st in sites), text[lo : lo + 1].isupper() and inside_sentence(text, lo))
        if key not in self._fast_cache:
            fast = self._solve_by_mask(text, lo, hi, sites)
            # None: the fast path cannot solve this shape, the beam search below will (cached itself)
            self._fast_cache[key] = None if fast is None else tuple((e.start - lo, e.end - lo, e.after, e.method, e.confidence) for e in fast)
        rel = self._fast_cache[key]
        if rel is not None:
            return [Edit(lo + a, lo + b, after, method, conf) for a, b, after, method, conf in rel]
        # Express the region as literal chunks and choice points, relative to lo.
        pieces: list[str | tuple[tuple[str, float, str], ...]] = []
        pos = lo
        for s in sites:
            pieces.append(text[pos : s.start])
            pieces.append(s.options)
            pos = s.end
        pieces.append(text[pos:hi])
        choice, confidence = self._solve_cached(tuple(pieces))
        edits = []
        for s, (after, _prior, method) in zip(sites, choice, strict=True):
            if after != text[s.start : s.end]:
                edits.append(Edit(s.start, s.end, after, method, confidence))
        return edits

    def _solve_by_mask(self, text: str, lo: int, hi: int, sites: tuple[_Site, ...]) -> list[Edit] | None:
        """Listed words first; forms only morfeusz2 knows are searched only when
        the best reading made of listed words still holds an unknown word."""
        found = self._solve_by_mask_pass(text, lo, hi, sites, rare=False)
        if found is not None and (not any(st.kind == _MARK for st in sites) or (found[1] and not self._weak_reading(text, lo, hi, found[0]))):
            return found[0]  # all known, or no lost glyph to read a rare form into (line feeds only)
        again = self._solve_by_mask_pass(text, lo, hi, sites, rare=True)
        return again[0] if again is not None else None

    def _weak_reading(self, text: str, lo: int, hi: int, edits: list[Edit]) -> bool:
        """Does the reading keep a spurious-looking space beside a lost glyph that
        made a rare word ("po� pieszy" read "poć pieszy")? Then forms only morfeusz2
        knows may join it ("pośpieszy"), and the rare-form pass is tried as well."""
        out, pos = [], lo
        starts = []
        for e in sorted(edits, key=lambda e: e.start):
            out.append(text[pos : e.start])
            if e.method.startswith("glyph.") and e.method != "glyph.space" and e.after.isalpha():
                starts.append(sum(map(len, out)))
            out.append(e.after)
            pos = e.end
        out.append(text[pos:hi])
        region = "".join(out)
        for at in starts:
            a = at
            while a > 0 and region[a - 1].isalpha():
                a -= 1
            b = at + 1
            while b < len(region) and region[b].isalpha():
                b += 1
            if b < len(region) and region[b] == " " and b + 1 < len(region) and region[b + 1].isalpha() and self.lex.zipf(region[a:b]) < self.config.rare_retry_zipf:
                return True
        return False

    def _solve_by_mask_pass(self, text: str, lo: int, hi: int, sites: tuple[_Site, ...], rare: bool) -> tuple[list[Edit], bool] | None:
        """The common case, solved exactly and fast. Every way of reading the
        region's optional spaces (kept or dropped) and line feeds (kept, or ł) is
        tried; each word holding lost glyphs is looked up in the mask index (all
        the listed words that could hide behind those glyphs, in one lookup), so
        no letter-by-letter search is needed. Scores are those of the beam
        search. None when the region needs the general search (too many choices,
        or a damaged word no listed form explains)."""
        marks = [st for st in sites if st.kind == _MARK]
        toggles = [st for st in sites if st.kind != _MARK]
        if len(marks) > self.config.fast_max_marks or len(toggles) > self.config.fast_max_spaces:
            return None
        site_at = {st.start: st for st in sites}
        results: list[tuple[float, str, tuple, bool]] = []
        for keep in _product_bool(len(toggles)):
            flipped = {st.start for st, k in zip(toggles, keep, strict=True) if not k}
            score = sum(st.options[1][1] for st in toggles if st.start in flipped)
            chars: list[str] = []
            owners: list[_Site | None] = []
            pos = lo
            while pos < hi:
                st = site_at.get(pos)
                if st is None:
                    chars.append(text[pos])
                    owners.append(None)
                    pos += 1
                    continue
                if st.kind == _MARK or (st.kind == _LBREAK and st.start in flipped):
                    chars.append("\ufffd")  # a letter to find: any lost one, or ł for a line feed
                    owners.append(st)
                elif st.start not in flipped:
                    chars.append(st.options[0][0])  # the space or line feed kept
                    owners.append(None)
                pos = st.end
            choice: dict[int, tuple[str, float, str]] = {}
            ok = True
            all_known = True
            word: list[int] = []
            for k in range(len(chars) + 1):
                if k < len(chars) and (chars[k].isalpha() or chars[k] == "\ufffd"):
                    word.append(k)
                    continue
                if word:
                    # a capital inside a sentence: the region's first word after no sentence end, or a later one after no stop
                    mid_capital = chars[word[0]].isupper() and (inside_sentence(text, lo) if word[0] == 0 else inside_sentence(chars, word[0]))
                    got = self._score_masked_word(chars, owners, word, choice, rare, mid_capital)
                    if got is None:
                        ok = False
                        break
                    score += got
                    all_known = all_known and got > UNKNOWN_ZIPF
                    word = []
            placed = [st for st in sites if st.kind == _MARK or (st.start in flipped and st.kind == _LBREAK)]
            if not ok or any(st.start not in choice for st in placed):
                continue  # a word no listed form explains: this reading loses
            rendered = "".join(c if o is None else choice[o.start][0] for c, o in zip(chars, owners, strict=True))
            results.append((score, rendered, (flipped, dict(choice)), all_known))
        if not results:
            return None
        results.sort(key=lambda r: -r[0])
        best_score, best_text, (flipped, choice), best_known = results[0]
        second = next((sc for sc, t, _, _k in results[1:] if t != best_text), None)
        conf = 0.99 if second is None else 1.0 / (1.0 + 10.0 ** (-(best_score - second)))
        conf = round(min(conf, 0.999), 3)
        edits = []
        for st in sites:
            if st.kind == _MARK or (st.kind == _LBREAK and st.start in flipped):
                opt = choice[st.start]
                edits.append(Edit(st.start, st.end, opt[0], opt[2], conf))
            elif st.start in flipped:
                edits.append(Edit(st.start, st.end, st.options[1][0], st.options[1][2], conf))
        return edits, best_known

    def _rare_forms(self, lower: str, sites_in: list) -> tuple[str, ...]:
        """Forms only morfeusz2 knows (not listed by wordfreq) for a word with at
        most two lost glyphs: every letter tried, each form checked whole."""
        if len(sites_in) > 2:
            return ()
        slots = [(i, LOST_LOWER if st.kind == _MARK else "ł") for i, st in sites_in]
        out = []
        for letters in itertools.product(*(c for _i, c in slots)):
            cand = list(lower)
            for (i, _c), ch in zip(slots, letters, strict=True):
                cand[i] = ch
            form = "".join(cand)
            if self.lex.zipf(form) > UNKNOWN_ZIPF:
                out.append(form)
        return tuple(out)

    def _score_masked_word(self, chars: list[str], owners: list, idx: list[int], choice: dict, rare: bool = True, mid_capital: bool = False) -> float | None:
        """Best score of one word of the region, recording the option chosen for each site in it.
        mid_capital: the word is capitalised inside a sentence (`CAPITAL_VERB_PENALTY`)."""
        word = "".join(chars[k] for k in idx)
        if not any(owners[k] is not None for k in idx):
            return self._word_score(word)
        if len(idx) == 1:  # a lost glyph alone: a bullet or a dash where allowed, else no word
            opts = [o for o in owners[idx[0]].options if o[0] in (BULLET, DASH)]
            if not opts:
                return None
            choice[owners[idx[0]].start] = opts[0]
            return opts[0][1]
        lower = word.lower()
        sites_in = [(i, owners[k]) for i, k in enumerate(idx) if owners[k] is not None]
        if all(st.kind == _LBREAK for _i, st in sites_in):
            # only line feeds read as ł: the word is determined, score it as the beam search does
            form = "".join(_option_for(st, "ł")[0] if st is not None else c for c, st in ((chars[k], owners[k]) for k in idx))
            for _i, st in sites_in:
                choice[st.start] = _option_for(st, "ł")
            return self._word_score(form, restored=True)
        key = lower.translate(_MASK_LOST)
        best: tuple[float, str] | None = None
        # intact letters must stay as they are (the mask hides intact ł, ó too: "mi�tosił")
        forms = [f for f in self.lex.by_mask(key) if len(f) == len(lower) and all(c == "\ufffd" or c == f[i] for i, c in enumerate(lower))]
        if not forms and rare:
            forms = list(self._rare_forms(lower, sites_in))
        for form in forms:
            sc = self._word_score(form)
            if mid_capital and verb_only(self.lex, form[:1].upper() + form[1:]):
                sc -= CAPITAL_VERB_PENALTY
            for i, k in enumerate(idx):
                st = owners[k]
                if st is not None:
                    opt = _option_for(st, form[i])
                    if opt is None:
                        break  # a line feed can only be ł
                    if st.kind == _MARK:
                        sc += opt[1]
            else:
                if best is None or sc > best[0]:
                    best = (sc, form)
        if best is None:
            return None
        for i, k in enumerate(idx):
            st = owners[k]
            if st is not None:
                choice[st.start] = _option_for(st, best[1][i])
        return best[0]

    def _solve_region(self, pieces: tuple) -> tuple[tuple[tuple[str, float, str], ...], float]:
        """Beam search over the region's choice points; returns choices and confidence.

        A state is (score of finished words and priors, unfinished word, whether that
        word holds a restored letter, choices so far).
        """
        beam: list[_State] = [(0.0, "", False, (), 0)]
        adjacent = False  # no literal text between this choice point and the previous one
        for piece in pieces:
            if isinstance(piece, str):
                beam = [self._feed(st, piece, None) for st in beam]
                adjacent = piece == ""
                continue
            nxt = []
            for st in beam:
                prev_opt = st[3][-1] if adjacent and st[3] else None
                for opt in piece:
                    if prev_opt is not None and (
                        (opt[2] == "glyph.space" and prev_opt[0] in (BULLET, DASH))
                        or (opt[0] in (BULLET, DASH) and prev_opt[2] == "glyph.space" and prev_opt[0] == "")
                    ):
                        continue  # the spaces around a bullet or dash are real
                    nxt.append(self._feed(st, opt[0], opt))
            # states that differ only in choices already scored have the same future: keep the best
            best_of: dict[tuple, _State] = {}
            for st in nxt:
                sig = (st[1], st[2], st[4], st[3][-1] if st[3] else None)
                if sig not in best_of or st[0] > best_of[sig][0]:
                    best_of[sig] = st
            nxt = list(best_of.values())
            nxt.sort(key=lambda st: st[0] + self._partial_bonus(st[1], st[2], st[4]), reverse=True)
            beam = nxt[: self.config.beam]
            adjacent = True
        finals = sorted(((st[0] + (self._word_score(st[1], st[2], st[4]) if st[1] else 0.0), st[3]) for st in beam), key=lambda x: -x[0])
        best_score, best = finals[0]
        best_text = "".join(c[0] for c in best)
        second = next((sc for sc, c in finals[1:] if "".join(x[0] for x in c) != best_text), None)
        conf = 0.99 if second is None else 1.0 / (1.0 + 10.0 ** (-(best_score - second)))
        return best, round(min(conf, 0.999), 3)

    def _feed(self, st: _State, chunk: str, opt: tuple[str, float, str] | None) -> _State:
        score, partial, restored, choices, joins = st
        if opt is not None:
            score += opt[1]
            choices = (*choices, opt)
            if partial and ((opt[2] == "glyph.space" and not opt[0]) or opt[2] == "lbreak.lexicon"):
                joins += 1  # a space dropped, or a line feed read as ł, inside the word being built
        for ch in chunk:
            if ch.isalpha():
                partial += ch
                restored = restored or opt is not None
            elif partial:
                score += self._word_score(partial, restored, joins)
                partial, restored, joins = "", False, 0
        return score, partial, restored, choices, joins

    def _partial_bonus(self, partial: str, restored: bool = False, joins: int = 0) -> float:
        """Optimistic score of an unfinished word: 0 while it can still become a known
        word, else what it costs as an unknown word so far (see `_word_score`): a state
        building one long unknown word must not look cheaper than the words it swallows."""
        if not partial or self.lex.is_prefix(partial):
            return 0.0
        if not (restored or joins):
            return -self.config.unknown_per_char * len(partial)
        return self._unknown_cost(len(partial), restored, joins)  # without asking morfeusz2 about a fragment

    def _unknown_cost(self, length: int, restored: bool, joins: int) -> float:
        """log10 probability of a word no source knows: by its length, heavier when it
        holds a restored letter or spaces were dropped to build it."""
        penalty = (self.config.restored_unknown_penalty if restored else 0.0) + self.config.unknown_join_penalty * joins
        return -9.0 - self.config.unknown_per_char * length - penalty

    def _word_score(self, word: str, restored: bool = False, joins: int = 0) -> float:
        """log10 probability of a word: its Zipf frequency - 9, or a length-based penalty
        (heavier when the word holds a restored letter: a guess that makes no word, and
        for each space dropped to build it: spaces are dropped to make words)."""
        z = self.lex.zipf(word)
        if z > UNKNOWN_ZIPF:
            return z - 9.0
        if not restored and word.isascii():
            en = self.lex.english_zipf(word)
            if en >= self.config.english_min_zipf:  # "Europe", "Project": English on a Polish slide
                return en - 9.0 - self.config.english_penalty
        return self._unknown_cost(len(word), restored, joins)
