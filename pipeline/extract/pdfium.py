"""PDF slide decks via PDFium (pypdfium2): the default, fast PDF backend.

PDFium parses the content streams in C++; we only walk its text page once per
page, char by char, to build text lines with boxes, font size and font name --
the same line records the pdfplumber backend makes, so block grouping and title
detection (`pdf._blocks`) are shared. Lines follow PDFium's text order (the
order the text was drawn, with its own line breaks); `_blocks` then orders the
lines top to bottom.

Measured on generated decks, this backend with every later stage runs faster
than pdfplumber's bare `extract_text` (see `bench/ingest_bench.py`).

Bad files give errors, not exceptions, with the same codes as the pdfplumber
backend: `pdf.encrypted`, `pdf.corrupt`, `pdf.no_pages`; a page without text
gets a `page.no_text` warning.
"""

from __future__ import annotations

import ctypes
import itertools
from pathlib import Path
from typing import Any

from . import RawBlock, RawDocument, RawPage, corrupt_problem, encrypted_problem, problem
from .ocr import ocr_lines, tesseract_languages
from .pdf import BULLETS, _blocks

#: PDFium's error code for a wrong or missing password.
_PDFIUM_PASSWORD_ERROR = 4


def _font_name(pdfium_c: Any, tp: Any, index: int, buf: Any) -> str | None:
    n = pdfium_c.FPDFText_GetFontInfo(tp, index, buf, len(buf), None)
    if n <= 0:
        return None
    if n > len(buf):
        buf = ctypes.create_string_buffer(n)
        pdfium_c.FPDFText_GetFontInfo(tp, index, buf, n, None)
    return buf.value.decode("utf-8", "replace") or None


#: First placeholder code point (Supplementary Private Use Area-A): each unmapped
#: (font, code) pair of a document gets its own, in order of appearance.
PLACEHOLDER_BASE = 0xF0000


def is_placeholder(ch: str) -> bool:
    return 0xF0000 <= ord(ch) <= 0xFFFFD


def _unmapped(ch: str) -> bool:
    """A character PDFium returned for a glyph with no usable Unicode mapping:
    a C0 or C1 control code (the font's raw code: a glyph name PDFium cannot read, or
    none) or a private-use code that is no known bullet."""
    o = ord(ch)
    return (o < 0x20 and ch not in "\t\n\r") or 0x7F <= o <= 0x9F or (0xE000 <= o <= 0xF8FF and ch not in BULLETS)


#: A gap between two glyphs wider than the line's usual gap by this share of the
#: font size, with no space character in it, separates two words (exports that
#: position words without drawing spaces: "Współpracafirm" -> "Współpraca firm").
WORD_GAP_EM = 0.12


#: A gap of this many font sizes between two glyphs on one baseline separates two
#: text boxes (columns), which become separate lines.
COLUMN_GAP_EM = 2.0


def _space_glued_words(chars: list[str], gaps: list[tuple[int, float, float]]) -> list[str]:
    """`chars` with a space before every glyph that follows a word gap (see
    WORD_GAP_EM). The usual gap is the line's median, so letter-spaced lines keep
    their letters together. Returned as a list of the same length (a space is
    prepended to the glyph's string), so indices into `chars` stay valid."""
    if len(gaps) < 3:
        return chars
    usual = sorted(g for _i, g, _s in gaps)[len(gaps) // 2]
    for i, gap, size in gaps:
        if size > 0 and gap > usual + WORD_GAP_EM * size and chars[i - 1][-1:] not in (" ", "-", "\n") and chars[i] != " ":
            chars[i] = " " + chars[i]
    return chars


def _segment(chars: list[str], gaps: list[tuple[int, float, float]], a: int, b: int) -> list[str]:
    """The glyphs chars[a:b] (one text box of a line), its own word gaps spaced."""
    return _space_glued_words(list(chars[a:b]), [(i - a, g, s) for i, g, s in gaps if a < i < b])


def page_lines(textpage: Any, page_height: float, placeholders: dict[tuple[str, int], str] | None = None) -> list[dict[str, Any]]:
    """Text lines of one PDFium text page: text, x0, x1, top, bottom (from the
    page top, like pdfplumber), median font size and most common font name.

    Glyphs without a Unicode mapping come out as placeholders, one code point per
    (font, code) pair, recorded in `placeholders` (shared by a document's pages),
    so the repair stage can learn each font's code-to-letter map."""
    import pypdfium2.raw as pdfium_c

    tp = textpage.raw
    n = textpage.count_chars()
    text = textpage.get_text_range() if n else ""
    if len(text) != n:  # characters outside the BMP: fall back to one call per char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp, i)) for i in range(n))
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    get_box, get_size = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetFontSize
    buf = ctypes.create_string_buffer(128)

    lines: list[dict[str, Any]] = []
    chars: list[str] = []
    sizes: list[float] = []
    fonts: dict[str, int] = {}
    last_size = -1.0
    font: str | None = None

    rect = pdfium_c.FS_RECTF()
    get_loose = pdfium_c.FPDFText_GetLooseCharBox
    prev_right: float | None = None
    gaps: list[tuple[int, float, float]] = []  # (index in chars, gap before it, font size)

    boxes: list[tuple[int, float, float, float, float]] = []  # (index in chars, left, right, bottom, top)

    def flush() -> None:
        nonlocal chars, sizes, fonts, last_size, prev_right, gaps, boxes
        sizes.sort()
        size = round(sizes[len(sizes) // 2], 2) if sizes else 0.0
        font_name = max(fonts, key=fonts.__getitem__) if fonts else None
        # text boxes side by side on one baseline come as one line: split at column-wide gaps
        cuts = [i for i, gap, sz in gaps if sz > 0 and gap >= COLUMN_GAP_EM * sz]
        for a, b in itertools.pairwise([0, *cuts, len(chars)]):
            seg = [bx for bx in boxes if a <= bx[0] < b]
            line = "".join(_segment(chars, gaps, a, b)).strip()
            if line and seg:
                lines.append(
                    {
                        "text": line,
                        "x0": min(bx[1] for bx in seg),
                        "x1": max(bx[2] for bx in seg),
                        "top": page_height - max(bx[4] for bx in seg),
                        "bottom": page_height - min(bx[3] for bx in seg),
                        "size": size,
                        "font": font_name,
                    }
                )
        chars, sizes, fonts, boxes = [], [], {}, []
        last_size = -1.0
        prev_right, gaps = None, []

    is_generated = pdfium_c.FPDFText_IsGenerated
    for i, ch in enumerate(text):
        if ch in "\n\r\t" and placeholders is not None and is_generated(tp, i) == 0 and get_box(tp, i, *refs) and right.value > left.value:
            pass  # not a break PDFium made but a glyph whose code is 9, 10 or 13: an unmapped letter
        elif ch == "\n" or ch == "\r":
            if chars:
                flush()
            continue
        if ch == "\ufffe":  # PDFium's mark for a hyphen at a line end, the two lines joined
            chars.append("-\n")
            continue
        if placeholders is not None and (_unmapped(ch) or ch in "\n\r\t"):
            key = (_font_name(pdfium_c, tp, i, buf) or "", ord(ch))
            ch = placeholders.setdefault(key, chr(PLACEHOLDER_BASE + len(placeholders)))
        chars.append(ch)
        if (ch.isspace() and not is_placeholder(ch)) or not get_box(tp, i, *refs):
            continue  # a space (or nothing drawn): the gap is measured from the glyph before it
        if get_loose(tp, i, ctypes.byref(rect)):
            if prev_right is not None:
                gaps.append((len(chars) - 1, rect.left - prev_right, get_size(tp, i)))
            prev_right = rect.right
        boxes.append((len(chars) - 1, left.value, right.value, bottom.value, top.value))
        size = get_size(tp, i)
        sizes.append(size)
        if size != last_size:  # a new run: ask for its font once
            font = _font_name(pdfium_c, tp, i, buf)
            last_size = size
        if font:
            fonts[font] = fonts.get(font, 0) + 1
    if chars:
        flush()
    return lines


#: A page whose text layer lost this share of its letters (U+FFFD: no code to learn
#: from) is read by OCR instead, when Tesseract is installed.
LOST_SHARE_FOR_OCR = 0.3
#: ...if it has at least this many letters (a short label is left to the repair).
MIN_LETTERS_FOR_OCR = 20


def too_damaged(lines: list[dict[str, Any]]) -> bool:
    """Has the page's text layer lost too much to repair (see LOST_SHARE_FOR_OCR)?"""
    text = "".join(ln["text"] for ln in lines)
    lost = text.count("\ufffd")
    letters = sum(ch.isalpha() for ch in text) + lost
    return letters >= MIN_LETTERS_FOR_OCR and lost >= LOST_SHARE_FOR_OCR * letters


def extract_pdfium(path: Path, ocr: bool = True) -> RawDocument:
    """Extract a PDF with PDFium; image-only pages go to OCR when `ocr` and
    Tesseract is installed (see `ocr.py`)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = RawDocument(path=str(path), format="pdf", backend="pdfium")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            doc.errors.append(encrypted_problem())
        else:
            doc.errors.append(corrupt_problem(str(e)))
        return doc
    parts: list[str] = []
    pos = 0
    try:
        count = len(pdf)
        if not count:
            doc.errors.append(problem("pdf.no_pages", "The PDF has no pages."))
            return doc
        for i in range(1, count + 1):
            if i > 1:
                parts.append("\f")
                pos += 1
            width = height = 0.0
            has_images = False
            source = "pdfium"
            replaced = None
            try:
                page = pdf[i - 1]
                width, height = page.get_size()
                textpage = page.get_textpage()
                lines = page_lines(textpage, height, doc.placeholders)
                textpage.close()
                replaced = None
                if not lines:
                    has_images = any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
                    if has_images and ocr:
                        lines = ocr_lines(page, height)
                        source = "ocr" if lines else source
                elif ocr and too_damaged(lines) and tesseract_languages():
                    read = ocr_lines(page, height)
                    if read:  # the page as drawn beats a text layer this lost; what it said is kept
                        replaced = "\n".join(ln["text"] for ln in lines)
                        lines, source = read, "ocr"
                        doc.warnings.append(problem("page.ocr_damaged", f"Page {i}: {LOST_SHARE_FOR_OCR:.0%} or more of its letters were lost (U+FFFD) in the text layer; its text was read by OCR instead (the text layer is kept in the page's quality record).", page=i))
                page.close()
            except pdfium.PdfiumError as e:
                doc.warnings.append(problem("page.unreadable", f"Page {i} cannot be read ({e}); it is left empty.", page=i))
                lines = []
            blocks, text = _blocks(lines, pos, float(height))
            if source == "ocr":
                blocks = [RawBlock("body" if b.kind == "title" else b.kind, b.start, b.end, b.bbox, None, b.size) for b in blocks]
                doc.warnings.append(problem("page.ocr", f"Page {i} holds only images; its text was read by OCR (Tesseract, {tesseract_languages()}).", page=i))
            if not text.strip():
                reason = "it holds only images" if has_images else "it holds no text"
                hint = "" if tesseract_languages() else " (install tesseract-ocr and tesseract-ocr-pol to read it)"
                doc.warnings.append(problem("page.no_text", f"Page {i}: {reason}; it needs OCR{hint}.", page=i))
            parts.append(text)
            doc.pages.append(RawPage(number=i, start=pos, end=pos + len(text), blocks=blocks, width=float(width), height=float(height), source=source, replaced_text=replaced))
            pos += len(text)
    finally:
        pdf.close()
    doc.text = "".join(parts)
    return doc
