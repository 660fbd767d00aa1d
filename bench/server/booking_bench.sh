#!/usr/bin/env bash
# Booking and search throughput through HTTP on this machine: a throwaway PostgreSQL 15 cluster, HOTELS seeded
# hotels, hotel-server with rate limiting off, wrk as the load generator, then the audit (must be clean).
#   bench/server/booking_bench.sh [BUILD_DIR] [HOTELS] [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
hotels=${2:-200}
seconds=${3:-15}
server=$build/server/hotel-server
[ -x "$server" ] || { echo "build hotel-server first (cmake --preset release && cmake --build --preset release)"; exit 2; }
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
pgdir=$(mktemp -d /tmp/hotel-bench-pg-XXXXXX)
work=$(mktemp -d /tmp/hotel-bench-XXXXXX)
cleanup() { [ -n "${srv:-}" ] && kill "$srv" 2>/dev/null; wait 2>/dev/null; "$root/scripts/pg-cluster.sh" stop "$pgdir"; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url=$("$root/scripts/pg-cluster.sh" start "$pgdir" "$port")
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; PostgreSQL cluster with fsync=off (scripts/pg-cluster.sh)"
echo "== seeding $hotels hotels"
"$server" seed --db "$url" --hotels "$hotels" --days 90 --seed 1 2>/dev/null | tail -1
psql "$url" -Atc "SELECT hotel_id || '|' || id FROM room_types" > "$work/pairs"
export HOTEL_JWT_SECRET=$(head -c 48 /dev/urandom | base64)
"$server" serve --db "$url" --listen 127.0.0.1:0 --no-rate-limit --limit-bookings-per-guest-hour 0 > "$work/server.out" 2>&1 &
srv=$!
for _ in $(seq 50); do grep -q listening "$work/server.out" && break; sleep 0.2; done
http=$(grep -o 'listening on [0-9.:]*' "$work/server.out" | awk '{print $3}')
token=$(curl -s -X POST "http://$http/api/v1/auth/token" -d '{"email":"admin@demo.hotel","password":"demo-password"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
echo "== search: wrk -t2 -c16 -d${seconds}s (random cities and dates)"
wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/server/search.lua" "http://$http" | grep -E "Requests/sec|p50|Non-2xx"
echo "== booking: wrk -t2 -c32 -d${seconds}s (random room types of $hotels hotels, 1-3 nights)"
HOTEL_BENCH_PAIRS=$work/pairs HOTEL_BENCH_TOKEN=$token wrk -t2 -c32 -d"${seconds}s" --latency -s "$root/bench/server/book.lua" "http://$http" \
  | grep -E "Requests/sec|status|p50"
echo "== server resident memory: $(ps -o rss= -p "$srv" | awk '{printf "%.0f MiB", $1/1024}')"
echo "== audit"
"$server" audit --db "$url" | tail -1
