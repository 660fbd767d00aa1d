#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the demo need. Skips apt-get entirely when every
# package is already there, so a second run costs nothing.
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-psql libqt6sql6-sqlite qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 qt6-translations-l10n
  libjwt-dev libsodium-dev libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-contrib
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core fonts-noto-cjk
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
