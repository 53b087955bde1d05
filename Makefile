# Casus: two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: setup run test check-postgres lint format bench bench-growth screenshots translations bundle bundle-test clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Without a display the window would open on Qt's offscreen platform, where nobody sees it.
run: setup
	@if [ "$$(uname -s)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "Casus heeft een beeldscherm nodig: er is geen DISPLAY of WAYLAND_DISPLAY. Start Casus in een grafische sessie, of gebruik de opdrachtregel: .venv/bin/casus-app --help" >&2; \
		exit 1; \
	fi
	$(BIN)/casus-app

# ruff, mypy ([tool.mypy]) and the layer contracts of pyproject.toml ([tool.importlinter], docs/architecture.md).
lint: setup
	$(BIN)/ruff check casus_app tests db scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

format: setup
	$(BIN)/ruff format casus_app tests db scripts

# Key derivation at the RFC 9106 floor in tests (CASUS_KDF_TARGET_SECONDS=0): same algorithm,
# no tuning towards 0.5 s per slot.
test: check-postgres setup lint
	QT_QPA_PLATFORM=offscreen CASUS_KDF_TARGET_SECONDS=0 $(BIN)/python -m pytest -q -m "not perf and not bundle" tests

# The server tests start a real PostgreSQL (15 or newer) from its own binaries (tests/server/postgres.py).
check-postgres:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		echo "make test: PostgreSQL (15 of nieuwer) ontbreekt: initdb en pg_ctl staan niet op PATH of in /usr/lib/postgresql/*/bin. Installeer het met: apt-get install postgresql" >&2; \
		exit 1; \
	}

# A one-folder bundle in dist/casus-app (PyInstaller, build.spec), and its smoke test.
bundle: setup
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

bundle-test: bundle
	CASUS_BUNDLE=dist/casus-app/casus-app $(BIN)/python -m pytest -q -m bundle tests/bundle

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m "perf and not growth" tests/perf

# Import and monitoring export at 10,000, 100,000 and 1,000,000 cases (CASUS_BENCH_GROWTH): minutes.
bench-growth: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m growth tests/perf

screenshots: setup
	QT_QPA_PLATFORM=offscreen CASUS_KDF_TARGET_SECONDS=0 $(BIN)/python scripts/screenshots.py

# Extract every tr() string into resources/translations/casus_en.ts and compile the .qm.
translations: setup
	$(BIN)/python scripts/translations.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
