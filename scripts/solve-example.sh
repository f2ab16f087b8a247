#!/usr/bin/env bash
# Runs Azlon's main job on the bundled example (examples/primes): builds the plugin, then
# `mvn azlon:solve` writes, builds and runs the program in Docker until the test conditions hold.
#
#   scripts/solve-example.sh          replay the shipped transcript: no model is called, no key needed
#   scripts/solve-example.sh --live   ask a real model (export OPENAI_API_KEY, or add -Dazlon.baseUrl=...)
#
# Further arguments go to Maven, e.g. -Dazlon.model=gpt-5-mini.
set -euo pipefail
cd "$(dirname "$0")/.."

# The demo shows the loop every time: no lock is written into the example or taken from it.
replay=(-Dazlon.replay=transcript.jsonl -Dazlon.lock=false)
if [ "${1:-}" = "--live" ]; then
  replay=(-Dazlon.lock=false)
  shift
fi

# shellcheck source=scripts/preconditions.sh
. scripts/preconditions.sh
require_java_and_maven
bash scripts/ensure-docker.sh
echo "solve-example: building the plugin; the first time Maven downloads its dependencies (a few" >&2
echo "  minutes on an empty local repository): each module and download is shown as it comes." >&2
mkdir -p target
mvn -B install -DskipTests -Dinvoker.skip -Dspotless.check.skip -pl azlon-maven-plugin -am \
  >target/solve-example-build.log 2>&1 </dev/null &
build=$!
tail -n +1 -f target/solve-example-build.log --pid="$build" |
  grep --line-buffered -E '^\[INFO\] (Building Azlon|Downloaded from)' || true
if ! wait "$build"; then
  echo "solve-example: the build failed; the end of target/solve-example-build.log:" >&2
  tail -n 40 target/solve-example-build.log >&2
  exit 1
fi
mvn -B -f examples/primes/pom.xml azlon:solve "${replay[@]}" "$@"
