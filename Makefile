# Two commands on a fresh machine (Python 3.11+ and make):
#   make run    set up .venv and run the pipeline on corpus/ -> outputs/
#   make test   set up .venv (with test tools) and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test setup setup-dev browser bench bench-ingest lint corpus clean

run: setup
	$(BIN)/pipeline ingest corpus/ -o outputs/

test: setup-dev browser
	$(BIN)/python -m pytest -q

# Headless Chromium for the report test (Debian packages; installed when run as root).
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium and chromium-driver (Debian packages) for the report test"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; }; \
	  else echo "note: chromium is not installed and this is not root: the report's browser test will be skipped"; fi; \
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
