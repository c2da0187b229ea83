#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds the extension, then scripts/demo.mjs builds and
# serves the demo EHR portal and opens Chromium with ReplyGuard loaded.
# Options (after `--`): --screenshots DIR (headless screenshot tour), --port N, --extension DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20 or newer is needed (Debian: apt-get install -y nodejs npm)." >&2
  exit 1
fi

if [ ! -d node_modules ]; then
  echo "Installing npm packages (npm ci)..."
  npm ci --no-audit --no-fund
fi

find_chromium() {
  local candidate
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium \
    /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! CHROMIUM_PATH="$(find_chromium)"; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found: installing Debian's chromium package (apt-get install -y chromium)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
    CHROMIUM_PATH="$(find_chromium)"
  else
    echo "Chromium not found. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu)" >&2
    echo "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run \`npm run demo\` again." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

extension_flag=()
echo "Building the extension (npx wxt build)..."
if ! build_log="$(npx wxt build 2>&1)"; then
  echo "$build_log" | tail -n 25 >&2
  echo "WARNING: the extension did not build; the demo portal opens without ReplyGuard." >&2
  extension_flag=(--without-extension)
else
  echo "Extension built: .output/chrome-mv3"
fi

exec node scripts/demo.mjs ${extension_flag[@]+"${extension_flag[@]}"} "$@"
