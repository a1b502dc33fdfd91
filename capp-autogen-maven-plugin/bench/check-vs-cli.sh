#!/usr/bin/env bash
# The plugin's `check` on CAPP vs the CLI's `bin/capp-autogen check` (zero-config, whole processes,
# medians of rounds). The plugin is run as a team would run it: `mvn capp-autogen:check` in the
# migrations module, resolving CAPP's artifacts from a local repository. To leave ~/.m2 alone, this
# builds into a private one (third-party artifacts copied from ~/.m2 through a file:// repository).
#
# One round runs, in an order that rotates from round to round (so no command always runs first,
# after the machine was idle):
#   plugin   mvn -o -pl migrations capp-autogen:check                        (the goal, doing its work)
#   skipped  mvn -o -pl migrations capp-autogen:check -Dcapp.autogen.skip    (Maven resolving the module's
#            compile classpath and the plugin's realm, configuring the mojo; the mojo returns at once)
#   maven    mvn -o -pl migrations validate                                  (Maven alone: no plugin goal)
#   cli      bin/capp-autogen check
# and prints the medians of each, and of the per-round differences and ratios: what the check adds to
# a Maven build (plugin - maven), the part of that which is Maven's plugin set-up (skipped - maven),
# and how the added time compares with the CLI's whole run.
#
#   capp-autogen-maven-plugin/bench/check-vs-cli.sh [ROUNDS]      (default 10)
# MAVEN_OPTS is passed to every mvn run (e.g. the options of a .mvn/jvm.config under evaluation).
# Figures and what they mean: docs/PERFORMANCE.md, "The Maven plugin's check".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${CAPP_BENCH_DIR:-$ROOT/target/plugin-bench}"
ROUNDS="${1:-10}"
mkdir -p "$WORK"
M2="file://$HOME/.m2/repository"
cat > "$WORK/settings.xml" <<XML
<settings><profiles><profile><id>m2</id>
  <repositories><repository><id>m2</id><url>$M2</url></repository></repositories>
  <pluginRepositories><pluginRepository><id>m2</id><url>$M2</url></pluginRepository></pluginRepositories>
</profile></profiles><activeProfiles><activeProfile>m2</activeProfile></activeProfiles></settings>
XML
# A dev-database cache folder of the bench's own: a run of another checkout on the shared one would send
# one of ours to a private data directory (initdb, ~1.5 s) and spoil that round.
export CAPP_AUTOGEN_CACHE="$WORK/dev-cache"
MVN=(mvn -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$WORK/repository")
(cd "$ROOT" && "${MVN[@]}" install -DskipTests -DskipITs -Dcli.skip=true >&2)
"$ROOT/bin/capp-autogen" check >/dev/null 2>&1   # builds the launcher's classpath and its start-up archive

plugin() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations capp-autogen:check >/dev/null); }
skipped() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations capp-autogen:check -Dcapp.autogen.skip >/dev/null); }
maven() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations validate >/dev/null); }
cli() { "$ROOT/bin/capp-autogen" check >/dev/null 2>&1; }
COMMANDS=(plugin skipped maven cli)

millis() { local start; start=$(date +%s%N); "$@"; echo $(( ($(date +%s%N) - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
column() { awk -v c="$1" '{print $c}' "$WORK/times.txt" | median; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms / 1000}'; }

plugin 2>/dev/null || true   # warm-up: the model and compile caches hold this classpath's entry afterwards
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$WORK/times.txt"
for round in $(seq "$ROUNDS"); do
  declare -A ms=()
  for i in 0 1 2 3; do
    command=${COMMANDS[$(( (i + round) % 4 ))]}
    ms[$command]=$(millis "$command")
  done
  # plugin skipped maven cli | added=plugin-maven setup=skipped-maven | added/cli plugin/cli
  awk -v p="${ms[plugin]}" -v s="${ms[skipped]}" -v m="${ms[maven]}" -v c="${ms[cli]}" \
    'BEGIN {printf "%d %d %d %d %d %d %.3f %.3f\n", p, s, m, c, p - m, s - m, (p - m) / c, p / c}' >> "$WORK/times.txt"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "$ROUNDS rounds, load average $load_before before, $load_after after; medians:"
echo "  plugin check   mvn -o -pl migrations capp-autogen:check           $(seconds "$(column 1)") s"
echo "  plugin skipped mvn ... capp-autogen:check -Dcapp.autogen.skip     $(seconds "$(column 2)") s"
echo "  Maven alone    mvn -o -pl migrations validate                     $(seconds "$(column 3)") s"
echo "  CLI check      bin/capp-autogen check                             $(seconds "$(column 4)") s"
echo "  the check adds to a Maven build (plugin - Maven alone)            $(seconds "$(column 5)") s"
echo "    of which Maven's plugin set-up (skipped - Maven alone)          $(seconds "$(column 6)") s"
echo "  added / CLI check (target: at most 1.5)                           $(column 7)"
echo "  whole process: plugin check / CLI check                           $(column 8)"
echo "per round (ms; plugin skipped maven cli added setup added/cli plugin/cli): $WORK/times.txt"
