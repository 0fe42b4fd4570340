"""Command-line interface: `pipeline ingest | repair | schema | lexicon`."""

from __future__ import annotations

import json
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


def collect_inputs(paths: list[Path]) -> list[Path]:
    """Files named, and `.pdf`/`.txt` files under folders named (recursively), sorted, unique."""
    from .extract import SUPPORTED_SUFFIXES

    found: dict[Path, None] = {}
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    found[f] = None
        elif p.is_file():
            found[p] = None
        else:
            _fail_usage(f"'{p}' does not exist. Give files or folders holding .pdf or .txt files.")
    return list(found)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively for .pdf and .txt).", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the JSON files and index.jsonl.")] = Path("outputs"),
    no_tag: Annotated[bool, typer.Option("--no-tag", help="Skip entity tagging.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print only the summary.")] = False,
) -> None:
    """Extract, repair and tag documents; write OUTPUT/<name>.json each and OUTPUT/index.jsonl.

    Exit status: 0 all documents ok, 1 at least one failed (the others are still
    written), 2 usage error, 3 none failed but some are partial (see their warnings).
    """
    from .process import ProcessConfig, process_file
    from .write import index_entry, output_name, read_index, write_document, write_index

    inputs = collect_inputs(paths)
    if not inputs:
        _fail_usage("no .pdf or .txt files found in " + ", ".join(map(str, paths)) + ".")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        _fail_usage(f"cannot create output folder '{output}': {e.strerror}.")
    previous = {e.source: e.output for e in read_index(output)}
    taken = {name for src, name in previous.items() if src not in {str(p) for p in inputs}}
    config = ProcessConfig(tag=not no_tag)
    entries = []
    counts = {"ok": 0, "partial": 0, "failed": 0}
    for n, path in enumerate(inputs, start=1):
        doc = process_file(path, config)
        name = previous.get(str(path)) or output_name(doc, taken)
        taken.add(name)
        write_document(doc, output, name)
        entries.append(index_entry(doc, name))
        counts[doc.status.value] += 1
        if not quiet:
            reason = "; ".join(f"{e.code}: {e.message}" for e in doc.errors) or "; ".join(w.code for w in doc.warnings)
            typer.echo(
                f"[{n}/{len(inputs)}] {doc.status.value:7} {path} -> {output / name}"
                f"  pages={doc.source.pages} repairs={len(doc.repairs)} entities={len(doc.entities)}" + (f"  ({reason})" if reason else ""),
                err=True,
            )
    write_index(output, entries)
    typer.echo(f"{len(inputs)} documents: {counts['ok']} ok, {counts['partial']} partial, {counts['failed']} failed -> {output}/", err=True)
    if counts["failed"]:
        raise typer.Exit(EXIT_FAILED)
    if counts["partial"]:
        raise typer.Exit(EXIT_PARTIAL)


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
