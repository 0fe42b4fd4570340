"""The extract stage: a file in, a `RawDocument` out.

A `RawDocument` holds the text exactly as extracted (`text`, never changed by
later stages), its pages as spans of that text, and, for PDFs, the blocks the
layout shows (title, bullet, body) with positions and fonts. Pages are joined
with a form feed. Problems are collected, not raised: a file that cannot be
read gives a `RawDocument` with no pages and an error that says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model import BBox, Problem


@dataclass(frozen=True)
class RawBlock:
    """A block on a page; `start`/`end` are offsets into `RawDocument.text`."""

    kind: str  # title | bullet | body
    start: int
    end: int
    bbox: BBox | None = None
    font: str | None = None
    size: float | None = None


@dataclass
class RawPage:
    number: int
    start: int
    end: int
    blocks: list[RawBlock] | None = None  # None: infer from the repaired text
    width: float | None = None
    height: float | None = None
    source: str = ""  # where the text came from: pdfium, pdfplumber, ocr, txt
    replaced_text: str | None = None  # the text layer OCR replaced (too damaged), kept


@dataclass
class RawDocument:
    path: str
    format: str  # pdf | txt
    text: str = ""
    pages: list[RawPage] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    backend: str = ""
    #: (font, code) -> the placeholder character standing for that unmapped glyph in `text`
    placeholders: dict[tuple[str, int], str] = field(default_factory=dict)


SUPPORTED_SUFFIXES = (".pdf", ".txt")
#: PDF backends: `pdfium` (pypdfium2, fast, the default) and `pdfplumber` (pdfminer, slower).
PDF_BACKENDS = ("pdfium", "pdfplumber")


def extract(path: str | Path, backend: str = "pdfium", ocr: bool = True) -> RawDocument:
    """Extract a `.pdf` or `.txt` file. Never raises for bad input.

    backend: which PDF backend to use (one of `PDF_BACKENDS`); ignored for text files.
    ocr: read image-only pages with Tesseract when installed (pdfium backend).
    """
    from .txt import extract_txt

    p = Path(path)
    if p.suffix.lower() == ".pdf":
        if backend == "pdfplumber":
            from .pdf import extract_pdf

            return extract_pdf(p)
        if backend != "pdfium":
            raise ValueError(f"unknown PDF backend {backend!r}; choose one of {', '.join(PDF_BACKENDS)}")
        from .pdfium import extract_pdfium

        return extract_pdfium(p, ocr=ocr)
    return extract_txt(p)


def problem(code: str, message: str, page: int | None = None) -> Problem:
    return Problem(code=code, message=message, stage="extract", page=page)


def encrypted_problem() -> Problem:
    """The error of a PDF that needs a password to open (both backends)."""
    return problem("pdf.encrypted", "The PDF is password-protected. Remove the password (e.g. qpdf --decrypt in.pdf out.pdf) and run again.")


def corrupt_problem(detail: str) -> Problem:
    """The error of a file no backend can read as a PDF; `detail` names the parser's complaint."""
    return problem("pdf.corrupt", f"The file cannot be read as a PDF ({detail}). Check that it is a complete, valid PDF.")
