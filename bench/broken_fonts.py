"""Broken-font decks: Polish decks whose fonts lost their ToUnicode maps.

    python bench/broken_fonts.py [--decks 30] [--slides 10]

Generates decks (reportlab, embedded DejaVu subsets, sentences from
../shared/dev-text or the sample), removes every ToUnicode map with pikepdf, so
each Polish letter and the bullet come out of PDFium as a raw font code, and
compares `process_file` on the broken deck with `process_file` on the clean one,
word by word: share of all words right and of words with Polish diacritics right.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest_bench import make_corpus  # noqa: E402

_WORD = re.compile(r"\w+(?:[-']\w+)*")
PL = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def strip_tounicode(src: Path, dst: Path) -> None:
    import pikepdf

    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            for _name, font in page.Resources.Font.items():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        pdf.save(dst)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--decks", type=int, default=30)
    ap.add_argument("--slides", type=int, default=10)
    args = ap.parse_args()
    from pipeline.process import process_file

    tmp = Path(tempfile.mkdtemp(prefix="broken-fonts-"))
    make_corpus(tmp, args.decks, args.slides, seed=7)
    total = right = pl_total = pl_right = 0
    t0 = time.perf_counter()
    for clean in sorted(tmp.glob("deck*.pdf")):
        broken = clean.with_name(clean.stem + "-broken.pdf")
        strip_tounicode(clean, broken)
        ref = _WORD.findall(process_file(clean).text)
        out = _WORD.findall(process_file(broken).text)
        ok = [False] * len(ref)
        for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, ref, out, autojunk=False).get_opcodes():
            if tag == "equal":
                for k in range(i1, i2):
                    ok[k] = True
        total += len(ref)
        right += sum(ok)
        for w, good in zip(ref, ok, strict=True):
            if PL & set(w):
                pl_total += 1
                pl_right += good
    print(f"{args.decks} decks x {args.slides} slides, {total} words ({pl_total} with diacritics), {time.perf_counter() - t0:.1f} s")
    print(f"words right: {right / total:.2%}; words with diacritics right: {pl_right / max(pl_total, 1):.2%}")


if __name__ == "__main__":
    main()
