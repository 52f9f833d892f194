# The two commands of the README: `make figures` and `make test`.
# Everything runs in .venv/, created on first use from any Python 3.11+.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CORPUS ?=
PORT   ?= 8866

.PHONY: figures test test-legacy ocr-check lab explore venv lint clean-venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "akhbar needs Python 3.11 or newer; run: make PYTHON=python3.11 ..."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dask,test]'
	# GPL, so never a dependency of the library: only two tests compare our own
	# stopword list against it (they skip, saying why, where it is missing).
	$(BIN)/python -m pip install --quiet arabic-stopwords
	touch $(STAMP)

## make figures [CORPUS=path/to/articles ...]: run every notebook, write figures/
figures: $(STAMP)
	$(BIN)/akhbar figures $(if $(CORPUS),--corpus $(CORPUS))

## make test: unit tests, notebook regression tests (nbval), plot tests under matplotlib < 3.11
test: $(STAMP)
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-current-env \
	  --nbval-sanitize-with tests/nbval_sanitize.cfg
	$(MAKE) test-legacy

## make test-legacy: the plot tests under matplotlib < 3.11 (creates .venv-legacy)
test-legacy:
	PYTHON=$(PYTHON) ci/legacy_env.sh test

## make ocr-check: does tesseract read the figures' Arabic back? (after make figures)
ocr-check: $(STAMP)
	$(BIN)/python benchmarks/ocr_figures.py
	PYTHON=$(PYTHON) ci/legacy_env.sh figures

## make lab: JupyterLab on the notebooks, in the same environment
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

## make explore [CORPUS=path/to/articles ...] [PORT=8866]: the explorer as a web page (Voilà)
explore: $(STAMP)
	$(BIN)/akhbar explore $(if $(CORPUS),$(CORPUS),seeds) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check lib tests benchmarks notebooks

clean-venv:
	rm -rf $(VENV) $(VENV)-legacy
