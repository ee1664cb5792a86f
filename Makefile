# Two commands on a fresh machine: `make run` (the bot on SQLite with the web chat)
# and `make test` (lint, import contract, the whole test suite). Both create the
# virtualenv and install what they need: `make run` only the bot's own packages,
# `make test` adds the test extras (pytest, ruff, Playwright, Synapse...). Each has
# its own stamp, so neither reinstalls what the other already put there.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-stamp
TEST_STAMP := $(VENV)/.test-stamp

.PHONY: install run test lint system-deps bench bench-postgres bench-clock bench-reports bench-queries clean-venv

$(RUN_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $(RUN_STAMP)

$(TEST_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(TEST_STAMP)

install: $(RUN_STAMP)  # the virtualenv with the bot's packages, for .venv/bin/walking-home

system-deps:
	@bash scripts/install-system-deps.sh

run: $(RUN_STAMP)
	$(BIN)/walking-home run

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: $(TEST_STAMP) system-deps lint
	$(BIN)/pytest

# SQLite in one process, then 1, 2 and 4 processes on one throwaway PostgreSQL (skipped, saying
# so, when PostgreSQL's server programs are not installed).
bench: $(RUN_STAMP)
	$(BIN)/python -m bench.telegram_throughput
	$(MAKE) --no-print-directory bench-postgres
	$(MAKE) --no-print-directory bench-clock

bench-postgres: $(RUN_STAMP)
	$(BIN)/python -m bench.postgres_processes

# The case clock with 100,000 open cases: SQLite, then a throwaway PostgreSQL (bench/clock.py).
bench-clock: $(RUN_STAMP)
	$(BIN)/python -m bench.clock
	$(BIN)/python -m bench.clock --postgres

# The supervisor figures on 100,000 cases (SQLite) and 1,000,000 (a throwaway PostgreSQL), ten events
# each: every figure's p95 for a month in one region and a year everywhere, beside a bare count(*)
# (bench/reports.py; --cases N / --sqlite-cases N for other sizes: make bench-reports ARGS="--cases 200000").
bench-reports: $(RUN_STAMP)
	$(BIN)/python -m bench.reports $(ARGS)

# The staff queries (/queue, /cases, /counts, /case, /mine, dispatch, call-backs, service orders) at 1,000,
# 100,000 and 1,000,000 cases, ten events each, on SQLite and a throwaway PostgreSQL: median and p95 of each,
# its plan, the floor and the memory; exits 1 when a plan scans or sorts the cases (bench/queries.py;
# make bench-queries ARGS="--sizes 1000,100000 --only sqlite").
bench-queries: $(RUN_STAMP)
	$(BIN)/python -m bench.queries $(ARGS)

clean-venv:
	rm -rf $(VENV)
