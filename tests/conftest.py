"""Shared fixtures: the real lexicon, the sample document, generated decks, the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "000_609c9499d91e6edf.txt"
DATA = Path(__file__).resolve().parent / "data"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def lexicon():
    from pipeline.repair.lexicon import default_lexicon

    return default_lexicon()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the installed `pipeline` console script (the real CLI, in a subprocess)."""
    exe = Path(sys.executable).parent / "pipeline"
    return subprocess.run([str(exe), *args], input=input, capture_output=True, cwd=cwd or ROOT, timeout=300)


@pytest.fixture
def cli():
    return run_cli
