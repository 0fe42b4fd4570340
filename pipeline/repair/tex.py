"""TeX spacing accents: letters and accents drawn separately (``Pra˛d``, ``jes´li``, ``róz˙nica``).

pdfTeX output with Type 1 fonts often places a spacing accent (˛ ´ ˙) as its own
glyph right after (sometimes before) the base letter. Each pair whose
composition is a Polish letter is recomposed when the word it makes is known
to the lexicon (so the English "don´t" keeps its makeshift apostrophe).
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .trace import Edit

#: (base letter, spacing accent) -> composed letter.
COMPOSE = {
    **{(b, "\u02db"): c for b, c in zip("aeAE", "ąęĄĘ", strict=True)},  # ogonek
    **{(b, "\u00b4"): c for b, c in zip("cnoszCNOSZ", "ćńóśźĆŃÓŚŹ", strict=True)},  # acute
    **{(b, "\u02ca"): c for b, c in zip("cnoszCNOSZ", "ćńóśźĆŃÓŚŹ", strict=True)},  # modifier acute
    **{(b, "\u02d9"): c for b, c in zip("zZ", "żŻ", strict=True)},  # dot above
}
ACCENTS = "\u02db\u00b4\u02ca\u02d9"
_WORD = re.compile(f"[\\w{ACCENTS}]+")
_AFTER = re.compile(f"([aeAEcnoszCNOSZ])([{ACCENTS}])")
_BEFORE = re.compile(f"([{ACCENTS}])([aeAEcnoszCNOSZ])")


def _compose(word: str) -> str:
    word = _AFTER.sub(lambda m: COMPOSE.get((m.group(1), m.group(2)), m.group(0)), word)
    return _BEFORE.sub(lambda m: COMPOSE.get((m.group(2), m.group(1)), m.group(0)), word)


def tex_accent_edits(text: str, lex: Lexicon) -> list[Edit]:
    if not any(a in text for a in ACCENTS):
        return []
    edits: list[Edit] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not any(a in word for a in ACCENTS):
            continue
        fixed = _compose(word)
        if fixed != word and lex.known(fixed):
            edits.append(Edit(m.start(), m.end(), fixed, "tex.accent", 0.98))
    return edits
