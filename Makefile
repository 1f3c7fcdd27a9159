# Two commands do all setup on a fresh machine:
#   make run    — create .venv if missing, install the program, open it on its default database
#   make test   — create .venv if missing, install the test extra, run the whole suite offscreen
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
QT_SYSTEM_LIBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0

.PHONY: run test lint bundle bundle-smoke bench translations clean system-libs postgresql

run: $(STAMP_RUN) system-libs
	$(PY) -m app $(ARGS)

test: $(STAMP_TEST) system-libs postgresql
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

# Qt needs a few shared libraries that a minimal Debian lacks; install them only when missing.
system-libs:
	@if command -v dpkg-query >/dev/null 2>&1; then \
		missing=""; for p in $(QT_SYSTEM_LIBS); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			echo "Installing Qt system libraries:$$missing"; \
			SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
			$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing >/dev/null; \
		fi; \
	fi

# The tests and the bench run on PostgreSQL too: a throwaway cluster (tests/pg_cluster.py) needs
# Debian's server binaries (initdb, pg_ctl, pg_dump); install them only when missing.
postgresql:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then \
		echo "Installing PostgreSQL (for the shared-office tests)"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

lint: $(STAMP_TEST)
	$(PY) -m ruff check app tests bench
	$(PY) -m mypy app/domain app/models app/services app/importers app/exporters

bench: $(STAMP_TEST) postgresql
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

translations: $(STAMP_RUN)
	for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

bundle: $(STAMP_TEST) translations
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build installer/theo-doi-ke-hoach.spec

bundle-smoke: bundle
	QT_QPA_PLATFORM=offscreen bash installer/smoke.sh dist/TheoDoiKeHoach

clean:
	rm -rf build dist .pytest_cache
