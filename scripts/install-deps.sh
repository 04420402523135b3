#!/bin/sh
# Installs the system packages Confetti needs (libedit-dev, pkg-config) when they
# are missing. Safe to run repeatedly: it does nothing when both are present.
set -eu

missing=""
pkg-config --exists libedit 2>/dev/null || missing="libedit-dev"
command -v pkg-config >/dev/null 2>&1 || missing="${missing:+$missing }pkg-config"
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "install-deps: need root or sudo to install $missing" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: apt-get not found; please install $missing" >&2
  exit 1
fi

echo "install-deps: installing $missing" >&2
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
