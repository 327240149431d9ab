#!/bin/sh
# Screenshot every page of a rendered report in headless Chromium (Debian: apt-get install -y chromium).
#   scripts/screenshot_report.sh REPORT_DIR SHOTS_DIR
# One PNG per page (index.png, 00-corpus.png, ...), 1200x2000, for checking the reader's view by eye.
set -eu
report=${1:?usage: $0 REPORT_DIR SHOTS_DIR}
shots=${2:?usage: $0 REPORT_DIR SHOTS_DIR}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshot_report: chromium not found (Debian: apt-get install -y chromium)" >&2; exit 2; }
mkdir -p "$shots"
report=$(cd "$report" && pwd)
shots=$(cd "$shots" && pwd)
for page in "$report"/*.html; do
    name=$(basename "$page" .html)
    profile=$(mktemp -d)
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --no-first-run --user-data-dir="$profile" --window-size=1200,2000 \
        --screenshot="$shots/$name.png" "file://$page" >/dev/null 2>&1 || echo "screenshot_report: $name failed" >&2
    rm -rf "$profile"
    echo "$shots/$name.png"
done
