#!/usr/bin/env bash
# `npm test`: sets up what the tests need (npm deps, Debian's Chromium, a fresh build), then runs Vitest
# once: pure logic in Node, everything that touches the DOM in a real headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
if [ "${POSTQUOTE_DIST_BUILT:-}" = 1 ]; then
  echo "[setup] dist/ was built by this CI run (npm run build): not built again"
else
  echo "[setup] building dist/ (the CSP and bundle tests load the built files)"
  npx rollup -c --silent
fi
node scripts/size.mjs
mkdir -p coverage
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=coverage/vitest.json "$@"
status=$?
set -e
# One plain closing line for CI logs: "N passed, N failed".
node -e 'const r=JSON.parse(require("fs").readFileSync("coverage/vitest.json","utf8"));console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))' || true
exit $status
