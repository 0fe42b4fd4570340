# Two commands on a fresh machine (Python 3.11+ and make):
#   make run    set up .venv and run the pipeline on corpus/ -> outputs/
#   make test   set up .venv (with test tools) and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test setup setup-dev system-deps bench bench-ingest lint corpus clean

run: setup
	$(BIN)/pipeline ingest corpus/ -o outputs/

test: setup-dev system-deps
	$(BIN)/python -m pytest -q

# System tools some tests need (Debian packages, installed when run as root):
# headless Chromium for the report test, Tesseract with Polish data for OCR.
SYSTEM_PACKAGES := chromium chromium-driver tesseract-ocr tesseract-ocr-pol
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx pol; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(SYSTEM_PACKAGES) (Debian packages) for the browser and OCR tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(SYSTEM_PACKAGES) >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(SYSTEM_PACKAGES) >/dev/null; }; \
	  else echo "note: not root, so $(SYSTEM_PACKAGES) are not installed: the browser test is skipped and OCR is only flagged"; fi; \
	fi

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

$(VENV)/.runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	$(BIN)/pipeline lexicon build
	touch $@

$(VENV)/.dev: $(VENV)/.runtime
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

bench: setup-dev
	$(BIN)/python bench/repair_bench.py

bench-ingest: setup-dev
	$(BIN)/python bench/ingest_bench.py --memory 1000

lint: setup-dev
	$(BIN)/ruff check pipeline tests bench

corpus: setup-dev
	$(BIN)/python -m pipeline.decks corpus/

clean:
	rm -rf $(VENV) .pytest_cache
