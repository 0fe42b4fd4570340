"""Ingest speed and memory, against pdfplumber's bare `extract_text` in the same run.

    python bench/ingest_bench.py                  # 100 decks x 12 slides, speed + scaling
    python bench/ingest_bench.py --memory 1000    # also peak memory over a 1,000-deck run

Decks are generated with reportlab from Polish sentences (../shared/dev-text if
present, else the bundled sample), so every run measures the same kind of
slides. Reported:

- baseline: pdfplumber.open + page.extract_text() on every page, in this process;
- pipeline in-process: `process_file` on every deck (extract, repair, structure,
  tag; no JSON writing), in this process;
- `pipeline ingest --workers N --force -q` as a subprocess, the real command,
  start-up, hashing, JSON writing and index included, for N = 1 and 2;
- with --memory: peak resident memory of the ingest process tree sampled every
  50 ms, at each tenth of the run, to show it stays flat as the corpus grows.

Ratios are pages per second divided by the baseline's: above 1.0 is faster.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.decks import Slide, write_deck  # noqa: E402

DEV_TEXT = ROOT.parent / "shared" / "dev-text" / "pl_pdb_dev_sentences.txt"
SAMPLE = ROOT / "corpus" / "000_609c9499d91e6edf.txt"


def sentences() -> list[str]:
    if DEV_TEXT.exists():
        lines = DEV_TEXT.read_text(encoding="utf-8").splitlines()
    else:
        lines = SAMPLE.read_text(encoding="utf-8").replace("\n", " ").split(". ")
    return [ln.strip() for ln in lines if 20 <= len(ln.strip()) <= 160]


def make_corpus(folder: Path, decks: int, slides: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    pool = sentences()
    pages = 0
    for d in range(decks):
        deck = []
        for _ in range(slides):
            title = rng.choice(pool).split(",")[0][:60]
            deck.append(Slide(title, [rng.choice(pool) for _ in range(rng.randint(2, 5))], body=rng.choice(pool) if rng.random() < 0.5 else ""))
        write_deck(folder / f"deck{d:04}.pdf", deck)
        pages += slides
    return pages


def bare_pdfplumber(files: list[Path]) -> float:
    import pdfplumber

    t0 = time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
    return time.perf_counter() - t0


def in_process(files: list[Path]) -> float:
    from pipeline.process import process_file

    process_file(files[0])  # load the lexicon and spaCy once, as a worker does
    t0 = time.perf_counter()
    for f in files:
        process_file(f)
    return time.perf_counter() - t0


def cli(folder: Path, out: Path, workers: int) -> float:
    exe = Path(sys.executable).parent / "pipeline"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "ingest", str(folder), "-o", str(out), "--workers", str(workers), "--force", "-q"], check=True, capture_output=True)
    return time.perf_counter() - t0


def peak_memory(folder: Path, out: Path, workers: int, total: int) -> list[tuple[int, float]]:
    """(documents done, peak RSS of the process tree in MiB so far) at each tenth of the run."""
    import psutil

    exe = Path(sys.executable).parent / "pipeline"
    proc = subprocess.Popen([str(exe), "ingest", str(folder), "-o", str(out), "--workers", str(workers), "--force", "-q"], stderr=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    journal = out / ".index.journal.jsonl"
    peak, marks, next_mark = 0.0, [], 0.1
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
        except psutil.Error:
            rss = 0
        peak = max(peak, rss / 2**20)
        try:
            done = journal.read_text(encoding="utf-8").count("\n") if journal.exists() else 0
        except OSError:
            done = 0
        while done >= next_mark * total and next_mark <= 1.0:
            marks.append((done, peak))
            next_mark += 0.1
        time.sleep(0.05)
    if not marks or marks[-1][0] != total:
        marks.append((total, peak))
    return marks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--decks", type=int, default=100)
    ap.add_argument("--slides", type=int, default=12)
    ap.add_argument("--memory", type=int, default=0, help="also measure peak memory over a run of this many decks")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        folder = tmp / "decks"
        folder.mkdir()
        pages = make_corpus(folder, args.decks, args.slides)
        files = sorted(folder.glob("*.pdf"))
        base = bare_pdfplumber(files)
        inproc = in_process(files)
        runs = {w: cli(folder, tmp / f"out{w}", w) for w in (1, 2)}
        print(f"{len(files)} decks, {pages} pages, {os.cpu_count()} cores\n")
        print(f"{'run':44} {'seconds':>8} {'pages/s':>8} {'vs pdfplumber':>14}")
        print(f"{'pdfplumber extract_text (baseline)':44} {base:8.2f} {pages / base:8.1f} {1.0:13.2f}x")
        print(f"{'pipeline process_file, in process':44} {inproc:8.2f} {pages / inproc:8.1f} {base / inproc:13.2f}x")
        for w, secs in runs.items():
            print(f"{f'pipeline ingest --workers {w} (whole command)':44} {secs:8.2f} {pages / secs:8.1f} {base / secs:13.2f}x")
        print(f"\nscaling 1 -> 2 workers: {runs[1] / runs[2]:.2f}x")
        if args.memory:
            mem = tmp / "memory"
            mem.mkdir()
            make_corpus(mem, args.memory, 3, seed=2)
            marks = peak_memory(mem, tmp / "outmem", 2, args.memory)
            print(f"\npeak RSS of `pipeline ingest --workers 2` (parent + workers) over {args.memory} decks:")
            print("  " + "  ".join(f"{done}:{mib:.0f}MiB" for done, mib in marks))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
