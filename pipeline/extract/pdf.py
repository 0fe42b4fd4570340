"""PDF slide decks via pdfplumber (the detailed backend; `pdfium` is the default).

Per page: text lines (pdfplumber's `extract_text_lines`) are grouped into blocks
by vertical gaps, font-size changes and bullet glyphs; the title is the block
set in the largest type near the top of the slide. Lines are joined with a line
feed, blocks too, pages with a form feed. Glyphs pdfminer cannot map to Unicode
come through as `(cid:NN)`; the repair stage treats them as lost glyphs.

Bad files give errors, not exceptions: encrypted (`pdf.encrypted`), unreadable
(`pdf.corrupt`), no pages (`pdf.no_pages`). A page without text gets a
`page.no_text` warning saying it needs OCR.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from ..model import BBox
from . import RawBlock, RawDocument, RawPage, corrupt_problem, encrypted_problem, problem

#: Vertical gap, as a share of the line height, that starts a new block.
BLOCK_GAP_RATIO = 0.6
#: Relative font-size change that starts a new block.
SIZE_CHANGE_RATIO = 0.15
#: A title's size must be at least this times the page's median line size...
TITLE_SIZE_RATIO = 1.15
#: ...and its top must lie within this share of the page height from the top.
TITLE_TOP_SHARE = 0.4
#: Glyphs that open a bullet item (Unicode, and Symbol/Wingdings private-use codes).
BULLETS = frozenset("•▪■◦‣●○◆◇►▶➢➤✓✔-–—*\uf0b7\uf0a7\uf075\uf06c\uf06e\uf0d8\uf0fc\uf076\uf0a8\uf0e0\uf0f0")


def extract_pdf(path: Path) -> RawDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    doc = RawDocument(path=str(path), format="pdf", backend="pdfplumber")
    try:
        pdf = pdfplumber.open(path)
    except Exception as e:
        cause = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e  # pdfplumber wraps pdfminer's errors
        msg = str(cause) or type(cause).__name__
        if isinstance(cause, PDFPasswordIncorrect) or "password" in msg.lower():
            doc.errors.append(encrypted_problem())
        else:
            doc.errors.append(corrupt_problem(f"{type(cause).__name__}: {msg[:200]}"))
        return doc
    parts: list[str] = []
    pos = 0
    with pdf:
        try:
            pages = list(pdf.pages)
        except Exception as e:
            doc.errors.append(problem("pdf.corrupt", f"The PDF's page tree cannot be read ({type(e).__name__}). The file is damaged."))
            return doc
        if not pages:
            doc.errors.append(problem("pdf.no_pages", "The PDF has no pages."))
            return doc
        for i, page in enumerate(pages, start=1):
            if i > 1:
                parts.append("\f")
                pos += 1
            try:
                source = "pdfplumber"
                lines = page.extract_text_lines(return_chars=True, strip=True)
                if _doubled(lines):  # text drawn twice (a shadow): pdfminer interleaves the copies
                    lines = page.dedupe_chars().extract_text_lines(return_chars=True, strip=True)
                if _glued(lines):  # words positioned without spaces: a tighter tolerance separates them
                    tighter = page.extract_text_lines(return_chars=True, strip=True, x_tolerance=GLUED_X_TOLERANCE)
                    if not _glued(tighter):
                        lines = tighter
                        doc.warnings.append(problem("page.glued_words", f"Page {i}: words set without spaces ran together; read again with x_tolerance={GLUED_X_TOLERANCE}.", page=i))
                lines = _split_columns(lines)
                _cid_placeholders(lines, doc.placeholders)
                if _split_letters(lines):  # letters placed one by one (Ghostscript): PDFium reads such pages right
                    lines = _pdfium_lines(path, i - 1, float(page.height), doc.placeholders) or lines
                    source = "pdfium"
                    doc.warnings.append(problem("page.split_letters", f"Page {i}: its letters are placed one by one, which pdfplumber reads as separate words; PDFium read the page instead.", page=i))
            except Exception as e:
                doc.warnings.append(problem("page.unreadable", f"Page {i} cannot be read ({type(e).__name__}); it is left empty.", page=i))
                lines = []
            blocks, text = _blocks(lines, pos, float(page.height))
            if not text.strip():
                reason = "it holds only images" if page.images else "it holds no text"
                doc.warnings.append(problem("page.no_text", f"Page {i}: {reason}; it needs OCR.", page=i))
            parts.append(text)
            doc.pages.append(RawPage(number=i, start=pos, end=pos + len(text), blocks=blocks, width=float(page.width), height=float(page.height), source=source))
            pos += len(text)
    doc.text = "".join(parts)
    return doc


#: Share of words (4+ letters) made of doubled letters ("WWssppóółł") that marks a page
#: drawn twice, e.g. with a shadow; only then are overlapping duplicate characters dropped
#: (zero-width glyphs of a font without widths must not be taken for duplicates).
DOUBLED_WORD_SHARE = 0.2


def _doubled(lines: list[dict[str, Any]]) -> bool:
    words = [w for ln in lines for w in ln.get("text", "").split() if len(w) >= 4 and len(w) % 2 == 0]
    total = sum(1 for ln in lines for w in ln.get("text", "").split() if len(w) >= 4)
    doubled = sum(1 for w in words if w[0::2] == w[1::2])
    return total > 0 and doubled >= DOUBLED_WORD_SHARE * total


#: A page where at least this share of its words (of at least `SPLIT_MIN_WORDS`) are
#: single letters has its letters split apart.
SPLIT_LETTER_SHARE = 0.5
SPLIT_MIN_WORDS = 6


#: A page where this share of its words (of at least 5) are 16+ characters long has
#: words run together (pdfplumber's default x_tolerance of 3 joins words positioned
#: without space characters); it is read again with `GLUED_X_TOLERANCE`.
GLUED_WORD_SHARE = 0.2
GLUED_X_TOLERANCE = 1.0


def _glued(lines: list[dict[str, Any]]) -> bool:
    words = [w for ln in lines for w in ln.get("text", "").split()]
    long = sum(1 for w in words if len(w) >= 16 and w.isalpha())
    return (len(words) >= 5 and long >= GLUED_WORD_SHARE * len(words)) or (0 < len(words) < 5 and long == len(words))


_CID = re.compile(r"\(cid:(\d+)\)")


def _cid_placeholders(lines: list[dict[str, Any]], placeholders: dict[tuple[str, int], str]) -> None:
    """Replace pdfminer's "(cid:NN)" in each line by the document's placeholder for
    (font, NN), as the PDFium backend does, so both hand the repair the same codes."""
    from .pdfium import PLACEHOLDER_BASE

    for ln in lines:
        text = ln.get("text", "")
        if "(cid:" not in text:
            continue
        fonts = iter([c.get("fontname") or "" for c in ln.get("chars", []) if _CID.fullmatch(c.get("text", ""))])
        out, pos = [], 0
        for m in _CID.finditer(text):
            key = (next(fonts, ""), int(m.group(1)))
            out += [text[pos : m.start()], placeholders.setdefault(key, chr(PLACEHOLDER_BASE + len(placeholders)))]
            pos = m.end()
        ln["text"] = "".join([*out, text[pos:]])


def _split_columns(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lines that run across two text boxes on one baseline, split at the gap between
    them (as the PDFium backend does; see pdfium.COLUMN_GAP_EM)."""
    from .pdfium import COLUMN_GAP_EM

    out = []
    for ln in lines:
        chars = sorted((c for c in ln.get("chars", []) if c.get("text", "").strip()), key=lambda c: c["x0"])
        size = statistics.median(float(c.get("size", 0.0)) for c in chars) if chars else 0.0
        cuts = [k for k in range(1, len(chars)) if size and chars[k]["x0"] - chars[k - 1]["x1"] >= COLUMN_GAP_EM * size]
        if not cuts:
            out.append(ln)
            continue
        for a, b in itertools.pairwise([0, *cuts, len(chars)]):
            seg = chars[a:b]
            text = "".join((" " if k and c["x0"] - seg[k - 1]["x1"] > PLUMBER_X_TOLERANCE else "") + c["text"] for k, c in enumerate(seg))
            out.append({"text": text, "x0": seg[0]["x0"], "x1": max(c["x1"] for c in seg), "top": min(c["top"] for c in seg), "bottom": max(c["bottom"] for c in seg), "chars": seg})
    return out


#: pdfplumber's default x_tolerance: a wider gap between two characters is a space.
PLUMBER_X_TOLERANCE = 3.0


def _split_letters(lines: list[dict[str, Any]]) -> bool:
    words = [w for ln in lines for w in ln.get("text", "").split()]
    single = sum(1 for w in words if len(w) == 1 and w.isalpha())
    return len(words) >= SPLIT_MIN_WORDS and single >= SPLIT_LETTER_SHARE * len(words)


def _pdfium_lines(path: Path, index: int, height: float, placeholders: dict) -> list[dict[str, Any]]:
    """One page's lines read by PDFium (the fallback for pages pdfplumber splits apart)."""
    import pypdfium2 as pdfium

    from .pdfium import page_lines

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        textpage = page.get_textpage()
        lines = page_lines(textpage, height, placeholders)
        textpage.close()
        page.close()
        return lines
    finally:
        pdf.close()


def is_bullet_line(text: str) -> bool:
    """A line opening with a bullet glyph followed by a space (or a symbol-font bullet)."""
    t = text.lstrip()
    if t and 0xF0000 <= ord(t[0]) <= 0xFFFFD and t[1:2] in (" ", "\t"):
        return True  # an unmapped glyph opening a line, then a space: a bullet in a broken font
    if not t or t[0] not in BULLETS:
        return False
    return len(t) == 1 or t[1] in " \t\u00a0" or "\ue000" <= t[0] <= "\uf8ff"


def _line_props(line: dict[str, Any]) -> tuple[float, str | None]:
    if "size" in line:  # the pdfium backend measures lines itself
        return line["size"], line["font"]
    chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
    if not chars:
        return 0.0, None
    size = statistics.median(float(c.get("size", 0.0)) for c in chars)
    font = Counter(c.get("fontname") for c in chars).most_common(1)[0][0]
    return round(size, 2), font


#: Reading order (recursive XY-cut): a gap this many line heights wide that no line
#: crosses separates columns; one this many line heights tall separates rows.
COLUMN_GAP_LINES = 1.0
ROW_GAP_LINES = 0.5


def reading_order(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lines in reading order: columns (text boxes side by side) left to right, each
    read top to bottom before the next; rows above rows. Recursive XY-cut: a group is
    split at a vertical gap no line crosses, else at a tall enough horizontal gap; a
    group with neither is read top to bottom, left to right."""
    if not lines:
        return []
    heights = sorted(max(1.0, ln["bottom"] - ln["top"]) for ln in lines)
    unit = heights[len(heights) // 2]

    def split(group: list[dict[str, Any]], lo: str, hi: str, gap: float) -> list[list[dict[str, Any]]]:
        items = sorted(group, key=lambda ln: ln[lo])
        parts = [[items[0]]]
        reach = items[0][hi]
        for ln in items[1:]:
            if ln[lo] - reach >= gap:
                parts.append([ln])
            else:
                parts[-1].append(ln)
            reach = max(reach, ln[hi])
        return parts

    def cut(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(group) < 2:
            return group
        for lo, hi, gap in (("x0", "x1", COLUMN_GAP_LINES * unit), ("top", "bottom", ROW_GAP_LINES * unit)):
            parts = split(group, lo, hi, gap)
            if len(parts) > 1:
                return [ln for part in parts for ln in cut(part)]
        return sorted(group, key=lambda ln: (round(ln["top"]), ln["x0"]))

    return cut(lines)


def _blocks(lines: list[dict[str, Any]], offset: int, page_height: float) -> tuple[list[RawBlock], str]:
    """Group lines into blocks; return the blocks (raw offsets) and the page text."""
    lines = reading_order([ln for ln in lines if ln.get("text", "").strip()])
    groups: list[list[tuple[dict[str, Any], float, str | None]]] = []
    prev = None
    for ln in lines:
        size, font = _line_props(ln)
        new = prev is None or is_bullet_line(ln["text"])
        if prev is not None and not new:
            p_ln, p_size, _ = prev
            height = max(1.0, p_ln["bottom"] - p_ln["top"])
            gap = ln["top"] - p_ln["bottom"]
            if gap > BLOCK_GAP_RATIO * height or (p_size and size and abs(size - p_size) / max(size, p_size) > SIZE_CHANGE_RATIO):
                new = True
            elif ln["top"] < p_ln["top"] or ln["x0"] > p_ln["x1"] or ln["x1"] < p_ln["x0"]:
                new = True  # the next column (or box) starts: not below the previous line
        if new:
            groups.append([])
        groups[-1].append((ln, size, font))
        prev = (ln, size, font)

    sizes = [s for g in groups for _, s, _ in g if s]
    median = statistics.median(sizes) if sizes else 0.0
    title_idx = None
    if groups and median:
        cand = max(range(len(groups)), key=lambda k: (max(s for _, s, _ in groups[k]), -k))
        g = groups[cand]
        if max(s for _, s, _ in g) >= TITLE_SIZE_RATIO * median and g[0][0]["top"] <= TITLE_TOP_SHARE * page_height:
            title_idx = cand
        elif len(groups) > 1 and cand == 0 and max(s for _, s, _ in g) > median:
            title_idx = 0

    blocks: list[RawBlock] = []
    texts: list[str] = []
    pos = offset
    for k, g in enumerate(groups):
        text = "\n".join(ln["text"] for ln, _, _ in g)
        kind = "title" if k == title_idx else ("bullet" if is_bullet_line(g[0][0]["text"]) else "body")
        bbox = BBox(
            x0=round(min(ln["x0"] for ln, _, _ in g), 2),
            top=round(min(ln["top"] for ln, _, _ in g), 2),
            x1=round(max(ln["x1"] for ln, _, _ in g), 2),
            bottom=round(max(ln["bottom"] for ln, _, _ in g), 2),
        )
        size = max(s for _, s, _ in g)
        font = Counter(f for _, _, f in g if f).most_common(1)
        if texts:
            pos += 1
        blocks.append(RawBlock(kind, pos, pos + len(text), bbox, font[0][0] if font else None, size or None))
        texts.append(text)
        pos += len(text)
    return blocks, "\n".join(texts)
