#!/usr/bin/env bash
# `npm run fuzz`: the security suites (Node, browser, e2e) with many fuzz runs. FUZZ_RUNS (default
# 20000 here, 200 in `npm test`) and FUZZ_SEED (replays a logged run) reach the browser as VITE_*.
#   FUZZ_SEED=123 bash scripts/fuzz.sh              replay one seed
#   FUZZ_RUNS=500 bash scripts/fuzz.sh fuzz         only the fuzz files, fewer runs
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_RUNS="${FUZZ_RUNS:-20000}"
export VITE_FUZZ_RUNS="$FUZZ_RUNS"
if [ -n "${FUZZ_SEED:-}" ]; then export VITE_FUZZ_SEED="$FUZZ_SEED"; fi
# Per-test timeouts scale with FUZZ_RUNS (tests/security/fuzz-config.ts); 20000 runs is the long mode,
# in which the XSS suite also sends the whole BLNS list through every single-attribute channel.
exec bash scripts/test.sh "${@:-security/}"
