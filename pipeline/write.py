"""The write stage: document JSON and the corpus index, written atomically.

Every file is written to a temporary file in the same folder, flushed, and
renamed over the target, so a reader (or a run killed half-way) never sees a
half-written file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from .model import Document, IndexEntry

INDEX_NAME = "index.jsonl"


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def output_name(doc: Document, taken: set[str]) -> str:
    """`<stem>.json`, or `<stem>-<sha8>.json` when another input already took the name."""
    stem = Path(doc.source.path).stem or "document"
    name = f"{stem}.json"
    if name in taken:
        name = f"{stem}-{(doc.source.sha256 or 'nohash')[:8]}.json"
    n = 2
    base = name[:-5]
    while name in taken:
        name = f"{base}-{n}.json"
        n += 1
    return name


def write_document(doc: Document, out_dir: Path, name: str) -> Path:
    path = out_dir / name
    atomic_write_text(path, doc.model_dump_json(indent=2) + "\n")
    return path


def index_entry(doc: Document, output: str) -> IndexEntry:
    return IndexEntry(
        source=doc.source.path,
        sha256=doc.source.sha256,
        status=doc.status,
        pages=doc.source.pages,
        repairs=len(doc.repairs),
        entities=len(doc.entities),
        output=output,
        pipeline_version=doc.pipeline_version,
        errors=[e.code for e in doc.errors],
    )


def read_index(out_dir: Path) -> list[IndexEntry]:
    path = out_dir / INDEX_NAME
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                entries.append(IndexEntry.model_validate_json(line))
            except ValueError:
                continue  # a line from an older, incompatible version: dropped on rewrite
    return entries


def write_index(out_dir: Path, entries: list[IndexEntry]) -> Path:
    """Rewrite index.jsonl: this run's entries, plus earlier entries for other sources
    whose output file is still there. Sorted by source path."""
    by_source = {e.source: e for e in read_index(out_dir) if (out_dir / e.output).exists()}
    for e in entries:
        by_source[e.source] = e
    lines = [json.dumps(e.model_dump(mode="json"), ensure_ascii=False) for e in sorted(by_source.values(), key=lambda e: e.source)]
    path = out_dir / INDEX_NAME
    atomic_write_text(path, "\n".join(lines) + ("\n" if lines else ""))
    return path
