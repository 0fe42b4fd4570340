"""Repair cases as data: tests/cases/*.json (original -> expected), negative cases included."""

from __future__ import annotations

import json

import pytest

from pipeline.repair import repair_text, undo

from .conftest import CASES, DATA, SAMPLE


def _cases():
    for path in sorted(CASES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        marks = [pytest.mark.xfail(strict=True, reason="known failure, kept as data")] if data.get("known_failure") else []
        for case in data["cases"]:
            yield pytest.param(case, id=f"{path.stem}:{case['label']}", marks=marks)


@pytest.mark.parametrize("case", list(_cases()))
def test_case(case, lexicon):
    result = repair_text(case["original"], lexicon=lexicon)
    assert result.text == case["expected"]
    assert undo(result.text, result.records) == case["original"]


def test_sample_restored_word_for_word(lexicon):
    raw = SAMPLE.read_text(encoding="utf-8")
    result = repair_text(raw, lexicon=lexicon)
    assert result.text == (DATA / "sample_repaired.txt").read_text(encoding="utf-8")
    assert "\ufffd" not in result.text
    for word in ("obejmujące", "władz", "Północnej", "Konieczność", "przeciwdziałać", "współpracy"):
        assert word in result.text
    assert undo(result.text, result.records) == raw


def test_records_explain_each_change(lexicon):
    result = repair_text("Zainteresowanie klastrami w\nadz regionalnych, konkurencyjno\ufffd ci", lexicon=lexicon)
    by_before = {(r.before, r.after): r for r in result.records}
    assert ("\n", "ł") in by_before and by_before[("\n", "ł")].method == "lbreak.lexicon"
    fffd = [r for r in result.records if r.before.startswith("\ufffd")]
    assert fffd and all(0.0 < r.confidence <= 1.0 for r in fffd)
    for r in result.records:
        assert result.text[r.start : r.end] == r.after
        assert result.raw[r.raw_start : r.raw_end] == r.before


def test_clean_polish_with_line_breaks_untouched(lexicon):
    text = "Wszyscy byli\nzadowoleni, bo mieli\nczas.\nMiał\nrację i był\nmiły."
    assert repair_text(text, lexicon=lexicon).records == []


def test_weak_evidence_gives_low_confidence(lexicon):
    # a lost letter in a word no dictionary knows: best guess kept, low confidence
    result = repair_text("firma Xyzq\ufffd bx", lexicon=lexicon)
    assert result.records and max(r.confidence for r in result.records) < 0.9
