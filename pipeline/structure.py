"""The structure stage: pages and blocks of the repaired text.

Extraction fixes page (and, for PDFs, block) spans in the raw text; repair
changes the text. This stage carries the spans over to the repaired text
through the repair records, and for plain-text input, which has no layout,
infers the blocks from the repaired text: paragraphs split at blank lines, an
item opening with a bullet is a bullet, and the first short line-like paragraph
is the slide title.
"""

from __future__ import annotations

import re

from .extract import RawBlock, RawDocument
from .model import Block, Page
from .repair import RepairResult
from .repair.trace import OffsetMap

#: A paragraph of at most this many words and lines, not ending a sentence, may be a title.
TITLE_MAX_WORDS = 12
TITLE_MAX_LINES = 2
#: Characters that open a bullet item in the repaired text.
BULLET_CHARS = "•▪■◦‣●○◆◇►▶➢➤✓✔"

_PARA_RE = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.UNICODE)
_BULLET_RE = re.compile(f"^[{BULLET_CHARS}][ \\t\\u00a0]*|^[-–—*][ \\t\\u00a0]+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _block(text: str, kind: str, start: int, end: int, raw: RawBlock | None = None) -> Block | None:
    start, end = _trim(text, start, end)
    if kind in ("bullet", "body"):
        m = _BULLET_RE.match(text[start:end])
        if m:
            kind = "bullet"
            start, end = _trim(text, start + m.end(), end)
    if start >= end:
        return None
    return Block(
        kind=kind,  # type: ignore[arg-type]
        text=text[start:end],
        start=start,
        end=end,
        bbox=raw.bbox if raw else None,
        font=raw.font if raw else None,
        size=raw.size if raw else None,
    )


def infer_blocks(text: str, start: int, end: int) -> list[Block]:
    """Blocks of a page of plain text: paragraphs, bullets, and a title."""
    blocks: list[Block] = []
    title_found = False
    for m in _PARA_RE.finditer(text, start, end):
        para = m.group()
        kind = "body"
        if _BULLET_RE.match(para):
            kind = "bullet"
        elif not title_found:
            lines = para.strip().count("\n") + 1
            words = len(para.split())
            if lines <= TITLE_MAX_LINES and words <= TITLE_MAX_WORDS and not para.rstrip().endswith((".", ",", ";")):
                kind = "title"
                title_found = True
        b = _block(text, kind, m.start(), m.end())
        if b:
            blocks.append(b)
    return blocks


def build_pages(raw: RawDocument, repaired: RepairResult) -> list[Page]:
    """Pages of the repaired document, with blocks and raw/repaired spans."""
    omap = OffsetMap(repaired.records)
    text = repaired.text
    pages = []
    for rp in raw.pages:
        s, e = _trim(text, omap.start(rp.start), omap.end(rp.end))
        rs, re_ = _trim(raw.text, rp.start, rp.end)
        if rp.blocks is None:
            blocks = infer_blocks(text, s, e)
        else:
            blocks = [b for rb in rp.blocks if (b := _block(text, rb.kind, omap.start(rb.start), omap.end(rb.end), rb))]
        title = next((" ".join(b.text.split()) for b in blocks if b.kind == "title"), None)
        pages.append(
            Page(
                number=rp.number,
                title=title,
                blocks=blocks,
                text=text[s:e],
                raw_text=raw.text[rs:re_],
                start=s,
                end=e,
                raw_start=rs,
                raw_end=re_,
                width=rp.width,
                height=rp.height,
            )
        )
    return pages


def page_of(pages: list[Page], offset: int) -> int:
    """1-based page number holding a repaired-text offset (the nearest page before it)."""
    number = pages[0].number if pages else 1
    for p in pages:
        if p.start <= offset:
            number = p.number
        else:
            break
    return number
