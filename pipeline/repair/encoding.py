"""Encoding damage: UTF-8 mojibake (ftfy) and Polish legacy code pages read as the wrong one.

* `mojibake_edits` runs ftfy, with the options that change typography (quote
  uncurling, width folding, HTML unescaping, line-break folding) turned off, on
  each line ftfy's detector flags, and reports the changed spans.
* `codepage_edits` undoes CP1250 / ISO-8859-2 bytes shown as CP1252 / Latin-1
  (`Zwiêkszenie`, `³añcuch`, `¿`). Each suspicious word is re-decoded both ways;
  the code page is chosen for the whole text by lexicon votes, then applied to
  every word that carries its signature.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

import ftfy
from ftfy.badness import is_bad

from .lexicon import Lexicon
from .trace import Edit

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    remove_terminal_escapes=True,
    explain=False,
)

#: Characters that CP1250/ISO-8859-2 Polish letters turn into when read as CP1252/Latin-1.
#: (ó/Ó are the same byte in all four, so they carry no signal.) õ Õ û Û are Hungarian
#: ő Ő ű Ű in names ("Gyõr" = Győr); they never vote, but are fixed with the text's code page.
CODEPAGE_SIGNS = "¹¥æÆêÊ³£ñÑœŒ\x9c\x8cŸ\x9f\x8f¿¯±¡¶¦¼¬õÕûÛ"
_SIGN_RE = re.compile(f"[{re.escape(CODEPAGE_SIGNS)}]")
#: What the Czech, Slovak and Hungarian letters of names turn into (è = č, ø = ř, ì = ě,
#: ò = ň, ù = ů, ï = ď in both code pages; ® = Ž, © = Š, ¾ = ž from ISO-8859-2). Real
#: French or Italian letters look the same, so these never vote and are fixed only where
#: the damage is certain: in a text with no intact Polish letter (all of it was read with
#: the wrong code page), or on a line that holds a Polish letter's sign too.
NAME_SIGNS = "èìòùïøÈÌÒÙÏØ®©¾"
_NAME_SIGN_RE = re.compile(f"[{re.escape(NAME_SIGNS)}]")
_WORD_RE = re.compile(r"[^\W\d_]+|[" + re.escape(CODEPAGE_SIGNS) + r"]", re.UNICODE)
_TOKEN_RE = re.compile(r"(?:[^\W\d_]|[\ufffd" + re.escape(CODEPAGE_SIGNS + NAME_SIGNS) + r"])+", re.UNICODE)
#: CP1250's "Ź" is byte 0x8F, which CP1252 leaves undefined: a decoder shows it as
#: U+FFFD. In a text read from CP1250 that mark can only be Ź (Polish has no Ť, ť).
CP1250_UNDEFINED_IN_CP1252 = {"cp1250": "Ź"}
CODEPAGES = ("cp1250", "iso-8859-2")
POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def _eats_polish_letter(e: Edit, before: str) -> bool:
    """Does ftfy's edit merge a Polish letter into a lost glyph (replace it by U+FFFD,
    or delete it before one)? `before`: the replaced text and the character after it.
    Polish UTF-8 lead bytes show as Ä, Å, Ã (CP1252) or Ă, Ä, Ĺ (CP1250), never as a
    Polish letter."""
    return ("\ufffd" in e.after or before.endswith("\ufffd")) and any(c in _POLISH_LETTERS for c in before)


def mojibake_edits(text: str) -> list[Edit]:
    """ftfy's fixes, line by line, as edits."""
    edits: list[Edit] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if not line.isascii() and is_bad(line):
            fixed = ftfy.fix_text(line, FTFY_CONFIG)
            if fixed != line:
                # a fix that puts a non-Latin letter into Latin text read legacy bytes as UTF-8
                # ("œæ" -> "Ͼ" is CP1250 "ść"): leave those to the code-page repair
                # and one that turns a Polish letter beside a lost glyph into another lost glyph
                # ("Ł�" read as CP1257 bytes of a broken UTF-8 sequence) destroys a letter
                edits.extend(e for e in _diff_edits(line, fixed, pos, "ftfy", 0.95) if not _foreign_letter(e.after) and not _eats_polish_letter(e, line[e.start - pos : e.end - pos + 1]))
        pos += len(line)
    return edits


#: Lead characters of Polish letters' UTF-8 bytes shown as CP1252 ("Ä™" = ę, "Å›" = ś, "Ã³" = ó).
_UTF8_LEADS = re.compile("[ÄÅÃ]")
#: A word with a lead character; CP1252 shows the continuation byte 0xA0 as a no-break space,
#: which stays in the word ("Å\u00a0urany" = Šurany, "Ã\u00a0" = à).
_MOJIBAKE_WORD = re.compile(r"\S*(?:[ÄÅÃ]\u00a0?\S*)+")
#: A lead character followed by what CP1252 shows for a UTF-8 continuation byte
#: (0x80-0xBF): "Ã…" is Å. Evidence enough for a name the lexicon lacks ("Ã…lesund").
_UTF8_PAIR = re.compile("[ÃÄÅ][\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")


def utf8_word_edits(text: str, lex: Lexicon) -> list[Edit]:
    """UTF-8 read as CP1252 that ftfy left (it judges whole segments; a word can
    stay): each word with a telltale lead character is encoded back to its bytes and
    decoded as UTF-8, and kept when that gives a word the lexicon knows."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    if not _UTF8_LEADS.search(text):
        return []
    edits = []
    for m in _MOJIBAKE_WORD.finditer(text):
        word = m.group()
        try:
            fixed = word.encode("sloppy-windows-1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        core = fixed.strip(".,;:!?()[]\"'„”«»-–…")
        if fixed != word and core and (lex.known(core) or (core.replace("-", "").isalpha() and _UTF8_PAIR.search(word))):  # "Île-de-France" too
            edits.extend(_diff_edits(word, fixed, m.start(), "mojibake.word", 0.97))
    return edits


def _central_european(word: str, fixed: str) -> bool:
    """Does the re-decoding turn the word's signs into Central European letters
    (Latin Extended-A: ą ł ś, and š č ž ő of names), and only into such letters?"""
    changed = [b for a, b in zip(word, fixed, strict=False) if a != b]
    return bool(changed) and len(word) == len(fixed) and all("\u0100" <= c <= "\u017f" for c in changed)


def _foreign_letter(s: str) -> bool:
    """Does `s` hold a letter outside the Latin script (Greek, Cyrillic, CJK, ...)?"""
    import unicodedata

    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in s)


def _diff_edits(a: str, b: str, offset: int, method: str, confidence: float) -> list[Edit]:
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        Edit(offset + i1, offset + i2, b[j1:j2], method, confidence)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]


def _redecode(word: str, codepage: str) -> str | None:
    """Read `word` back as the bytes it was shown from, decoded with `codepage`.
    Characters no single-byte code page could have produced are kept as they are."""
    out = []
    for ch in word:
        if ch == "\ufffd" and codepage in CP1250_UNDEFINED_IN_CP1252:
            out.append(CP1250_UNDEFINED_IN_CP1252[codepage])
            continue
        try:
            b = ch.encode("cp1252")
        except UnicodeEncodeError:
            try:
                b = ch.encode("latin-1")
            except UnicodeEncodeError:
                out.append(ch)
                continue
        try:
            out.append(b.decode(codepage))
        except UnicodeDecodeError:
            return None
    return "".join(out)


@dataclass(frozen=True)
class CodepageConfig:
    """Options of the code-page repair.

    min_votes: lexicon-confirmed words needed before a code page is applied to the
        words the lexicon does not know (names). Default 2.
    """

    min_votes: int = 2


#: Polish letters whose bytes differ between the code pages (ó is the same in all four).
_SIGNALLING_POLISH = POLISH - {"ó", "Ó"}


def _line_has_sign(text: str, pos: int) -> bool:
    """Was the line around `pos` read with the wrong code page: does it hold a Polish
    letter's sign and no intact Polish letter?"""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    return _SIGN_RE.search(line) is not None and not any(ch in _SIGNALLING_POLISH for ch in line)


def codepage_edits(text: str, lex: Lexicon, config: CodepageConfig | None = None) -> list[Edit]:
    config = config or CodepageConfig()
    if not _SIGN_RE.search(text):
        return []
    tokens = [m for m in _TOKEN_RE.finditer(text) if _SIGN_RE.search(m.group()) or "\ufffd" in m.group() or _NAME_SIGN_RE.search(m.group())]
    votes: Counter[str] = Counter()
    readings: list[tuple[re.Match[str], dict[str, str]]] = []
    for m in tokens:
        word = m.group()
        cands = {}
        for cp in CODEPAGES:
            fixed = _redecode(word, cp)
            if fixed and fixed != word and fixed.isalpha():
                cands[cp] = fixed
        readings.append((m, cands))
        if not _SIGN_RE.search(word) or ("\ufffd" not in word and word.isalpha() and lex.known(word)):
            continue  # a real word as it stands (e.g. French "fête"); U+FFFD alone is no vote for a code page
        for cp, fixed in cands.items():
            if lex.known(fixed):
                votes[cp] += 1
    if not votes:
        return []
    best_cp, n = votes.most_common(1)[0]
    whole = not any(ch in _SIGNALLING_POLISH for ch in text)  # no intact Polish letter: the whole text was read wrong
    edits = []
    for m, cands in readings:
        word = m.group()
        fixed = cands.get(best_cp)
        if not fixed or ("\ufffd" not in word and word.isalpha() and lex.known(word)):
            continue  # (a sign that is no letter, "®ilina", makes no known word: morfeusz2 reads "®" + "ilina")
        if lex.known(fixed):
            conf = 0.99
        elif "\ufffd" in word:
            continue  # U+FFFD is Ź only where that makes a word; else the glyph solver decides
        elif n >= config.min_votes and _central_european(word, fixed) and (_SIGN_RE.search(word) or whole or _line_has_sign(text, m.start())):
            conf = 0.8  # a name ("Hybáškovej", "Vysoèina" = Vysočina): the text's code page, applied
        else:
            continue
        edits.extend(_diff_edits(word, fixed, m.start(), f"codepage.{best_cp}", conf))
    return edits
