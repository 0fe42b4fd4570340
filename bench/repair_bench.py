"""Repair benchmark: damage clean Polish, repair it, score it, time it against ftfy.

    .venv/bin/python bench/repair_bench.py [--text PATH | --entity-text] [--seed N] [--limit N]

Text: ../shared/dev-text/pl_pdb_dev_sentences.txt (edited Polish, not shipped
with the project). Sentences are grouped into slide-like paragraphs, wrapped,
damaged per kind (bench/damage.py), repaired, and compared word by word:

* damaged words right: of the words the damage changed, the share that comes
  back exactly;
* clean words untouched: of the words the damage did not change, the share
  that comes back exactly;
* speed: characters per second of `repair_text` and of `ftfy.fix_text` on the
  same damaged text in the same process, and their ratio (ours / ftfy).

Peers: ftfy on every kind; ogonki on text typed without diacritics.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from damage import KINDS, REFERENCES, wrap

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXT = ROOT.parent / "shared" / "dev-text" / "pl_pdb_dev_sentences.txt"
_WORD = re.compile(r"\S+")


def paragraphs(sentences: list[str], rng: random.Random) -> str:
    out = []
    i = 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        para = " ".join(sentences[i : i + n])
        out.append(wrap(para, rng))
        i += n
    return "\n\n".join(out)


def entity_text() -> Path:
    """The annotated slides of bench/entities/ as plain text, one line a sentence
    (bullets and annotations removed), in a temporary file. Sets written with damage
    in them (U+FFFD, like the sample) are no clean reference and are left out."""
    import tempfile

    lines = []
    for f in sorted((ROOT / "bench" / "entities").rglob("*.txt")):
        raw = f.read_text(encoding="utf-8")
        if "\ufffd" in raw:
            continue
        plain = re.sub(r"\[([^\]]*)\]\([A-Z]+(?:\|[^)]*)?\)", r"\1", raw)
        lines += [ln.strip().lstrip("•-– ").strip() for ln in plain.splitlines()]
    out = Path(tempfile.mkdtemp()) / "entity_slides.txt"
    out.write_text("\n".join(ln for ln in lines if len(ln.split()) >= 3) + "\n", encoding="utf-8")
    return out


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def score(clean: str, damaged: str, repaired: str) -> tuple[int, int, int, int]:
    """(damaged words, of them right, clean words, of them untouched)."""
    ref = words(clean)
    # which reference words did the damage change? align reference to damaged
    dam = words(damaged)
    changed = [True] * len(ref)
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, ref, dam, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i1, i2):
                changed[k] = False
    right = [False] * len(ref)
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, ref, words(repaired), autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i1, i2):
                right[k] = True
    n_dam = sum(changed)
    n_dam_ok = sum(1 for c, r in zip(changed, right, strict=True) if c and r)
    n_clean = len(ref) - n_dam
    n_clean_ok = sum(1 for c, r in zip(changed, right, strict=True) if not c and r)
    return n_dam, n_dam_ok, n_clean, n_clean_ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", type=Path, default=DEFAULT_TEXT)
    ap.add_argument("--entity-text", action="store_true", help="use the slide text of bench/entities/ (annotations removed) instead: domain text with names and English, not tuned on")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    ap.add_argument("--kinds", default="", help="comma-separated substrings of kind names to run")
    args = ap.parse_args()
    if args.entity_text:
        args.text = entity_text()
    if not args.text.exists():
        sys.exit(f"{args.text} not found: pass --text with clean Polish text, one sentence a line.")

    import ftfy

    from pipeline.repair import repair_text
    from pipeline.repair.lexicon import default_lexicon

    sentences = [s.strip() for s in args.text.read_text(encoding="utf-8").splitlines() if s.strip()]
    if args.limit:
        sentences = sentences[: args.limit]
    rng = random.Random(args.seed)
    clean = paragraphs(sentences, rng)
    lex = default_lexicon()
    repair_text("rozgrzewka", lexicon=lex)  # load caches outside the timings

    try:
        import ogonki  # type: ignore[import-untyped]
    except ImportError:
        ogonki = None

    print(f"text: {args.text.name}, {len(sentences)} sentences, {len(words(clean))} words, {len(clean)} chars, seed {args.seed}\n")
    print("| damage | damaged words right | clean words untouched | all words right | ours chars/s | ftfy chars/s | ours / ftfy | ftfy: damaged words right |")
    print("|---|---|---|---|---|---|---|---|")
    for name, fn in KINDS.items():
        if args.kinds and not any(k.strip().lower() in name.lower() for k in args.kinds.split(",")):
            continue
        damaged = fn(clean, random.Random(args.seed))
        t0 = time.perf_counter()
        ours = repair_text(damaged, lexicon=lex).text
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        theirs = ftfy.fix_text(damaged)
        t_ftfy = time.perf_counter() - t0
        reference = REFERENCES.get(name, lambda t: t)(clean)
        nd, nd_ok, nc, nc_ok = score(reference, damaged, ours)
        fd, fd_ok, _, _ = score(reference, damaged, theirs)
        print(
            f"| {name} | {nd_ok / max(nd, 1):.2%} ({nd_ok}/{nd}) | {nc_ok / max(nc, 1):.3%} | {(nd_ok + nc_ok) / max(nd + nc, 1):.2%} | "
            f"{len(damaged) / t_ours:,.0f} | {len(damaged) / t_ftfy:,.0f} | {t_ftfy / t_ours:.2f}× | {fd_ok / max(fd, 1):.2%} |"
        )
        if ogonki is not None and "diacritics" in name:
            t0 = time.perf_counter()
            og = ogonki.restore(damaged)
            t_og = time.perf_counter() - t0
            od, od_ok, oc, oc_ok = score(clean, damaged, og)
            print(f"| ↳ peer ogonki | {od_ok / max(od, 1):.2%} ({od_ok}/{od}) | {oc_ok / max(oc, 1):.3%} | {(od_ok + oc_ok) / max(od + oc, 1):.2%} | {len(damaged) / t_og:,.0f} | | | |")


if __name__ == "__main__":
    main()
