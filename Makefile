# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test test-fast bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

## Build the graph from seeds/ and answer the saved questions.
run: $(STAMP)
	$(BIN)/kg build seeds/
	$(BIN)/kg stats
	$(BIN)/kg ask
	$(BIN)/kg draw -o kg-graph.png

## Headless Chromium for tests/test_view.py: Debian's package, installed when missing and run as root.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "make: could not install chromium: the browser tests of tests/test_view.py will be skipped"; \
	else echo "make: no chromium and no root apt-get to install it: the browser tests of tests/test_view.py will be skipped"; fi

## Run the whole test suite (slow, model-loading tests included).
test: $(STAMP) browser
	$(BIN)/python -m pytest -q kg tests

## Only the tests that do not load the spaCy model.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m 'not slow' kg tests

bench: $(STAMP)
	$(BIN)/python bench/bench_build.py
	nice -n 10 $(BIN)/python bench/bench_queries.py
	nice -n 10 $(BIN)/python bench/bench_stream.py
	$(BIN)/python bench/bench_start.py
	nice -n 10 $(BIN)/python bench/bench_draw.py

clean:
	rm -rf $(VENV) .kg-store
