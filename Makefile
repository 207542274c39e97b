# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= out/iraq-troops

.PHONY: demo test install install-dev browser lint bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claimtrack needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[notebook]"
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[notebook,dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: install into .venv and report on the sample corpus in data/
demo: install
	$(BIN)/claimtrack report data/iraq-troops --out $(OUT)

## test: install the test extras into .venv and run the whole suite, notebooks included
test: install-dev browser
	$(BIN)/python -m pytest -q

# Debian's chromium for the browser tests, when missing and installable (as root); else they skip.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium not installed: the browser tests will be skipped"; }

lint: install-dev
	$(BIN)/ruff check claimtrack tests benchmarks
	$(BIN)/ruff format --check claimtrack tests benchmarks

bench: install-dev
	$(BIN)/python -m pip install --quiet -e ".[notebook,dev,bench]"
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) out build *.egg-info
