"""Words hyphenated at a line end: ``przed-\\nsiębiorstw`` -> ``przedsiębiorstw``.

A hyphen ending a line is taken out (with the line break) when the joined word
is a listed word and at least one of the pieces is no word on its own; a
hyphen in a compound broken at the line ("badawczo-\\nrozwojowe": both pieces
are words) stays, as does anything the lexicon cannot vouch for.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .trace import Edit

_HYPHEN_BREAK = re.compile(r"([^\W\d_]+)-\n[ \t]*([^\W\d_]+)")


def hyphen_edits(text: str, lex: Lexicon) -> list[Edit]:
    out = []
    for m in _HYPHEN_BREAK.finditer(text):
        left, right = m.group(1), m.group(2)
        joined = left + right
        if lex.listed(joined) and not (lex.known(left) and lex.known(right)):
            out.append(Edit(m.end(1), m.start(2), "", "hyphen.join", 0.95))
    return out
