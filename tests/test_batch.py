"""Batch runs through the real CLI: bad files, timeouts, resume after Ctrl-C and
kill -9, skipping unchanged documents, text export, a Dask cluster."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from .badfiles import make_bad_corpus, many_pages
from .conftest import SAMPLE, run_cli

EXE = str(Path(sys.executable).parent / "pipeline")


def _index(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def schema():
    return json.loads(run_cli("schema").stdout)


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> tuple[Path, dict[str, tuple[str, str | None]]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, make_bad_corpus(folder)


def test_bad_files_get_a_status_and_reason_and_the_batch_goes_on(bad_corpus, tmp_path, schema):
    folder, expected = bad_corpus
    out = tmp_path / "out"
    # the cap: a warmed-up worker maps ~400 MB, the 100,000-page file needs ~900 MB in
    # all, the bomb (1.2 GB inflated) far more
    res = run_cli("ingest", str(folder), "-o", str(out), "--workers", "2", "--timeout", "120", "--max-memory", "1280", "--no-tag")
    err = res.stderr.decode()
    assert res.returncode == 1, err  # some failed, the others were written
    assert "Traceback" not in err
    index = {Path(e["source"]).name: e for e in _index(out)}
    assert set(index) == set(expected)
    for name, (status, code) in expected.items():
        entry = index[name]
        doc = json.loads((out / entry["output"]).read_text(encoding="utf-8"))
        jsonschema.validate(doc, schema)
        assert (doc["status"], doc["errors"][0]["code"] if doc["errors"] else None) == (status, code), name
        assert entry["status"] == status
        for e in doc["errors"]:
            assert len(e["message"]) > 20  # a reason a person can act on
    assert index["legacy-cp1250.txt"]["warnings"] == ["txt.cp1250"]
    assert len(index["many-pages.pdf"]["needs_ocr"]) == 100_000
    assert "11 documents: 3 ok, 0 partial, 8 failed" in err
    assert [p.name for p in out.glob(".*")] == [".lock"]  # no temporary files or journal left behind


def test_timeout_stops_one_document_and_marks_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    many_pages(folder / "huge.pdf")  # ~5 s here: far past the limit below; the sample takes ~0.03 s after warm-up
    shutil.copy(SAMPLE, folder / "sample.txt")
    out = tmp_path / "out"
    res = run_cli("ingest", str(folder), "-o", str(out), "--workers", "1", "--timeout", "1.5")
    assert res.returncode == 1, res.stderr.decode()
    huge = json.loads((out / "huge.json").read_text(encoding="utf-8"))
    assert huge["status"] == "failed" and huge["errors"][0]["code"] == "batch.timeout"
    assert "1.5 s" in huge["errors"][0]["message"]
    assert json.loads((out / "sample.json").read_text(encoding="utf-8"))["status"] == "ok"


@pytest.fixture
def many_docs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(30):
        (folder / f"deck{i:02}.txt").write_text(f"Slajd {i}\n\n{text}", encoding="utf-8")
    return folder


def _start(folder: Path, out: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([EXE, "ingest", str(folder), "-o", str(out), "--workers", "1", *args], stderr=subprocess.PIPE, start_new_session=True)


def _wait_for_journal(out: Path, lines: int, proc: subprocess.Popen) -> None:
    journal = out / ".index.journal.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_text(encoding="utf-8").count("\n") >= lines:
            return
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.02)
    raise AssertionError("no progress in 120 s")


def _finish_and_check(folder: Path, out: Path, done_before: int) -> None:
    res = run_cli("ingest", str(folder), "-o", str(out), "--workers", "2")
    err = res.stderr.decode()
    assert res.returncode == 0, err
    skipped = int(err.split(" of 30 documents unchanged")[0].rsplit("\n", 1)[-1])
    assert skipped >= done_before
    assert f"({30 - skipped} processed, {skipped} unchanged)" in err
    index = _index(out)
    assert len(index) == 30 and all(e["status"] == "ok" for e in index)
    for e in index:
        doc = json.loads((out / e["output"]).read_text(encoding="utf-8"))
        assert doc["source"]["sha256"] == e["sha256"]


def test_kill_9_then_resume(many_docs, tmp_path):
    out = tmp_path / "out"
    proc = _start(many_docs, out)
    _wait_for_journal(out, 3, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, no chance to clean up
    proc.communicate(timeout=60)
    for line in (out / ".index.journal.jsonl").read_text(encoding="utf-8").splitlines()[:-1]:
        json.loads(line)  # whole lines (a torn last one is tolerated by readers)
    _finish_and_check(many_docs, out, 3)
    assert not (out / ".index.journal.jsonl").exists()


def test_ctrl_c_writes_the_index_and_resumes(many_docs, tmp_path):
    out = tmp_path / "out"
    proc = _start(many_docs, out)
    _wait_for_journal(out, 2, proc)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends to the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert "run the same command again to resume" in err.decode()
    assert "Traceback" not in err.decode()
    assert not (out / ".index.journal.jsonl").exists()
    done = len(_index(out))
    assert done >= 2
    _finish_and_check(many_docs, out, done)


def test_one_run_at_a_time_per_output_folder(tmp_path):
    from pipeline.write import OutputLock

    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out):  # as a running ingest holds it
        (out / ".index.jsonl.abc.tmp").write_text("half-written by a killed run", encoding="utf-8")
        res = run_cli("ingest", str(SAMPLE), "-o", str(out))
        assert res.returncode == 2 and "another 'pipeline ingest' is writing" in res.stderr.decode()
    res = run_cli("ingest", str(SAMPLE), "-o", str(out), "-w", "0")
    assert res.returncode == 0, res.stderr.decode()
    assert not (out / ".index.jsonl.abc.tmp").exists()  # stale temporary file cleared


def test_unchanged_documents_are_skipped_until_something_changes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "a.txt")
    (folder / "b.txt").write_text("Współpraca klastrów w regionie.", encoding="utf-8")
    out = tmp_path / "out"
    first = run_cli("ingest", str(folder), "-o", str(out), "-w", "1")
    assert first.returncode == 0, first.stderr.decode()
    mtime = (out / "a.json").stat().st_mtime_ns
    again = run_cli("ingest", str(folder), "-o", str(out), "-w", "1")
    assert "(0 processed, 2 unchanged)" in again.stderr.decode()
    assert (out / "a.json").stat().st_mtime_ns == mtime
    (folder / "b.txt").write_text("Współpraca klastrów w Europie.", encoding="utf-8")
    changed = run_cli("ingest", str(folder), "-o", str(out), "-w", "1")
    assert "(1 processed, 1 unchanged)" in changed.stderr.decode()
    assert json.loads((out / "b.json").read_text(encoding="utf-8"))["text"] == "Współpraca klastrów w Europie."
    other_options = run_cli("ingest", str(folder), "-o", str(out), "-w", "1", "--no-tag")
    assert "(2 processed, 0 unchanged)" in other_options.stderr.decode()
    forced = run_cli("ingest", str(folder), "-o", str(out), "-w", "1", "--no-tag", "--force")
    assert "(2 processed, 0 unchanged)" in forced.stderr.decode()
    assert len(_index(out)) == 2


def test_text_export_and_output_folder_inside_the_input(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "sample.txt")
    out = folder / "out"  # inside the input folder: its files must not be read back as inputs
    for _ in range(2):
        res = run_cli("ingest", str(folder), "-o", str(out), "--format", "txt", "-w", "1")
        assert res.returncode == 0, res.stderr.decode()
    doc = json.loads((out / "sample.json").read_text(encoding="utf-8"))
    assert (out / "sample.repaired.txt").read_text(encoding="utf-8") == doc["text"]
    assert [e["source"] for e in _index(out)] == [str(folder / "sample.txt")]
    assert oct((out / "sample.json").stat().st_mode & 0o777) != oct(0o600)  # readable like any file the user writes


def test_dask_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "sample.txt")
    (folder / "bad.pdf").write_bytes(b"not a pdf")
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        res = run_cli("ingest", str(folder), "-o", str(out), "--dask-scheduler", cluster.scheduler_address)
    assert res.returncode == 1, res.stderr.decode()
    index = {Path(e["source"]).name: e for e in _index(out)}
    assert index["sample.txt"]["status"] == "ok" and index["sample.txt"]["repairs"] > 50
    assert index["bad.pdf"]["errors"] == ["pdf.corrupt"]
    res = run_cli("ingest", str(folder), "-o", str(out), "--dask-scheduler", "tcp://127.0.0.1:9")
    assert res.returncode == 2 and "cannot reach the Dask scheduler" in res.stderr.decode()
