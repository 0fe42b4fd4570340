"""`pipeline report DIR`: a static HTML report of a processed corpus, for review.

    DIR/report/index.html        every document (status, pages, repairs, lowest
                                 confidence, entities, problems) and the review
                                 queue: the corpus's least confident repairs first
    DIR/report/<name>.html       one document: problems, repairs lowest confidence
                                 first, entities, and each page's text with every
                                 repair highlighted (hover: before -> after)

Plain HTML and CSS, no scripts and nothing fetched, so it opens from a file
system or an archive's web server alike. Documents are read one at a time, so a
report of thousands of documents needs the memory of one.
"""

from __future__ import annotations

import heapq
import html
import json
from dataclasses import dataclass
from pathlib import Path

from .model import Document
from .write import atomic_write_text, read_index

#: How many repairs the corpus-wide review queue lists.
REVIEW_QUEUE = 300
#: Characters of context shown either side of a repair or entity.
CONTEXT = 40
#: Confidence below which a repair is flagged for review (shown in red).
LOW_CONFIDENCE = 0.6

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#222;max-width:80rem}
h1,h2{font-weight:600}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
.ok{color:#1a7f37}.partial{color:#9a6700}.failed{color:#cf222e}
.page{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;margin:1rem 0;font-family:ui-monospace,monospace}
mark.repair{background:#dafbe1;border-bottom:2px solid #1a7f37}
mark.repair.low{background:#ffebe9;border-bottom:2px solid #cf222e}
mark.repair.mid{background:#fff8c5;border-bottom:2px solid #9a6700}
.ctx{font-family:ui-monospace,monospace;white-space:pre-wrap}
.before{color:#cf222e;text-decoration:line-through}.after{color:#1a7f37;font-weight:600}
.num{text-align:right}
.quality{color:#555;font-size:13px;margin:.2rem 0}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _page(title: str, body: str) -> str:
    return f'<!doctype html>\n<html lang="pl"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{_CSS}</style></head><body>\n{body}\n</body></html>\n'


def _level(confidence: float) -> str:
    return "low" if confidence < LOW_CONFIDENCE else ("mid" if confidence < 0.9 else "high")


def _visible(text: str) -> str:
    """Make invisible damage visible: line feeds and form feeds as symbols, and a
    font-code placeholder as its code, "⟦#12⟧" (the glyph table names its font)."""
    text = text.replace("\n", "⏎").replace("\f", "␌")
    if any(0xF0000 <= ord(ch) <= 0xFFFFD for ch in text):
        text = "".join(f"⟦#{ord(ch) - 0xF0000}⟧" if 0xF0000 <= ord(ch) <= 0xFFFFD else ch for ch in text)
    return text


def _context(text: str, start: int, end: int, inner: str) -> str:
    left = _visible(text[max(0, start - CONTEXT) : start])
    right = _visible(text[end : end + CONTEXT])
    return f'<span class="ctx">…{_e(left)}{inner}{_e(right)}…</span>'


@dataclass(frozen=True)
class Change:
    """Repairs that touch one word, shown as one change: the raw span, the
    repaired span, the lowest confidence and the methods of its records."""

    start: int
    end: int
    before: str
    after: str
    confidence: float
    methods: str
    page: int


def changes(doc: Document) -> list[Change]:
    """Group the document's repairs by word (records not separated by whitespace)."""
    out: list[Change] = []
    group: list = []

    def close() -> None:
        if group:
            a, b = group[0], group[-1]
            out.append(
                Change(
                    a.start, b.end, doc.raw_text[a.raw_start : b.raw_end], doc.text[a.start : b.end],
                    min(r.confidence for r in group), ", ".join(dict.fromkeys(r.method for r in group)), a.page,
                )
            )
            group.clear()

    for r in sorted(doc.repairs, key=lambda r: (r.start, r.raw_start)):
        if group:
            gap = doc.text[group[-1].end : r.start]
            raw_gap = doc.raw_text[group[-1].raw_end : r.raw_start]
            if gap != raw_gap or any(c.isspace() for c in gap) or r.page != group[-1].page:
                close()
        group.append(r)
    close()
    return out


def _change_cell(doc: Document, c: Change) -> str:
    before, after = _visible(c.before).replace(" ", "␣"), _visible(c.after).replace(" ", "␣")
    inner = f'<span class="before">{_e(before) or "∅"}</span><span class="after">{_e(after) or "∅"}</span>'
    return _context(doc.text, c.start, c.end, inner)


@dataclass(order=True)
class _Queued:
    key: float  # -confidence, so the heap keeps the least confident
    doc_page: str
    row: str


def _highlighted(doc: Document, start: int, end: int, found: list[Change]) -> str:
    """Text of doc.text[start:end] with every change in it marked."""
    out: list[str] = []
    pos = start
    text = doc.text
    for c in found:
        if c.end < start or c.start > end or c.start < pos:
            continue
        # mark the whole word the change is in, so a one-letter repair is easy to see
        a, b = c.start, c.end
        while a > max(pos, start) and text[a - 1].isalnum():
            a -= 1
        while b < end and text[b].isalnum():
            b += 1
        out.append(_e(text[pos:a]))
        before = text[a : c.start] + c.before + text[c.end : b]
        title = f"{_visible(before)!r} → {_visible(text[a:b])!r} · {c.methods} · confidence {c.confidence:.2f}"
        shown = text[a:b] if b > a else "∅"
        out.append(f'<mark class="repair {_level(c.confidence)}" title="{_e(title)}" data-confidence="{c.confidence:.2f}">{_e(shown)}</mark>')
        pos = b
    out.append(_e(doc.text[pos:end]))
    return "".join(out)


def document_page(doc: Document, back: str = "index.html") -> str:
    """The HTML page of one document."""
    name = Path(doc.source.path).name
    parts = [f'<p><a href="{_e(back)}">← all documents</a></p>', f"<h1>{_e(name)}</h1>"]
    parts.append(
        f'<p>Status: <strong class="{doc.status.value}">{doc.status.value}</strong> · {doc.source.pages} pages · '
        f"{len(doc.repairs)} repairs · {len(doc.entities)} entities · source <code>{_e(doc.source.path)}</code></p>"
    )
    problems = [("error", p) for p in doc.errors] + [("warning", p) for p in doc.warnings]
    if problems:
        rows = "".join(f"<tr><td>{kind}</td><td><code>{_e(p.code)}</code></td><td>{_e(p.page or '')}</td><td>{_e(p.message)}</td></tr>" for kind, p in problems[:500])
        parts.append(f'<h2>Problems</h2><table class="problems"><tr><th>Kind</th><th>Code</th><th>Page</th><th>Message</th></tr>{rows}</table>')
    found = changes(doc)
    if found:
        rows = "".join(
            f'<tr class="{_level(c.confidence)}"><td class="num">{c.confidence:.2f}</td><td>{c.page}</td><td>{_e(c.methods)}</td><td>{_change_cell(doc, c)}</td></tr>'
            for c in sorted(found, key=lambda c: (c.confidence, c.start))
        )
        parts.append(f'<h2>Repaired words, least confident first</h2><table class="repairs"><tr><th>Confidence</th><th>Page</th><th>Method</th><th>Change in context</th></tr>{rows}</table>')
    if doc.entities:
        rows = "".join(
            f"<tr><td>{_e(e.label)}</td><td>{_e(e.text)}</td><td>{_e(e.normalized or '')}</td><td>{_e(', '.join(f'{k}:{v}' for k, v in e.ids.items()))}</td><td>{e.page}</td><td>{_e(e.source)}</td></tr>"
            for e in doc.entities
        )
        parts.append(f'<h2>Entities</h2><table class="entities"><tr><th>Type</th><th>Text</th><th>Normal form</th><th>Ids</th><th>Page</th><th>Found by</th></tr>{rows}</table>')
    if doc.glyphs:
        rows = "".join(
            f"<tr><td>⟦#{ord(g.placeholder) - 0xF0000}⟧</td><td>{_e(g.font)}</td><td class=\"num\">{g.code}</td><td class=\"num\">{g.occurrences}</td><td>{_e(g.letter or '')}</td><td class=\"num\">{'' if g.agreement is None else f'{g.agreement:.0%}'}</td></tr>"
            for g in doc.glyphs
        )
        parts.append(f'<h2>Unmapped glyph codes</h2><table class="glyphs"><tr><th>Placeholder</th><th>Font</th><th>Code</th><th>Occurrences</th><th>Letter learnt</th><th>Agreement</th></tr>{rows}</table>')
    for p in doc.pages:
        title = f" — {_e(p.title)}" if p.title else ""
        parts.append(f'<h2 id="page-{p.number}">Page {p.number}{title}</h2>{_quality_line(p)}<div class="page">{_highlighted(doc, p.start, p.end, found)}</div>')
    return _page(f"{name} — pipeline report", "\n".join(parts))


def _quality_line(p) -> str:
    """One line under a page's heading: where its text came from, what damage and repairs."""
    q = p.quality
    if q is None:
        return ""
    bits = [f"source: {q.backend}"]
    if q.damage:
        bits.append("damage: " + ", ".join(f"{k} {n}" for k, n in sorted(q.damage.items())))
    if q.repairs:
        bits.append("repairs: " + ", ".join(f"{k} {n}" for k, n in sorted(q.repairs.items())))
    if q.needs_ocr:
        bits.append("needs OCR")
    if q.replaced_text:
        bits.append("text layer replaced by OCR")
    return f'<p class="quality">{_e(" · ".join(bits))}</p>'


def build_report(out_dir: Path, dest: Path | None = None) -> Path:
    """Write the report of the documents indexed in out_dir; return the index page's path."""
    dest = dest or out_dir / "report"
    entries = sorted(read_index(out_dir), key=lambda e: e.source)
    counts = {"ok": 0, "partial": 0, "failed": 0}
    rows: list[str] = []
    queue: list[_Queued] = []
    total_repairs = total_pages = ocr = 0
    for entry in entries:
        path = out_dir / entry.output
        try:
            doc = Document.model_validate_json(path.read_bytes())
        except (OSError, ValueError) as e:
            rows.append(f'<tr><td>{_e(entry.source)}</td><td class="failed">unreadable output</td><td colspan="5">{_e(f"{path}: {type(e).__name__}")}</td></tr>')
            continue
        counts[doc.status.value] += 1
        total_repairs += len(doc.repairs)
        total_pages += doc.source.pages
        ocr += len(entry.needs_ocr)
        page_name = entry.output[: -len(".json")] + ".html"
        atomic_write_text(dest / page_name, document_page(doc))
        lowest = min((r.confidence for r in doc.repairs), default=None)
        problems = "; ".join(f"{p.code}: {p.message}" for p in doc.errors) or ", ".join(sorted({w.code for w in doc.warnings}))
        rows.append(
            f'<tr><td><a href="{_e(page_name)}">{_e(Path(doc.source.path).name)}</a></td><td class="{doc.status.value}">{doc.status.value}</td>'
            f'<td class="num">{doc.source.pages}</td><td class="num">{len(doc.repairs)}</td><td class="num">{"" if lowest is None else f"{lowest:.2f}"}</td>'
            f'<td class="num">{len(doc.entities)}</td><td>{_e(problems)}</td></tr>'
        )
        for c in changes(doc):
            row = (
                f'<tr class="{_level(c.confidence)}"><td class="num">{c.confidence:.2f}</td><td><a href="{_e(page_name)}#page-{c.page}">{_e(Path(doc.source.path).name)} p.{c.page}</a></td>'
                f"<td>{_e(c.methods)}</td><td>{_change_cell(doc, c)}</td></tr>"
            )
            item = _Queued(-c.confidence, page_name, row)
            if len(queue) < REVIEW_QUEUE:
                heapq.heappush(queue, item)
            elif item > queue[0]:
                heapq.heapreplace(queue, item)
    review = sorted(queue, reverse=True)
    parts = [
        "<h1>Corpus report</h1>",
        f'<p class="summary">{len(entries)} documents: <span class="ok">{counts["ok"]} ok</span>, <span class="partial">{counts["partial"]} partial</span>, '
        f'<span class="failed">{counts["failed"]} failed</span> · {total_pages} pages · {total_repairs} repairs · {ocr} pages need OCR</p>',
        '<h2>Documents</h2><table class="documents"><tr><th>Document</th><th>Status</th><th>Pages</th><th>Repairs</th><th>Lowest confidence</th><th>Entities</th><th>Problems</th></tr>',
        *rows,
        "</table>",
        f'<h2>Review queue: the {len(review)} least confident repaired words</h2><table class="review"><tr><th>Confidence</th><th>Where</th><th>Method</th><th>Change in context</th></tr>',
        *(q.row for q in review),
        "</table>",
    ]
    index = dest / "index.html"
    atomic_write_text(index, _page("pipeline report", "\n".join(parts)))
    atomic_write_text(dest / "summary.json", json.dumps({"documents": len(entries), **counts, "pages": total_pages, "repairs": total_repairs, "needs_ocr": ocr}) + "\n")
    return index
