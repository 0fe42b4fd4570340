"""Character context for text typed without diacritics: ogonki's CNN, read as probabilities.

ogonki (MIT, numpy only; the peer the README measures the diacritic restoration
against) ships a small character-level CNN trained on Polish web text
(FineWeb-2): for every a c e l n o s z it scores three classes — leave the
letter, add its usual diacritic (a→ą, l→ł, z→ż …), or z→ź — from the 38
characters on either side. Alone, its per-letter argmax makes up forms no
dictionary holds ("bałwaną", "Ciemnoskórę") and misses rare words; the lexicon
alone cannot see that "zgodnie z logika" wants "logiką". Here its probabilities
are one more score in the lexicon's choice (`form_score`: a form's log10
probability under the model), and its reading of a word neither source knows is
offered where it is confident (`proposal`: "Nizieński").

Only the model's weights are read from the ogonki package; the forward pass is
ours (the same arithmetic, checked against ogonki's output in the tests), so that
it returns probabilities and runs texts of any length in bounded memory.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib.resources import files

import numpy as np

from .lexicon import FOLD

#: Lowercase letters the model may give a diacritic, and what each class makes of them.
BASES = "acelnosz"
_ADD = {("a", 1): "ą", ("c", 1): "ć", ("e", 1): "ę", ("l", 1): "ł", ("n", 1): "ń", ("o", 1): "ó", ("s", 1): "ś", ("z", 1): "ż", ("z", 2): "ź"}
#: The class of each letter with a diacritic (its base letter is class 0).
_CLASS = {letter: cls for (_base, cls), letter in _ADD.items()}
#: Characters of context the model sees on each side (the sum of its dilations).
RECEPTIVE = 38
#: Longest stretch run through the model at once (memory: ~1.5 KB a character).
CHUNK = 20_000


def strip(text: str) -> str:
    """Text with Polish diacritics removed ("Żółw" -> "Zolw"), as the model reads it."""
    return text.translate(FOLD)


@lru_cache(maxsize=1)
def _weights() -> tuple[np.ndarray, list[tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]], np.ndarray, np.ndarray]:
    """(embedding, [(dilation, taps at t-d, t, t+d, bias)], head weights, head bias), as float32."""
    with np.load(str(files("ogonki").joinpath("weights.npz"))) as f:
        w = {k: f[k] for k in f.files}
    f32 = lambda a: np.ascontiguousarray(a, dtype=np.float32)  # noqa: E731
    layers = [(int(d), f32(w[f"w{i}"][0]), f32(w[f"w{i}"][1]), f32(w[f"w{i}"][2]), f32(w[f"b{i}"])) for i, d in enumerate(w["dil"])]
    return f32(w["emb"]), layers, f32(w["head_w"]), f32(w["head_b"])


def _ids(plain: str) -> np.ndarray:
    """Model input: each character's lowercase ASCII code, 128 for anything else."""
    cp = np.frombuffer(plain.encode("utf-32-le"), np.uint32)
    cp = np.where((cp >= 65) & (cp <= 90), cp + 32, cp)
    return np.minimum(cp, 128)


def _forward(plain: str) -> np.ndarray:
    emb, layers, head_w, head_b = _weights()
    h = emb[_ids(plain)]
    for d, before, here, after, bias in layers:  # dilated convolution, kernel 3, residual
        p = np.pad(h, ((d, d), (0, 0)))
        h = h + np.maximum(p[: -2 * d] @ before + h @ here + p[2 * d :] @ after + bias, 0)
    z = h @ head_w + head_b
    z -= z.max(axis=1, keepdims=True)
    return (z - np.log(np.exp(z).sum(axis=1, keepdims=True))) / math.log(10)


def logprobs(text: str) -> np.ndarray:
    """log10 probabilities of the three classes for each character of `text` (its
    diacritics stripped first), shape (len(text), 3). Line feeds mark the text's
    edges, as in the model's training; long texts run in overlapping chunks."""
    plain = strip(text)
    n = len(plain)
    if n <= CHUNK:
        return _forward("\n" + plain + "\n")[1:-1]
    out = np.empty((n, 3), dtype=np.float32)
    for a in range(0, n, CHUNK):
        b = min(n, a + CHUNK)
        lo, hi = max(0, a - RECEPTIVE), min(n, b + RECEPTIVE)
        part = _forward("\n" + plain[lo:hi] + "\n")[1:-1]
        out[a:b] = part[a - lo : a - lo + (b - a)]
    return out


def form_score(lp: np.ndarray, start: int, form: str) -> float:
    """log10 probability the model gives `form` (same length as the stripped word at
    `start`): the sum, over its letters that may take a diacritic, of its choice's."""
    total = 0.0
    for i, ch in enumerate(form.lower()):
        cls = _CLASS.get(ch)
        if cls is not None:
            total += float(lp[start + i, cls])
        elif ch in BASES:
            total += float(lp[start + i, 0])
    return total


def proposal(lp: np.ndarray, start: int, word: str) -> tuple[str, float]:
    """The model's own reading of the lowercase ASCII `word` at `start`, and the least
    log10 margin by which any letter it changes beat that letter's other classes
    (infinite when it changes none)."""
    out = list(word)
    margin = math.inf
    for i, ch in enumerate(word):
        if ch not in BASES:
            continue
        row = lp[start + i]
        k = int(row.argmax())
        new = _ADD.get((ch, k))
        if new is None:
            continue
        out[i] = new
        margin = min(margin, float(row[k] - max(row[j] for j in range(3) if j != k)))
    return "".join(out), margin
