#!/usr/bin/env bash
# One command: the sandbox's build+run time against the raw Docker CLI on the same files.
#   bench/sandbox-vs-cli.sh [rounds, default 9] [base image, default azlon-local/python:3-bookworm]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
bash scripts/ensure-docker.sh "${2:-azlon-local/python:3-bookworm}"
mvn -B -q install -DskipTests -pl bench -am
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath"
classpath=$(cat target/bench.classpath)
# The legacy builder on both sides: the sandbox builds through the same API the CLI uses then.
# GenericContainer registers every container with Testcontainers' reaper, which pulls
# testcontainers/ryuk from Docker Hub unless this variable is in the environment (nothing else
# turns it off); no registry is reachable here.
DOCKER_BUILDKIT=0 TESTCONTAINERS_RYUK_DISABLED=true java -cp "bench/target/classes:$classpath" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.azlon.bench.SandboxBench "${1:-9}" "${2:-azlon-local/python:3-bookworm}"
