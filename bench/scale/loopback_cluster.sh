#!/usr/bin/env bash
# The scaling shape of DESIGN.md 8 on one machine, over loopback: a throwaway PostgreSQL 15 primary
# (scripts/pg-cluster.sh) loaded with HOTELS hotels by `hotel-server seed --bulk`, a streaming replica
# (scripts/pg-replica.sh), two stateless hotel-server instances (A on the primary; B writing to the primary and
# reading search and catalogue from the replica with --read-db), nginx from Debian in front of both (round robin,
# keepalive to the upstreams), and wrk measuring, (a) on server A directly and (b) through nginx over A and B:
#   search by city at the highest rate wrk -t2 -c16 gets (bench/scale/search_paced.lua, rate 0),
#   search by city at an offered 500 req/s (the same script, paced),
#   booking (bench/server/book.lua, wrk -t2 -c16),
# after both servers have logged "search cache warm" (their caches hold every city's next 90 nights). Then the
# replica's lag during and after the booking runs, both servers' resident memory and cache counters, and the audit
# on the primary (must be clean; the script fails otherwise).
#   bench/scale/loopback_cluster.sh [BUILD_DIR] [HOTELS] [SECONDS]
# Everything it starts (clusters, servers, nginx) runs in temporary directories and stops on exit.
# Everything shares this machine's cores: the figures show the cost of the extra hop and the replica's lag, not
# what two servers and a replica on separate machines would do (docs/SCALING.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
hotels=${2:-2000}
seconds=${3:-10}
server=$build/server/hotel-server
[ -x "$server" ] || { echo "build hotel-server first (cmake --preset release && cmake --build --preset release --target hotel-server)" >&2; exit 2; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v curl >/dev/null || need+=(curl)
command -v psql >/dev/null || need+=(postgresql-client-15)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

pgdir=$(mktemp -d /tmp/hotel-scale-pg-XXXXXX)
repdir=$(mktemp -d /tmp/hotel-scale-replica-XXXXXX)
work=$(mktemp -d /tmp/hotel-scale-XXXXXX)
pids=()
cleanup() {
  set +e
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  "$root/scripts/pg-replica.sh" stop "$repdir"
  "$root/scripts/pg-cluster.sh" stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pport=$(free_port)
rport=$(free_port)
while [ "$rport" = "$pport" ]; do rport=$(free_port); done

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
url=$("$root/scripts/pg-cluster.sh" start "$pgdir" "$pport")
echo "== primary $url (scripts/pg-cluster.sh, fsync=off)"
echo "== seeding $hotels hotels, 50 rooms each, 90 nights (seed --bulk)"
"$server" seed --bulk --db "$url" --hotels "$hotels" --rooms-per-hotel 50 --days 90 --seed 1 2>"$work/seed.err" \
  | tail -1 | sed 's/^/   /' || { tr '\r' '\n' <"$work/seed.err" | tail -5 >&2; exit 1; }
[ "$(psql -X -Atc "SELECT count(*) FROM hotels" "$url")" = "$hotels" ] \
  || { echo "seed --bulk did not load $hotels hotels:" >&2; tr '\r' '\n' <"$work/seed.err" | tail -5 >&2; exit 1; }
rurl=$("$root/scripts/pg-replica.sh" start "$pgdir" "$pport" "$repdir" "$rport")
echo "== replica $rurl (scripts/pg-replica.sh: pg_basebackup -R, streaming, slot)"
"$root/scripts/pg-replica.sh" lag "$url" "$rurl"
psql -X -Atc "SELECT hotel_id || '|' || id FROM room_types" "$url" >"$work/pairs"
psql -X -Atc "SELECT city || '|' || round(avg(latitude)::numeric,4) || '|' || round(avg(longitude)::numeric,4)
              FROM hotels GROUP BY city" "$url" >"$work/cities"
echo "== $(wc -l <"$work/pairs") room types, $(wc -l <"$work/cities") cities"

# Both servers share one signing secret: a token from one is good on the other (stateless, DESIGN.md 8).
export HOTEL_JWT_SECRET=$(head -c 48 /dev/urandom | base64)
read_db=()
if "$server" serve --help 2>&1 | grep -q -- '--read-db'; then
  read_db=(--read-db "$rurl")
  topology="server B reads from the replica (--read-db), writes to the primary"
else
  topology="hotel-server has no --read-db option: both servers read and write on the primary; the replica only streams"
fi
start_server() { # NAME ARGS... -> sets http_NAME
  local name=$1; shift
  "$server" serve --db "$url" "$@" --listen 127.0.0.1:0 --no-rate-limit --limit-bookings-per-guest-hour 0 --trusted-proxy 127.0.0.1 >"$work/server-$name.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do grep -q listening "$work/server-$name.out" && break; sleep 0.1; done
  local addr
  addr=$(grep -o 'listening on [0-9.:]*' "$work/server-$name.out" | awk '{print $3}' || true)
  [ -n "$addr" ] || { echo "hotel-server $name did not start:" >&2; cat "$work/server-$name.out" >&2; exit 1; }
  printf -v "http_$name" '%s' "$addr"
}
start_server A
start_server B "${read_db[@]}"
echo "== hotel-server A on $http_A, B on $http_B; $topology"
# Measure only once both caches hold every city's next nights (each server loads them in the background at start).
warm_deadline=$((SECONDS + 300))
for name in A B; do
  while ! grep -q "search cache warm" "$work/server-$name.out"; do
    kill -0 "${pids[$([ $name = A ] && echo 0 || echo 1)]}" 2>/dev/null \
      || { echo "hotel-server $name exited during the warm-up:" >&2; tail -20 "$work/server-$name.out" >&2; exit 1; }
    [ $SECONDS -lt $warm_deadline ] \
      || { echo "hotel-server $name did not log \"search cache warm\" within 300 s:" >&2; tail -20 "$work/server-$name.out" >&2; exit 1; }
    sleep 0.5
  done
  echo "   $name: $(grep -o 'search cache warm.*' "$work/server-$name.out" | head -1)"
done
metric() { # ADDR NAME -> value of a counter on /metrics
  curl -s "http://$1/metrics" | awk -v n="$2" '$1 == n {print $2}'
}

ngx=$work/nginx
mkdir -p "$ngx/tmp"
chmod 755 "$work"
chmod 777 "$ngx/tmp"
nport=$(free_port)
cat >"$ngx/nginx.conf" <<EOF
# generated by bench/scale/loopback_cluster.sh
worker_processes 1;
daemon off;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $ngx/tmp/body;
    proxy_temp_path $ngx/tmp/proxy;
    fastcgi_temp_path $ngx/tmp/fastcgi;
    uwsgi_temp_path $ngx/tmp/uwsgi;
    scgi_temp_path $ngx/tmp/scgi;
    upstream hotel {
        server $http_A;
        server $http_B;
        keepalive 64;
        keepalive_requests 1000000;
    }
    server {
        listen 127.0.0.1:$nport;
        keepalive_requests 1000000;
        location / {
            proxy_pass http://hotel;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF
"$NGINX" -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" &
pids+=($!)
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$nport/" && break; sleep 0.1; done
curl -s -o /dev/null "http://127.0.0.1:$nport/" || { echo "nginx did not start:" >&2; cat "$ngx/error.log" >&2; exit 1; }
echo "== nginx $("$NGINX" -v 2>&1 | sed 's/.*version: //') on 127.0.0.1:$nport, 1 worker, round robin over A and B, keepalive 64"

token=$(curl -s -X POST "http://127.0.0.1:$nport/api/v1/auth/token" -d '{"email":"admin@demo.hotel","password":"demo-password"}' \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
export HOTEL_BENCH_PAIRS=$work/pairs HOTEL_BENCH_TOKEN=$token

results=()
run() { # LABEL CONNECTIONS LUA TARGET [VAR=VALUE...]: one wrk run; a row for the summary
  local label=$1 conns=$2 lua=$3 target=$4 out=$work/wrk.out
  shift 4
  echo "== $label: ${*/#HOTEL_BENCH_TOKEN=*/HOTEL_BENCH_TOKEN=(admin token)} wrk -t2 -c$conns -d${seconds}s $lua"
  env "$@" HOTEL_BENCH_THREADS=2 wrk -t2 -c"$conns" -d"${seconds}s" --latency -s "$root/bench/$lua" "http://$target" \
    >"$out" 2>&1 || { cat "$out" >&2; exit 1; }
  grep -E "Requests/sec|^status|^RESULT|p50|Non-2xx|Socket errors" "$out" | sed 's/^ */   /'
  local rps p st
  rps=$(awk '/Requests\/sec/{printf "%.0f", $2}' "$out")
  p=$(grep -o 'p50 [0-9.]* ms, p95 [0-9.]* ms, p99 [0-9.]* ms' "$out" | tail -1)
  # Statuses: search_paced.lua prints "statuses {200: n, ...}", book.lua one "status N: n" line each.
  st=$(grep -o 'statuses {[^}]*}' "$out" | sed 's/statuses //' || true)
  [ -n "$st" ] || st="{$(grep -E '^status [0-9]+:' "$out" | sed 's/^status //' | sort | paste -sd, | sed 's/,/, /g')}"
  results+=("$(printf '%-40s %6s req/s   %-38s %s' "$label" "$rps" "$p" "$st")")
}
# While bookings run, one session on the primary samples the replica's distance every 200 ms.
sample_lag() { # SECONDS
  psql -X -q "$url" 2>&1 <<SQL | sed -n 's/.*NOTICE: *//p'
DO \$\$
DECLARE t0 timestamptz := clock_timestamp(); b bigint; l interval; maxb bigint := 0; sumb numeric := 0;
        maxl interval := '0'; n int := 0;
BEGIN
  WHILE clock_timestamp() - t0 < interval '$1 s' LOOP
    SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), replay_lag INTO b, l
      FROM pg_stat_replication WHERE application_name = 'replica_$rport';
    maxb := greatest(maxb, coalesce(b, 0)); sumb := sumb + coalesce(b, 0);
    maxl := greatest(maxl, coalesce(l, '0')); n := n + 1;
    PERFORM pg_sleep(0.2);
  END LOOP;
  RAISE NOTICE 'replay position behind by % bytes on average, % at most; replay_lag at most % ms (% samples)',
    round(sumb / greatest(n, 1)), maxb, round(extract(epoch FROM maxl)::numeric * 1000, 1), n;
END
\$\$;
SQL
}
book() { # LABEL TARGET: a booking run with the lag sampled alongside
  sample_lag "$seconds" >"$work/lag-$2" &
  local sampler=$!
  run "$1" 16 server/book.lua "$2" HOTEL_BENCH_PAIRS="$work/pairs" HOTEL_BENCH_TOKEN="$token"
  wait "$sampler" || true
  lags+=("lag during $(echo $1): $(cat "$work/lag-$2")")
  echo "   replica: $(cat "$work/lag-$2")"
}
lags=()
export HOTEL_BENCH_CITIES=$work/cities HOTEL_BENCH_MODE=city
run "search max  (a) server A direct" 16 scale/search_paced.lua "$http_A" HOTEL_BENCH_RATE=0
run "search max  (b) nginx over A+B" 16 scale/search_paced.lua "127.0.0.1:$nport" HOTEL_BENCH_RATE=0
run "search 500/s (a) server A direct" 16 scale/search_paced.lua "$http_A" HOTEL_BENCH_RATE=500
run "search 500/s (b) nginx over A+B" 16 scale/search_paced.lua "127.0.0.1:$nport" HOTEL_BENCH_RATE=500
inval_b0=$(metric "$http_B" hotel_search_cache_invalidations_total)
book "booking     (a) server A direct" "$http_A"
inval_b1=$(metric "$http_B" hotel_search_cache_invalidations_total)
book "booking     (b) nginx over A+B" "127.0.0.1:$nport"
# Bookings made on A alone reach B's cache only through NOTIFY hotel_changed from the primary.
notify_b="server B's cache took $(( ${inval_b1:-0} - ${inval_b0:-0} )) invalidations during booking (a), which only server A served"
echo "   $notify_b"

echo "== replica"
lag=$("$root/scripts/pg-replica.sh" lag "$url" "$rurl")
echo "   after the booking runs: $lag"
echo "   bookings on primary $(psql -X -Atc "SELECT count(*) FROM bookings" "$url"), on replica $(psql -X -Atc "SELECT count(*) FROM bookings" "$rurl")"
rss="A $(ps -o rss= -p "${pids[0]}" | awk '{printf "%.0f MiB", $1/1024}'), B $(ps -o rss= -p "${pids[1]}" | awk '{printf "%.0f MiB", $1/1024}')"
echo "== server resident memory: $rss"
for name in A B; do
  addr_var=http_$name
  caches+=("$name: $(metric "${!addr_var}" hotel_search_cache_hits_total) hits, $(metric "${!addr_var}" hotel_search_cache_misses_total) misses, $(metric "${!addr_var}" hotel_search_cache_invalidations_total) invalidations, $(metric "${!addr_var}" hotel_search_cache_entries) entries")
done
echo "== search cache: ${caches[0]}; ${caches[1]}"
grep -q -i -E "\[(error|crit|alert|emerg)\]" "$ngx/error.log" && { echo "== nginx error log:"; grep -i -E "\[(error|crit|alert|emerg)\]" "$ngx/error.log" | sort | uniq -c | sort -rn | head -5; }

echo "== audit (primary)"
audit_rc=0
"$server" audit --db "$url" >"$work/audit.out" 2>&1 || audit_rc=$?
tail -1 "$work/audit.out"

echo
echo "== summary: $hotels hotels, ${seconds}s per case, $(nproc) cores shared by wrk, nginx, both servers and both clusters"
printf '   %s\n' "${results[@]}"
printf '   %s\n' "${lags[@]}"
echo "   after the booking runs: $lag"
echo "   $notify_b"
echo "   resident memory: $rss"
echo "   audit: $(tail -1 "$work/audit.out")"
[ "$audit_rc" = 0 ] || { echo "AUDIT FAILED" >&2; head -20 "$work/audit.out" >&2; exit 1; }
