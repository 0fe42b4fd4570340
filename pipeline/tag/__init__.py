"""The tag stage: entities in the repaired text, as a spaCy pipeline.

`build_nlp()` gives `spacy.blank("pl")` with two components:

* ``entity_ruler`` — phrase patterns from the gazetteers in
  `pipeline/tag/gazetteers/*.json` (every listed surface form, matched
  case-insensitively); each match carries the gazetteer entry's id, from which
  the normal form and external ids are read;
* ``pl_rules`` — regular-expression rules for what lists cannot hold: dates
  (years, "2003 roku", year ranges), quantities ("ok. 60 firm": value, unit
  lemma from morfeusz2, approximate flag) and project acronyms ("OMNI-NET").

Gazetteer hits win over rule hits where they overlap. `tag_text()` returns
`Entity` models with offsets into the text it was given.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..model import Entity

TAGGER_VERSION = "0.1.0"

#: Confidence of a gazetteer hit, and of each rule.
GAZETTEER_CONFIDENCE = 0.95
RULE_CONFIDENCE = {"DATE": 0.9, "QUANTITY": 0.85, "PROJECT": 0.6}

_APPROX = r"(?:ok\.*\s*|około\s+|ponad\s+|prawie\s+|blisko\s+|niemal\s+|ca\.?\s*|~\s*)"
QUANTITY_RE = re.compile(
    rf"(?<![\w.])(?P<approx>{_APPROX})?(?P<value>\d+(?:[ \u00a0]\d{{3}})*(?:[.,]\d+)?)\s*(?P<mult>tys\.|mln|mld)?\s+(?P<unit>[^\W\d_]{{3,}})",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"(?<![\w.])(?P<y1>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<y2>(?:19|20)\d{2}))?(?:\s+(?:roku|rok|r\.))?(?![\w])")
PROJECT_RE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]{2,})+(?![\w-])")
#: Nouns after a number that are not units of a quantity (dates are tagged as dates).
NOT_UNITS = frozenset({"roku", "rok", "r", "latach", "lat", "lata", "priority", "r."})


@dataclass(frozen=True)
class GazetteerEntry:
    key: str
    label: str
    name: str
    ids: dict[str, str]
    source: str


@cache
def load_gazetteers() -> tuple[dict[str, GazetteerEntry], list[dict[str, Any]]]:
    """Entries by key, and EntityRuler patterns for every form."""
    entries: dict[str, GazetteerEntry] = {}
    patterns: list[dict[str, Any]] = []
    folder = resources.files("pipeline.tag") / "gazetteers"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        data = json.loads(item.read_text(encoding="utf-8"))
        gaz = item.name.removesuffix(".json")
        for n, e in enumerate(data["entries"]):
            key = f"{gaz}:{n}"
            entries[key] = GazetteerEntry(key, e["label"], e["name"], dict(e.get("ids", {})), f"gazetteer.{gaz}")
            for form in dict.fromkeys([e["name"], *e.get("forms", [])]):
                patterns.append({"label": e["label"], "pattern": form, "id": key})
    return entries, patterns


@Language.component("pl_rules", retokenizes=False)
def pl_rules(doc: Doc) -> Doc:
    """Dates, quantities and project acronyms by rule; gazetteer entities keep priority."""
    spans: list[Span] = []
    for m in YEAR_RE.finditer(doc.text):
        sp = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    for m in QUANTITY_RE.finditer(doc.text):
        if m.group("unit").lower() in NOT_UNITS:
            continue
        sp = doc.char_span(m.start(), m.end(), label="QUANTITY", alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    for m in PROJECT_RE.finditer(doc.text):
        sp = doc.char_span(m.start(), m.end(), label="PROJECT", alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    existing = list(doc.ents)
    taken = {i for e in existing for i in range(e.start, e.end)}
    extra = [s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))]
    doc.ents = sorted([*existing, *extra], key=lambda s: s.start)
    return doc


_nlp_lock = threading.Lock()


@cache
def build_nlp() -> Language:
    """The tagging pipeline (cached per process)."""
    import spacy

    nlp = spacy.blank("pl")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(load_gazetteers()[1])  # type: ignore[attr-defined]
    nlp.add_pipe("pl_rules")
    return nlp


def _normalize_rule(label: str, text: str) -> tuple[str, dict[str, Any]]:
    from ..repair.lexicon import default_lexicon

    if label == "DATE":
        m = YEAR_RE.search(text)
        if m:
            value = m.group("y1") + (f"/{m.group('y2')}" if m.group("y2") else "")
            return value, {"year": int(m.group("y1"))} | ({"year_end": int(m.group("y2"))} if m.group("y2") else {})
        return text, {}
    if label == "QUANTITY":
        m = QUANTITY_RE.search(text)
        if m:
            raw_value = m.group("value").replace(" ", "").replace("\u00a0", "").replace(",", ".")
            value: float | int = float(raw_value) if "." in raw_value else int(raw_value)
            mult = {"tys.": 1_000, "mln": 1_000_000, "mld": 1_000_000_000}.get((m.group("mult") or "").lower(), 1)
            value = value * mult
            unit_word = m.group("unit")
            lemmas = [lem for lem, tag in default_lexicon().lemmas(unit_word) if tag.startswith(("subst", "depr"))]
            unit = lemmas[0].lower() if lemmas else unit_word.lower()
            attrs = {"value": value, "unit": unit, "approximate": bool(m.group("approx"))}
            return f"{value} {unit}", attrs
    return text, {}


_WS_RE = re.compile(r"\s+")


def collapse_whitespace(text: str) -> tuple[str, list[int]]:
    """Text with every whitespace run made one space (slide lines wrap inside names),
    and for each character of it, its offset in `text`."""
    out: list[str] = []
    back: list[int] = []
    pos = 0
    for m in _WS_RE.finditer(text):
        out.append(text[pos : m.start()])
        back.extend(range(pos, m.start()))
        out.append(" ")
        back.append(m.start())
        pos = m.end()
    out.append(text[pos:])
    back.extend(range(pos, len(text)))
    back.append(len(text))
    return "".join(out), back


def tag_text(text: str, page_of: Any = lambda _off: 1) -> list[Entity]:
    """Entities in `text`; `page_of(offset)` gives the page number of an offset."""
    entries, _ = load_gazetteers()
    nlp = build_nlp()
    norm, back = collapse_whitespace(text)
    with _nlp_lock:
        doc = nlp(norm)
    out: list[Entity] = []
    for ent in doc.ents:
        start, end = back[ent.start_char], back[ent.end_char - 1] + 1
        entry = entries.get(ent.ent_id_) if ent.ent_id_ else None
        if entry is not None:
            normalized, attrs, ids = entry.name, {}, dict(entry.ids)
            confidence, source = GAZETTEER_CONFIDENCE, entry.source
        else:
            normalized, attrs = _normalize_rule(ent.label_, ent.text)
            ids, confidence, source = {}, RULE_CONFIDENCE.get(ent.label_, 0.5), f"rule.{ent.label_.lower()}"
        out.append(
            Entity(
                id=f"e{start}-{ent.label_.lower()}",
                label=ent.label_,  # type: ignore[arg-type]
                text=text[start:end],
                start=start,
                end=end,
                page=page_of(start),
                normalized=normalized,
                ids=ids,
                attributes=attrs,
                confidence=confidence,
                source=source,
            )
        )
    return out
