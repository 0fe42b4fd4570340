"""The document model: the typed contract every stage reads and writes.

The JSON written by `pipeline ingest` is `Document.model_dump_json()`, and the
published JSON Schema (`pipeline schema`) is generated from these same classes,
so the two cannot drift apart. Bump `SCHEMA_VERSION` on every change to what is
written (major: a field removed or changed in meaning; minor: a field added;
patch: documentation only).

Offsets: `start`/`end` are character offsets (Python `str` indices, i.e. Unicode
code points) into `Document.text`; `raw_start`/`raw_end` into `Document.raw_text`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_NAME = "pipeline.document"
SCHEMA_VERSION = "1.1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Status(StrEnum):
    """Outcome for one document.

    ok: every stage ran and nothing needs attention. partial: output was written
    but some pages or stages need review (see `warnings`). failed: no usable text
    (see `errors`); the JSON is still written so the failure is on record.
    """

    ok = "ok"
    partial = "partial"
    failed = "failed"


class Problem(_Model):
    """An error or warning with a stable machine-readable code and a human reason."""

    code: str = Field(description="Stable code, e.g. 'pdf.encrypted', 'page.no_text'.")
    message: str = Field(description="What happened and what to do about it.")
    stage: str = Field(description="Stage that reported it: extract, repair, tag, write.")
    page: int | None = Field(default=None, description="1-based page number, if page-specific.")


class Source(_Model):
    path: str = Field(description="Path of the input file as given on the command line.")
    sha256: str = Field(description="SHA-256 of the input file's bytes.")
    format: Literal["pdf", "txt"]
    bytes: int
    pages: int = Field(description="Number of pages (slides) found.")


class BBox(_Model):
    """A box in PDF points, origin at the page's top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float


class Block(_Model):
    """A run of text on a slide: the title, one bullet item, or a body paragraph."""

    kind: Literal["title", "bullet", "body"]
    text: str = Field(description="Repaired text of the block, bullet glyph removed.")
    start: int = Field(description="Offset of the block's first character in Document.text.")
    end: int
    bbox: BBox | None = Field(default=None, description="Position on the page; null for .txt input.")
    font: str | None = None
    size: float | None = None
    repeated: bool = Field(default=False, description="A header, footer or banner repeated across slides (see structure.repeated_lines); never a page's title.")


class Page(_Model):
    number: int = Field(description="1-based page (slide) number.")
    title: str | None = Field(description="Text of the slide's title block, if one was found.")
    blocks: list[Block]
    text: str = Field(description="Repaired text of the page: Document.text[start:end].")
    raw_text: str = Field(description="Text as extracted, before repair: Document.raw_text[raw_start:raw_end].")
    start: int
    end: int
    raw_start: int
    raw_end: int
    width: float | None = None
    height: float | None = None
    quality: PageQuality | None = Field(default=None, description="What extraction and repair found and did on this page.")


class PageQuality(_Model):
    """Per-page quality record: where the text came from, what damage it had, what was repaired."""

    backend: str = Field(description="Where the page's text came from: pdfium, pdfplumber, ocr (Tesseract), text (a .txt file).")
    damage: dict[str, int] = Field(default_factory=dict, description="Damage found in the raw text, by kind: lost_glyph (U+FFFD), cid, private_use, placeholder (an unmapped glyph code of a font, see Document.glyphs), control, tex_accent, codepage_suspect, mojibake_suspect.")
    repairs: dict[str, int] = Field(default_factory=dict, description="Repairs made on this page, by method.")
    needs_ocr: bool = Field(default=False, description="The page had no usable text and OCR did not supply it.")
    ocr: bool = Field(default=False, description="The page's text comes from OCR.")
    replaced_text: str | None = Field(default=None, description="The page's text layer as extracted, when OCR replaced it because too much of it was lost; kept so nothing is lost.")


class GlyphCode(_Model):
    """An unmapped glyph of a PDF font: extraction writes one placeholder character
    (Supplementary Private Use Area-A, U+F0000 up) per (font, code) pair into
    raw_text; the repair stage learns the letter it stands for from all its occurrences."""

    placeholder: str = Field(description="The placeholder character in raw_text.")
    font: str = Field(description="Font name as PDFium reports it.")
    code: int = Field(description="The glyph's code in that font.")
    occurrences: int
    letter: str | None = Field(default=None, description="What the repairs put in its place most often (a letter, •, or –).")
    agreement: float | None = Field(default=None, description="Share of its occurrences repaired to that letter.")


class Repair(_Model):
    """One change made by the repair stage. Applying `before` back over
    Document.text[start:end] for every record gives Document.raw_text exactly."""

    id: str = Field(description="Deterministic id: 'r' + raw offset, stable across re-runs.")
    page: int
    start: int = Field(description="Offset in Document.text of the replacement.")
    end: int
    raw_start: int = Field(description="Offset in Document.raw_text of the replaced text.")
    raw_end: int
    before: str
    after: str
    method: str = Field(description="Which fixer made the change, e.g. 'glyph.lexicon', 'codepage.cp1250', 'ftfy'.")
    confidence: float = Field(ge=0.0, le=1.0)


class Entity(_Model):
    id: str = Field(description="Deterministic id: 'e' + start offset + label.")
    label: Literal[
        "CLUSTER",
        "COUNTRY",
        "REGION",
        "CITY",
        "PROGRAMME",
        "PROJECT",
        "ORGANISATION",
        "PERSON",
        "DATE",
        "QUANTITY",
    ]
    text: str = Field(description="Surface form as it appears in Document.text[start:end].")
    start: int
    end: int
    page: int
    normalized: str = Field(description="Normal form: nominative lemma, canonical name or ISO value.")
    ids: dict[str, str] = Field(default_factory=dict, description="External ids: iso3166, wikidata, ...")
    attributes: dict[str, Any] = Field(default_factory=dict, description="Type-specific values, e.g. QUANTITY value/unit/approximate.")
    confidence: float = Field(ge=0.0, le=1.0)
    source: str = Field(description="Rule or gazetteer that found it.")


class StageRecord(_Model):
    """What one stage did to this document."""

    name: str
    version: str
    seconds: float
    summary: dict[str, Any] = Field(default_factory=dict)


class Document(_Model):
    schema_name: Literal["pipeline.document"] = SCHEMA_NAME
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    source: Source
    status: Status
    errors: list[Problem] = Field(default_factory=list)
    warnings: list[Problem] = Field(default_factory=list)
    stages: list[StageRecord] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    text: str = Field(default="", description="Whole repaired text; pages are separated by a form feed (U+000C).")
    raw_text: str = Field(default="", description="Whole text as extracted, before any repair.")
    repairs: list[Repair] = Field(default_factory=list)
    glyphs: list[GlyphCode] = Field(default_factory=list, description="Unmapped glyph codes found in PDF fonts, with the letters learnt for them.")
    entities: list[Entity] = Field(default_factory=list)


class IndexEntry(_Model):
    """One line of index.jsonl."""

    source: str
    sha256: str
    status: Status
    pages: int
    repairs: int
    entities: int
    output: str
    schema_version: str = SCHEMA_VERSION
    pipeline_version: str
    errors: list[str] = Field(default_factory=list, description="Error codes, if any.")
    warnings: list[str] = Field(default_factory=list, description="Warning codes, if any.")
    needs_ocr: list[int] = Field(default_factory=list, description="Pages with no usable text.")
    settings: str = Field("", description="The options that shaped the output; a run with other options redoes the document.")


Page.model_rebuild()


def document_json_schema() -> dict[str, Any]:
    """The JSON Schema of the document JSON (draft 2020-12)."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://pipeline.invalid/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = f"{SCHEMA_NAME} {SCHEMA_VERSION}"
    return schema
