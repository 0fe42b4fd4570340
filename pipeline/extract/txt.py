"""Plain text already extracted from a deck.

Decoding: UTF-8 (a BOM is dropped); if that fails, CP1250, the Polish Windows
code page, with a warning. Binary files are refused. CRLF and CR become LF.

Pages: form feeds separate pages where present. Otherwise a run of at least
`MIN_BLANK_LINES` blank lines is taken as a slide boundary, as in text saved
from slide decks. Each page owns the blank lines that follow it, so the pages
cover the whole text and no character belongs to none.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import RawDocument, RawPage, problem

#: Blank lines in a row that separate two slides in text without form feeds.
MIN_BLANK_LINES = 3
#: Share of control characters above which a file is taken as binary.
MAX_CONTROL_SHARE = 0.05

_GAP_RE = re.compile(r"\n(?:[ \t]*\n){" + str(MIN_BLANK_LINES) + ",}")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes; return (text, encoding used)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace"), "cp1250"


def extract_txt(path: Path) -> RawDocument:
    doc = RawDocument(path=str(path), format="txt", backend="text")
    try:
        data = path.read_bytes()
    except OSError as e:
        doc.errors.append(problem("file.unreadable", f"Cannot read {path}: {e.strerror}. Check the path and permissions."))
        return doc
    if b"\x00" in data[:8192]:
        doc.errors.append(problem("txt.binary", "The file holds NUL bytes: it is binary, not text. Pass text or PDF files."))
        return doc
    text, encoding = decode(data)
    if encoding != "utf-8":
        doc.warnings.append(problem("txt.cp1250", "The file is not valid UTF-8; it was read as CP1250 (Polish Windows)."))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text and len(_CONTROL_RE.findall(text)) / len(text) > MAX_CONTROL_SHARE:
        doc.errors.append(problem("txt.binary", "Too many control characters: the file looks binary, not text."))
        return doc
    doc.text = text
    doc.pages = [RawPage(number=i + 1, start=s, end=e) for i, (s, e) in enumerate(split_pages(text))]
    if not text.strip():
        doc.errors.append(problem("doc.empty", "The file holds no text."))
    return doc


def split_pages(text: str) -> list[tuple[int, int]]:
    """Spans of pages: form-feed separated, else separated by long blank runs."""
    if "\f" in text:
        spans = []
        pos = 0
        for part in text.split("\f"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        return spans
    spans = []
    pos = 0
    for m in _GAP_RE.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.end()))
            pos = m.end()
    if pos < len(text) or not spans:
        if spans and not text[pos:].strip():
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((pos, len(text)))
    return spans
