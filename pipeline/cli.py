"""Command-line interface: `pipeline ingest | repair | schema | lexicon`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn presentation PDFs and extracted slide text into repaired, entity-tagged JSON.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

#: Exit codes of `pipeline ingest`.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _fail_usage(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def collect_inputs(paths: list[Path], exclude: Path | None = None) -> list[Path]:
    """Files named, and `.pdf`/`.txt` files under folders named (recursively), sorted,
    unique; hidden files and anything under `exclude` (the output folder) left out."""
    from .extract import SUPPORTED_SUFFIXES

    skip = exclude.resolve() if exclude is not None else None
    found: dict[Path, None] = {}
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or f.suffix.lower() not in SUPPORTED_SUFFIXES or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if skip is not None and f.resolve().is_relative_to(skip):
                    continue
                found[f] = None
        elif p.is_file():
            found[p] = None
        else:
            _fail_usage(f"'{p}' does not exist. Give files or folders holding .pdf or .txt files.")
    return list(found)


class _Reporter:
    """Progress on stderr: a live bar with ETA on a terminal, one line per document otherwise."""

    def __init__(self, total: int, quiet: bool) -> None:
        import time

        self.total, self.quiet, self.done = total, quiet, 0
        self.t0 = time.monotonic()
        self._progress = None
        if not quiet and total and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self._task = self._progress.add_task("processing", total=total)
            self._progress.start()

    def document(self, entry, task_output: str, out_dir: Path) -> None:
        import time

        self.done += 1
        if self.quiet:
            return
        reason = "; ".join(entry.errors) or "; ".join(entry.warnings)
        elapsed = time.monotonic() - self.t0
        eta = elapsed / self.done * (self.total - self.done)
        line = (
            f"[{self.done}/{self.total}] {entry.status.value:7} {entry.source} -> {out_dir / task_output}"
            f"  pages={entry.pages} repairs={entry.repairs} entities={entry.entities}" + (f"  ({reason})" if reason else "")
        )
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
            self._progress.update(self._task, advance=1)
        else:
            typer.echo(f"{line}  eta {eta:.0f}s", err=True)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively for .pdf and .txt).", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the JSON files and index.jsonl.")] = Path("outputs"),
    workers: Annotated[int, typer.Option("-w", "--workers", help="Worker processes (default: all cores). 0 runs in this process, without --timeout.", show_default=False)] = -1,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one document may take before it is stopped and marked failed (0: no limit).")] = 300.0,
    max_memory: Annotated[int, typer.Option("--max-memory", help="Address-space cap of each worker, MiB (0: no cap).")] = 2048,
    force: Annotated[bool, typer.Option("--force", help="Redo documents even when their output is up to date.")] = False,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Redo documents that failed before, even if unchanged.")] = False,
    formats: Annotated[list[str], typer.Option("--format", help="Extra outputs beside the JSON: txt (the repaired text, <name>.repaired.txt). Repeatable.")] = [],  # noqa: B006
    backend: Annotated[str, typer.Option("--backend", help="PDF backend: pdfium (fast) or pdfplumber.")] = "pdfium",
    dask_scheduler: Annotated[str | None, typer.Option("--dask-scheduler", help="Run on a Dask distributed cluster at this address (tcp://host:port) instead of local workers.")] = None,
    no_tag: Annotated[bool, typer.Option("--no-tag", help="Skip entity tagging.")] = False,
    no_ocr: Annotated[bool, typer.Option("--no-ocr", help="Do not OCR image-only pages (they are flagged needs_ocr).")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print only the summary.")] = False,
) -> None:
    """Extract, repair and tag documents; write OUTPUT/<name>.json each and OUTPUT/index.jsonl.

    Documents already processed (same sha256, pipeline version and options) are
    skipped, so a stopped run resumes where it stopped. Exit status: 0 all
    documents ok, 1 at least one failed (the others are still written),
    2 usage error, 3 none failed but some are partial (see their warnings),
    130 interrupted (run again to resume). Skipped documents count with their
    earlier status.
    """
    import signal
    import time

    from .batch import LocalPool, dask_executor, plan, run_batch, run_task
    from .extract import PDF_BACKENDS
    from .process import ProcessConfig
    from .write import IndexWriter, OutputLock

    if backend not in PDF_BACKENDS:
        _fail_usage(f"--backend must be one of {', '.join(PDF_BACKENDS)}, not '{backend}'.")
    unknown = [f for f in formats if f not in ("txt", "json")]
    if unknown:
        _fail_usage(f"--format takes txt (JSON is always written), not {', '.join(unknown)}.")
    inputs = collect_inputs(paths, exclude=output)
    if not inputs:
        _fail_usage("no .pdf or .txt files found in " + ", ".join(map(str, paths)) + ".")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        _fail_usage(f"cannot create output folder '{output}': {e.strerror}.")

    lock = OutputLock(output)
    try:
        lock.acquire()
    except BlockingIOError:
        _fail_usage(f"another 'pipeline ingest' is writing to '{output}'; wait for it or choose another --output.")
    config = ProcessConfig(tag=not no_tag, backend=backend, ocr=not no_ocr)
    work = plan(inputs, output, config, force=force, retry_failed=retry_failed, text_export="txt" in formats)
    n_workers = (os.cpu_count() or 1) if workers < 0 else workers
    if not quiet and work.skipped:
        typer.echo(f"{len(work.skipped)} of {len(inputs)} documents unchanged since the last run: skipped (--force redoes them).", err=True)

    def _terminate(signum, frame):  # SIGTERM ends the run like Ctrl-C: index written, resumable
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _terminate)
    # Ctrl-C (or `kill -INT`) interrupts even when the run was started with SIGINT ignored,
    # as a shell does for a job it puts in the background
    signal.signal(signal.SIGINT, signal.default_int_handler)
    t0 = time.monotonic()
    counts = {"ok": 0, "partial": 0, "failed": 0}
    repairs = 0
    ocr_pages = 0
    failures: list[str] = []
    index = IndexWriter(output)
    reporter = _Reporter(len(work.tasks), quiet)
    closer = None
    executor = None
    interrupted = False
    try:
        if dask_scheduler:
            try:
                executor, closer = dask_executor(dask_scheduler)
            except Exception as e:
                _fail_usage(f"cannot reach the Dask scheduler at {dask_scheduler} ({type(e).__name__}: {e}).")
            outcomes = run_batch(work.tasks, executor, output, config, max_memory_mb=0)
        elif n_workers == 0:
            outcomes = (run_task(t, str(output), config) for t in work.tasks)
        else:
            executor = LocalPool(n_workers, timeout, max_memory, config)
            outcomes = run_batch(work.tasks, executor, output, config, timeout=timeout, max_memory_mb=max_memory)
        for outcome in outcomes:
            e = outcome.entry
            index.add(e)
            counts[e.status.value] += 1
            repairs += e.repairs
            ocr_pages += len(e.needs_ocr)
            if e.status.value == "failed":
                failures.append(f"  {e.source}: {', '.join(e.errors)}")
            reporter.document(e, outcome.task.output, output)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        reporter.close()
        if isinstance(executor, LocalPool):
            executor.shutdown(wait=not interrupted, cancel_futures=interrupted)
        elif executor is not None:  # Dask's executor knows only `wait`
            executor.shutdown(wait=not interrupted)
        if closer is not None:
            closer()
        index.close()
        lock.release()
    done = sum(counts.values())
    if interrupted:
        typer.echo(f"Interrupted: {done} of {len(work.tasks)} documents done and indexed; run the same command again to resume.", err=True)
        raise typer.Exit(130)
    for e in work.skipped:
        counts[e.status.value] += 1
    typer.echo(
        f"{len(inputs)} documents: {counts['ok']} ok, {counts['partial']} partial, {counts['failed']} failed"
        f" ({len(work.tasks)} processed, {len(work.skipped)} unchanged); {repairs} repairs; "
        f"{ocr_pages} pages need OCR; {time.monotonic() - t0:.1f} s -> {output}/",
        err=True,
    )
    if failures and not quiet:
        typer.echo("Failed:\n" + "\n".join(failures[:50]) + (f"\n  ... and {len(failures) - 50} more (see index.jsonl)" if len(failures) > 50 else ""), err=True)
    if counts["failed"]:
        raise typer.Exit(EXIT_FAILED)
    if counts["partial"]:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def report(
    folder: Annotated[Path, typer.Argument(help="An output folder of `pipeline ingest` (holding index.jsonl).")] = Path("outputs"),
    dest: Annotated[Path | None, typer.Option("--dest", help="Where to write the report (default: FOLDER/report).")] = None,
) -> None:
    """Build a static HTML report of a processed corpus: documents, problems, repairs
    (least confident first, to review) and entities."""
    from .report import build_report
    from .write import INDEX_NAME

    if not (folder / INDEX_NAME).exists():
        _fail_usage(f"'{folder}' holds no {INDEX_NAME}; run 'pipeline ingest ... -o {folder}' first.")
    index = build_report(folder, dest)
    typer.echo(f"report written to {index}", err=True)


@app.command("export-spacy")
def export_spacy(
    folder: Annotated[Path, typer.Argument(help="An output folder of `pipeline ingest` (holding index.jsonl).")] = Path("outputs"),
    dest: Annotated[Path, typer.Option("-o", "--output", help="The DocBin file to write.")] = Path("corpus.spacy"),
) -> None:
    """Export the tagged documents of an output folder as a spaCy DocBin (entities as doc.ents)."""
    from .model import Document
    from .tag import to_docbin
    from .write import INDEX_NAME, read_index

    if not (folder / INDEX_NAME).exists():
        _fail_usage(f"'{folder}' holds no {INDEX_NAME}; run 'pipeline ingest ... -o {folder}' first.")

    def documents():
        for e in read_index(folder):
            try:
                yield Document.model_validate_json((folder / e.output).read_bytes())
            except (OSError, ValueError):
                typer.echo(f"skipped {e.output}: missing or unreadable", err=True)

    docbin = to_docbin(documents())
    dest.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(dest)
    typer.echo(f"{len(docbin)} documents written to {dest}", err=True)


@app.command()
def repair(
    file: Annotated[str, typer.Argument(help="A UTF-8 text file, or - for standard input.")] = "-",
    explain: Annotated[bool, typer.Option("--explain", help="Print the repairs as JSON instead of the text.")] = False,
) -> None:
    """Repair broken Polish text and print it (or, with --explain, the list of repairs)."""
    from .extract.txt import decode
    from .repair import repair_text

    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(file).read_bytes()
        except OSError as e:
            _fail_usage(f"cannot read '{file}': {e.strerror}. Give a text file or - for standard input.")
    text, _ = decode(data)
    result = repair_text(text)
    if explain:
        records = [
            {"start": r.start, "end": r.end, "raw_start": r.raw_start, "raw_end": r.raw_end, "before": r.before, "after": r.after, "method": r.method, "confidence": r.confidence}
            for r in result.records
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(result.text)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document JSON written by `ingest`."""
    from .model import document_json_schema

    sys.stdout.write(json.dumps(document_json_schema(), ensure_ascii=False, indent=2) + "\n")


lexicon_app = typer.Typer(help="The cached Polish lexicon (morfeusz2 + wordfreq).", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("build")
def lexicon_build() -> None:
    """Build (or rebuild) the cached lexicon now, instead of on first use."""
    from .repair.lexicon import build

    path = build()
    typer.echo(f"lexicon written to {path}")


@app.command()
def version() -> None:
    """Print the pipeline and schema versions."""
    from .model import SCHEMA_VERSION

    typer.echo(f"pipeline {__version__}, schema {SCHEMA_VERSION}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
