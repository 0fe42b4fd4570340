"""Bullet glyphs from symbol fonts (Symbol, Wingdings) that have no Unicode mapping.

PowerPoint bullets are often drawn from private-use codes (U+F0B7 in Symbol,
U+F0A7 / U+F075 / U+F0D8 in Wingdings, ...). At the start of a line they are
bullets, not lost letters: they become "•" here, before the glyph solver
would take them for damaged letters.
"""

from __future__ import annotations

import re

from .trace import Edit

#: Private-use codes that symbol fonts use for bullets.
PUA_BULLETS = "\uf0b7\uf0a7\uf075\uf06c\uf06e\uf0d8\uf0fc\uf076\uf0a8\uf0e0\uf0f0\uf0d2\uf071\uf0ae"
_LINE_START_BULLET = re.compile(f"(?m)^([ \\t]*)([{PUA_BULLETS}])(?=[ \\t\\u00a0]|$)")


def bullet_edits(text: str) -> list[Edit]:
    return [Edit(m.start(2), m.end(2), "•", "bullet.pua", 0.99) for m in _LINE_START_BULLET.finditer(text)]
