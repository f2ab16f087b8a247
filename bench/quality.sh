#!/usr/bin/env bash
# The quality bench: the suite in bench/quality/tasks solved as one batch, then one line per task
# and `quality: solved N/M, accepted N/M, iterations X.X mean, tokens T, cost $C (model NAME, K runs)`.
#
#   bench/quality.sh --base-url URL --model NAME [--runs K] [--parallel N]   # against a model
#                    [--prompts DIR]       # with the generate.txt, fix.txt, review.txt in DIR
#   bench/quality.sh [--replay]            # recorded transcripts of scripted answers (the default)
#   bench/quality.sh --record              # record those transcripts again
#
# The key comes from OPENAI_API_KEY. The tasks' images are made by scripts/prepare-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q install -DskipTests -Dinvoker.skip -pl bench -am
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath"
java -cp "bench/target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.QualityBench "$@"
