#!/usr/bin/env bash
# Installs the npm dependencies from the lockfile when node_modules is missing or older than it.
set -euo pipefail
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] installing npm dependencies: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
else
  echo "[setup] npm dependencies present"
fi
