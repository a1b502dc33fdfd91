#!/usr/bin/env bash
# The plugin's `check` on CAPP vs the CLI's `bin/capp-autogen check` (zero-config, whole processes,
# medians of rounds). The plugin is run as a team would run it: `mvn capp-autogen:check` in the
# migrations module, resolving CAPP's artifacts from a local repository (a private one: lib.sh).
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
# Last figures (2 cores, this repository's .mvn/jvm.config), after the CLI's second start-up round
# was merged, 9 rounds, load 0.5-0.9: plugin check 1.72 s, Maven alone 0.75 s, CLI 0.80 s; the check
# adds 0.95 s to a Maven build, 1.21x the CLI's whole run; whole processes 2.17x.
# Before that merge, 10 rounds, load 0.8 -> 1.4: plugin check 1.70 s, skipped 0.90 s, Maven alone
# 0.74 s, CLI 0.85 s; added 0.96 s = 1.14x, whole 2.01x. Load 1.2 -> 2.6: 2.15 / 1.24 / 1.01 / 1.07 s,
# added 1.12 s = 1.10x, whole 2.04x. Load 2.6 -> 2.9 with the file moved aside
# (Maven's default JVM): 2.33 / 1.29 / 1.06 / 0.91 s, added 1.27 s = 1.44x, whole 2.62x.
# What they mean, the profile, and how to reproduce it: docs/PERFORMANCE.md, "The Maven plugin's check".
set -euo pipefail
ROUNDS="${1:-10}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_checkout
"$ROOT/bin/capp-autogen" check >/dev/null 2>&1   # builds the launcher's classpath and its start-up archive

plugin() { plugin_check; }
skipped() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations capp-autogen:check -Dcapp.autogen.skip >/dev/null); }
maven() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations validate >/dev/null); }
cli() { "$ROOT/bin/capp-autogen" check >/dev/null 2>&1; }
COMMANDS=(plugin skipped maven cli)

column() { awk -v c="$1" '{print $c}' "$WORK/times.txt" | median; }

plugin 2>/dev/null || true   # warm-up: the model and compile caches hold this classpath's entry afterwards
load_before=$(load)
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
load_after=$(load)

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
