# Shared by the plugin's benchmarks (sourced): a private local repository holding this checkout's
# build, the mvn command line that uses it, and self-timing helpers.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${CAPP_BENCH_DIR:-$ROOT/target/plugin-bench}"
mkdir -p "$WORK"
# To leave ~/.m2 alone, the build goes into a private repository (third-party artifacts copied from
# ~/.m2 through a file:// repository).
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

install_checkout() { (cd "$ROOT" && "${MVN[@]}" install -DskipTests -DskipITs -Dcli.skip=true >&2); }
# The plugin's check as a team runs it: in the migrations module, CAPP's artifacts from the repository.
plugin_check() { (cd "$ROOT" && "${MVN[@]}" -o -pl migrations capp-autogen:check >/dev/null); }
millis() { local start; start=$(date +%s%N); "$@"; echo $(( ($(date +%s%N) - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms / 1000}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
