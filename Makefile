# The few verbs a person types. The environment is created on first use:
# a pinned uv (in .tools/) installs exactly the versions in uv.lock into .venv/.
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
STAMP := $(VENV)/.installed

# The kernel the notebooks run in is the venv's Python; no interpreter is ever downloaded.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export UV_PYTHON_DOWNLOADS := never
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: env test report lab lint notebooks lesson readme clean

env: $(STAMP)

$(UV):
	@# uv.lock resolves for Python 3.11 only, so results are identical on every machine.
	@$(PYTHON) -c "import sys, ensurepip; sys.exit(sys.version_info[:2] != (3, 11))" 2>/dev/null || \
		{ echo "make: needs Python 3.11 with venv (e.g. make PYTHON=python3.11; on Debian/Ubuntu also apt install python3-venv)"; exit 1; }
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(STAMP): uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --all-extras --python $(PYTHON)
	@# Build matplotlib's font cache now, so its one-time notice never lands in a notebook's output.
	$(VENV)/bin/python -c "import matplotlib.pyplot"
	touch $(STAMP)

test: env
	$(VENV)/bin/pytest tests notebooks/[0-9][0-9]-*.ipynb --nbval -q
	@# nbval re-ran every notebook, which rewrote figures/: they must come out byte-identical.
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		git diff --quiet -- figures/ || { git diff --stat -- figures/; \
		echo "make: figures/ changed when the notebooks re-ran (not reproducible, or not committed after 'make notebooks')"; exit 1; }; fi

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
	$(VENV)/bin/python -m corpus_tools.lesson student notebooks/04-lesson.ipynb notebooks/04-lesson-student.ipynb

# Regenerate the README's data dictionary from the table registry.
readme: env
	$(VENV)/bin/python -m corpus_tools.readme README.md

lint: env
	$(VENV)/bin/python -m compileall -q corpus_tools tests

clean:
	rm -rf reports .pytest_cache
