#!/usr/bin/env bash
# `npm audit --omit=dev`, failing on any advisory. When the registry's audit service cannot be
# reached (this workplace's network allows the package registry only), it says so and passes:
# an unreachable service is not a clean bill of health, and the log line makes that visible.
set -uo pipefail
out=$(npm audit --omit=dev --json 2>/dev/null)
status=$?
if echo "$out" | grep -q '"vulnerabilities"'; then
  total=$(node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8"));const v=r.metadata?.vulnerabilities??{};console.log(Object.values(v).reduce((a,b)=>a+b,0)-(v.total??0))' <<<"$out")
  if [ "$status" = 0 ] && [ "${total:-0}" = 0 ]; then echo "[audit] runtime dependencies: 0 advisories"; exit 0; fi
  npm audit --omit=dev
  exit 1
fi
echo "[audit] WARNING: the npm audit service could not be reached; runtime dependencies NOT audited in this run"
exit 0
