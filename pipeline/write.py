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
import time
from pathlib import Path

from .model import Document, IndexEntry

INDEX_NAME = "index.jsonl"
#: Entries of a run in progress, one flushed line per finished document; merged
#: into index.jsonl (and removed) by `IndexWriter`. A run killed with -9 leaves
#: it behind, and the next run reads it, so no finished document is redone.
JOURNAL_NAME = ".index.journal.jsonl"


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


#: Mode of written files: what `open()` would give (mkstemp's temporary files are 0600).
FILE_MODE = _file_mode()


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def output_name(source: str, sha256: str, taken: set[str]) -> str:
    """`<stem>.json`, or `<stem>-<sha8>.json` when another input already took the name."""
    stem = Path(source).stem or "document"
    name = f"{stem}.json"
    if name in taken:
        name = f"{stem}-{(sha256 or 'nohash')[:8]}.json"
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


def text_export_name(output: str) -> str:
    """The repaired-text file written beside `<stem>.json` by `--format txt`."""
    return output[: -len(".json")] + ".repaired.txt"


def write_text_export(doc: Document, out_dir: Path, output: str) -> Path:
    path = out_dir / text_export_name(output)
    atomic_write_text(path, doc.text)
    return path


def index_entry(doc: Document, output: str, settings: str = "") -> IndexEntry:
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
        warnings=sorted({w.code for w in doc.warnings}),
        needs_ocr=sorted({w.page for w in doc.warnings if w.code == "page.no_text" and w.page}),
        settings=settings,
    )


def _read_entries(path: Path) -> list[IndexEntry]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.strip():
            try:
                entries.append(IndexEntry.model_validate_json(line))
            except ValueError:
                continue  # a torn last line, or a line from an incompatible version: dropped on rewrite
    return entries


def read_index(out_dir: Path) -> list[IndexEntry]:
    """The entries of index.jsonl, updated by a journal an interrupted run left, one per source."""
    by_source: dict[str, IndexEntry] = {}
    for e in _read_entries(out_dir / INDEX_NAME) + _read_entries(out_dir / JOURNAL_NAME):
        by_source[e.source] = e
    return list(by_source.values())


def write_index(out_dir: Path, entries: list[IndexEntry]) -> Path:
    """Rewrite index.jsonl: these entries, plus earlier entries (and journal entries)
    for other sources whose output file is still there. Sorted by source path."""
    by_source = {e.source: e for e in read_index(out_dir) if (out_dir / e.output).exists()}
    for e in entries:
        by_source[e.source] = e
    lines = [json.dumps(e.model_dump(mode="json"), ensure_ascii=False) for e in sorted(by_source.values(), key=lambda e: e.source)]
    path = out_dir / INDEX_NAME
    atomic_write_text(path, "\n".join(lines) + ("\n" if lines else ""))
    return path


class IndexWriter:
    """Keeps index.jsonl consistent while a batch runs.

    `add` appends the entry to the journal as one flushed line (so a run killed
    at any moment loses no finished document); every `every` seconds and at
    `close` the index is rewritten atomically from itself and the journal, and
    the journal is removed. Readers of index.jsonl always see whole lines that
    name existing outputs.
    """

    def __init__(self, out_dir: Path, every: float = 30.0) -> None:
        self.out_dir = out_dir
        self.every = every
        self._pending: list[IndexEntry] = []
        self._last = time.monotonic()
        self._journal = (out_dir / JOURNAL_NAME).open("a", encoding="utf-8")

    def add(self, entry: IndexEntry) -> None:
        self._journal.write(json.dumps(entry.model_dump(mode="json"), ensure_ascii=False) + "\n")
        self._journal.flush()
        self._pending.append(entry)
        if time.monotonic() - self._last >= self.every:
            self.flush()

    def flush(self) -> None:
        write_index(self.out_dir, self._pending)
        self._journal.truncate(0)
        self._journal.seek(0)
        self._pending = []
        self._last = time.monotonic()

    def close(self) -> None:
        self.flush()
        self._journal.close()
        with contextlib.suppress(FileNotFoundError):
            (self.out_dir / JOURNAL_NAME).unlink()


LOCK_NAME = ".lock"


class OutputLock:
    """One run at a time per output folder (an advisory `flock` on OUTPUT/.lock,
    released by the OS even when the run is killed). On entry it also removes
    temporary files a killed run left behind."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._fd: int | None = None

    def acquire(self) -> OutputLock:
        """Take the lock (BlockingIOError if another run holds it) and clear stale temporary files."""
        import fcntl

        self._fd = os.open(self.out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise
        for stale in self.out_dir.glob(".*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
