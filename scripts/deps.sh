#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the demo need. Skips apt-get entirely when every
# package is already there, so a second run costs nothing.
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates clang-format
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-psql libqt6sql6-sqlite qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 qt6-translations-l10n
  libjwt-dev libsodium-dev libgtest-dev libgmock-dev libbenchmark-dev
  libxgboost-dev zlib1g-dev python3 # issue 10: the wash forecast, gzip history files, the back-test check
  postgresql-15 postgresql-contrib
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core fonts-noto-cjk
  # packaging and monitoring (issue 15): icons rendered at build time, the package test's validators and tools,
  # promtool for the alert rules
  librsvg2-bin desktop-file-utils appstream systemd xdotool x11-utils x11-apps curl adduser prometheus
)
# Node.js runs the OpenAPI check (tests/openapi); the image may already have it outside dpkg.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
else
  echo "deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The OpenAPI validator and JSON-schema checker, from the npm registry, pinned, into build/npm.
npm_dir="${HOTEL_NPM_DIR:-$(cd "$(dirname "$0")/.." && pwd)/build/npm}"
if [ ! -d "$npm_dir/node_modules/@apidevtools/swagger-parser" ] || [ ! -d "$npm_dir/node_modules/ajv-formats" ]; then
  mkdir -p "$npm_dir"
  npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error \
    @apidevtools/swagger-parser@10.1.1 ajv@8.17.1 ajv-formats@3.0.1
fi
