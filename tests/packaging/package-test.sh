#!/usr/bin/env bash
# The Debian packages end to end, on this machine (root; CI runs it as root):
#   cpack builds hotel-server and hotel-portal from the build folder; apt installs them (dependencies resolved
#   as a hotel's administrator would); the installed desktop entry and AppStream file pass their validators;
#   the installed server starts as its systemd unit would (the unit's ExecStart line, as its user, with the
#   state and configuration directories the unit names) and answers /healthz and a sign-in; the installed
#   portal opens its window under Xvfb; `dpkg -r` leaves nothing but configuration, and a purge not even that.
# Whatever happens, both packages are purged at the end and a system user this run created is removed.
#   package-test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

if [ "$(id -u)" != 0 ]; then
  [ "${CI:-}" = true ] && fail "the package test must run as root in CI (it installs packages)"
  echo "SKIP: not root (the package test installs packages on this machine)"
  exit 77
fi
for tool in cpack dpkg dpkg-deb apt-get desktop-file-validate appstreamcli systemd-analyze xvfb-run xdotool curl \
            runuser python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/deps.sh installs it)"
done
for p in hotel-server hotel-portal; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'installed'; then
    fail "$p is installed on this machine already; the test would replace it"
  fi
done

work=$(mktemp -d /tmp/hotel-package-XXXXXX)
had_user=no
getent passwd hotel-server >/dev/null && had_user=yes
server_pid=""
cleanup() {
  local rc=$?
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  for p in hotel-portal hotel-server; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'installed\|config-files'; then
      dpkg --purge "$p" >/dev/null 2>&1 || echo "cleanup: could not purge $p" >&2
    fi
  done
  if [ "$had_user" = no ] && getent passwd hotel-server >/dev/null; then
    deluser --system --quiet hotel-server >/dev/null 2>&1 || userdel hotel-server 2>/dev/null || true
    getent group hotel-server >/dev/null && { delgroup --system --quiet hotel-server 2>/dev/null || groupdel hotel-server 2>/dev/null || true; }
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT
trap 'exit 1' INT TERM

step "cpack (DEB) from $build"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
server_deb=$(ls "$work"/out/hotel-server_"$version"_*.deb 2>/dev/null | head -1)
portal_deb=$(ls "$work"/out/hotel-portal_"$version"_*.deb 2>/dev/null | head -1)
[ -f "$server_deb" ] || { ls -R "$work/out"; fail "no hotel-server_$version deb"; }
[ -f "$portal_deb" ] || { ls -R "$work/out"; fail "no hotel-portal_$version deb"; }

step "control fields"
for deb in "$server_deb" "$portal_deb"; do
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "$(basename "$deb"): Depends: $depends"
  # dpkg-shlibdeps' work: the Qt and C libraries the executables link, with versions.
  grep -Eq 'libqt6core6 \(>= ' <<<"$depends" || fail "$deb: Depends has no versioned libqt6core6 (dpkg-shlibdeps did not run)"
  grep -Eq 'libc6 \(>= ' <<<"$depends" || fail "$deb: Depends has no versioned libc6"
  grep -q 'libqt6sql6-psql' <<<"$depends" || fail "$deb: the PostgreSQL driver plugin is not a dependency"
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "$deb: version is not $version"
  # Nothing the system owns: no /usr/local, no libraries of Qt's or ours, no build paths.
  if dpkg-deb -c "$deb" | awk '{print $6}' | grep -E '^\./usr/local|\.so(\.|$)|\.a$|/build/'; then
    fail "$deb carries files the system should own"
  fi
done
# (Captured first: grep -q leaving a pipe early would fail the pipeline under pipefail.)
grep -q 'libqt6widgets6' <<<"$(dpkg-deb -f "$portal_deb" Depends)" || fail "portal: no libqt6widgets6 dependency"
grep -q ' postinst' <<<"$(dpkg-deb -I "$server_deb")" || fail "server: no postinst"
grep -qx /etc/hotel-server/hotel-server.conf <<<"$(dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles)" \
  || fail "server: the configuration is not a conffile"

step "apt-get install"
apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "$server_deb" "$portal_deb" \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install failed"; }
dpkg-query -L hotel-server hotel-portal | sort -u >"$work/installed.txt"
conffiles=$(dpkg-query -W -f='${Conffiles}\n' hotel-server hotel-portal | awk 'NF {print $1}')

step "installed files"
desktop=/usr/share/applications/org.hotelportal.HotelPortal.desktop
metainfo=/usr/share/metainfo/org.hotelportal.HotelPortal.metainfo.xml
unit=/usr/lib/systemd/system/hotel-server.service
for f in /usr/bin/hotel-server /usr/bin/hotel-portal "$desktop" "$metainfo" "$unit" /etc/hotel-server/hotel-server.conf \
         /usr/share/icons/hicolor/scalable/apps/hotel-portal.svg /usr/share/hotel-server/monitoring/hotel-server.rules.yml \
         /usr/share/hotel-server/monitoring/hotel-server.dashboard.json; do
  grep -qx "$f" "$work/installed.txt" || fail "$f is not in the packages"
  [ -e "$f" ] || fail "$f is missing"
done
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo names no release $version"
for size in 16 22 24 32 48 64 128 256; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/hotel-portal.png
  [ -f "$png" ] || fail "$png is missing"
  python3 - "$png" "$size" <<'PY' || fail "$png is not a ${size}x${size} PNG"
import struct, sys
data = open(sys.argv[1], 'rb').read(24)
assert data[:8] == b'\x89PNG\r\n\x1a\n'
w, h = struct.unpack('>II', data[16:24])
assert w == h == int(sys.argv[2]), (w, h)
PY
done
systemd-analyze verify "$unit" || fail "systemd-analyze verify rejects the unit"
getent passwd hotel-server >/dev/null || fail "postinst created no hotel-server user"
[ "$(stat -c '%U:%G %a' /etc/hotel-server/hotel-server.conf)" = "root:hotel-server 640" ] \
  || fail "the configuration is $(stat -c '%U:%G %a' /etc/hotel-server/hotel-server.conf), not root:hotel-server 640"

step "the installed server, as the unit starts it"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ -n "$exec_start" ] || fail "the unit has no ExecStart"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The operator's one edit: a port of its own, since other servers may run here.
sed -i "s/^listen = .*/listen = 127.0.0.1:$port/" /etc/hotel-server/hotel-server.conf
# What StateDirectory= and ConfigurationDirectory= give the service.
install -d -o hotel-server -g hotel-server -m 0700 /var/lib/hotel-server
read -r -a command <<<"$exec_start"
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin STATE_DIRECTORY=/var/lib/hotel-server CONFIGURATION_DIRECTORY=/etc/hotel-server \
  runuser -u hotel-server -- "${command[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 150); do
  curl -fsS "http://127.0.0.1:$port/healthz" >"$work/healthz" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the server exited"; }
  sleep 0.2
done
grep -q '"ok"' "$work/healthz" || { cat "$work/server.log"; fail "/healthz did not answer ok"; }
echo "healthz: $(cat "$work/healthz")"
[ "$(stat -c '%U %a' /var/lib/hotel-server/jwt-secret)" = "hotel-server 600" ] || fail "the signing secret is not hotel-server's, 0600"
grep -q 'created in /var/lib/hotel-server/jwt-secret' "$work/server.log" || fail "the log does not name the secret's file"
grep -qF "$(cat /var/lib/hotel-server/jwt-secret)" "$work/server.log" && fail "the log holds the secret"
# The administration commands read the same configuration: a user made with them signs in to the server.
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOTEL_PWHASH_FAST=1 runuser -u hotel-server -- /usr/bin/hotel-server user add \
  --email desk@example.com --password 'a long secret' --role frontdesk >/dev/null || fail "hotel-server user add failed"
grep -q accessToken <<<"$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/auth/token" \
  -d '{"email":"desk@example.com","password":"a long secret"}')" || fail "the user made by the administration command cannot sign in"
grep -q '^hotel_overbooked_nights 0' <<<"$(curl -fsS "http://127.0.0.1:$port/metrics")" || fail "/metrics"
# systemd sends SIGTERM to the service's processes; runuser would pass on its own SIGTERM and die by it.
server_child=$(pgrep -P "$server_pid" -x hotel-server) || fail "no hotel-server process under runuser"
kill -TERM "$server_child"
wait "$server_pid" || fail "the server did not stop cleanly on SIGTERM"
server_pid=""

step "the installed portal under Xvfb"
home="$work/home"
mkdir -p "$home" && chmod 700 "$home"
env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home" LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    /usr/bin/hotel-portal --demo >"$0/portal.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
      if xdotool search --onlyvisible --name "^Hotel Portal" >/dev/null 2>&1; then
        xdotool search --onlyvisible --name "^Hotel Portal" getwindowname
        kill $pid; wait $pid 2>/dev/null; exit 0
      fi
      kill -0 $pid 2>/dev/null || exit 2
      sleep 0.2
    done
    kill $pid; exit 1' "$work" || { cat "$work/portal.log"; fail "the portal showed no window"; }

step "dpkg -r leaves only configuration"
dpkg -r hotel-portal hotel-server >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg -r failed"; }
left=()
while read -r path; do
  [ -e "$path" ] || [ -L "$path" ] || continue
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    # A directory another package also owns, or one that holds a configuration file, may stay.
    dpkg-query -S "$path" >/dev/null 2>&1 && continue
    grep -q "^$path/" <<<"$conffiles" && continue
    left+=("$path")
  elif ! grep -qx "$path" <<<"$conffiles"; then
    left+=("$path")
  fi
done <"$work/installed.txt"
[ ${#left[@]} -eq 0 ] || fail "dpkg -r left: ${left[*]}"
[ -f /etc/hotel-server/hotel-server.conf ] || fail "dpkg -r removed the configuration"

step "dpkg --purge removes configuration and state"
dpkg --purge hotel-portal hotel-server >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg --purge failed"; }
[ ! -e /etc/hotel-server ] || fail "purge left /etc/hotel-server"
[ ! -e /var/lib/hotel-server ] || fail "purge left /var/lib/hotel-server"
echo "package test passed"
