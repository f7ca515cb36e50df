# Two set-up commands: `make run` (demo database + app) and `make test` (whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo/dropin-demo.db

.PHONY: run test lint install demo translations dist clean

$(BIN)/dropin: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,lint]'
	touch $@

install: $(BIN)/dropin

$(BIN)/pyinstaller: $(BIN)/dropin
	$(BIN)/pip install --quiet -e '.[test,dist]'
	touch $@

demo: install
	@mkdir -p $(dir $(DEMO_DB))
	@if [ ! -f $(DEMO_DB) ]; then $(BIN)/dropin demo --db $(DEMO_DB); fi

run: demo
	$(BIN)/dropin --db $(DEMO_DB)

# lint, format and layer checks first: a few seconds, before the suite's minutes
lint: install
	$(BIN)/ruff check dropin tests
	$(BIN)/ruff format --check dropin tests
	$(BIN)/lint-imports
	$(BIN)/mypy

# in parallel, one worker per core (TEST_WORKERS=0: all in one process): the groups are set in tests/conftest.py;
# compiled modules are kept, so each worker and each program a test starts does not compile them again
TEST_WORKERS ?= auto
test: lint
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		-n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder

translations: install
	$(BIN)/python -m dropin.i18n_tools

# The installable program: one folder, dist/dropin/ (see README, "Install").
dist: $(BIN)/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/dropin.spec

clean:
	rm -rf $(VENV) demo build dist *.egg-info
