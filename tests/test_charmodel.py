"""The character model (ogonki's CNN, run by pipeline.repair.charmodel) with its real weights."""

from __future__ import annotations

import re

import numpy as np
import ogonki

from pipeline.repair import charmodel

TEXT = (
    "Zgodnie z logika rynku firma placi podatki. Kierowca jechal autostrada, a pasazer trzymal mape w rece.\n"
    "Wspolpraca klastrow z uczelniami obejmuje badania i szkolenia dla malych firm.\n"
)


def _argmax_reading(text: str) -> str:
    lp = charmodel.logprobs(text)
    out = list(text)
    for m in re.finditer(r"[A-Za-z]+", text):
        form, _margin = charmodel.proposal(lp, m.start(), m.group().lower())
        for i, ch in enumerate(form):
            out[m.start() + i] = ch.upper() if m.group()[i].isupper() else ch
    return "".join(out)


def test_reads_as_ogonki_does():
    # the same weights and arithmetic: the model's own reading is ogonki's output
    assert _argmax_reading(TEXT) == ogonki.restore(TEXT)


def test_long_text_in_chunks_as_in_one_pass():
    text = TEXT * (2 * charmodel.CHUNK // len(TEXT) + 2)
    assert len(text) > 2 * charmodel.CHUNK
    chunked = charmodel.logprobs(text)
    whole = charmodel._forward("\n" + charmodel.strip(text) + "\n")[1:-1]
    assert chunked.shape == (len(text), 3)
    assert np.allclose(chunked, whole, atol=1e-3)


def test_form_score_reads_the_context():
    text = "Zgodnie z logika rynku firma placi podatki."
    lp = charmodel.logprobs(text)
    at = text.index("logika")
    assert charmodel.form_score(lp, at, "logiką") > charmodel.form_score(lp, at, "logika")
    at = text.index("firma")
    assert charmodel.form_score(lp, at, "firma") > charmodel.form_score(lp, at, "firmą")
    # probabilities of the three classes sum to one at every character
    assert np.allclose((10.0 ** lp).sum(axis=1), 1.0, atol=1e-4)


def test_text_with_diacritics_is_read_stripped():
    assert np.allclose(charmodel.logprobs("Zażółć gęślą jaźń"), charmodel.logprobs("Zazolc gesla jazn"))
