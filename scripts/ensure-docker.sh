#!/usr/bin/env bash
# Makes sure a Docker engine answers and that the local base images the tests use exist.
# Safe to run again: it only installs, starts or builds what is missing. Needs root on Debian.
#
#   scripts/ensure-docker.sh [IMAGE:TAG ...]    default image: azlon-local/python:3-bookworm
set -euo pipefail

log() { printf 'ensure-docker: %s\n' "$*" >&2; }

engine_answers() { timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

install_engine() {
  if ! command -v dockerd >/dev/null 2>&1; then
    log "no dockerd: installing Debian's docker.io"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker.io >/dev/null
  fi
}

start_engine() {
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

# A minimal Debian with python3, made with debootstrap because no registry is reachable here.
make_base_image() {
  local image=$1 dir
  command -v debootstrap >/dev/null 2>&1 || {
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq debootstrap >/dev/null
  }
  dir=$(mktemp -d)
  log "making $image with debootstrap (about a minute)"
  debootstrap --variant=minbase --include=python3 bookworm "$dir" >/dev/null
  tar -C "$dir" -c . | docker import -c 'CMD ["python3"]' - "$image" >/dev/null
  rm -rf "$dir"
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
[ ${#images[@]} -gt 0 ] || images=(azlon-local/python:3-bookworm)
for image in "${images[@]}"; do
  docker image inspect "$image" >/dev/null 2>&1 || make_base_image "$image"
  log "image ready: $image"
done
