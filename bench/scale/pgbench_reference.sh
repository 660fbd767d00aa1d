#!/usr/bin/env bash
# The design document's own booking transaction (bench/scale/reference_booking.sql: BEGIN; SELECT ... FROM
# room_types ... FOR UPDATE; count bookings per night; INSERT; COMMIT) driven by pgbench against an already
# seeded database, as the reference figure for hotel-server's booking path. Random room types over all
# hotels (ids from SELECT min(id), max(id) FROM room_types), random check-in within the seeded nights,
# 1-3 nights. Real room_types rows are locked; bookings go to a scratch table pgbench_bookings (created
# here, preloaded with the database's current CONFIRMED/PENDING bookings so the counts start from the real
# state, dropped on exit), so the real bookings and the audit are untouched.
#   bench/scale/pgbench_reference.sh URL SECONDS [CLIENTS]
# Last line: "pgbench reference: N tps, latency average X ms".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
url=${1:?usage: $0 URL SECONDS [CLIENTS]}
seconds=${2:?usage: $0 URL SECONDS [CLIENTS]}
clients=${3:-32}
case "$seconds$clients" in *[!0-9]*) echo "SECONDS and CLIENTS must be whole numbers" >&2; exit 2 ;; esac

if ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql-client-15 >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q postgresql-client-15 >/dev/null; }
fi

psql_() { psql -X -q -v ON_ERROR_STOP=1 "$url" "$@"; }
work=$(mktemp -d /tmp/hotel-pgbench-XXXXXX)
created=
cleanup() {
  [ -n "$created" ] && PGOPTIONS="-c client_min_messages=warning" psql_ -c "DROP TABLE IF EXISTS pgbench_bookings" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

read -r rt_min rt_max rt_count < <(psql_ -Atc "SELECT min(id), max(id), count(*) FROM room_types" | tr '|' ' ')
[ -n "$rt_min" ] && [ "$rt_count" -gt 0 ] || { echo "no room types at $url: seed it first (hotel-server seed)" >&2; exit 2; }
[ $((rt_max - rt_min + 1)) = "$rt_count" ] \
  || echo "note: room type ids $rt_min..$rt_max have gaps ($rt_count rows); a transaction that draws a missing id fails"
# Seeded nights of the first room type, as days since 2000-01-01 (pgbench variables are numbers).
read -r day0 last hotels < <(psql_ -Atc "SELECT min(date) - DATE '2000-01-01', max(date) - DATE '2000-01-01',
                                                (SELECT count(*) FROM hotels)
                                           FROM room_inventory WHERE room_type_id = $rt_min" | tr '|' ' ')
[ -n "$day0" ] && [ $((last - day0)) -ge 2 ] || { echo "room type $rt_min has fewer than 3 seeded nights" >&2; exit 2; }

psql_ <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS pgbench_bookings;
CREATE TABLE pgbench_bookings (
    id                bigserial PRIMARY KEY,
    user_id           bigint NOT NULL,
    hotel_id          bigint NOT NULL,
    room_type_id      bigint NOT NULL,
    check_in_date     date NOT NULL,
    check_out_date    date NOT NULL,
    nights            integer NOT NULL,
    guest_name        text NOT NULL,
    guest_email       text NOT NULL,
    number_of_guests  integer NOT NULL,
    total_price       numeric(12,2) NOT NULL,
    status            text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
INSERT INTO pgbench_bookings (user_id, hotel_id, room_type_id, check_in_date, check_out_date, nights, guest_name,
                              guest_email, number_of_guests, total_price, status, created_at)
SELECT user_id, hotel_id, room_type_id, check_in_date, check_out_date, nights, guest_name, guest_email,
       number_of_guests, total_price, status, created_at
  FROM bookings WHERE status IN ('CONFIRMED', 'PENDING');
-- The design document's own index for this query (its idx_bookings_room_type_dates).
CREATE INDEX pgbench_bookings_room_type_dates ON pgbench_bookings (room_type_id, check_in_date, check_out_date)
    WHERE status IN ('CONFIRMED', 'PENDING');
ANALYZE pgbench_bookings;
SQL
created=1
before=$(psql_ -Atc "SELECT count(*) FROM pgbench_bookings")

threads=$(( clients < $(nproc) ? clients : $(nproc) ))
echo "== pgbench: design document booking transaction (bench/scale/reference_booking.sql), -c$clients -j$threads -T$seconds -M prepared"
echo "== $hotels hotels, room types $rt_min..$rt_max, check-in $(psql_ -Atc "SELECT DATE '2000-01-01' + $day0")..$(psql_ -Atc "SELECT DATE '2000-01-01' + $last - 2"), 1-3 nights; $before existing bookings copied into pgbench_bookings"
pgbench -n -r -M prepared -c "$clients" -j "$threads" -T "$seconds" \
  -D rt_min="$rt_min" -D rt_max="$rt_max" -D day0="$day0" -D last="$last" \
  -f "$here/reference_booking.sql" "$url" >"$work/pgbench.out" 2>"$work/pgbench.err" \
  || { cat "$work/pgbench.out" "$work/pgbench.err" >&2; exit 1; }
grep -q "aborted in command" "$work/pgbench.err" && { grep -m3 -i "error\|aborted" "$work/pgbench.err" >&2; }

tx=$(awk -F'[:=] *' '/number of transactions actually processed/{print $2}' "$work/pgbench.out" | awk '{print $1}' | cut -d/ -f1)
failed=$(awk -F': *' '/number of failed transactions/{print $2}' "$work/pgbench.out" | awk '{print $1}')
lat=$(awk '/latency average/{print $4}' "$work/pgbench.out")
tps=$(awk '/^tps/{printf "%.1f", $3; exit}' "$work/pgbench.out")
booked=$(( $(psql_ -Atc "SELECT count(*) FROM pgbench_bookings") - before ))
echo "transactions: ${tx:-?} in ${seconds} s (${failed:-0} failed); booked $booked, no availability $(( ${tx:-0} - booked ))"
echo "per statement (ms, -r):"
awk '/statement latencies/{on=1; next} on && /^ +[0-9]/{ $2=""; line=$0; sub(/^ +/, "", line); print "  " substr(line, 1, 110) }' "$work/pgbench.out" \
  | grep -v -E '^  [0-9.]+ +(\\|--)' || true
echo "pgbench reference: ${tps:-?} tps, latency average ${lat:-?} ms"
