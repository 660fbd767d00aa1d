#!/bin/sh
# Runs the given command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), so the
# keychain round trip is tested for real (DESIGN.md: QtKeychain pitfalls). HOME is a throwaway folder.
set -e
export HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$HOME/run" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
