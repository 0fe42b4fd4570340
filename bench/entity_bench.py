"""Entity tagging benchmark: precision, recall and F1 per type on the annotated dev set.

    python bench/entity_bench.py [--show-errors] [FILES...]

Reads `bench/entities/*.txt` (inline annotations, see bench/entities/README.md),
tags the plain text with `pipeline.tag.tag_text`, and scores exact matches of
(start, end, label). For matched entities with a gold normal form it also
reports how many normal forms are right.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANNOTATION = re.compile(r"\[([^\[\]]+)\]\(([A-Z]+)(?:\|([^()]+))?\)")
TARGET_TYPES = ("CLUSTER", "COUNTRY", "REGION", "PROGRAMME", "PROJECT")


def parse(annotated: str) -> tuple[str, list[tuple[int, int, str, str | None]]]:
    """Plain text and gold entities (start, end, label, normal form or None)."""
    out, gold, pos, last = [], [], 0, 0
    for m in ANNOTATION.finditer(annotated):
        out.append(annotated[last : m.start()])
        pos += m.start() - last
        surface = m.group(1)
        gold.append((pos, pos + len(surface), m.group(2), m.group(3) or (surface if m.group(2) not in ("DATE", "QUANTITY") else None)))
        out.append(surface)
        pos += len(surface)
        last = m.end()
    out.append(annotated[last:])
    return "".join(out), gold


def main() -> None:
    from pipeline.tag import tag_text

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "bench" / "entities").glob("*.txt"))
    tp, fp, fn = Counter(), Counter(), Counter()
    norm_ok = norm_total = 0
    errors = []
    for f in files:
        text, gold = parse(f.read_text(encoding="utf-8"))
        found = {(e.start, e.end, e.label): e for e in tag_text(text)}
        gold_set = {(s, e, lab): n for s, e, lab, n in gold}
        for key, norm in gold_set.items():
            if key in found:
                tp[key[2]] += 1
                if norm is not None:
                    norm_total += 1
                    if found[key].normalized == norm:
                        norm_ok += 1
                    else:
                        errors.append(f"{f.name}: NORM {key[2]} {text[key[0]:key[1]]!r}: got {found[key].normalized!r}, want {norm!r}")
            else:
                fn[key[2]] += 1
                errors.append(f"{f.name}: MISS {key[2]} {text[key[0]:key[1]]!r}")
        for key, e in found.items():
            if key not in gold_set:
                fp[key[2]] += 1
                errors.append(f"{f.name}: FALSE {key[2]} {e.text!r} ({e.source})")
    labels = sorted(set(tp) | set(fp) | set(fn), key=lambda lab: (lab not in TARGET_TYPES, lab))
    print(f"{len(files)} documents, {sum(tp.values()) + sum(fn.values())} gold entities\n")
    print("| type | gold | found | precision | recall | F1 |\n|---|---|---|---|---|---|")
    for lab in [*labels, "all"]:
        t = sum(tp.values()) if lab == "all" else tp[lab]
        p_ = sum(fp.values()) if lab == "all" else fp[lab]
        n_ = sum(fn.values()) if lab == "all" else fn[lab]
        prec = t / (t + p_) if t + p_ else 0.0
        rec = t / (t + n_) if t + n_ else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        mark = " (target ≥ 0.95)" if lab in TARGET_TYPES else ""
        print(f"| {lab} | {t + n_} | {t + p_} | {prec:.3f} | {rec:.3f} | {f1:.3f}{mark} |")
    print(f"\nnormal forms right on matched entities: {norm_ok}/{norm_total}")
    if args.show_errors:
        print("\n" + "\n".join(errors))


if __name__ == "__main__":
    main()
