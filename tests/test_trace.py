"""Raw text + records = repaired text, and back: a property over generated inputs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.repair import repair_text, undo
from pipeline.repair.trace import Edit, OffsetMap, Trace

ALPHABET = "abcełóz \n\ufffd³¿ê"


@st.composite
def edit_passes(draw):
    raw = draw(st.text(alphabet="abc \n", max_size=20))
    passes = []
    length = len(raw)
    for _ in range(draw(st.integers(1, 4))):
        edits = []
        pos = 0
        while pos <= length and draw(st.booleans()):
            s = draw(st.integers(pos, length))
            e = draw(st.integers(s, min(length, s + 3)))
            after = draw(st.text(alphabet="XYZ", max_size=2))
            edits.append((s, e, after))
            pos = e + 1
        passes.append(edits)
        length += sum(len(a) - (e - s) for s, e, a in edits)
    return raw, passes


@given(edit_passes())
@settings(max_examples=400, deadline=None)
def test_trace_composes_edits_reversibly(data):
    raw, passes = data
    trace = Trace(raw)
    for k, edits in enumerate(passes):
        trace.apply([Edit(s, e, a, f"m{k}", 0.5) for s, e, a in edits if e <= len(trace.text)])
        assert undo(trace.text, trace.records) == raw
        for r in trace.records:
            assert trace.text[r.start : r.end] == r.after
            assert raw[r.raw_start : r.raw_end] == r.before
        starts = [r.start for r in trace.records]
        assert starts == sorted(starts)


@given(st.text(alphabet=ALPHABET, max_size=60))
@settings(max_examples=150, deadline=None)
def test_repair_is_reversible(lexicon, raw):
    result = repair_text(raw, lexicon=lexicon)
    assert undo(result.text, result.records) == raw


def test_offset_map_maps_spans_around_records():
    trace = Trace("ab\ufffd cd ef")
    trace.apply([Edit(2, 4, "ą", "g", 0.9)])
    assert trace.text == "abącd ef"
    omap = OffsetMap(trace.records)
    assert omap.start(0) == 0
    assert omap.start(3) == 2 and omap.end(3) == 3  # inside the record: snapped to its edges
    assert omap.start(7) == trace.text.index("ef")
    assert omap.end(len(trace.raw)) == len(trace.text)


#: Real words for the property below: names, places, English, prepositions and forms
#: the context rules act on, so their edits (capitals, ą/ę, ń) are composed too.
WORDS = ["Śląsku", "Łodzi", "Politechniką", "Śląską", "Europa", "Środkowa", "Europe", "the", "and", "of", "w", "do", "ze", "z", "pod", "różową", "ścianą", "nie", "będę", "czekał", "się", "bawi", "piłką", "kilka", "dań", "aby", "zainteresować", "niż", "lepsze", "Klaster", "Łódzki", "Medyczny", "Żeleńskim", "źródła", "Źródła", "mówię", "mówią", "siedzą", "kobieta", "mężczyzna", "wartość", "WIG20", "zł", "200", "mln", "•", "–", ".", ",", ":", "\n"]
_LOSE = str.maketrans({c: "\ufffd" for c in "ąćęńśźżĄĆĘŃŚŹŻ"})


@st.composite
def damaged_slides(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    text = " ".join(words)
    out = []
    for ch in text:
        if ch in "ąćęńśźżĄĆĘŃŚŹŻ" and draw(st.booleans()):
            out.append(ch.translate(_LOSE) + (" " if draw(st.booleans()) else ""))
        elif ch in "łŁ" and draw(st.booleans()):
            out.append("\n")
        else:
            out.append(ch)
    return "".join(out)


@given(damaged_slides())
@settings(max_examples=200, deadline=None)
def test_repair_of_damaged_words_is_reversible(lexicon, raw):
    result = repair_text(raw, lexicon=lexicon)
    assert undo(result.text, result.records) == raw
    for r in result.records:
        assert result.text[r.start : r.end] == r.after
