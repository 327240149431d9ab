#!/usr/bin/env bash
# The user's route: build the wheel, install it with plain pip into a fresh venv of a second
# Python (not the one `make test` used), and run the command line from a folder outside the
# checkout. pip gets the dependencies from the package index, held to the versions in uv.lock
# by a constraints file (`uv export`).
#
#   .ci/install_check.sh                      # Python 3.12 (else 3.13, else 3.11), both phases
#   .ci/install_check.sh --python 3.13        # that one
#   .ci/install_check.sh --phase install --work DIR   # build and pip install only (network-bound)
#   .ci/install_check.sh --phase use --work DIR       # then run the installed command line
#   KEEP=1 .ci/install_check.sh               # keep the scratch folder (printed)
#
# Fails loudly on the first failure, naming the command and showing the end of its output.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
UV="$REPO/.tools/bin/uv"
PHASE=all VERSIONS="3.12 3.13 3.11" WORK=""
while [ $# -gt 0 ]; do
    case $1 in
        --python) VERSIONS=$2; shift 2;;
        --phase) PHASE=$2; shift 2;;
        --work) WORK=$2; shift 2;;
        *) echo "usage: $0 [--python 3.X] [--phase all|install|use] [--work DIR]"; exit 2;;
    esac
done

# A working interpreter for version $1: pythonX.Y on PATH, else pyenv's (its shims only work when activated).
find_python() {
    local v=$1 p
    for p in "python$v" $(ls -d "$(pyenv root 2>/dev/null)"/versions/"$v".*/bin/python"$v" 2>/dev/null | sort -rV); do
        if "$p" -c "import sys, ensurepip; sys.exit('%d.%d' % sys.version_info[:2] != '$v')" >/dev/null 2>&1; then
            "$p" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))'; return 0
        fi
    done
    return 1
}
FAILED=0
if [ -z "$WORK" ]; then
    [ "$PHASE" = all ] || { echo "install check: --phase $PHASE needs --work DIR"; exit 2; }
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/corpus-tools-install-check-XXXXXX")
    cleanup() { if [ "${KEEP:-}" = 1 ] || [ "$FAILED" = 1 ]; then echo "install check: scratch folder kept: $WORK"; else rm -rf "$WORK"; fi; }
    trap cleanup EXIT
fi
mkdir -p "$WORK/outside"
WORK=$(cd "$WORK" && pwd)
LOG="$WORK/last-command.txt"

# run LABEL CMD...: run CMD, its output in $LOG; on failure say which and show the output's end.
run() {
    local label=$1; shift
    local t0=$SECONDS
    if "$@" >"$LOG" 2>&1; then
        echo "ok   $label ($((SECONDS - t0)) s)"
    else
        local code=$?
        FAILED=1
        echo "FAIL $label: exit $code: $*"
        tail -n 25 "$LOG" | sed 's/^/     | /'
        echo "install check FAILED"
        exit 1
    fi
}
COUNT_ROWS='import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(f"     | {len(rows)} {sys.argv[2]}")
sys.exit(not rows or "doc_id" not in rows[0])'
# expect LABEL TEST...: a check on what a command wrote.
expect() {
    local label=$1; shift
    if "$@"; then echo "ok   $label"; else FAILED=1; echo "FAIL $label"; echo "install check FAILED"; exit 1; fi
}

if [ "$PHASE" != use ]; then
    PY=""
    for v in $VERSIONS; do PY=$(find_python "$v") && break; done
    [ -n "$PY" ] || { echo "install check: no Python ${VERSIONS// /, } with venv found"; exit 2; }
    [ -x "$UV" ] || { echo "install check: $UV missing: run 'make env' first (it installs the pinned uv)"; exit 2; }
    echo "install check: $("$PY" -c 'import sys; print("Python", sys.version.split()[0])') ($PY), scratch $WORK"
    cd "$REPO"
    run "uv build (the sdist, then the wheel from it)" "$UV" build --quiet --out-dir "$WORK/dist"
    WHEEL=$(ls "$WORK"/dist/*.whl)
    run "uv export: uv.lock as pip constraints" "$UV" export --quiet --frozen --no-hashes --no-emit-project --all-extras \
        --no-header --no-annotate -o "$WORK/constraints.txt"
    run "python -m venv (a fresh venv)" "$PY" -m venv "$WORK/venv"
    run "pip install --upgrade pip" "$WORK/venv/bin/python" -m pip install --quiet --no-input --upgrade pip
    run "pip install $(basename "$WHEEL") -c constraints.txt" "$WORK/venv/bin/python" -m pip install --quiet --no-input \
        --no-compile --only-binary :all: -c "$WORK/constraints.txt" "$WHEEL"
    run "pip check" "$WORK/venv/bin/python" -m pip check
fi
[ "$PHASE" = install ] && exit 0

[ -x "$WORK/venv/bin/corpus-tools" ] || { echo "install check: no installed corpus-tools in $WORK/venv: run --phase install first"; exit 2; }
echo "install check: using the installed package ($("$WORK/venv/bin/python" -c 'import sys; print("Python", sys.version.split()[0])'), $WORK/venv)"
# From outside the checkout, with nothing of it on the path: only the installed package counts.
cd "$WORK/outside"
export PATH="$WORK/venv/bin:$PATH"
unset PYTHONPATH CORPUS_TOOLS_SEEDS VIRTUAL_ENV
CT="$WORK/venv/bin/corpus-tools"
run "corpus-tools --version" "$CT" --version
sed 's/^/     | /' "$LOG"
run "corpus-tools info" "$CT" info
sed -n '1,2p' "$LOG" | sed 's/^/     | /'
run "corpus-tools export documents --format csv" sh -c '"$0" export documents --format csv > documents.csv' "$CT"
expect "documents.csv: a header and a row per seed document" "$WORK/venv/bin/python" -c "$COUNT_ROWS" documents.csv documents
run "corpus-tools export quotes <checkout>/tests/data/bridge_story --format csv" \
    sh -c '"$0" export quotes "$1" --format csv > quotes.csv' "$CT" "$REPO/tests/data/bridge_story"
expect "quotes.csv: a header and quotes" "$WORK/venv/bin/python" -c "$COUNT_ROWS" quotes.csv quotes
run "corpus-tools report --out <tmp>/report (the seeds)" "$CT" report --out "$WORK/report"
tail -n 1 "$LOG" | sed 's/^/     | /'
expect "report/index.html written" test -s "$WORK/report/index.html"
# Past --dataset-above (0 here) the report writes a dataset, with workers from the fork server of this
# installed package, and runs the at-scale chapter instead of the others.
run "corpus-tools report --out <tmp>/report-at-scale --dataset-above 0 --jobs 2 (the seeds, from a dataset)" \
    "$CT" report --out "$WORK/report-at-scale" --dataset-above 0 --jobs 2
tail -n 1 "$LOG" | sed 's/^/     | /'
expect "report-at-scale/05-at-scale.html written" test -s "$WORK/report-at-scale/05-at-scale.html"
# Between them the two reports ran every notebook on this Python: their figures must be the committed ones,
# byte for byte.
if [ -d "$WORK/report/figures" ] && [ -d "$WORK/report-at-scale/figures" ]; then
    mkdir -p "$WORK/figures-of-both"
    cp "$WORK/report/figures/"* "$WORK/report-at-scale/figures/"* "$WORK/figures-of-both/"
    expect "the two reports' figures/ byte-identical to the checkout's figures/" diff -r -q "$WORK/figures-of-both" "$REPO/figures"
else
    echo "note report/figures/ not written: figures not compared"
fi
echo "install check passed: pip install of the wheel on $("$WORK/venv/bin/python" -c 'import sys; print("Python", sys.version.split()[0])')"
