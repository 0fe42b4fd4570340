"""Edits and the trace that composes them into auditable, reversible records.

Every fixer returns `Edit`s against the text it was given. `Trace.apply` applies
one fixer's edits and keeps, for every changed span, where it came from in the
raw text. Edits that touch a span an earlier fixer changed are merged with it,
so the final records never overlap and always satisfy:

    undo(trace.text, trace.records) == trace.raw
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `after`. Offsets into the fixer's input."""

    start: int
    end: int
    after: str
    method: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Record:
    """A composed change: raw[raw_start:raw_end] became text[start:end]."""

    raw_start: int
    raw_end: int
    start: int
    end: int
    before: str
    after: str
    method: str
    confidence: float


class Trace:
    """The raw text, the current text, and the records linking them."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.records: list[Record] = []

    def apply(self, edits: Iterable[Edit]) -> None:
        """Apply one fixer's edits (non-overlapping, against the current text)."""
        todo = sorted((e for e in edits if self.text[e.start : e.end] != e.after), key=lambda e: (e.start, e.end))
        if not todo:
            return
        for a, b in itertools.pairwise(todo):
            if b.start < a.end or (b.start == a.end == b.end == a.start):
                raise ValueError(f"overlapping edits {a} and {b}")
        old = self.records
        if not old:
            self._apply_first(todo)
            return
        old_starts = [r.start for r in old]
        # cumulative (raw length - text length) of old records, for mapping positions to raw
        cum = [0]
        for r in old:
            cum.append(cum[-1] + (r.raw_end - r.raw_start) - (r.end - r.start))

        # 1. Group each edit with the old records it overlaps, and overlapping groups together.
        groups: list[list] = []  # [lo, hi, first_record, last_record(excl), edits]
        for e in todo:
            lo, hi = e.start, e.end
            i = bisect_right(old_starts, hi)  # records starting after hi cannot overlap
            k = i
            while k > 0 and old[k - 1].end >= e.start:
                k -= 1
            hit = [n for n in range(k, i) if _overlaps(old[n].start, old[n].end, e.start, e.end)]
            if hit:
                first, last = hit[0], hit[-1] + 1
                lo = min(lo, old[first].start)
                hi = max(hi, old[last - 1].end)
            else:
                first = last = bisect_right(old_starts, lo)
            if groups and (lo < groups[-1][1] or (first < last and first < groups[-1][3])):
                g = groups[-1]
                g[1] = max(g[1], hi)
                g[3] = max(g[3], last)
                g[4].append(e)
            else:
                groups.append([lo, hi, first, last, [e]])

        # 2. Rebuild text and records left to right.
        out: list[str] = []
        new_records: list[Record] = []
        pos = 0
        shift = 0
        next_old = 0
        for lo, hi, first, last, g_edits in groups:
            for r in old[next_old:first]:
                new_records.append(_shifted(r, shift))
            touched = old[first:last]
            next_old = max(next_old, last)
            out.append(self.text[pos:lo])
            piece: list[str] = []
            p = lo
            for e in g_edits:
                piece.append(self.text[p : e.start])
                piece.append(e.after)
                p = e.end
            piece.append(self.text[p:hi])
            after = "".join(piece)
            raw_lo = touched[0].raw_start if touched and touched[0].start == lo else lo + cum[first]
            raw_hi = touched[-1].raw_end if touched and touched[-1].end == hi else hi + cum[last]
            methods: list[str] = []
            for m in [*(r.method for r in touched), *(e.method for e in g_edits)]:
                for part in m.split("+"):
                    if part not in methods:
                        methods.append(part)
            conf = min([*(r.confidence for r in touched), *(e.confidence for e in g_edits)])
            before = self.raw[raw_lo:raw_hi]
            new_start = lo + shift
            if before != after:
                new_records.append(Record(raw_lo, raw_hi, new_start, new_start + len(after), before, after, "+".join(methods), conf))
            out.append(after)
            shift += len(after) - (hi - lo)
            pos = hi
        for r in old[next_old:]:
            new_records.append(_shifted(r, shift))
        out.append(self.text[pos:])
        self.text = "".join(out)
        self.records = new_records


    def _apply_first(self, todo: list[Edit]) -> None:
        """`apply` when no record exists yet (the text is still the raw text): each
        edit (sorted, non-overlapping, each a change) becomes its own record."""
        out: list[str] = []
        records: list[Record] = []
        pos = shift = 0
        text = self.text
        for e in todo:
            out.append(text[pos : e.start])
            method = e.method if "+" not in e.method else "+".join(dict.fromkeys(e.method.split("+")))
            start = e.start + shift
            records.append(Record(e.start, e.end, start, start + len(e.after), text[e.start : e.end], e.after, method, e.confidence))
            out.append(e.after)
            shift += len(e.after) - (e.end - e.start)
            pos = e.end
        out.append(text[pos:])
        self.text = "".join(out)
        self.records = records


def undo(text: str, records: Iterable[Record]) -> str:
    """Give back the raw text from the repaired text and its records."""
    out = []
    pos = 0
    for r in sorted(records, key=lambda r: r.start):
        out.append(text[pos : r.start])
        out.append(r.before)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Spans overlap, or an empty one sits inside or at the edge of the other."""
    if a0 == a1 or b0 == b1:
        return a0 <= b1 and b0 <= a1
    return a0 < b1 and b0 < a1


def _shifted(r: Record, shift: int) -> Record:
    if not shift:
        return r
    return Record(r.raw_start, r.raw_end, r.start + shift, r.end + shift, r.before, r.after, r.method, r.confidence)


class OffsetMap:
    """Maps raw offsets to repaired-text offsets in O(log n), given the records.

    A boundary that falls inside a record maps to the record's start (`start`)
    or end (`end`), so spans never cut a repair in half.
    """

    def __init__(self, records: list[Record]) -> None:
        self._records = sorted(records, key=lambda r: r.raw_start)
        self._raw_ends = [r.raw_end for r in self._records]
        self._deltas = [0]
        for r in self._records:
            self._deltas.append(self._deltas[-1] + (r.end - r.start) - (r.raw_end - r.raw_start))

    def _map(self, raw_pos: int, as_end: bool) -> int:
        i = bisect_right(self._raw_ends, raw_pos)  # records wholly before raw_pos
        if i < len(self._records):
            r = self._records[i]
            if r.raw_start < raw_pos or (as_end and r.raw_start == raw_pos == r.raw_end):
                return r.end if as_end else r.start
        return raw_pos + self._deltas[i]

    def start(self, raw_pos: int) -> int:
        return self._map(raw_pos, as_end=False)

    def end(self, raw_pos: int) -> int:
        return self._map(raw_pos, as_end=True)
