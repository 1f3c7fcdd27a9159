# Two commands do all setup on a fresh machine:
#   make run    — create .venv if missing, install the program, open it on its default database
#   make test   — create .venv if missing, install the test extra, run the whole suite offscreen
# Each extra has its own target: lint (ruff, mypy), build (PyInstaller, for bundle/installer).
#   make bundle / bundle-smoke        — the one-folder bundle in dist/TheoDoiKeHoach, checked
#   make installer / installer-smoke  — the NSIS installer in dist/, installed and removed under Wine
#   make wheel                        — a wheel with the compiled translations, in dist/
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_LINT := $(VENV)/.installed-lint
STAMP_BUILD := $(VENV)/.installed-build
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE := dist/TheoDoiKeHoach
SETUP = dist/TheoDoiKeHoach-$(VERSION)-setup.exe
# Debian's NSIS has the 64-bit stub, and Debian's Wine runs 64-bit programs without i386
# multiarch; the Windows workflow builds the 32-bit stub of NSIS's official release.
NSIS_TARGET ?= amd64-unicode
# zlib builds in a quarter of the time of solid LZMA; the release build keeps LZMA (the default).
NSIS_COMPRESSOR ?= zlib
QT_SYSTEM_LIBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0

.PHONY: run test lint bundle bundle-smoke installer installer-smoke wheel icon bench translations clean \
	system-libs nsis wine office postgresql

run: $(STAMP_RUN) system-libs
	$(PY) -m app $(ARGS)

# The suite in two worker processes (pytest-xdist), each test file whole on one worker (its module fixtures built
# once); `make test PYTEST_ARGS="tests/ui -x"` runs a part in one process.
PYTEST_ARGS ?= -n 2 --dist loadfile

test: $(STAMP_TEST) system-libs office postgresql
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

$(STAMP_LINT): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[lint]"
	touch $@ $(STAMP_RUN)

$(STAMP_BUILD): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[build]"
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

# The exchange tests re-save workbooks through LibreOffice Calc as agencies do, and the report tests
# lay the DOCX out with LibreOffice Writer to compare its pages with the PDF's (soffice --headless);
# install Debian's packages only when one is missing.
OFFICE_PACKAGES := libreoffice-calc libreoffice-writer
office:
	@if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
		missing=""; for p in $(OFFICE_PACKAGES); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			echo "Installing LibreOffice for the exchange and report tests:$$missing"; \
			SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
			$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
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

lint: $(STAMP_LINT)
	$(PY) -m ruff check app tests bench
	$(PY) -m mypy app

bench: $(STAMP_TEST) postgresql
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# For a checkout and a wheel; the bundle compiles its own copy (installer/theo-doi-ke-hoach.spec).
translations: $(STAMP_RUN)
	for ts in app/resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

# The icon is committed; this redraws it after a change to installer/draw_icon.py.
icon: $(STAMP_RUN)
	$(PY) installer/draw_icon.py

wheel: translations
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .

bundle: $(STAMP_BUILD) system-libs
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build installer/theo-doi-ke-hoach.spec

bundle-smoke: bundle
	QT_QPA_PLATFORM=offscreen bash installer/smoke.sh $(BUNDLE)

# The installer wraps the Linux bundle here: it checks the installer's logic, not a Windows
# build (that is .github/workflows/windows.yml). EXE_SUFFIX is empty: the programs have no .exe.
installer: bundle nsis
	makensis -V2 -DTARGET=$(NSIS_TARGET) -DCOMPRESSOR=$(NSIS_COMPRESSOR) -DVERSION=$(VERSION) \
		-DVERSION_QUAD=$$($(PY) installer/build_info.py quad) -DBUNDLE=$(CURDIR)/$(BUNDLE) \
		-DOUTFILE=$(CURDIR)/$(SETUP) -DEXE_SUFFIX= installer/theo-doi-ke-hoach.nsi

installer-smoke: installer wine
	bash installer/installer-smoke.sh $(SETUP)

# Debian's NSIS and Wine, installed only when missing (as for the Qt libraries above).
nsis wine:
	@command -v $(if $(filter nsis,$@),makensis,wine) >/dev/null 2>&1 || { \
		echo "Installing $@"; SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			$(if $(filter wine,$@),--no-install-recommends wine wine64,nsis) >/dev/null; }

clean:
	rm -rf build dist .pytest_cache
