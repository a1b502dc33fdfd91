#!/usr/bin/env bash
# The Alembic comparison (../shared/peers/vs-alembic.sh: paired whole-process runs of CAPP's own
# Alembic project and capp-autogen on fresh databases) in the state a developer works in: the tool
# built and each command's start-up archive written. The launcher writes an archive on a command's
# first run after a build and publishes it a few seconds later; without this warm-up the first
# rounds would time the recording runs, and the archive being built beside them.
#   capp-autogen/bench/vs-alembic.sh [ROUNDS]      (from the project root; default 7)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PEER="$ROOT/../shared/peers/vs-alembic.sh"
[[ -x "$PEER" ]] || { echo "not found: $PEER (the shared peers folder sits beside the project)" >&2; exit 2; }
cd "$ROOT"
"$PEER" 1 >/dev/null   # one round: builds, and runs every command once
for _ in $(seq 120); do   # archives are built in the background: wait until none is left half-done
  compgen -G "capp-autogen/target/startup/*.creating" >/dev/null || break
  sleep 0.5
done
echo "start-up archives: $(cd capp-autogen/target/startup && echo *)"
exec "$PEER" "${1:-7}"
