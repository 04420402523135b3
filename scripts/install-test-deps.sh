#!/bin/sh
# What `make test` needs beyond the build (issue 24): Debian's chromium and chromium-driver for
# the browser test, and a virtual environment (.venv-test, git-ignored) with selenium and
# icalendar for the browser test and the calendar checks. Safe to run repeatedly: it does
# nothing when everything is present.
set -eu

VENV="${VENV:-.venv-test}"
missing=""
command -v chromium >/dev/null 2>&1 || missing="chromium"
command -v chromedriver >/dev/null 2>&1 || missing="${missing:+$missing }chromium-driver"
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || missing="${missing:+$missing }python3-venv"

if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-test-deps: need root or sudo to install $missing" >&2
    exit 1
  fi
  echo "install-test-deps: installing $missing" >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
fi

if ! "$VENV/bin/python" -c "import selenium, icalendar" >/dev/null 2>&1; then
  echo "install-test-deps: creating $VENV with selenium and icalendar" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check selenium==4.48.0 icalendar==7.3.0 >&2
fi
