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
#: A line recurring across slides is a header/footer/banner only if at least this long...
REPEATED_MIN_CHARS = 8
#: ...and (unless on half the slides) always among the first or last this many lines.
REPEATED_EDGE_LINES = 2
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


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def repeated_lines(pages: list[str]) -> frozenset[str]:
    """Lines (normalised: whitespace collapsed, case folded) that recur across
    slides as headers, footers or banners.

    A line of at least `REPEATED_MIN_CHARS` characters is repeated if it is on at
    least two slides and either on half of them or more, or on every slide among
    its first or last `REPEATED_EDGE_LINES` lines. A line that opens every slide
    it is on is a continued title ("Wnioski (cd.)"), not a banner, unless it is
    on half the slides or more.
    """
    seen: dict[str, list[tuple[int, bool, bool]]] = {}
    for n, page in enumerate(pages):
        lines = [x for x in (_norm(line) for line in page.splitlines()) if x]
        for i, line in enumerate(lines):
            edge = i < REPEATED_EDGE_LINES or i >= len(lines) - REPEATED_EDGE_LINES
            seen.setdefault(line, []).append((n, i == 0, edge))
    out = set()
    half = max(2, -(-len(pages) // 2))
    for line, occ in seen.items():
        slides = {n for n, _f, _e in occ}
        if len(line) < REPEATED_MIN_CHARS or len(slides) < 2:
            continue
        at_edge = all(any(e for m, _f, e in occ if m == n) for n in slides)  # at an edge on every slide
        always_first = all(any(f for m, f, _e in occ if m == n) for n in slides)
        if len(slides) >= half or (at_edge and not always_first):
            out.add(line)
    return frozenset(out)


def infer_blocks(text: str, start: int, end: int, repeated: frozenset[str] = frozenset()) -> list[Block]:
    """Blocks of a page of plain text: paragraphs, bullets, and a title.
    Lines in `repeated` (see `repeated_lines`) become blocks of their own, marked."""
    blocks: list[Block] = []
    title_found = False
    for m in _paragraphs(text, start, end, repeated):
        para = m.group()
        if _norm(para) in repeated or all(_norm(x) in repeated for x in para.splitlines() if x.strip()):
            b = _block(text, "body", m.start(), m.end())
            if b:
                blocks.append(b.model_copy(update={"repeated": True}))
            continue
        kind = "body"
        if _BULLET_RE.match(para):
            kind = "bullet"
            title_found = True  # a title comes before the bullets, not after them
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


class _Span:
    """A paragraph (or a line cut out of one): start, end and text, like a match."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


def _paragraphs(text: str, start: int, end: int, repeated: frozenset[str]) -> list[_Span]:
    """Paragraphs, with each repeated line split out as a paragraph of its own
    (a banner glued to the bullet above it stays out of that bullet)."""
    out: list[_Span] = []
    for m in _PARA_RE.finditer(text, start, end):
        a = m.start()
        pos = a
        for line in m.group().splitlines(keepends=True):
            if _norm(line) in repeated:
                if pos > a:
                    out.append(_Span(text, a, pos))
                out.append(_Span(text, pos, pos + len(line.rstrip("\n"))))
                a = pos + len(line)
            pos += len(line)
        if a < m.end() and text[a : m.end()].strip():
            out.append(_Span(text, a, m.end()))
    return out


def build_pages(raw: RawDocument, repaired: RepairResult) -> list[Page]:
    """Pages of the repaired document, with blocks and raw/repaired spans."""
    omap = OffsetMap(repaired.records)
    text = repaired.text
    spans = [(_trim(text, omap.start(rp.start), omap.end(rp.end)), rp) for rp in raw.pages]
    repeated = repeated_lines([text[s:e] for (s, e), _rp in spans])
    pages = []
    for (s, e), rp in spans:
        rs, re_ = _trim(raw.text, rp.start, rp.end)
        if rp.blocks is None:
            blocks = infer_blocks(text, s, e, repeated)
        else:
            blocks = [b for rb in rp.blocks if (b := _block(text, rb.kind, omap.start(rb.start), omap.end(rb.end), rb))]
            blocks = [b.model_copy(update={"repeated": True}) if _all_repeated(b.text, repeated) else b for b in blocks]
            if any(b.kind == "title" and b.repeated for b in blocks):
                blocks = _retitle(blocks)
        title = next((" ".join(b.text.split()) for b in blocks if b.kind == "title" and not b.repeated), None)
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


def _all_repeated(block_text: str, repeated: frozenset[str]) -> bool:
    lines = [x for x in block_text.splitlines() if x.strip()]
    return bool(lines) and all(_norm(x) in repeated for x in lines)


def _retitle(blocks: list[Block]) -> list[Block]:
    """A banner set in title type is no title: the first non-repeated body block
    above the bullets, if short, takes its place."""
    out = [b.model_copy(update={"kind": "body"}) if b.kind == "title" and b.repeated else b for b in blocks]
    for i, b in enumerate(out):
        if b.kind == "body" and not b.repeated and len(b.text.split()) <= TITLE_MAX_WORDS:
            out[i] = b.model_copy(update={"kind": "title"})
            break
        if b.kind == "bullet":
            break
    return out
