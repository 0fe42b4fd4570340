"""Seeded generators of the damage the repair stage undoes, modelled on the sample.

Each generator takes clean text and a `random.Random` and returns damaged text.
Line wrapping imitates slides: lines of about `WRAP` characters, most ending
with a trailing space, as PDF extractors write them.
"""

from __future__ import annotations

import random

WRAP = 48
LOST = "ąćęńśźżĄĆĘŃŚŹŻ"  # what a font without a Unicode map for Polish letters loses (ó survives in WinAnsi)
STRIP = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def wrap(text: str, rng: random.Random, width: int = WRAP) -> str:
    """Break a paragraph into slide-like lines."""
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line + (" " if rng.random() < 0.7 else ""))
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


def lost_glyphs(text: str, rng: random.Random) -> str:
    """ą ć ę ń ś ź ż -> U+FFFD, often with a spurious space after, sometimes before."""
    out = []
    for i, ch in enumerate(text):
        if ch in LOST:
            if rng.random() < 0.05 and out and out[-1].isalpha():
                out.append(" ")
            out.append("\ufffd")
            nxt = text[i + 1 : i + 2]
            if nxt.isalpha() and rng.random() < 0.6:
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def lbreaks(text: str, rng: random.Random) -> str:
    """ł / Ł -> line feed."""
    return text.replace("ł", "\n").replace("Ł", "\n")


def sample_like(text: str, rng: random.Random) -> str:
    """Both of the above, as in the sample."""
    return lbreaks(lost_glyphs(text, rng), rng)


def cp1250_as_cp1252(text: str, rng: random.Random) -> str:
    return text.encode("cp1250", errors="replace").decode("cp1252", errors="replace")


#: What someone typing in ISO-8859-2 would have written for characters it lacks.
ISO_TYPABLE = str.maketrans({"„": '"', "”": '"', "“": '"', "’": "'", "‘": "'", "–": "-", "—": "-", "…": "..."})


def iso_typable(text: str) -> str:
    """The clean text as it could have been written in ISO-8859-2 (the reference for that kind)."""
    return text.translate(ISO_TYPABLE)


def iso8859_2_as_latin1(text: str, rng: random.Random) -> str:
    return iso_typable(text).encode("iso-8859-2", errors="replace").decode("latin-1")


def utf8_as_cp1252(text: str, rng: random.Random) -> str:
    """UTF-8 read as Windows-1252, undefined bytes kept as Latin-1 (as browsers and Excel do)."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    return text.encode("utf-8").decode("sloppy-windows-1252")


def stripped(text: str, rng: random.Random) -> str:
    return text.translate(STRIP)


def cp1250_typable(text: str) -> str:
    """The clean text as CP1250 can hold it: letters it lacks ("à" of "Mobilità",
    "å" of "Skåne") became "?", which no repair can undo."""
    return text.encode("cp1250", errors="replace").decode("cp1250")


def iso_typable_latin(text: str) -> str:
    """`iso_typable`, and letters ISO-8859-2 lacks as "?"."""
    return iso_typable(text).encode("iso-8859-2", errors="replace").decode("iso-8859-2")


#: Per kind, the text a perfect repair gives back, where it differs from the clean text.
REFERENCES = {"ISO-8859-2 shown as Latin-1": iso_typable_latin, "CP1250 shown as CP1252": cp1250_typable}

KINDS = {
    "lost glyphs (U+FFFD + spaces)": lost_glyphs,
    "ł as line break": lbreaks,
    "sample-like (both)": sample_like,
    "CP1250 shown as CP1252": cp1250_as_cp1252,
    "ISO-8859-2 shown as Latin-1": iso8859_2_as_latin1,
    "UTF-8 mojibake": utf8_as_cp1252,
    "typed without diacritics": stripped,
}
