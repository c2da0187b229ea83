#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: npm dependencies, and Debian's
# Chromium (and Firefox ESR for the Firefox tests) when none is found. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies (npm ci)..."
  npm ci --no-audit --no-fund
fi
[ -f .wxt/tsconfig.json ] || npx wxt prepare >/dev/null

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "${NEED_FIREFOX:-1}" = 1 ]; then
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing browser(s): ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
