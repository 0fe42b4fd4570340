"""Entity tagging on the sample and on inflected Polish."""

from __future__ import annotations

from pipeline.process import process_file
from pipeline.tag import build_nlp, tag_text

from .conftest import SAMPLE


def _ents(text):
    return {(e.label, e.text, e.normalized) for e in tag_text(text)}


def test_sample_entities():
    doc = process_file(SAMPLE)
    found = {(e.label, e.normalized) for e in doc.entities}
    expected = {
        ("COUNTRY", "Stany Zjednoczone"), ("COUNTRY", "Kanada"), ("COUNTRY", "Francja"), ("COUNTRY", "Niemcy"),
        ("COUNTRY", "Wielka Brytania"), ("REGION", "Europa"), ("REGION", "Ameryka Północna"), ("REGION", "Turyngia"),
        ("CLUSTER", "Optics Valley"), ("CLUSTER", "Optonet"), ("PROGRAMME", "Sixth Framework Programme"),
        ("PROJECT", "OMNI-NET"), ("DATE", "2003"),
    }
    assert expected <= found
    quantities = {e.text: e.attributes for e in doc.entities if e.label == "QUANTITY"}
    assert quantities["ok. 60 firm"] == {"value": 60, "unit": "firma", "approximate": True}
    assert quantities["13 firm"]["approximate"] is False
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        page = next(p for p in doc.pages if p.number == e.page)
        assert page.start <= e.start < page.end + 1


def test_inflected_forms_and_ids():
    ents = tag_text("Firmy we Francji i w Niemczech, a także w Ameryce Północnej.")
    by_norm = {e.normalized: e for e in ents}
    assert by_norm["Francja"].ids["iso3166"] == "FR"
    assert by_norm["Niemcy"].text == "Niemczech"
    assert by_norm["Ameryka Północna"].label == "REGION"


def test_bare_klaster_is_not_an_entity():
    assert not [e for e in tag_text("Każdy klaster potrzebuje koordynatora.") if e.label == "CLUSTER"]


def test_pipeline_is_a_spacy_pipeline():
    nlp = build_nlp()
    assert nlp.pipe_names == ["entity_ruler", "pl_rules"]
    doc = nlp("Dolina Lotnicza w 2010 roku")
    assert [(e.label_, e.text) for e in doc.ents] == [("CLUSTER", "Dolina Lotnicza"), ("DATE", "2010 roku")]
