#!/usr/bin/env bash
# tokenlint benchmark: one command, one table. Not a test; never run by ./mvnw verify.
#
#   benchmarks/run.sh [SOURCE_TREE...]
#
# For the generated corpus (sizes from $SIZES, default "10000"; SIZES= for none) and for
# each SOURCE_TREE given, times in one run:
#   tokenlint-full     a full scan with bin/tokenlint (cold per-file cache)
#   tokenlint-staged   a warm staged scan after changing one file (generated corpus, or a
#                      SOURCE_TREE that is a git work tree)
#   javaparser-all     plain JavaParser parse of every Java file, one thread
#   read-all-parse     read every file, parse only those containing "/api/", one thread
#   pmd-one-rule       PMD 7 with one rule (EmptyCatchBlock)
#   checkstyle-one     Checkstyle 12 with one check (EmptyCatchBlock)
# and prints wall time, CPU time (user+sys), peak RSS and the ratios to the tokenlint full scan.
# Set TOOLS=off to skip PMD and Checkstyle (the slow ones); STAGED_RUNS (default 5) is how many
# times each staged scan runs (the median is reported). Results also go to
# benchmarks/results/<time>.md. Everything it fetches comes from Maven Central through ./mvnw.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/.." && pwd -P)
SIZES=${SIZES-10000}
TOOLS=${TOOLS:-on}
STAGED_RUNS=${STAGED_RUNS:-5}
results=$here/results
mkdir -p "$results" "$here/corpus"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report=$results/$stamp.md
work=$results/$stamp
mkdir -p "$work"

say() { echo "bench: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
jar=$repo/linter-cli/target/tokenlint.jar
if [ ! -f "$jar" ] || [ "${REBUILD:-no}" = yes ]; then
  say "building tokenlint.jar"
  (cd "$repo" && ./mvnw -q -pl linter-cli -am package -DskipTests)
fi
for tool in javaparser pmd checkstyle; do
  if [ ! -d "$here/tools/$tool" ]; then
    say "fetching $tool from Maven Central"
    (cd "$repo" && ./mvnw -q -f benchmarks/tools/pom.xml -P"$tool" dependency:copy-dependencies \
        -DoutputDirectory="$here/tools/$tool")
  fi
done
classes=$here/target/classes
say "compiling the benchmark programs"
mkdir -p "$classes"
javac -q -d "$classes" -cp "$here/tools/javaparser/*" "$here"/src/dev/tokenlint/bench/*.java 2>/dev/null \
  || javac -d "$classes" -cp "$here/tools/javaparser/*" "$here"/src/dev/tokenlint/bench/*.java
benchcp="$classes:$here/tools/javaparser/*"

export TOKENLINT_JAR=$jar
export TOKENLINT_CDS_DIR=$work/cds

# --- measuring ---------------------------------------------------------------------------------
# measure LABEL CMD...: runs CMD under /usr/bin/time, appends "label wall cpu rss_mib exit" to $rows
measure() {
  local label=$1; shift
  local t=$work/$label.time
  say "  $label"
  set +e
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >"$work/$label.log" 2>&1
  local code=$?
  set -e
  read -r wall user sys rss < <(tail -n 1 "$t")
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "$label $wall $cpu $((rss / 1024)) $code" >>"$rows"
}

# measure_median LABEL N SETUP CMD...: N runs of CMD, SETUP (given the run number) before each;
# the run with the median wall time goes to $rows, all wall times to the suite's notes
measure_median() {
  local label=$1 n=$2 setup=$3; shift 3
  local all=$work/$slug-$label.runs keep=$rows
  : >"$all"
  rows=$all
  for i in $(seq "$n"); do
    "$setup" "$i"
    measure "$label" "$@"
  done
  rows=$keep
  sort -k2,2n "$all" | sed -n "$(((n + 1) / 2))p" >>"$rows"
  echo "$label: the median of $n runs; wall s of each: $(awk '{ printf "%s ", $2 }' "$all")" >>"$work/$slug.notes"
}

# peak heap (MiB) from a GC log: the highest occupancy before a collection
peak_heap() {
  local log=$1
  [ -f "$log" ] || { echo "?"; return; }
  grep -o '[0-9]*M->' "$log" | sed 's/M->//' | sort -n | tail -n 1 | { read -r v || true; echo "${v:-<first GC}"; }
}

table() {
  local title=$1 files=$2 lines=$3
  local base
  base=$(awk '$1 == "tokenlint-full" { print $2 }' "$rows")
  {
    echo
    echo "### $title"
    echo
    echo "$files Java files, $lines lines; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
    echo
    echo "| run | wall s | CPU s | peak RSS MiB | wall / tokenlint full | files/s | lines/s | exit |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    while read -r label wall cpu rss code; do
      awk -v l="$label" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$base" -v f="$files" -v n="$lines" -v x="$code" \
        'BEGIN { ratio = (b > 0) ? sprintf("%.2f", w / b) : "-";
                 fs = (w > 0) ? sprintf("%.0f", f / w) : "-"; ls = (w > 0) ? sprintf("%.0f", n / w) : "-";
                 if (l ~ /staged/) { fs = "-"; ls = "-" }
                 printf "| %s | %.2f | %.2f | %d | %s | %s | %s | %s |\n", l, w, c, r, ratio, fs, ls, x }'
    done <"$rows"
    echo
    echo "tokenlint full scan peak heap: $(peak_heap "$work/$slug-full.gc") MiB (GC log);" \
         "with -Xmx512m: $(cat "$work/$slug-xmx.result" 2>/dev/null || echo 'not run')"
    if [ -f "$work/$slug.notes" ]; then cat "$work/$slug.notes"; fi
    awk '$1 == "tokenlint-full" { f = $2 } $1 == "read-all-parse" { r = $2 } $1 == "pmd-one-rule" { p = $2 }
         END { if (f > 0 && r > 0) printf "tokenlint full / read-all-parse: %.2f (target <= 1.5)\n", f / r;
               if (f > 0 && p > 0) printf "pmd-one-rule / tokenlint full: %.1f (target >= 15)\n", p / f }' "$rows"
  } | tee -a "$report"
}

# suite NAME DIR GIT(yes|no)
suite() {
  local slug=$1 dir=$2 git=$3
  rows=$work/$slug.rows
  : >"$rows"
  local files lines
  files=$(find "$dir" -name '*.java' -not -path '*/.git/*' | wc -l)
  lines=$(find "$dir" -name '*.java' -not -path '*/.git/*' -print0 | xargs -0 cat | wc -l)
  say "suite $slug: $files files, $lines lines"

  # The first run records the class-data-sharing archive; it is not timed.
  TOKENLINT_CACHE_DIR=$work/$slug-cache-warmup "$repo/bin/tokenlint" scan "$dir" --fail-on never >/dev/null 2>&1 || true
  rm -rf "$work/$slug-cache-warmup"

  TOKENLINT_CACHE_DIR=$work/$slug-cache-full TOKENLINT_JAVA_OPTS="-Xlog:gc:file=$work/$slug-full.gc" \
    measure tokenlint-full "$repo/bin/tokenlint" scan "$dir" --fail-on never
  rm -rf "$work/$slug-cache-full"

  if [ "$git" = yes ]; then
    local cache=$work/$slug-cache-staged
    (cd "$dir" && TOKENLINT_CACHE_DIR=$cache "$repo/bin/tokenlint" scan --staged --fail-on never >/dev/null 2>&1 || true)
    # change one file that calls the API and stage it
    local changed
    (cd "$dir" && git ls-files -- '*.java') >"$work/$slug.files"
    changed=$(grep -m 1 Exporter "$work/$slug.files" || head -n 1 "$work/$slug.files")
    if [ -z "$changed" ]; then
      say "  no tracked Java file in $dir; staged runs skipped"
    else
      # a fresh JVM's wall time varies by tens of milliseconds: each staged run is repeated and the
      # median kept (each tokenlint-staged run changes and stages the file once more)
      stage_change() {
        printf '\n// changed by the benchmark at %s, run %s\n' "$stamp" "$1" >>"$dir/$changed"
        (cd "$dir" && git add -- "$changed")
      }
      (cd "$dir" && TOKENLINT_CACHE_DIR=$cache measure_median tokenlint-staged "$STAGED_RUNS" stage_change \
        "$repo/bin/tokenlint" scan --staged --fail-on never)
      (cd "$dir" && TOKENLINT_CACHE_DIR=$cache measure_median tokenlint-staged-again "$STAGED_RUNS" true \
        "$repo/bin/tokenlint" scan --staged --fail-on never)
    fi
  fi

  measure javaparser-all java -cp "$benchcp" dev.tokenlint.bench.ParseAll "$dir"
  measure read-all-parse java -cp "$benchcp" dev.tokenlint.bench.ReadAllParseCandidates "$dir"
  if [ "$TOOLS" = on ]; then
    measure pmd-one-rule java -cp "$here/tools/pmd/*" net.sourceforge.pmd.cli.PmdCli check -d "$dir" \
      -R "$here/config/pmd-one-rule.xml" -f text --no-cache --no-progress
    measure checkstyle-one java -cp "$here/tools/checkstyle/*" com.puppycrawl.tools.checkstyle.Main \
      -c "$here/config/checkstyle-one-check.xml" "$dir"
  fi
  # heap bound: the same full scan must finish with a 512 MiB heap
  if TOKENLINT_CACHE_DIR=$work/$slug-cache-xmx TOKENLINT_JAVA_OPTS=-Xmx512m \
      "$repo/bin/tokenlint" scan "$dir" --fail-on never >"$work/$slug-xmx.log" 2>&1; then
    echo "finished" >"$work/$slug-xmx.result"
  else
    echo "exit $? (see $work/$slug-xmx.log)" >"$work/$slug-xmx.result"
  fi
  rm -rf "$work/$slug-cache-xmx"
  table "$slug" "$files" "$lines"
}

{
  echo "## tokenlint benchmark $stamp"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM," \
       "$(uname -sr). Wall and CPU times in seconds; peak RSS of the whole process."
} >"$report"

for n in $SIZES; do
  dir=$here/corpus/generated-$n
  if [ ! -d "$dir/.git" ]; then
    rm -rf "$dir"
    say "generating corpus of $n files"
    java -cp "$classes" dev.tokenlint.bench.CorpusGenerator "$dir" "$n" >&2
    (cd "$dir" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid \
        -c commit.gpgsign=false commit -q -m "generated corpus")
  fi
  suite "generated-$n" "$dir" yes
done

for tree in "$@"; do
  dir=$(cd "$tree" && pwd -P)
  git=no
  # staged runs only in a repository of its own (not in a folder inside this one)
  if [ "$(git -C "$dir" rev-parse --show-toplevel 2>/dev/null)" = "$dir" ]; then git=yes; fi
  suite "$(basename "$dir")" "$dir" "$git"
done

say "report: $report"
