#!/usr/bin/env bash
# Runs Azlon's main job on the bundled example (examples/primes): builds the plugin, then
# `mvn azlon:solve` writes, builds and runs the program in Docker until the test conditions hold.
#
#   scripts/solve-example.sh          replay the shipped transcript: no model is called, no key needed
#   scripts/solve-example.sh --live   ask a real model (export OPENAI_API_KEY, or add -Dazlon.baseUrl=...)
#
# Further arguments go to Maven, e.g. -Dazlon.model=gpt-4o-mini.
set -euo pipefail
cd "$(dirname "$0")/.."

replay=(-Dazlon.replay=transcript.jsonl)
if [ "${1:-}" = "--live" ]; then
  replay=()
  shift
fi

bash scripts/ensure-docker.sh
mvn -B -q install -DskipTests -pl azlon-maven-plugin -am
mvn -B -f examples/primes/pom.xml azlon:solve "${replay[@]}" "$@"
