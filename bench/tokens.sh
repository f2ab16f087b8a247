#!/usr/bin/env bash
# One command: prompt tokens per iteration, Azlon against the prototype's scheme, at 5, 50 and
# 200 files, and the loop's own overhead per iteration; then the files section on code that looks
# real (ContextBench), and the real-code case: a sqlparse-like project and a task naming a symbol
# (SymbolBench); then edits against whole files (EditBench). No Docker, no network.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q install -DskipTests -pl bench -am
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath"
java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.TokenBench
java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.ContextBench
java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.SymbolBench
java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.EditBench
