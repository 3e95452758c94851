#!/usr/bin/env bash
# npm run bench [-- --quick | --runs N | --n 1,10,100,1000 | --video-n 1,10,100 | --only id,id | --no-readme]
# Sets up what the bench needs, builds postquote and the contenders, then runs everything in one
# Chromium. Full run (5 runs, N up to 1000): about 6–10 minutes on 2 idle cores. --quick: N up to 100, 3 runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

echo "[bench] building postquote: npx rollup -c --silent"
if ! npx rollup -c --silent; then
  if [ -f dist/cdn/postquote.min.js ]; then
    echo "[bench] WARNING: rollup failed; measuring the existing dist/cdn/postquote.min.js from an earlier build" >&2
  else
    echo "[bench] WARNING: rollup failed and there is no dist/cdn/postquote.min.js; postquote contenders will be skipped" >&2
  fi
fi

echo "[bench] building contenders: node bench/build.mjs"
node bench/build.mjs

exec node bench/run.mjs "$@"
