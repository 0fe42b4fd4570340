"""The tag stage: entities in the repaired text, as a spaCy pipeline.

`build_nlp()` gives `spacy.blank("pl")` with three components:

* ``entity_ruler`` — phrase patterns from the gazetteers in
  `pipeline/tag/gazetteers/*.json` (built by `build_gazetteers` from pycountry,
  babel and curated lists, every Polish name expanded into its case forms by
  morfeusz2), matched as written and in capitals; each match carries its
  gazetteer entry, which gives the normal form and ids;
* ``morfeusz_lemmatizer`` — `token.lemma_` from morfeusz2 (SGJP), its first
  lemma of the form, so a user's `Doc` carries Polish lemmas;
* ``pl_rules`` — what lists cannot hold (`rules.py`): clusters ("Klaster X",
  "X Valley", "Dolina X", a name in parentheses with a count of firms),
  organisations ("Politechnika X", "X GmbH"), programmes not listed ("Program
  Operacyjny X") and programme periods ("... 2014-2020"), projects (acronyms),
  persons, dates and quantities; then the overlap resolution: the longest span
  wins, a gazetteer entry on a tie; a country or region form that is really an
  adjective ("Polski rynek") is dropped.

`tag_text()` returns `Entity` models with offsets into the text it was given;
`to_docbin()` exports tagged documents to spaCy's DocBin.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Entity
from .rules import (
    RULE_CONFIDENCE,
    Candidate,
    acronym_in_mixed_case,
    after_foreign_article,
    english_adjective_before_noun,
    find_candidates,
    glued_acronym,
    glued_by_dot,
    listed_with_place,
    normalize_rule,
    place_cue_before,
    repeat_mentions,
    resolve,
    short_names_after,
)

TAGGER_VERSION = "0.4.15"

#: Confidence of a gazetteer hit.
GAZETTEER_CONFIDENCE = 0.95


@dataclass(frozen=True)
class GazetteerEntry:
    key: str
    label: str
    name: str
    ids: dict[str, str]
    source: str
    attributes: dict[str, Any] = field(default_factory=dict)
    #: a place named like a common word ("Galway", "Derby"): a place only after a place's preposition
    cued: bool = False


def _written(form: str) -> tuple[str, ...]:
    """A form as listed, in capitals, and — when it starts with a lowercase head
    ("kraj morawsko-śląski", "obwód wołyński") — capitalised, as at a sentence or
    bullet start."""
    out = (form, form.upper())
    if form[:1].islower():
        out += (form[0].upper() + form[1:],)
    return out


@cache
def load_gazetteers() -> tuple[dict[str, GazetteerEntry], list[dict[str, Any]]]:
    """Entries by key, and EntityRuler patterns for every form (see `_written`)."""
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
            entries[key] = GazetteerEntry(key, e["label"], e["name"], dict(e.get("ids", {})), f"gazetteer.{gaz}", dict(e.get("attributes", {})), bool(e.get("cued")))
            for form in dict.fromkeys(v for f in e["forms"] for v in _written(f)):
                patterns.append({"label": e["label"], "pattern": form, "id": key})
    return entries, patterns


def spelling_key(name: str) -> str:
    """A name without case, spaces, hyphens and dots: "LifeScience" ~ "Life Science"."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


@cache
def spelling_index() -> dict[tuple[str, str], str]:
    """(label, spelling key) -> entry key, for every listed form of a cluster,
    programme or organisation whose key is its entry's alone."""
    _entries, patterns = load_gazetteers()
    seen: dict[tuple[str, str], set[str]] = {}
    for p in patterns:
        if p["label"] in ("CLUSTER", "PROGRAMME", "ORGANISATION"):
            seen.setdefault((p["label"], spelling_key(p["pattern"])), set()).add(p["id"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(k[1]) >= 6}


@Language.component("morfeusz_lemmatizer")
def morfeusz_lemmatizer(doc: Doc) -> Doc:
    """Set `token.lemma_` to morfeusz2's most frequent lemma of the form."""
    from .rules import lemma_of

    for token in doc:
        if token.is_alpha:
            token.lemma_ = lemma_of(token.text)
    return doc


@Language.component("pl_rules")
def pl_rules(doc: Doc) -> Doc:
    """Rule candidates, merged with the gazetteer's entities (see module doc)."""
    entries, _ = load_gazetteers()
    gazetteer = [Candidate(e.start_char, e.end_char, e.label_, "gazetteer", e.ent_id_) for e in doc.ents]
    cued = [c.key in entries and entries[c.key].cued for c in gazetteer]
    plain = [c for c, q in zip(gazetteer, cued, strict=True) if not q]
    # a place named like a common word counts after a place's preposition, or listed beside a plain place ("w Austin, Houston i Columbus");
    # once one mention is so read, every mention of it in the document is that place ("Leeds and West Yorkshire: … Leeds has long been")
    placed = {c.key for c, q in zip(gazetteer, cued, strict=True) if q and (place_cue_before(doc.text, c.start, c.label == "COUNTRY") or listed_with_place(doc.text, c.start, c.end, plain))}
    gazetteer = [c for c, q in zip(gazetteer, cued, strict=True) if not q or c.key in placed]
    # "z udziałem INTA": a short word in capitals in a lowercase line is an acronym, not a place written in lower case (Inta)
    gazetteer = [c for c in gazetteer if not (c.label in ("CITY", "REGION") and c.key in entries and acronym_in_mixed_case(doc.text, c.start, c.end, entries[c.key].name))]
    # "w La Hague": a place after a foreign article is a longer name's part ("Hague" = Haga)
    gazetteer = [c for c in gazetteer if not (c.label in ("CITY", "REGION", "COUNTRY") and after_foreign_article(doc.text, c.start))]
    # a name glued to a word by a dot is part of a name or an address ("NRW.Europa", "Europa.eu"), no place
    gazetteer = [c for c in gazetteer if not glued_by_dot(doc.text, c.start, c.end)]
    # a body's acronym hyphenated into a longer one is a part of that name ("EU-GAMES4i", a project)
    gazetteer = [c for c in gazetteer if not (c.label == "ORGANISATION" and glued_acronym(doc.text, c.start, c.end))]
    # "Czech clusters": an English adjective, not Poland's genitive of Czechy ("z Czech")
    gazetteer = [c for c in gazetteer if not (c.label in ("COUNTRY", "REGION") and english_adjective_before_noun(doc.text, c.start, c.end))]
    chosen = resolve(doc.text, gazetteer + find_candidates(doc.text, gazetteer, entries))
    chosen = short_names_after(doc.text, chosen)
    repeats = repeat_mentions(doc.text, chosen)
    # a repeated name drops the place it holds ("z Cantabria Marítima": not the region Cantabria)
    chosen = [c for c in chosen if not any(r.start <= c.start and c.end <= r.end for r in repeats)]
    chosen = sorted(chosen + repeats, key=lambda c: c.start)
    spans = []
    for c in chosen:
        sp = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
        if sp is None:
            continue
        if c.key:
            sp.id_ = c.key
        spans.append(sp)
    doc.ents = []
    doc.ents = _non_overlapping(spans)
    doc.user_data["pipeline_candidates"] = {(c.start, c.end, c.label): c for c in chosen}
    return doc


def _non_overlapping(spans: list) -> list:
    out = []
    last = -1
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        if sp.start >= last:
            out.append(sp)
            last = sp.end
    return out


_nlp_lock = threading.Lock()


@cache
def build_nlp() -> Language:
    """The tagging pipeline (cached per process)."""
    import spacy

    nlp = spacy.blank("pl")
    # an English possessive is its own token, so the name before it matches ("Europe's", "Poland’s")
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Za-z])['’]s$"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(load_gazetteers()[1])  # type: ignore[attr-defined]  # (patterns pass through the pipes before it: none)
    nlp.add_pipe("morfeusz_lemmatizer")
    nlp.add_pipe("pl_rules")
    return nlp


def collapse_whitespace(text: str) -> tuple[str, list[int]]:
    """Text with every whitespace run made one space (slide lines wrap inside names),
    except runs holding a page break or a blank line, which become one "\n\n"
    token (no name runs from one slide or paragraph into the next); and for each
    character of it, its offset in `text`."""
    import re

    out: list[str] = []
    back: list[int] = []
    pos = 0
    for m in re.finditer(r"\s+", text):
        out.append(text[pos : m.start()])
        back.extend(range(pos, m.start()))
        run = m.group()
        if "\f" in run or re.search(r"\n[^\S\n]*\n", run):
            out.append("\n\n")
            back.extend((m.start(), m.start()))
        else:
            out.append(" ")
            back.append(m.start())
        pos = m.end()
    out.append(text[pos:])
    back.extend(range(pos, len(text)))
    back.append(len(text))
    return "".join(out), back


def tag_text(text: str, page_of: Any = lambda _off: 1) -> list[Entity]:
    """Entities in `text`; `page_of(offset)` gives the page number of an offset."""
    from .rules import LINE_BREAKS

    entries, _ = load_gazetteers()
    nlp = build_nlp()
    norm, back = collapse_whitespace(text)
    breaks = frozenset(i for i, ch in enumerate(norm) if ch == " " and "\n" in text[back[i] : back[i + 1]])
    with _nlp_lock:
        token = LINE_BREAKS.set(breaks)
        try:
            doc = nlp(norm)
        finally:
            LINE_BREAKS.reset(token)
    candidates = doc.user_data.get("pipeline_candidates", {})
    out: list[Entity] = []
    for ent in doc.ents:
        start, end = back[ent.start_char], back[ent.end_char - 1] + 1
        cand = candidates.get((ent.start_char, ent.end_char, ent.label_))
        key = cand.key if cand is not None else ent.ent_id_  # (token ent_ids can outlive a replaced span)
        entry = entries.get(key) if key else None
        if entry is None and cand is not None and cand.source != "gazetteer":
            # a rule found a listed name in another spelling ("Klaster LifeScience Kraków")
            entry = entries.get(spelling_index().get((ent.label_, spelling_key(ent.text)), ""))
        attrs: dict[str, Any] = dict(cand.attributes) if cand else {}
        if "part_of_entry" in attrs:  # "Polsce Południowo-Wschodniej": a part of the country or region named
            whole = entries.get(attrs.pop("part_of_entry") or "")
            if whole is not None:
                attrs["part_of"] = whole.name
                if "iso3166" in whole.ids:
                    attrs["part_of_iso3166"] = whole.ids["iso3166"]
        if "country_entry" in attrs:  # a cluster found in context: the country named before it
            country = entries.get(attrs.pop("country_entry"))
            if country is not None and "iso3166" in country.ids:
                attrs["country"] = country.ids["iso3166"]
        if entry is not None:
            normalized, ids = entry.name, dict(entry.ids)
            attrs = {**entry.attributes, **attrs}
            confidence, source = GAZETTEER_CONFIDENCE, entry.source
            if cand and cand.source != "gazetteer":  # a gazetteer name inside a longer rule span (period added)
                source = f"{entry.source}+{cand.source}"
        else:
            normalized, extra = normalize_rule(ent.label_, ent.text)
            attrs = {**extra, **attrs}
            normalized = attrs.pop("normal", normalized)
            ids = {}
            source = f"rule.{cand.source}" if cand else f"rule.{ent.label_.lower()}"
            confidence = cand.confidence if cand and cand.confidence else RULE_CONFIDENCE.get(ent.label_, 0.5)
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


def to_docbin(documents: Iterable[Any]):
    """A spaCy DocBin of tagged documents (pipeline `Document`s): one `Doc` per
    document, its repaired text tokenised by spaCy's Polish tokenizer, with the
    entities as `doc.ents` (entity ids as `ent_id_`) and the document's source
    path in `doc.user_data["source"]`."""
    from spacy.tokens import DocBin

    nlp = build_nlp()
    out = DocBin(store_user_data=True)
    for d in documents:
        doc = nlp.make_doc(d.text)
        spans = []
        for e in d.entities:
            sp = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
            if sp is not None:
                sp.id_ = e.id
                spans.append(sp)
        doc.ents = _non_overlapping(spans)
        doc.user_data["source"] = d.source.path
        out.add(doc)
    return out
