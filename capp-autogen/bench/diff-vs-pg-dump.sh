#!/usr/bin/env bash
# `diff` between two live databases against the physical floor, two `pg_dump --schema-only` runs
# (issue 13: ≤ 3× at 100 tables, ≤ 1.2× at 2,000). Needs a PostgreSQL server the caller can create
# databases on (PGHOST/PGPORT/PGUSER/PGPASSWORD as for psql). Whole processes, alternating, medians:
#   capp-autogen/bench/diff-vs-pg-dump.sh [TABLES...]      (default: 100 2000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS=${RUNS:-7}
bin/capp-autogen --version >/dev/null   # build first if needed, outside the timings

# N tables shaped like CAPP's (key, varchar, numeric, timestamp, a unique and a plain index, a
# foreign key to the previous table); side b differs from a in every tenth table.
schema() {
  local n=$1 side=$2
  for i in $(seq 1 "$n"); do
    echo "CREATE TABLE t$i (id bigserial PRIMARY KEY, ref varchar(64) NOT NULL UNIQUE, amount numeric(18,2) DEFAULT 0,"
    echo "  created_at timestamptz NOT NULL DEFAULT now(), parent_id bigint$( ((i > 1)) && echo " REFERENCES t$((i - 1))(id)" )"
    if [[ $side == b && $((i % 10)) -eq 0 ]]; then echo ", note text"; fi
    echo ");"
    echo "CREATE INDEX t${i}_created ON t$i (created_at);"
  done
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - s) / 1000000 )); }

for n in "${@:-100 2000}"; do
  for side in a b; do
    dropdb --if-exists "bench_diff_${side}_$n"
    createdb "bench_diff_${side}_$n"
    schema "$n" "$side" | psql -q -v ON_ERROR_STOP=1 -d "bench_diff_${side}_$n" >/dev/null
  done
  url() { echo "postgresql://${PGUSER:-$USER}${PGPASSWORD:+:$PGPASSWORD}@${PGHOST:-localhost}:${PGPORT:-5432}/bench_diff_$1_$n"; }
  tool() { bin/capp-autogen diff --from "$(url a)" --to "$(url b)" --summary; }
  dumps() { pg_dump --schema-only -d "bench_diff_a_$n" >/dev/null && pg_dump --schema-only -d "bench_diff_b_$n" >/dev/null; }
  tool >/dev/null 2>&1 || true; dumps   # warm-up (start-up archive, caches)
  : > /tmp/diff-vs-dump.$$
  for _ in $(seq "$RUNS"); do echo "$(ms tool) $(ms dumps)" >> /tmp/diff-vs-dump.$$; done
  t=$(cut -d' ' -f1 /tmp/diff-vs-dump.$$ | median); d=$(cut -d' ' -f2 /tmp/diff-vs-dump.$$ | median)
  r=$(awk '{print $1 / $2}' /tmp/diff-vs-dump.$$ | median)
  echo "$n tables: capp-autogen diff ${t} ms, two pg_dump --schema-only ${d} ms, paired ratio median ${r}"
  rm -f /tmp/diff-vs-dump.$$
  dropdb "bench_diff_a_$n"; dropdb "bench_diff_b_$n"
done
