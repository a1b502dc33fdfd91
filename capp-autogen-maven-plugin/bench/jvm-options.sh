#!/usr/bin/env bash
# Should a project's .mvn/jvm.config carry JVM options for Maven's own JVM? Rounds of paired runs,
# Maven's default JVM (A) against the given options (B), in alternating order, of
#   the plugin's check   mvn -o -pl migrations capp-autogen:check   (short: start-up and interpreter bound)
#   a full build         mvn -B -o verify -DskipTests               (javac runs in Maven's JVM), with --build;
#                        every module cleaned first (untimed), so all of it is compiled again
# printing the median of each and of the per-round ratio B/A. The options go in through MAVEN_OPTS,
# which is where Maven's launcher puts the lines of .mvn/jvm.config too.
#   capp-autogen-maven-plugin/bench/jvm-options.sh "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" [ROUNDS] [--build]
# BASELINE_OPTS="..." gives A options of its own (e.g. the adopted ones, to weigh one more option).
# Last figures (load 1.4-3.5): -XX:TieredStopAtLevel=1 -XX:+UseSerialGC against Maven's defaults,
# plugin check B/A 0.66-0.77 (e.g. 2.34 -> 1.76 s at load 1.4-1.7), full build with every module
# compiled 0.70-0.77 (16.3 -> 11.7 s), hence .mvn/jvm.config; a CDS archive on top (BASELINE_OPTS the two options) 0.91.
# Figures: docs/PERFORMANCE.md, "The Maven plugin's check"; advice to teams: docs/USING.md.
set -euo pipefail
OPTIONS="$1"
BASELINE="${BASELINE_OPTS:-}"   # A's options: none (Maven's default JVM) unless set
BASELINE_NAME="Maven's default JVM"
if [[ -n "$BASELINE" ]]; then BASELINE_NAME="$BASELINE"; fi
ROUNDS="${2:-7}"
BUILD="${3:-}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if [[ -f "$ROOT/.mvn/jvm.config" ]]; then
  echo "$ROOT/.mvn/jvm.config exists: both sides would carry it; move it aside to compare" >&2
  exit 2
fi
install_checkout

# Maven's launcher reads MAVEN_OPTS (and .mvn/jvm.config) into the java command line
with() { local opts="$1"; shift; MAVEN_OPTS="$opts" "$@"; }
# every module's classes compiled again (javac is what C1-only code might slow); the root's target/
# holds this bench's repository and is kept
clean_modules() { (cd "$ROOT" && "${MVN[@]}" -o clean -pl '!:capp-parent' >/dev/null); }
full_build() { (cd "$ROOT" && "${MVN[@]}" -o verify -DskipTests >/dev/null); }
timed() { # opts command: milliseconds of one run (a build cleans first, untimed)
  if [[ "$2" == full_build ]]; then clean_modules; fi
  millis with "$1" "$2"
}
round() { # A then B on odd rounds, B then A on even ones; prints "a_ms b_ms"
  local a b
  if (( $2 % 2 )); then a=$(timed "$BASELINE" "$1"); b=$(timed "$OPTIONS" "$1")
  else b=$(timed "$OPTIONS" "$1"); a=$(timed "$BASELINE" "$1"); fi
  echo "$a $b"
}
report() { # name file
  local a b ratio
  a=$(awk '{print $1}' "$2" | median); b=$(awk '{print $2}' "$2" | median)
  ratio=$(awk '{printf "%.3f\n", $2 / $1}' "$2" | median)
  echo "  $1: A ($BASELINE_NAME) $(seconds "$a") s, B ($OPTIONS) $(seconds "$b") s, B/A $ratio"
}

plugin_check 2>/dev/null || true   # warm-up: model and compile caches
if [[ "$BUILD" == --build ]]; then
  (cd "$ROOT" && "${MVN[@]}" clean -pl '!:capp-parent' >/dev/null)   # once online: resolves the clean plugin
fi
load_before=$(load)
: > "$WORK/jvm-check.txt"; : > "$WORK/jvm-build.txt"
for r in $(seq "$ROUNDS"); do
  round plugin_check "$r" >> "$WORK/jvm-check.txt"
  if [[ "$BUILD" == --build ]]; then round full_build "$r" >> "$WORK/jvm-build.txt"; fi
done
echo "$ROUNDS rounds, load average $load_before before, $(load) after; medians:"
report "plugin check (mvn -o -pl migrations capp-autogen:check)" "$WORK/jvm-check.txt"
if [[ "$BUILD" == --build ]]; then report "full build (mvn -B -o verify -DskipTests)" "$WORK/jvm-build.txt"; fi
