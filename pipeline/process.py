"""Orchestration: one file through every stage, as a pure function of the file.

    extract -> repair -> structure -> tag  ==>  Document

Each stage is timed and summarised in `Document.stages`. A stage that crashes
is reported as an error on the document, never as a traceback, and the
document is still returned so it can be written and indexed.
"""

from __future__ import annotations

import hashlib
import re
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .extract import RawDocument, extract
from .model import (
    Document,
    GlyphCode,
    Page,
    PageQuality,
    Problem,
    Repair,
    Source,
    StageRecord,
    Status,
)
from .repair import RepairConfig, RepairResult, repair_text
from .structure import build_pages
from .tag import TAGGER_VERSION, tag_text

#: Warning codes that make a document `partial` (something is missing from it).
PARTIAL_CODES = frozenset({"page.no_text", "page.unreadable", "repair.failed", "tag.failed", "structure.failed"})

T = TypeVar("T")


@dataclass(frozen=True)
class ProcessConfig:
    """Options for processing one document.

    repair: options of the repair stage (see `RepairConfig`).
    tag: run the entity tagger. Default True.
    backend: PDF backend, `pdfium` (default, fast) or `pdfplumber`.
    ocr: read image-only PDF pages with Tesseract when it is installed. Default True.
    """

    repair: RepairConfig = field(default_factory=RepairConfig)
    tag: bool = True
    backend: str = "pdfium"
    ocr: bool = True

    def settings(self) -> str:
        """The options that shape the output, as a short stable string (kept in the index)."""
        return f"backend={self.backend};tag={int(self.tag)};ocr={int(self.ocr)}"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _timed(stages: list[StageRecord], name: str, version: str, fn: Callable[[], T], summary: Callable[[T], dict[str, Any]]) -> T:
    t0 = time.perf_counter()
    out = fn()
    stages.append(StageRecord(name=name, version=version, seconds=round(time.perf_counter() - t0, 4), summary=summary(out)))
    return out


def page_lookup(pages: list[Page]) -> Callable[[int], int]:
    """A function from a repaired-text offset to the number of the page holding it."""
    starts = [p.start for p in pages]
    numbers = [p.number for p in pages]

    def page_of(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        return numbers[max(i, 0)] if numbers else 1

    return page_of


def process_file(path: str | Path, config: ProcessConfig | None = None) -> Document:
    """Run every stage on one file and return its Document (never raises for bad input)."""
    config = config or ProcessConfig()
    path = Path(path)
    stages: list[StageRecord] = []
    errors: list[Problem] = []
    warnings: list[Problem] = []
    try:
        sha = sha256_file(path)
        size = path.stat().st_size
    except OSError as e:
        sha, size = "", 0
        errors.append(Problem(code="file.unreadable", message=f"Cannot read {path}: {e.strerror}.", stage="extract"))
    fmt = "pdf" if path.suffix.lower() == ".pdf" else "txt"

    raw = RawDocument(path=str(path), format=fmt)
    if not errors:
        try:
            raw = _timed(stages, "extract", __version__, lambda: extract(path, config.backend, config.ocr), lambda r: {"backend": r.backend, "pages": len(r.pages), "chars": len(r.text)})
        except MemoryError:
            errors.append(Problem(code="doc.memory", message="Extraction ran out of memory; the file is too large or a decompression bomb.", stage="extract"))
        except Exception as e:  # a bug or a file the backend chokes on: report, don't crash
            errors.append(Problem(code="extract.failed", message=f"Extraction failed ({type(e).__name__}: {str(e)[:200]}).", stage="extract"))
    errors.extend(raw.errors)
    warnings.extend(raw.warnings)

    pages: list[Page] = []
    repaired = RepairResult(raw=raw.text, text=raw.text, records=[])
    entities = []
    if not errors:
        try:
            repaired = _timed(stages, "repair", __version__, lambda: repair_text(raw.text, config.repair), lambda r: {"repairs": len(r.records), "by_method": r.counts()})
        except Exception as e:
            warnings.append(Problem(code="repair.failed", message=f"Repair failed ({type(e).__name__}: {str(e)[:200]}); the raw text is kept unrepaired.", stage="repair"))
        try:
            pages = _timed(stages, "structure", __version__, lambda: build_pages(raw, repaired), lambda ps: {"pages": len(ps), "blocks": sum(len(p.blocks) for p in ps)})
        except Exception as e:
            warnings.append(Problem(code="structure.failed", message=f"Page structure failed ({type(e).__name__}: {str(e)[:200]}).", stage="structure"))
        if config.tag and repaired.text.strip():
            page_of = page_lookup(pages)
            try:
                entities = _timed(stages, "tag", TAGGER_VERSION, lambda: tag_text(repaired.text, page_of), lambda es: {"entities": len(es)})
            except Exception as e:
                warnings.append(Problem(code="tag.failed", message=f"Entity tagging failed ({type(e).__name__}: {str(e)[:200]}).", stage="tag"))
        if not repaired.text.strip() and not errors:
            errors.append(Problem(code="doc.no_text", message="No text could be extracted from any page; the document needs OCR.", stage="extract"))

    page_of = page_lookup(pages)
    status = Status.failed if errors else (Status.partial if any(w.code in PARTIAL_CODES for w in warnings) else Status.ok)
    repairs = [
        Repair(
            id=f"r{r.raw_start}",
            page=page_of(r.start),
            start=r.start,
            end=r.end,
            raw_start=r.raw_start,
            raw_end=r.raw_end,
            before=r.before,
            after=r.after,
            method=r.method,
            confidence=r.confidence,
        )
        for r in repaired.records
    ]
    if pages:
        pages = page_quality(pages, raw, repairs, warnings)
    glyphs = glyph_codes(raw, repairs)
    return Document(
        pipeline_version=__version__,
        source=Source(path=str(path), sha256=sha, format=fmt, bytes=size, pages=len(raw.pages)),
        status=status,
        errors=errors,
        warnings=warnings,
        stages=stages,
        pages=pages,
        text=repaired.text,
        raw_text=raw.text,
        repairs=repairs,
        glyphs=glyphs,
        entities=entities,
    )


#: Damage counted per page in the raw text (`PageQuality.damage`).
DAMAGE_PATTERNS = {
    "lost_glyph": re.compile("\ufffd"),
    "cid": re.compile(r"\(cid:\d+\)"),
    "private_use": re.compile("[\ue000-\uf8ff]"),
    "placeholder": re.compile("[\U000f0000-\U000ffffd]"),
    "control": re.compile("[\x00-\x08\x0b\x0e-\x1f]"),
    "tex_accent": re.compile("[\u02db\u00b4\u02ca\u02d9]"),
    "codepage_suspect": re.compile("[³¹¿êæñœŸ¥ŒÆÊ£Ñ¯]"),
}


def glyph_codes(raw: RawDocument, repairs: list[Repair]) -> list[GlyphCode]:
    """The document's unmapped glyph codes with the letter most repairs gave each."""
    if not raw.placeholders:
        return []
    letters: dict[str, Counter[str]] = {}
    for r in repairs:
        for ch in r.before:
            if ch in raw.placeholders.values() and len(r.after) >= 1:
                letters.setdefault(ch, Counter())[r.after if len(r.after) == 1 else r.after.strip()[:1]] += 1
    out = []
    for (font, code), ph in raw.placeholders.items():
        n = raw.text.count(ph)
        c = letters.get(ph)
        letter, k = c.most_common(1)[0] if c else (None, 0)
        out.append(GlyphCode(placeholder=ph, font=font, code=code, occurrences=n, letter=letter, agreement=round(k / n, 3) if letter and n else None))
    return out


def page_quality(pages: list[Page], raw: RawDocument, repairs: list[Repair], warnings: list[Problem]) -> list[Page]:
    """Give each page its quality record (source, damage by kind, repairs by method,
    OCR) in place; pages with the same record share one object. Returns `pages`."""
    from ftfy.badness import badness

    by_page: dict[int, Counter[str]] = {}
    for r in repairs:
        by_page.setdefault(r.page, Counter())[r.method] += 1
    no_text = {w.page for w in warnings if w.code == "page.no_text"}
    sources = {rp.number: rp.source for rp in raw.pages}
    replaced = {rp.number: rp.replaced_text for rp in raw.pages}
    shared: dict[tuple, PageQuality] = {}  # one record per distinct content: 100,000 blank pages share one
    for p in pages:
        seen = p.raw_text + (replaced.get(p.number) or "")  # a text layer OCR replaced counts too
        damage = {k: n for k, rx in DAMAGE_PATTERNS.items() if (n := len(rx.findall(seen)))}
        if (bad := badness(p.raw_text.replace("\ufffd", ""))) > 0:
            damage["mojibake_suspect"] = bad
        source = sources.get(p.number) or raw.backend or raw.format
        fixed = tuple(sorted(by_page.get(p.number, Counter()).items()))
        key = (source, tuple(damage.items()), fixed, p.number in no_text, replaced.get(p.number))
        if (quality := shared.get(key)) is None:
            quality = shared[key] = PageQuality(
                backend=source,
                damage=damage,
                repairs=dict(fixed),
                needs_ocr=p.number in no_text,
                ocr=source == "ocr",
                replaced_text=replaced.get(p.number),
            )
        p.quality = quality  # set in place: a copy of every page doubled a long document's memory
    return pages


def failed_document(path: str | Path, code: str, message: str, stage: str = "batch") -> Document:
    """The Document of a file whose processing was stopped from outside (timeout,
    worker killed): no text, one error saying why."""
    path = Path(path)
    try:
        sha, size = sha256_file(path), path.stat().st_size
    except OSError:
        sha, size = "", 0
    return Document(
        pipeline_version=__version__,
        source=Source(path=str(path), sha256=sha, format="pdf" if path.suffix.lower() == ".pdf" else "txt", bytes=size, pages=0),
        status=Status.failed,
        errors=[Problem(code=code, message=message, stage=stage)],
    )
