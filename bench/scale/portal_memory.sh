#!/usr/bin/env bash
# The portal's resident memory with the availability grid open on one hotel, first with its seeded room
# types (2 to 4), then with about 200 room types (365 nights each): hotel-portal --demo under Xvfb on a demo database
# prepared beforehand, measured from /proc after the grid has loaded; a screenshot of each run is kept.
#   bench/scale/portal_memory.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
out=${2:-$build/bench-portal-memory}
portal=$build/app/hotel-portal
server=$build/server/hotel-server
[ -x "$portal" ] && [ -x "$server" ] || { echo "build hotel-portal and hotel-server first (cmake --build --preset release)"; exit 2; }
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v import >/dev/null || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then apt-get update -q >/dev/null; apt-get install -y -q "${missing[@]}" >/dev/null; fi

work=$(mktemp -d /tmp/hotel-portal-mem-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db=$XDG_DATA_HOME/HotelPortal/hotel-portal/demo.sqlite
mkdir -p "$(dirname "$db")"
"$server" seed --db "sqlite://$db" --hotels 1 --days 365 --seed 1 >/dev/null 2>&1

measure() { # label, screenshot name
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    "$1" --demo >/dev/null 2>&1 &
    pid=$!
    sleep 12
    import -window root "$2"
    grep -E "VmRSS|VmHWM" /proc/$pid/status | awk "{printf \"%s %.0f MiB  \", \$1, \$2/1024}"
    kill $pid; wait $pid 2>/dev/null || true' _ "$portal" "$out/$2" > "$work/m.txt" 2>/dev/null
  echo "portal, grid on a hotel with $1: $(cat "$work/m.txt")(screenshot $out/$2)"
}

echo "== $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; QT_QPA_PLATFORM=xcb under Xvfb 1600x1000"
measure "$(sqlite3 "$db" "SELECT count(*) FROM room_types") room types x 365 nights" portal-seeded-types.png
sqlite3 "$db" <<'SQL'
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 197)
INSERT INTO room_types (hotel_id, name, max_occupancy, base_price, currency, total_rooms)
SELECT 1, printf('Room type %03d', k), 2, 10000 + k * 100, (SELECT currency FROM hotels WHERE id = 1), 10 FROM n;
INSERT INTO room_inventory (room_type_id, date, hotel_id, total_rooms, price)
SELECT rt.id, d.date, 1, 10, rt.base_price FROM room_types rt
JOIN (SELECT DISTINCT date FROM room_inventory) d WHERE rt.name LIKE 'Room type %';
SQL
measure "$(sqlite3 "$db" "SELECT count(*) FROM room_types") room types x 365 nights ($(sqlite3 "$db" "SELECT count(*) FROM room_inventory") room-type nights)" portal-200-types.png
