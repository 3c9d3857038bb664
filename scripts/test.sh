#!/usr/bin/env bash
# Install what the tests need (a virtualenv with routes[test], Debian's Chromium for the
# browser tests) and run the checks: ruff, mypy, pytest. Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
      fonts-dejavu-core) >/dev/null
  else
    echo "chromium missing: run 'sudo apt-get install -y chromium' (browser tests will fail)" >&2
  fi
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check routes tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
