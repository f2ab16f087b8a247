#!/usr/bin/env bash
# One command: N = 1, 2, 4, 8 specs solved at once by the real batch code, on the local Docker
# engine, with a model that answers after 2 s; throughput of each N against N = 1.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q install -DskipTests -Dinvoker.skip -pl bench -am
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath"
java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.BatchBench "$@"
