#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed; says exactly what it did. Never downloads a browser build.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "[setup] chromium present: $(command -v chromium) ($(chromium --version 2>/dev/null | head -1))"
  exit 0
fi
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
  echo "[setup] chromium is missing and this user cannot install it: run 'apt-get install -y chromium' as root" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
echo "[setup] chromium missing: running '$SUDO apt-get update' and '$SUDO apt-get install -y chromium'"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "[setup] installed $(command -v chromium) ($(chromium --version 2>/dev/null | head -1))"
