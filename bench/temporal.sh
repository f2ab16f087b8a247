#!/usr/bin/env bash
# One command: eight specs through the local batch, then as a BatchWorkflow on Temporal's test
# server with one worker JVM and with two; a model server that answers after 2 s, real Docker.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q install -DskipTests -Dinvoker.skip -pl bench -am
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath"
worker_jar=$(ls azlon-temporal/target/azlon-temporal-*-worker.jar)
TESTCONTAINERS_RYUK_DISABLED=true java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.TemporalBench "$worker_jar" "$@"
