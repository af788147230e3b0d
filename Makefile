# The two commands of the README, and what they need.
#   make demo   set up (first time) and build a workspace from the bundled corpus
#   make test   set up (first time) and run the whole test suite, SQLite and PostgreSQL
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dabir demo

test: $(STAMP)
	@url=$$(scripts/postgres-for-tests.sh) && export DABIR_TEST_PG_URL="$$url" || \
	  echo "PostgreSQL unavailable: its tests will be skipped (set DABIR_REQUIRE_PG=1 to fail instead)"; \
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
