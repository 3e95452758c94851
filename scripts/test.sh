#!/usr/bin/env bash
# `npm test`: sets up what the tests need (npm deps, Debian's Chromium, a fresh build), then runs Vitest
# once: pure logic in Node, everything that touches the DOM in a real headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
echo "[setup] building dist/ (the CSP and bundle tests load the built files)"
npx rollup -c --silent
node scripts/size.mjs
npx vitest run "$@"
