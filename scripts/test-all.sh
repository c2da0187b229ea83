#!/usr/bin/env bash
# The one test command (npm test): installs what is missing, then runs type-check, lint, unit
# tests (Vitest) and end-to-end tests (Playwright, real Chromium with the built extension), and
# ends with the totals on a line of their own: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh || exit 1

out=.output/test-results
rm -rf "$out" && mkdir -p "$out"
passed=0
failed=0

check() { # name, command...: a whole-tree check counted as one test
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# Counts from a JSON report: a missing or unreadable report counts as one failure.
count() { # report, kind
  node scripts/lib/count-results.mjs "$1" "$2" || echo "0 1"
}

check "typecheck (tsc --noEmit)" npx tsc --noEmit
check "lint (biome)" npx biome check .

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json"
read -r p f < <(count "$out/vitest.json" vitest)
passed=$((passed + p)); failed=$((failed + f))

if [ -f playwright.config.ts ]; then
  echo "== end-to-end tests (playwright)"
  npx wxt build >/dev/null || { echo "FAILED: extension build"; failed=$((failed + 1)); }
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out/playwright.json" npx playwright test --reporter=list,json
  read -r p f < <(count "$out/playwright.json" playwright)
  passed=$((passed + p)); failed=$((failed + f))
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
