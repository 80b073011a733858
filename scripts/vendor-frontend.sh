#!/usr/bin/env bash
# Refreshes the vendored front-end packages from the npm registry.
# Versions are pinned here; change a version, run this script, commit the result.
set -euo pipefail

DS_CSS=1.22.0
DS_THEME=1.11.0
HTMX=2.0.11
AXE=4.14.1

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
  "@digdir/designsystemet-css@$DS_CSS" "@digdir/designsystemet-theme@$DS_THEME" \
  "htmx.org@$HTMX" "axe-core@$AXE" >/dev/null

static="$root/src/main/resources/static/vendor"
testres="$root/src/test/resources/vendor"
rm -rf "$static" "$testres"
mkdir -p "$static/designsystemet-css" "$static/designsystemet-theme" "$static/htmx" "$testres/axe-core"

nm="$work/node_modules"
cp "$nm/@digdir/designsystemet-css/dist/src/index.css" "$static/designsystemet-css/index.css"
cp "$nm/@digdir/designsystemet-css/LICENSE" "$static/designsystemet-css/LICENSE"
cp "$nm/@digdir/designsystemet-theme/src/themes/designsystemet.css" "$static/designsystemet-theme/designsystemet.css"
cp "$nm/@digdir/designsystemet-theme/LICENSE" "$static/designsystemet-theme/LICENSE"
cp "$nm/htmx.org/dist/htmx.min.js" "$static/htmx/htmx.min.js"
cp "$nm/htmx.org/LICENSE" "$static/htmx/LICENSE"
cp "$nm/axe-core/axe.min.js" "$testres/axe-core/axe.min.js"
cp "$nm/axe-core/LICENSE" "$testres/axe-core/LICENSE"

licence() { node -p "require('$nm/$1/package.json').license"; }
cat > "$root/docs/vendored.md" <<MD
# Vendored front-end packages

Fetched from the npm registry by \`scripts/vendor-frontend.sh\`; do not edit the copies by hand.

| package | version | licence | copied to |
|---|---|---|---|
| @digdir/designsystemet-css | $DS_CSS | $(licence @digdir/designsystemet-css) | src/main/resources/static/vendor/designsystemet-css/ |
| @digdir/designsystemet-theme | $DS_THEME | $(licence @digdir/designsystemet-theme) | src/main/resources/static/vendor/designsystemet-theme/ |
| htmx.org | $HTMX | $(licence htmx.org) | src/main/resources/static/vendor/htmx/ |
| axe-core (tests only) | $AXE | $(licence axe-core) | src/test/resources/vendor/axe-core/ |
MD
echo "Vendored into $static and $testres; versions in docs/vendored.md"
