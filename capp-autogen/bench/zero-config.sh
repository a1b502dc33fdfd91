#!/usr/bin/env bash
# Zero-config `check` wall time (JVM start to exit, embedded PostgreSQL included), from outside:
#   capp-autogen/bench/zero-config.sh
# cold: an empty cache each run (binaries unpacked, initdb); warm: the cache of the previous run.
# Prints each run and the median. Targets: warm ≤ 1.5 s on an idle machine (issue 13), cold < 15 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
bin/capp-autogen --version >/dev/null   # build first if needed, outside the timings
unset DATABASE_URL
WARM_CACHE="$(mktemp -d)"
trap 'rm -rf "$WARM_CACHE"' EXIT

# runs "$@" N times, prints each wall time in ms and the median
timed() {
  local runs=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "run failed: $*" >&2; exit 2; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  echo "runs ms: ${times[*]}"
  printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print "median ms: " (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}
cold() { local c; c=$(mktemp -d); CAPP_AUTOGEN_CACHE=$c bin/capp-autogen check; local s=$?; rm -rf "$c"; return $s; }
warm() { CAPP_AUTOGEN_CACHE="$WARM_CACHE" bin/capp-autogen check; }

echo "== cold (fresh cache each run)"
timed 3 cold
echo "== warm (cache reused; one run first fills it)"
warm >/dev/null 2>&1
timed 5 warm
