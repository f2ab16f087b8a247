#!/usr/bin/env bash
# Makes sure a Docker engine answers and that the local base images the tests use exist.
# Safe to run again: it only installs, starts or builds what is missing. Needs root on Debian.
#
#   scripts/ensure-docker.sh [IMAGE:TAG ...]
#
# The images it can make (both by default):
#   azlon-local/python:3-bookworm   Debian bookworm with python3
#   azlon-local/jdk:17-bookworm     Debian bookworm with openjdk-17-jdk-headless and JUnit 5
#                                   (/usr/share/java/junit-platform-console-standalone.jar)
set -euo pipefail

log() { printf 'ensure-docker: %s\n' "$*" >&2; }
# shellcheck source=scripts/preconditions.sh
. "$(dirname "$0")/preconditions.sh"


engine_answers() { timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

install_engine() {
  if ! command -v dockerd >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 ||
      precondition_fail "no Docker engine answers and there is no apt-get to install one: start a Docker engine yourself and set DOCKER_HOST"
    require_root_and_apt "installing Docker"

    log "no dockerd: installing Debian's docker.io"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker.io >/dev/null
  fi
}

start_engine() {
  [ "$(id -u)" = 0 ] ||
    precondition_fail "no Docker engine answers, and starting dockerd needs root: run with sudo, or start one yourself and set DOCKER_HOST"
  log "starting dockerd (log: /var/log/azlon-dockerd.log)"
  nohup dockerd >/var/log/azlon-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    engine_answers && return 0
    sleep 1
  done
  log "dockerd did not answer within 60 s; last lines of its log:"
  tail -n 20 /var/log/azlon-dockerd.log >&2 || true
  return 1
}

# Debian's packages for each image we can make.
packages_for() {
  case "$1" in
    azlon-local/python:*) echo python3 ;;
    azlon-local/jdk:*) echo openjdk-17-jdk-headless,junit5 ;;
    *) precondition_fail "cannot make $1: only azlon-local/python:* and azlon-local/jdk:* are made here; pull it or build it yourself" ;;
  esac
}

# A minimal Debian with the image's packages, made with debootstrap: no registry is reachable here.
make_base_image() {
  local image=$1 dir packages
  packages=$(packages_for "$image")
  command -v debootstrap >/dev/null 2>&1 || {
    require_root_and_apt "making the base image $image"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq debootstrap >/dev/null
  }
  [ "$(id -u)" = 0 ] || precondition_fail "making the base image $image with debootstrap needs root"
  dir=$(mktemp -d)
  # The half-made root file system goes whatever happens, a failed debootstrap included.
  trap 'rm -rf "$dir"' RETURN
  log "making $image with debootstrap (one to three minutes)"
  debootstrap --variant=minbase --include="$packages" bookworm "$dir" >/dev/null
  # The JDK's packages leave their apt caches and docs behind; a smaller image imports faster.
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/usr/share/doc "$dir"/usr/share/man
  local command='CMD ["python3"]'
  [[ "$image" == azlon-local/jdk:* ]] && command='CMD ["java", "-version"]'
  tar -C "$dir" -c . | docker import -c "$command" - "$image" >/dev/null
}

if engine_answers; then
  log "engine answers: $(docker version --format '{{.Server.Version}}')"
else
  if [ -n "${DOCKER_HOST:-}" ]; then
    log "DOCKER_HOST=$DOCKER_HOST does not answer; unset it to use a local engine"
    exit 1
  fi
  install_engine
  start_engine
fi

images=("$@")
[ ${#images[@]} -gt 0 ] || images=(azlon-local/python:3-bookworm azlon-local/jdk:17-bookworm)
for image in "${images[@]}"; do
  docker image inspect "$image" >/dev/null 2>&1 || make_base_image "$image"
  log "image ready: $image"
done
