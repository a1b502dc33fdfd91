#!/usr/bin/env bash
# Zero-config `check` wall time (JVM start to exit, embedded PostgreSQL included), from outside:
#   capp-autogen/bench/zero-config.sh
# cold: an empty cache each run (binaries unpacked, initdb); warm: the cache of the previous run.
# Targets: warm < 5 s, cold < 15 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
bin/capp-autogen --version >/dev/null   # build first if needed, outside the timings
unset DATABASE_URL
WARM_CACHE="$(mktemp -d)"
trap 'rm -rf "$WARM_CACHE"' EXIT
echo "== cold (fresh cache each run)"
farm-bench -n 3 --warmup 0 --timeout 300 -- sh -c 'c=$(mktemp -d); CAPP_AUTOGEN_CACHE=$c bin/capp-autogen check; s=$?; rm -rf "$c"; exit $s'
echo "== warm (cache reused)"
CAPP_AUTOGEN_CACHE="$WARM_CACHE" farm-bench -n 5 --warmup 1 --timeout 300 -- bin/capp-autogen check
