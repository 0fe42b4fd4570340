"""Whole-process repair speed on ~1 MB of damaged text, against ftfy.

    python bench/repair_speed.py [--kind "sample-like (both)"] [--size 1000000]

Builds about `--size` characters of damaged text (clean Polish from
../shared/dev-text or --text, damaged by the seeded generators in
bench/damage.py, a different seed per copy), writes it to a temporary file, and
times, in the same run:

- `pipeline repair FILE` as a subprocess: the whole process, interpreter start,
  imports and dictionary loading included (the issue's measure);
- `ftfy.fix_text` on the same text in this process (the issue's baseline), and
  ftfy as a whole process too (python -c "...fix_text...") for a like-for-like view.

Prints seconds and the ratio ftfy time / our time (1.0 = as fast as ftfy).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from damage import KINDS  # noqa: E402
from repair_bench import DEFAULT_TEXT, paragraphs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", type=Path, default=DEFAULT_TEXT)
    ap.add_argument("--kind", default="sample-like (both)", choices=list(KINDS))
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    import ftfy

    sentences = [s.strip() for s in args.text.read_text(encoding="utf-8").splitlines() if s.strip()]
    parts, n, seed = [], 0, 0
    while n < args.size:
        seed += 1
        clean = paragraphs(sentences, random.Random(seed))
        parts.append(KINDS[args.kind](clean, random.Random(seed)))
        n += len(parts[-1])
    damaged = "\n\n".join(parts)[: args.size]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(damaged)
        path = f.name
    exe = Path(sys.executable).parent / "pipeline"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "repair", path], check=True, stdout=subprocess.DEVNULL)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    ftfy.fix_text(damaged)
    ftfy_in = time.perf_counter() - t0
    t0 = time.perf_counter()
    code = f"import ftfy; ftfy.fix_text(open({path!r}, encoding='utf-8').read())"
    subprocess.run([sys.executable, "-c", code], check=True)
    ftfy_proc = time.perf_counter() - t0
    Path(path).unlink()
    print(f"{args.kind}: {len(damaged):,} characters, {len(parts)} damaged copies of the text\n")
    print("| run | seconds | ftfy / ours |\n|---|---|---|")
    print(f"| `pipeline repair FILE` (whole process) | {ours:.2f} | |")
    print(f"| `ftfy.fix_text` in process | {ftfy_in:.2f} | {ftfy_in / ours:.2f}× |")
    print(f"| ftfy as a whole process | {ftfy_proc:.2f} | {ftfy_proc / ours:.2f}× |")


if __name__ == "__main__":
    main()
