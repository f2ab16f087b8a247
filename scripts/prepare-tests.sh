#!/usr/bin/env bash
# Installs and starts what the test suite needs when missing: a Docker engine with the local base
# image, and Debian's Chromium (the HTML report is checked in it). Needs root on Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-docker.sh
if ! command -v chromium >/dev/null 2>&1; then
  echo "prepare-tests: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
echo "prepare-tests: ready ($(chromium --version 2>/dev/null))" >&2
