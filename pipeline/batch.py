"""Batches: plan which files need work, run them on an executor, record the results.

    plan(inputs)  ->  tasks (changed or new files)  +  skipped (unchanged outputs)
    run_batch(tasks, executor)  ->  one `Outcome` per task, as they finish

Processing one file is a pure function (`run_task`: file in, JSON out, index
entry back), so a batch maps over any `concurrent.futures.Executor`:

- `LocalPool` (the default): worker processes from `pebble`, which, unlike the
  standard library's pool, stops and replaces the one worker whose document
  runs past `timeout`, and reports a worker that died (out of memory, a crash in
  a native library) as that document's failure. Each worker caps its own
  address space (`max_memory_mb`), so a decompression bomb ends as one failed
  document, not a machine out of memory.
- a Dask distributed cluster (`dask_executor`), for archives larger than one
  machine. The files and the output folder must be on storage every worker sees.

Every task ends in an `Outcome` with an index entry: a document stopped from
outside gets a failed JSON (`batch.timeout`, `batch.worker_died`) saying why.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, CancelledError, Executor, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .model import Document, IndexEntry
from .process import ProcessConfig, failed_document, process_file, sha256_file
from .write import (
    index_entry,
    output_name,
    read_index,
    text_export_name,
    write_document,
    write_text_export,
)

#: Default limit on one document's processing time, in seconds.
DEFAULT_TIMEOUT = 300.0
#: Default cap on a worker's address space, in MiB (a worker needs about 350).
DEFAULT_MAX_MEMORY_MB = 2048


@dataclass(frozen=True)
class Task:
    """One file to process: where it is, where its JSON goes, what else to write."""

    source: str
    output: str
    text_export: bool = False


@dataclass(frozen=True)
class Outcome:
    """What became of one task."""

    task: Task
    entry: IndexEntry
    seconds: float = 0.0


@dataclass
class Plan:
    tasks: list[Task]
    skipped: list[IndexEntry]  # unchanged since an earlier run with the same version and settings


def plan(inputs: Iterable[Path], out_dir: Path, config: ProcessConfig, *, force: bool = False, retry_failed: bool = False, text_export: bool = False) -> Plan:
    """Split inputs into work and skips.

    A file is skipped when the index (or the journal of an interrupted run) has
    an entry for it with the same sha256, pipeline version and settings, whose
    JSON (and text export, when asked for) is still there. `force` redoes every
    file; `retry_failed` redoes failed ones. Output names stay stable across runs.
    """
    previous = {e.source: e for e in read_index(out_dir)}
    inputs = list(inputs)
    names = {str(p) for p in inputs}
    taken = {e.output for src, e in previous.items() if src not in names}
    tasks: list[Task] = []
    skipped: list[IndexEntry] = []
    settings = config.settings()
    for path in inputs:
        src = str(path)
        prev = previous.get(src)
        try:
            sha = sha256_file(path)
        except OSError:
            sha = ""
        if (
            prev is not None
            and not force
            and sha
            and prev.sha256 == sha
            and prev.pipeline_version == __version__
            and prev.settings == settings
            and not (retry_failed and prev.status.value == "failed")
            and (out_dir / prev.output).exists()
            and (not text_export or (out_dir / text_export_name(prev.output)).exists())
        ):
            skipped.append(prev)
            taken.add(prev.output)
            continue
        name = prev.output if prev is not None else output_name(src, sha, taken)
        taken.add(name)
        tasks.append(Task(source=src, output=name, text_export=text_export))
    return Plan(tasks=tasks, skipped=skipped)


def record(doc: Document, task: Task, out_dir: Path, settings: str) -> IndexEntry:
    """Write a document's JSON (and text export) atomically; return its index entry."""
    write_document(doc, out_dir, task.output)
    if task.text_export:
        write_text_export(doc, out_dir, task.output)
    return index_entry(doc, task.output, settings)


def run_task(task: Task, out_dir: str, config: ProcessConfig) -> Outcome:
    """Process one file and write its outputs: the unit of work a worker runs."""
    doc = process_file(task.source, config)
    seconds = sum(s.seconds for s in doc.stages)
    return Outcome(task=task, entry=record(doc, task, Path(out_dir), config.settings()), seconds=seconds)


#: A few damaged Polish lines for :func:`warm_up`: a lost glyph with its spurious
#: space, ł as a line feed, a CP1250 letter shown as CP1252, a bullet, text typed
#: without diacritics, and names the tagger knows — so every lazily loaded table
#: (indices, morfeusz2, the context model, gazetteers) is read before the clock.
WARM_UP_TEXT = (
    "Wsp\u00f3\u0142praca obejmuj\ufffd ce Europ\ufffd P\u00f3\nnocn\u0105 i \u00bfycie w Polsce.\n"
    "\ufffd du\ufffd e zasoby klastra w wojew\u00f3dztwie podlaskim\n"
    "Zrodla finansowania: Program Operacyjny Innowacyjna Gospodarka, ok. 60 firm, 2007-2013.\n"
)


def warm_up(config: ProcessConfig) -> None:
    """Load what every document needs — the lexicon and its indices, morfeusz2, the
    context model, the tagger's spaCy pipeline and gazetteers — by running the repair
    and tagging stages on :data:`WARM_UP_TEXT`, so a document's time limit measures
    the document, not the worker's start (the first document paid ~0.3 s otherwise).
    Then freezes what is loaded (`gc.freeze`): those tables live as long as the worker,
    and the garbage collector's full passes no longer scan them for every document
    (~5 % of a clean deck's time)."""
    import gc

    from wordfreq import zipf_frequency

    from .repair import repair_text

    repaired = repair_text(WARM_UP_TEXT).text
    for lang in ("pl", "en"):  # wordfreq reads each whole list on first use (~0.15 s)
        zipf_frequency("europa", lang)
    if config.tag:
        from .tag import tag_text

        tag_text(repaired)
    gc.collect()
    gc.freeze()


def _init_worker(max_memory_mb: int, config: ProcessConfig | None = None) -> None:
    """Worker start: leave Ctrl-C to the parent, cap the address space, warm up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if max_memory_mb > 0:
        import resource

        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if config is not None:
        warm_up(config)


class LocalPool(Executor):
    """Worker processes on this machine with a per-task timeout (see module doc)."""

    def __init__(self, workers: int | None = None, timeout: float | None = DEFAULT_TIMEOUT, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB, config: ProcessConfig | None = None) -> None:
        from pebble import ProcessPool

        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout if timeout and timeout > 0 else None
        self.max_memory_mb = max_memory_mb
        self._pool = ProcessPool(max_workers=self.workers, initializer=_init_worker, initargs=(max_memory_mb, config))

    def submit(self, fn, /, *args, **kwargs) -> Future:  # type: ignore[override]
        return self._pool.schedule(fn, args=args, kwargs=kwargs, timeout=self.timeout)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures or not wait:
            self._pool.stop()
        else:
            self._pool.close()
        self._pool.join()


def dask_executor(scheduler: str) -> tuple[Executor, Callable[[], None]]:
    """A `concurrent.futures` executor on a Dask distributed cluster, and a function closing the client."""
    import socket
    from urllib.parse import urlsplit

    from distributed import Client

    where = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    if where.scheme == "tcp" and where.hostname and where.port:  # fail fast on a wrong address
        socket.create_connection((where.hostname, where.port), timeout=10).close()
    client = Client(scheduler, timeout="30s")
    return client.get_executor(pure=False), client.close


def _why_stopped(exc: BaseException, timeout: float | None, max_memory_mb: int) -> tuple[str, str]:
    """Error code and message for a document whose worker did not return it."""
    name = type(exc).__name__
    if isinstance(exc, FutureTimeout) or name == "TimeoutError":
        return "batch.timeout", f"Processing took longer than {timeout:g} s and was stopped (--timeout)."
    if name in ("ProcessExpired", "KilledWorker"):
        cap = f" (the cap is {max_memory_mb} MiB, --max-memory)" if max_memory_mb else ""
        return "batch.worker_died", f"The worker processing this file died ({exc}); most likely it ran out of memory{cap} or a native library crashed."
    if isinstance(exc, MemoryError):
        return "doc.memory", "Processing ran out of memory; the file is too large or a decompression bomb."
    return "batch.error", f"Processing failed ({name}: {str(exc)[:200]})."


def run_batch(
    tasks: Iterable[Task],
    executor: Executor,
    out_dir: Path,
    config: ProcessConfig,
    *,
    timeout: float | None = None,
    max_memory_mb: int = 0,
    in_flight: int = 64,
) -> Iterator[Outcome]:
    """Submit tasks to the executor and yield outcomes as they finish.

    At most `in_flight` tasks are submitted at a time, so memory stays flat
    however many files there are. A task whose future fails (timeout, dead
    worker, an error outside `process_file`) is recorded here as a failed
    document, so every task yields exactly one outcome and every input ends up
    with a JSON and an index entry.
    """
    pending = iter(tasks)
    futures: dict[Future, Task] = {}

    def refill() -> None:
        for task in pending:
            futures[executor.submit(run_task, task, str(out_dir), config)] = task
            if len(futures) >= in_flight:
                return

    refill()
    try:
        while futures:
            done, _ = wait(futures, return_when=FIRST_COMPLETED)
            for fut in done:
                task = futures.pop(fut)
                try:
                    outcome = fut.result()
                except CancelledError:
                    raise
                except Exception as exc:  # a worker's failure becomes the document's failure
                    code, message = _why_stopped(exc, timeout, max_memory_mb)
                    doc = failed_document(task.source, code, message)
                    outcome = Outcome(task=task, entry=record(doc, task, out_dir, config.settings()))
                yield outcome
            refill()
    finally:
        for fut in futures:
            fut.cancel()
