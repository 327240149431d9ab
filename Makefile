# The few verbs a person types. The environment is created on first use:
# a pinned uv (in .tools/) installs exactly the versions in uv.lock into .venv/.
#
# Supported Pythons: 3.11, 3.12 and 3.13 (one uv.lock, the same package versions on each).
# By default the first of python3, python3.13, python3.12, python3.11 that is one of them;
# PYTHON=... picks another (make test PYTHON=python3.12). .venv/ belongs to one Python: asking
# for another rebuilds it (uv reinstalls from its cache). VENV=... keeps a separate folder per
# Python instead (make test PYTHON=python3.13 VENV=.venv-3.13).
SUPPORTED := 3.11 3.12 3.13
ifeq ($(origin PYTHON),undefined)
PYTHON := $(firstword $(shell for p in python3 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' >/dev/null 2>&1 && echo $$p; done) python3)
endif
# "3.12 /path/to/python3.12", or nothing if $(PYTHON) does not run. A pyenv shim that no
# `pyenv shell`/`local` activates (python3.12: "command not found") is found in $(pyenv root).
PYINFO_CMD := -c 'import sys; print("%d.%d" % sys.version_info[:2], sys.executable)'
PYINFO := $(shell $(PYTHON) $(PYINFO_CMD) 2>/dev/null || \
	for p in $$(pyenv root 2>/dev/null)/versions/*/bin/$(PYTHON); do [ -x "$$p" ] && "$$p" $(PYINFO_CMD) && break; done 2>/dev/null)
PYVER := $(word 1,$(PYINFO))
PYEXE := $(word 2,$(PYINFO))
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV ?= .venv
STAMP := $(VENV)/.installed-py$(PYVER)

# The kernel the notebooks run in is the venv's Python; no interpreter is ever downloaded.
export PATH := $(abspath $(VENV))/bin:$(PATH)
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1
# Bytecode caches are written, into .venv and the git-ignored __pycache__ folders, even where the
# environment sets PYTHONDONTWRITEBYTECODE (this machine's sandbox does): without them each of make
# test's ~30 Python processes (pytest workers, notebook kernels, subprocess tests) compiled pandas,
# matplotlib, the package and pytest's rewritten tests from source, 3.5-7 CPU s a process.
export PYTHONDONTWRITEBYTECODE :=

# One line, and what to install, when the Python cannot be used (checked only when a venv is built).
CHECK_PYTHON = $(if $(filter $(PYVER),$(SUPPORTED)),,$(error $(if $(PYVER),$(PYTHON) is Python $(PYVER)$(comma) not supported,no usable Python: $(PYTHON) does not run): install Python 3.11$(comma) 3.12 or 3.13 (Debian/Ubuntu: apt install python3 python3-venv) and run make PYTHON=python3.X))
comma := ,

.PHONY: env test check scale report lab lint notebooks lesson readme cross-python clean

env: $(STAMP)

$(UV):
	$(CHECK_PYTHON)
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || \
		{ echo "make: $(PYTHON) lacks the venv module: install it (Debian/Ubuntu: apt install python3-venv, or python$(PYVER)-venv)"; exit 1; }
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# uv replaces $(VENV) when it was built with another Python; the stamp names the Python it holds.
$(STAMP): uv.lock pyproject.toml | $(UV)
	$(CHECK_PYTHON)
	$(UV) sync --frozen --all-extras --compile-bytecode --python $(PYEXE)
	@# Build matplotlib's font cache now, so its one-time notice never lands in a notebook's output.
	$(VENV)/bin/python -c "import matplotlib.pyplot"
	touch $(STAMP)

# Unit tests and every notebook, without the measurements at scale (`make scale`; CI runs both).
test: env
	@# Two workers; --dist loadfile keeps each file (a notebook's cells) on one worker, in order;
	@# --no-loadscope-reorder hands out files longest first (tests/conftest.py orders them).
	@# A kernel starts while the other worker is busy; nbval's default 60 s start-up wait once ran out (stop 27).
	$(VENV)/bin/pytest tests notebooks/[0-9][0-9]-*.ipynb --nbval -q -m "not scale" -n auto --dist loadfile --no-loadscope-reorder \
		--nbval-kernel-startup-timeout=240
	@# nbval re-ran every notebook, which rewrote figures/: they must come out byte-identical.
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		git diff --quiet -- figures/ || { git diff --stat -- figures/; \
		echo "make: figures/ changed when the notebooks re-ran (not reproducible, or not committed after 'make notebooks')"; exit 1; }; fi

# The fast lane while working: unit tests without the slow ones (reports, wheel, fresh interpreters, worker pools,
# generated cases) and no notebooks.
check: env
	$(VENV)/bin/pytest tests -q -m "not slow and not scale" -n auto --dist loadfile --no-loadscope-reorder

# The tests that measure (time and memory growth exponents, tracemalloc peaks), work at scale or build
# whole reports (recall on 2,000 documents, a 20 MB article, reports on two corpora, determinism across
# processes, Dask clusters): minutes. Measurements are kept out of make test, whose results must not depend
# on how busy the machine is.
scale: env
	$(VENV)/bin/pytest tests -q -m scale -n auto --dist loadfile --no-loadscope-reorder

report: env
	$(VENV)/bin/corpus-tools report

lab: env
	$(VENV)/bin/jupyter lab notebooks

# Re-execute every notebook in place in a fresh kernel (after changing code).
notebooks: env
	for nb in notebooks/[0-9][0-9]-*.ipynb; do case "$$nb" in *-student.ipynb) continue;; esac; \
		$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace "$$nb" || exit 1; done
	$(MAKE) lesson

# Rebuild the lesson's student version (answers blanked, then executed) from the teacher version.
lesson: env
	$(VENV)/bin/python -m corpus_tools.present.lesson student notebooks/04-lesson.ipynb notebooks/04-lesson-student.ipynb

# Regenerate the README's data dictionary from the table registry.
readme: env
	$(VENV)/bin/python -m corpus_tools.present.readme README.md

lint: env
	$(VENV)/bin/python -m compileall -q corpus_tools tests

# Same inputs, same tables and figures on every supported Python this machine has,
# each in its own venv under .venvs/ (benchmarks/cross_python.py; about 5 minutes for three).
cross-python: env
	$(VENV)/bin/python benchmarks/cross_python.py

clean:
	rm -rf reports .pytest_cache
