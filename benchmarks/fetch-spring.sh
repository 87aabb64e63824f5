#!/usr/bin/env bash
# Fetches Spring Framework's sources (the -sources jars on Maven Central) and unpacks them into
# benchmarks/corpus/spring-framework-<version>/ (gitignored), as a real corpus for run.sh:
#   benchmarks/fetch-spring.sh [VERSION] && benchmarks/run.sh benchmarks/corpus/spring-framework-<VERSION>
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
repo=$(cd "$here/.." && pwd -P)
version=${1:-6.2.19}
modules="spring-aop spring-aspects spring-beans spring-context spring-context-indexer spring-context-support
 spring-core spring-expression spring-instrument spring-jcl spring-jdbc spring-jms spring-messaging spring-orm
 spring-oxm spring-r2dbc spring-test spring-tx spring-web spring-webflux spring-webmvc spring-websocket"
out=$here/corpus/spring-framework-$version
jars=$here/corpus/.spring-jars-$version
mkdir -p "$out" "$jars"
for m in $modules; do
  if [ ! -f "$jars/$m-$version-sources.jar" ]; then
    echo "fetch: org.springframework:$m:$version:sources" >&2
    (cd "$repo" && ./mvnw -q -f benchmarks/tools/pom.xml dependency:copy -Dartifact="org.springframework:$m:$version:jar:sources" \
        -DoutputDirectory="$jars" -Dmdep.overWriteIfNewer=true) || echo "fetch: $m not found, skipped" >&2
  fi
  if [ -f "$jars/$m-$version-sources.jar" ] && [ ! -d "$out/$m" ]; then
    mkdir -p "$out/$m"
    (cd "$out/$m" && unzip -q -o "$jars/$m-$version-sources.jar" -x 'META-INF/*')
  fi
done
echo "$out: $(find "$out" -name '*.java' | wc -l) Java files," \
     "$(find "$out" -name '*.java' -print0 | xargs -0 cat | wc -l) lines" >&2
echo "$out"
