"""The real CLI, in a subprocess: ingest, repair, schema; output validated against the schema."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest

from pipeline.decks import SAMPLE_DECKS, write_deck

from .conftest import DATA, SAMPLE


@pytest.fixture(scope="module")
def schema():
    from .conftest import run_cli

    out = run_cli("schema")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    name, slides = next(iter(SAMPLE_DECKS.items()))
    write_deck(folder / "sub" / f"{name}.pdf", slides)
    (folder / "sub" / "notes.md").write_text("ignored: not .pdf or .txt", encoding="utf-8")
    return folder


def test_ingest_writes_schema_valid_json_and_index(cli, corpus, tmp_path, schema):
    out = tmp_path / "out"
    res = cli("ingest", str(corpus), "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    index = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(index) == 2
    for entry in index:
        assert set(entry) >= {"source", "sha256", "status", "pages", "repairs", "entities", "output"}
        doc = json.loads((out / entry["output"]).read_text(encoding="utf-8"))
        jsonschema.validate(doc, schema)
        assert doc["source"]["sha256"] == entry["sha256"] and doc["status"] == entry["status"] == "ok"
        assert len(doc["repairs"]) == entry["repairs"] and len(doc["entities"]) == entry["entities"]
    sample = json.loads((out / f"{SAMPLE.stem}.json").read_text(encoding="utf-8"))
    assert sample["text"] == (DATA / "sample_repaired.txt").read_text(encoding="utf-8")
    assert sample["raw_text"] == SAMPLE.read_text(encoding="utf-8")
    assert sample["repairs"] and sample["entities"] and len(sample["pages"]) == 7
    assert [s["name"] for s in sample["stages"]] == ["extract", "repair", "structure", "tag"]
    for r in sample["repairs"]:
        assert sample["text"][r["start"] : r["end"]] == r["after"]
        assert sample["raw_text"][r["raw_start"] : r["raw_end"]] == r["before"]
    for e in sample["entities"]:
        assert sample["text"][e["start"] : e["end"]] == e["text"]


def test_ingest_bad_file_fails_but_batch_goes_on(cli, corpus, tmp_path, schema):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\ngarbage")
    out = tmp_path / "out"
    res = cli("ingest", str(corpus), "-o", str(out))
    assert res.returncode == 1
    assert b"Traceback" not in res.stderr
    index = {json.loads(line)["source"].rsplit("/", 1)[-1]: json.loads(line) for line in (out / "index.jsonl").read_text().splitlines()}
    assert index["broken.pdf"]["status"] == "failed" and index["broken.pdf"]["errors"] == ["pdf.corrupt"]
    assert index[SAMPLE.name]["status"] == "ok"
    broken = json.loads((out / index["broken.pdf"]["output"]).read_text())
    jsonschema.validate(broken, schema)
    assert broken["errors"][0]["message"]


def test_ingest_usage_errors(cli, tmp_path):
    assert cli("ingest", str(tmp_path / "missing")).returncode == 2
    assert cli("ingest", str(tmp_path), "-o", str(tmp_path / "o")).returncode == 2  # no inputs in folder
    assert cli("ingest").returncode == 2


def test_repair_stdin_and_explain(cli):
    res = cli("repair", input="Korzy \ufffd ci dla w\nadz".encode())
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode() == "Korzyści dla władz"
    res = cli("repair", "--explain", input="Korzy \ufffd ci".encode())
    records = json.loads(res.stdout)
    assert {r["method"] for r in records} >= {"glyph.lexicon"}
    assert all({"before", "after", "start", "end", "raw_start", "raw_end", "confidence"} <= set(r) for r in records)


def test_repair_file(cli):
    res = cli("repair", str(SAMPLE))
    assert res.returncode == 0
    assert res.stdout.decode() == (DATA / "sample_repaired.txt").read_text(encoding="utf-8")


def test_help_everywhere(cli):
    for args in ([], ["ingest"], ["repair"], ["schema"]):
        res = cli(*args, "--help")
        assert res.returncode == 0 and b"Usage" in res.stdout
