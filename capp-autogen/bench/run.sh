#!/usr/bin/env bash
# Benchmark of whole CLI processes (see CliBenchmark): run from anywhere,
#   capp-autogen/bench/run.sh
# Builds the test classes (no install), starts an embedded PostgreSQL, prints median timings.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -q -B -pl capp-autogen -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
CP="$ROOT/capp-autogen/target/test-classes:$ROOT/capp-autogen/target/classes:$(cat capp-autogen/target/bench-classpath.txt)"
exec java -cp "$CP" com.capp.autogen.bench.CliBenchmark
