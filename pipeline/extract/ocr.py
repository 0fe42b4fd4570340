"""OCR for pages with no usable text: Tesseract with its Polish data, when installed.

Debian: `apt-get install tesseract-ocr tesseract-ocr-pol` (`make test` installs
them when run as root). Without the `tesseract` binary the page is left empty
and flagged `needs_ocr` (warning `page.no_text`); nothing is guessed.

The page is rendered with PDFium at `OCR_DPI` and read by `tesseract` in a
subprocess (TSV output), so each recognised line keeps its box; lines become
body blocks. Languages: Polish and English when both are installed (`pol+eng`).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

#: Rendering resolution for OCR.
OCR_DPI = 300
#: Seconds one page may take in Tesseract.
OCR_TIMEOUT = 120
#: Words Tesseract is less sure of than this (0-100) are dropped.
MIN_WORD_CONFIDENCE = 30.0


@cache
def tesseract_languages() -> str | None:
    """"pol+eng", "pol" or "eng" as installed; None without tesseract."""
    exe = shutil.which("tesseract")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    langs = {x.strip() for x in out.splitlines()[1:]}
    chosen = [lang for lang in ("pol", "eng") if lang in langs]
    return "+".join(chosen) if chosen else None


def ocr_lines(page: Any, page_height: float) -> list[dict[str, Any]]:
    """Text lines of a PDFium page read by Tesseract, as line records (text, x0,
    x1, top, bottom in PDF points from the page top, size, font None)."""
    langs = tesseract_languages()
    if langs is None:
        return []
    scale = OCR_DPI / 72.0
    image = page.render(scale=scale).to_pil()
    with tempfile.TemporaryDirectory(prefix="pipeline-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        try:
            res = subprocess.run(["tesseract", str(png), "stdout", "-l", langs, "--psm", "3", "tsv"], capture_output=True, text=True, timeout=OCR_TIMEOUT)
        except (OSError, subprocess.SubprocessError):
            return []
    if res.returncode != 0:
        return []
    lines: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for row in csv.DictReader(io.StringIO(res.stdout), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            continue
        if not word or conf < MIN_WORD_CONFIDENCE:
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append(
            {"text": word, "x0": int(row["left"]) / scale, "top": int(row["top"]) / scale, "x1": (int(row["left"]) + int(row["width"])) / scale, "bottom": (int(row["top"]) + int(row["height"])) / scale}
        )
    out = []
    for words in lines.values():
        top = min(w["top"] for w in words)
        bottom = max(w["bottom"] for w in words)
        out.append(
            {
                "text": " ".join(w["text"] for w in words),
                "x0": min(w["x0"] for w in words),
                "x1": max(w["x1"] for w in words),
                "top": top,
                "bottom": bottom,
                "size": round((bottom - top) * 0.8, 1),  # cap height to point size, roughly
                "font": None,
            }
        )
    return out
