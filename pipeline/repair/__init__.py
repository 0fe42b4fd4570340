"""The repair stage: broken Polish text in, repaired text plus an audit trail out.

`repair_text(raw)` runs the fixers in order, each a named function that returns
edits against the text it is given:

1. ``ftfy``      UTF-8 mojibake (ftfy, typography-preserving options)
   ``mojibake``  UTF-8 mojibake ftfy left, word by word, kept where the lexicon knows the result
2. ``codepage``  CP1250 / ISO-8859-2 read as CP1252 / Latin-1
3. ``tex``       TeX spacing accents drawn apart from their letter (``Pra˛d``)
4. ``bullets``   symbol-font bullets (private-use codes) at line starts become "•"
5. ``glyph``     lost glyphs, ł turned into line breaks, spurious spaces, bullets
6. ``context``   the glyph solver's letters revisited in context ("z piłką", not "z piłkę")
7. ``diacritics`` Polish typed without diacritics, where a paragraph shows it
8. ``hyphens``   words hyphenated at a line end joined ("przed-\nsiębiorstw")

The `Trace` composes their edits into non-overlapping records against the raw
text, so `undo(result.text, result.records) == raw` always holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .bullets import bullet_edits
from .context import AgreementModel, glyph_context_edits
from .diacritics import DiacriticRestorer, DiacriticsConfig
from .encoding import CodepageConfig, codepage_edits, mojibake_edits, utf8_word_edits
from .glyphs import GlyphConfig, GlyphSolver
from .hyphens import hyphen_edits
from .lexicon import Lexicon, default_lexicon
from .tex import tex_accent_edits
from .trace import Edit, Record, Trace, undo

__all__ = ["FIXERS", "Record", "RepairConfig", "RepairResult", "repair_text", "undo"]

#: Fixers in the order they run.
FIXERS = ("ftfy", "mojibake", "codepage", "tex", "bullets", "glyph", "context", "diacritics", "hyphens")


@dataclass(frozen=True)
class RepairConfig:
    """Options of the repair stage.

    fixers: which fixers run, in `FIXERS` order. Default: all.
    glyph: options of the lost-glyph / ł-break solver (see `GlyphConfig`).
    codepage: options of the code-page repair (see `CodepageConfig`).
    diacritics: options of the diacritic restoration (see `DiacriticsConfig`).
    context_weight, subject_weight: Zipf units the `context` pass gives agreeing
        neighbours, and the share of it for subject-verb agreement (see `AgreementModel`).
    """

    fixers: tuple[str, ...] = FIXERS
    glyph: GlyphConfig = field(default_factory=GlyphConfig)
    codepage: CodepageConfig = field(default_factory=CodepageConfig)
    diacritics: DiacriticsConfig = field(default_factory=DiacriticsConfig)
    context_weight: float = 1.5
    subject_weight: float = 0.8


@dataclass
class RepairResult:
    raw: str
    text: str
    records: list[Record]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.method] = out.get(r.method, 0) + 1
        return out


def repair_text(raw: str, config: RepairConfig | None = None, lexicon: Lexicon | None = None) -> RepairResult:
    """Repair `raw` and return the text with the records of every change."""
    config = config or RepairConfig()
    lex = lexicon or default_lexicon()
    trace = Trace(raw)
    steps: dict[str, Callable[[str], list[Edit]]] = {
        "ftfy": mojibake_edits,
        "mojibake": lambda t: utf8_word_edits(t, lex),
        "codepage": lambda t: codepage_edits(t, lex, config.codepage),
        "tex": lambda t: tex_accent_edits(t, lex),
        "bullets": bullet_edits,
        "glyph": GlyphSolver(lex, config.glyph).edits,
        "context": lambda t: glyph_context_edits(t, trace.records, lex, AgreementModel(lex, config.context_weight, config.subject_weight)),
        "diacritics": lambda t: DiacriticRestorer(lex, config.diacritics).edits(t),
        "hyphens": lambda t: hyphen_edits(t, lex),
    }
    for name in FIXERS:
        if name in config.fixers:
            trace.apply(steps[name](trace.text))
    return RepairResult(raw=raw, text=trace.text, records=trace.records)
