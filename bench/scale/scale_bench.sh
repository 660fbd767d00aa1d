#!/usr/bin/env bash
# Issue 5's figures on one machine: a throwaway PostgreSQL 15 cluster, HOTELS hotels (default 100,000 with
# 5,000,000 rooms and 90 nights of inventory) loaded by `hotel-server seed --bulk`, then through HTTP with wrk:
#   search (random real cities, random dates; radius around random points) at a paced 500 req/s and at the
#   highest rate, with the search cache and without it;
#   booking spread over every room type, with and without the cache; the hot case (every client on one room
#   type's same nights);
#   the design document's own booking transaction under pgbench on the same database, as the reference;
#   the server's resident memory under load; the audit after every booking run (must be clean).
#   bench/scale/scale_bench.sh [BUILD_DIR] [HOTELS] [SECONDS]
# FSYNC=on runs PostgreSQL durably (fsync, synchronous_commit, full_page_writes on); the default is off, like
# the test cluster. The last lines are a summary table.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
hotels=${2:-100000}
seconds=${3:-30}
server=$build/server/hotel-server
[ -x "$server" ] || { echo "build hotel-server first: cmake --preset release && cmake --build --preset release --target hotel-server"; exit 2; }
for tool in wrk pgbench; do
  command -v $tool >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q wrk postgresql-client-15 >/dev/null; }
done

pgdir=$(mktemp -d /tmp/hotel-scale-pg-XXXXXX)
work=$(mktemp -d /tmp/hotel-scale-XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$root/scripts/pg-cluster.sh" stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
summary=()
note() { summary+=("$(printf '%-58s %s' "$1" "$2")"); echo "   -> $1: $2"; }

opts="-c shared_buffers=6GB -c effective_cache_size=16GB -c max_wal_size=8GB -c checkpoint_timeout=30min"
if [ "${FSYNC:-off}" = on ]; then
  opts="$opts -c fsync=on -c synchronous_commit=on -c full_page_writes=on"
fi
url=$(PG_EXTRA_OPTS="$opts" "$root/scripts/pg-cluster.sh" start "$pgdir" "$(freeport)")
echo "== machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/{print $2}') GiB;" \
     "PostgreSQL $(psql "$url" -Atc 'SHOW server_version'), fsync=${FSYNC:-off}; wrk, PostgreSQL and hotel-server share the cores"

echo "== bulk load: $server seed --bulk --hotels $hotels"
start=$(date +%s.%N)
"$server" seed --bulk --db "$url" --hotels "$hotels" --seed 1 2> "$work/seed.err" | tee "$work/seed.out"
load=$(python3 -c "print(f'{$(date +%s.%N) - $start:.0f}')")
note "bulk load (hotels, room types, rooms; s)" "$(grep -o 'seeded.*' "$work/seed.out" | sed 's/ in .*//') in ${load} s"
note "database size" "$(psql "$url" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))")"
psql "$url" -Atc "SELECT city || '|' || round(avg(latitude)::numeric, 4) || '|' || round(avg(longitude)::numeric, 4) FROM hotels GROUP BY city" > "$work/cities"
psql "$url" -Atc "SELECT hotel_id || '|' || id FROM room_types" > "$work/pairs"
echo "   $(wc -l < "$work/cities") cities, $(wc -l < "$work/pairs") room types"

export HOTEL_JWT_SECRET=$(head -c 48 /dev/urandom | base64)
serve() { # name, extra options...; sets $http
  local name=$1; shift
  local port; port=$(freeport)
  "$server" serve --db "$url" --listen "127.0.0.1:$port" --no-rate-limit --limit-bookings-per-guest-hour 0 "$@" > "$work/$name.out" 2> "$work/$name.err" &
  pids+=($!)
  srv=$!
  for _ in $(seq 100); do grep -q listening "$work/$name.out" && break; sleep 0.2; done
  http=127.0.0.1:$port
}
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MiB", $1/1024}'; }
peak_rss() { grep VmHWM "/proc/$1/status" | awk '{printf "%.0f MiB", $2/1024}'; }
search() { # label, mode, rate, connections, url
  local out
  out=$(HOTEL_BENCH_CITIES=$work/cities HOTEL_BENCH_RATE=$3 HOTEL_BENCH_THREADS=2 HOTEL_BENCH_MODE=$2 \
        wrk -t2 -c"$4" -d"${seconds}s" -s "$root/bench/scale/search_paced.lua" "http://$5" | grep RESULT | sed 's/RESULT //')
  note "$1" "$out"
}
book() { # label, connections, url, [stay]
  local out
  out=$(HOTEL_BENCH_PAIRS=${PAIRS:-$work/pairs} HOTEL_BENCH_TOKEN=$token HOTEL_BENCH_STAY=${4:-} \
        wrk -t2 -c"$2" -d"${seconds}s" -s "$root/bench/server/book.lua" "http://$3")
  local rate; rate=$(echo "$out" | awk '/Requests\/sec/{printf "%.0f", $2}')
  note "$1" "$rate req/s, $(echo "$out" | grep '^p50'), $(echo "$out" | grep '^status' | tr '\n' ' ')"
  lastrate=$rate
}
audit() {
  note "  audit" "$("$server" audit --db "$url" | tail -1)"
}

echo "== hotel-server with the search cache (default): waiting for its warm-up"
serve cached
cached=$srv; cachedhttp=$http
for _ in $(seq 600); do grep -q "search cache warm" "$work/cached.err" && break; sleep 1; done
note "search cache warm-up" "$(grep -o 'search cache warm.*' "$work/cached.err" | sed 's/search cache warm: //')"
note "server RSS after warm-up" "$(rss $cached)"
token=$(curl -s -X POST "http://$cachedhttp/api/v1/auth/token" -d '{"email":"admin@demo.hotel","password":"demo-password"}' \
        | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')

echo "== search, cache on"
search "search city, 500 req/s offered, cache" city 500 50 "$cachedhttp"
search "search radius, 500 req/s offered, cache" radius 500 50 "$cachedhttp"
search "search city, highest rate (-c16), cache" city 0 16 "$cachedhttp"
search "search radius, highest rate (-c16), cache" radius 0 16 "$cachedhttp"
note "server RSS after the searches (peak)" "$(rss $cached) ($(peak_rss $cached))"

echo "== booking, cache on (every write invalidates its nights)"
# Right after a load every PostgreSQL backend still has to fault in the shared-buffer pages it touches: the
# first booking pass over random room types runs about a fifth slower than every later one, so it is run
# once unmeasured, and the with/without-cache comparison is between warm runs.
book "booking warm-up pass (not a result), -c16" 16 "$cachedhttp"
book "booking spread, -c16, cache" 16 "$cachedhttp"
cachedrate=$lastrate
book "booking spread, -c32, cache" 32 "$cachedhttp"
note "server RSS under booking load (peak)" "$(rss $cached) ($(peak_rss $cached))"
audit

echo "== hot case: every client on one room type's same nights (capacity raised so it never sells out)"
hot=$(psql "$url" -Atc "SELECT hotel_id || '|' || id FROM room_types ORDER BY id LIMIT 1")
psql "$url" -qc "UPDATE room_types SET total_rooms = 1000000 WHERE id = ${hot#*|}" \
            -qc "UPDATE room_inventory SET total_rooms = 1000000 WHERE room_type_id = ${hot#*|}"
echo "$hot" > "$work/hot"
PAIRS=$work/hot book "booking hot room type (same 2 nights), -c16" 16 "$cachedhttp" "10|2"
PAIRS=$work/hot book "booking hot room type (same 2 nights), -c4" 4 "$cachedhttp" "10|2"
audit
kill "$cached"; wait "$cached" 2>/dev/null || true

echo "== without the search cache (--search-cache-ttl 0): every search aggregates in SQL"
serve direct --search-cache-ttl 0
direct=$srv
search "search city, 500 req/s offered, no cache" city 500 50 "$http"
search "search radius, 500 req/s offered, no cache" radius 500 50 "$http"
search "search city, highest rate (-c16), no cache" city 0 16 "$http"
book "booking spread, -c16, no cache" 16 "$http"
note "server RSS, no cache (peak)" "$(rss $direct) ($(peak_rss $direct))"
audit
kill "$direct"; wait "$direct" 2>/dev/null || true

echo "== reference: the design document's booking transaction under pgbench, same database"
ref=$("$root/bench/scale/pgbench_reference.sh" "$url" "$seconds" 16 | tail -1)
note "pgbench reference (-c16)" "${ref#pgbench reference: }"
reftps=$(echo "$ref" | grep -o '[0-9.]* tps' | cut -d' ' -f1)
note "ratio: hotel-server booking (cache, -c16) / pgbench reference" "$(python3 -c "print(f'{$cachedrate / $reftps:.2f}')")"
audit

echo
echo "== summary ($hotels hotels, ${seconds} s a run, fsync=${FSYNC:-off})"
printf '%s\n' "${summary[@]}"
