# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test test-fast bench clean

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

## Run the whole test suite (slow, model-loading tests included).
test: $(STAMP)
	$(BIN)/python -m pytest -q kg tests

## Only the tests that do not load the spaCy model.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m 'not slow' kg tests

bench: $(STAMP)
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_start.py

clean:
	rm -rf $(VENV) .kg-store
