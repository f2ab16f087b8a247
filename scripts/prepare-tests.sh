#!/usr/bin/env bash
# Installs and starts what the test suite needs when missing: a Docker engine with the local base
# image, and Debian's Chromium (the HTML report is checked in it). Needs root on Debian. Also
# checks that a mount namespace can be made without root (the full-disk test mounts a tmpfs).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/preconditions.sh
. scripts/preconditions.sh
require_java_and_maven
bash scripts/ensure-docker.sh
if ! command -v chromium >/dev/null 2>&1; then
  require_root_and_apt "installing Chromium (the HTML report's test opens it)"
  echo "prepare-tests: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
if ! unshare --mount --map-root-user true 2>/dev/null; then
  echo "prepare-tests: 'unshare --mount --map-root-user' is refused here; FullDiskIT needs it." >&2
  echo "  Allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) or run" >&2
  echo "  the tests outside a container that forbids them." >&2
  exit 1
fi
echo "prepare-tests: ready ($(chromium --version 2>/dev/null))" >&2
