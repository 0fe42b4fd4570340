"""The Polish lexicon the repairs are checked against.

Two well-kept sources, combined once and cached:

* **morfeusz2** with the SGJP dictionary tells which word forms exist (every
  inflected form of ~300k lemmas), offline.
* **wordfreq**'s Polish list gives how common each form is (Zipf scale:
  log10 of occurrences per billion words).

wordfreq's list also holds web spellings without diacritics ("wladz", "sie"),
which would make a stripped form look like a word. The cached lexicon keeps only
the forms morfeusz2 accepts, with their wordfreq frequency. Forms morfeusz2
accepts but wordfreq does not list are scored at `RARE_FORM_ZIPF`.

The cache is a marisa-trie (`RecordTrie`, memory-mapped), built on first use or
by `pipeline lexicon build` (the Makefile runs it at setup), and loads in a few
milliseconds; lookups are exact and prefix queries are cheap, which the glyph
solver uses to prune its search.
"""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from pathlib import Path

import marisa_trie

#: Version of the cache format and build recipe; part of the cache file name.
LEXICON_VERSION = "3"
#: Zipf value given to a form morfeusz2 accepts but wordfreq does not list: below
#: wordfreq's floor for Polish (1.0), so a listed form always wins; -1.0 made a
#: rare form ("prażyło") lose to a split into two listed words ("praży" + "o").
RARE_FORM_ZIPF = 0.5
#: Zipf value for words neither source knows (proper names, typos, damage).
UNKNOWN_ZIPF = -9.0
#: Words of place names the tagger's gazetteers hold, with Polish letters ("łatgalii",
#: "chociebuż"), written by `python -m pipeline.tag.build_gazetteers`; a word only this
#: list knows scores as a rare form (`RARE_FORM_ZIPF`). Read as a file: importing the
#: tagger would load spaCy.
PLACE_WORDS = Path(__file__).resolve().parent.parent / "tag" / "gazetteers" / "place_words.txt"
#: Forms of these lengths or more are not cached (URLs, garbage).
MAX_WORD_LENGTH = 40

#: SGJP labels of readings outside the standard language (colloquial, archaic, rare, obsolete).
NONSTANDARD_LABELS = frozenset({"pot.", "daw.", "rzad.", "przest."})

_WORD_RE = re.compile(r"^[a-ząćęłńóśźżàâäçéèêëîïôöüßáíúýčďěňřšťůž'-]+$")
_FMT = "<H"


def cache_dir() -> Path:
    """Where the built lexicon is cached: $PIPELINE_CACHE, else ~/.cache/pipeline."""
    env = os.environ.get("PIPELINE_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pipeline"


def _cache_path() -> Path:
    from importlib.metadata import version

    tag = f"{LEXICON_VERSION}-{version('wordfreq')}-{version('morfeusz2')}"
    return cache_dir() / f"lexicon-pl-{tag}.marisa"


def build(path: Path | None = None) -> Path:
    """Build the cached lexicon and return its path (about 10 s, once)."""
    import morfeusz2
    import wordfreq

    path = path or _cache_path()
    morf = morfeusz2.Morfeusz(generate=False, expand_tags=False)
    items: list[tuple[str, tuple[int]]] = []
    for word, freq in wordfreq.get_frequency_dict("pl").items():
        if len(word) > MAX_WORD_LENGTH or not _WORD_RE.match(word):
            continue
        analyses = morf.analyse(word)
        if any(a[2][2] == "ign" for a in analyses):
            continue
        zipf = max(0.0, min(9.0, _zipf(freq)))
        items.append((word, (round(zipf * 100),)))
    trie = marisa_trie.RecordTrie(_FMT, items)
    path.parent.mkdir(parents=True, exist_ok=True)
    # the fold and mask indexes first: a lexicon file without them is never left behind
    folded = [(w.translate(FOLD), w.encode("utf-8")) for w, _ in items if w.translate(FOLD) != w]
    fold_path = _fold_path(path)
    tmp = fold_path.with_suffix(f".tmp{os.getpid()}")
    marisa_trie.BytesTrie(folded).save(str(tmp))
    os.replace(tmp, fold_path)
    masked = [(mask(w), w.encode("utf-8")) for w, _ in items if mask(w) != w]
    mask_path = _mask_path(path)
    tmp = mask_path.with_suffix(f".tmp{os.getpid()}")
    marisa_trie.BytesTrie(masked).save(str(tmp))
    os.replace(tmp, mask_path)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    trie.save(str(tmp))
    os.replace(tmp, path)
    return path


#: Polish letters with diacritics -> the letters they are typed as without them.
FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


#: The letters a font's lost glyphs stand for, each masked as U+FFFD in the mask index.
MASKED_LETTERS = "ąćęłńóśźż"
_MASK = str.maketrans({c: "\ufffd" for c in MASKED_LETTERS})


def mask(word: str) -> str:
    """A lowercase word with every letter a lost glyph could be masked: "wódkę" -> "w�dk�"."""
    return word.translate(_MASK)


def _mask_path(path: Path) -> Path:
    """The mask index beside a lexicon file: masked spelling -> forms."""
    return path.with_name(path.name.replace("lexicon-pl-", "mask-pl-"))


def _fold_path(path: Path) -> Path:
    """The fold index beside a lexicon file: stripped spelling -> forms with diacritics."""
    return path.with_name(path.name.replace("lexicon-pl-", "fold-pl-"))


def _zipf(freq: float) -> float:
    import math

    return math.log10(freq) + 9.0 if freq > 0 else 0.0


class Lexicon:
    """Word forms, their frequencies, and prefix queries. Thread-safe for reads.

    All lookups are case-insensitive (the text is lowercased first).
    """

    def __init__(self, trie: marisa_trie.RecordTrie, fold: marisa_trie.BytesTrie | None = None, masked: marisa_trie.BytesTrie | None = None) -> None:
        import morfeusz2

        self._trie = trie
        self._fold = fold
        self._masked = masked
        self.by_mask = lru_cache(maxsize=200_000)(self._by_mask)
        self._morf = morfeusz2.Morfeusz(generate=False, expand_tags=False)
        self._morf_lock = threading.Lock()
        self.zipf = lru_cache(maxsize=200_000)(self._zipf)
        self.is_prefix = lru_cache(maxsize=200_000)(self._is_prefix)
        #: lemmas(word, standard=False): (lemma, tag) pairs from morfeusz2, cached (see `_lemmas`)
        self.lemmas = lru_cache(maxsize=200_000)(self._lemmas)
        self._readings = lru_cache(maxsize=200_000)(self._readings_uncached)
        self.english_zipf = lru_cache(maxsize=100_000)(self._english_zipf)
        self._places = _place_words()

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        path = path or _cache_path()
        if not path.exists() or not _fold_path(path).exists() or not _mask_path(path).exists():
            build(path)
        trie = marisa_trie.RecordTrie(_FMT)
        trie.mmap(str(path))
        fold = marisa_trie.BytesTrie()
        fold.mmap(str(_fold_path(path)))
        masked = marisa_trie.BytesTrie()
        masked.mmap(str(_mask_path(path)))
        return cls(trie, fold, masked)

    def _zipf(self, word: str) -> float:
        """Frequency of `word` on the Zipf scale; `UNKNOWN_ZIPF` if no source knows it."""
        w = word.lower()
        hit = self._trie.get(w)
        if hit:
            return hit[0][0] / 100.0
        if w in self._places or self.morfeusz_knows(w):
            return RARE_FORM_ZIPF
        return UNKNOWN_ZIPF

    def _english_zipf(self, word: str) -> float:
        """Frequency of `word` in English (wordfreq, Zipf; 0.0 if unlisted): slides mix
        English in, and an English word next to damage is a word, not damage."""
        from wordfreq import zipf_frequency

        return zipf_frequency(word.lower(), "en")

    def with_diacritics(self, folded: str) -> tuple[str, ...]:
        """Cached forms with Polish diacritics that are typed as `folded` without them
        ("sie" -> ("się",)); lowercase."""
        if self._fold is None:
            return ()
        return tuple(b.decode("utf-8") for b in self._fold.get(folded, ()))

    def _by_mask(self, masked: str) -> tuple[str, ...]:
        """Cached forms whose masked spelling (`mask`) is `masked`; lowercase."""
        if self._masked is None:
            return ()
        return tuple(b.decode("utf-8") for b in self._masked.get(masked, ()))

    def listed(self, word: str) -> bool:
        """True if wordfreq lists the form (and morfeusz2 accepts it): a word in real use."""
        return word.lower() in self._trie

    def places_with_diacritics(self, folded: str) -> tuple[str, ...]:
        """Words of places' names (`PLACE_WORDS`) typed as `folded` without their
        diacritics ("abidzan" -> ("abidżan",)); lowercase."""
        return _places_by_fold().get(folded, ())

    def is_place_word(self, word: str) -> bool:
        """True if `word` (case-insensitive) is a word of a place's name the gazetteers hold (`PLACE_WORDS`)."""
        return word.lower() in self._places

    def known(self, word: str) -> bool:
        return self.zipf(word) > UNKNOWN_ZIPF

    def _is_prefix(self, prefix: str) -> bool:
        """True if some cached word form starts with `prefix` (case-insensitive)."""
        return self._trie.has_keys_with_prefix(prefix.lower())

    def morfeusz_knows(self, word: str) -> bool:
        with self._morf_lock:
            analyses = self._morf.analyse(word)
        return bool(analyses) and all(a[2][2] != "ign" for a in analyses)

    def _lemmas(self, word: str, standard: bool = False) -> tuple[tuple[str, str], ...]:
        """(lemma, tag) pairs from morfeusz2; the lemma's ':Sm1'-style suffix is dropped.
        standard: leave out readings SGJP labels nonstandard (`NONSTANDARD_LABELS`;
        "pot.": "tą" as accusative)."""
        return tuple((lemma, tag) for lemma, tag, labels in self._readings(word) if not (standard and NONSTANDARD_LABELS & labels))

    def _readings_uncached(self, word: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
        """(lemma, tag, labels) of each morfeusz2 reading of `word` but "ign"."""
        with self._morf_lock:
            analyses = self._morf.analyse(word)
        return tuple((lemma.split(":")[0], tag, frozenset(labels)) for _s, _e, (_orth, lemma, tag, _names, labels) in analyses if tag != "ign")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """`PLACE_WORDS` as a set (empty if the file is missing)."""
    try:
        lines = PLACE_WORDS.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return frozenset()
    return frozenset(w for w in lines if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def _places_by_fold() -> dict[str, tuple[str, ...]]:
    """`PLACE_WORDS` by their spelling without diacritics."""
    out: dict[str, list[str]] = {}
    for w in sorted(_place_words()):
        out.setdefault(w.translate(FOLD), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


_default: Lexicon | None = None
_default_lock = threading.Lock()


def default_lexicon() -> Lexicon:
    """The process-wide lexicon, loaded (and built if needed) on first call."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Lexicon.load()
        return _default
