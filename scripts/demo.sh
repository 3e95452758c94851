#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds, and serves the demo on http://127.0.0.1:8080/demo/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx rollup -c --silent
node scripts/size.mjs
exec node scripts/serve.mjs "${PORT:-8080}"
