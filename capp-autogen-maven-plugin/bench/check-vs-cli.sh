#!/usr/bin/env bash
# The plugin's `check` on CAPP vs the CLI's `bin/capp-autogen check` (zero-config, whole processes,
# paired runs, medians). The plugin is run as a team would run it: `mvn capp-autogen:check` in the
# migrations module, resolving CAPP's artifacts from a local repository. To leave ~/.m2 alone, this
# builds into a private one (third-party artifacts copied from ~/.m2 through a file:// repository).
#   capp-autogen-maven-plugin/bench/check-vs-cli.sh [RUNS]      (default 10)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${CAPP_BENCH_DIR:-$ROOT/target/plugin-bench}"
RUNS="${1:-10}"
mkdir -p "$WORK"
M2="file://$HOME/.m2/repository"
cat > "$WORK/settings.xml" <<XML
<settings><profiles><profile><id>m2</id>
  <repositories><repository><id>m2</id><url>$M2</url></repository></repositories>
  <pluginRepositories><pluginRepository><id>m2</id><url>$M2</url></pluginRepository></pluginRepositories>
</profile></profiles><activeProfiles><activeProfile>m2</activeProfile></activeProfiles></settings>
XML
MVN=(mvn -B -q -s "$WORK/settings.xml" -Dmaven.repo.local="$WORK/repository")
(cd "$ROOT" && "${MVN[@]}" install -DskipTests -DskipITs -Dcli.skip=true >&2)
"$ROOT/bin/capp-autogen" check >/dev/null 2>&1   # builds the launcher's classpath and its CDS archive

plugin() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations capp-autogen:check >/dev/null); }
cli() { "$ROOT/bin/capp-autogen" check >/dev/null 2>&1; }
seconds() { local start; start=$(date +%s%N); "$@"; echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for _ in $(seq "$RUNS"); do
  echo "$(seconds plugin) $(seconds cli)"
done > "$WORK/times.txt"
echo "plugin check (mvn -o -pl migrations capp-autogen:check): median $(cut -d' ' -f1 "$WORK/times.txt" | median) s"
echo "CLI check (bin/capp-autogen check):                       median $(cut -d' ' -f2 "$WORK/times.txt" | median) s"
