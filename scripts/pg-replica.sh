#!/usr/bin/env bash
# A throwaway PostgreSQL 15 streaming replica of a primary started by scripts/pg-cluster.sh. Usage:
#   scripts/pg-replica.sh start PRIMARY_DIR PRIMARY_PORT REPLICA_DIR REPLICA_PORT
#       pg_basebackup -R (physical slot replica_REPLICA_PORT on the primary, so WAL the replica still needs is
#       kept however far it falls behind), start it read-only on REPLICA_PORT; prints its URL
#       postgresql://hotel@127.0.0.1:REPLICA_PORT/hotel
#   scripts/pg-replica.sh stop REPLICA_DIR
#       stop the replica, drop its slot on the primary if that is still running, remove REPLICA_DIR
#   scripts/pg-replica.sh lag URL_PRIMARY URL_REPLICA
#       replay lag now: bytes (primary's current WAL position minus the replica's replayed one), the primary's
#       pg_stat_replication.replay_lag in ms, and how long the replica then takes to replay up to that position
# The primary needs wal_level=replica and a replication line in pg_hba.conf: both are PostgreSQL 15's and
# initdb's defaults, which scripts/pg-cluster.sh keeps.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}

as_pg() {
  # initdb and postgres refuse to run as root; run them as the postgres system user when we are root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
usage() {
  echo "usage: $0 start PRIMARY_DIR PRIMARY_PORT REPLICA_DIR REPLICA_PORT | stop REPLICA_DIR | lag URL_PRIMARY URL_REPLICA" >&2
  exit 2
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

case "$cmd" in
start)
  [ $# = 5 ] || usage
  pdir=$2 pport=$3 dir=$4 port=$5
  slot=replica_$port
  [ -f "$pdir/data/PG_VERSION" ] || { echo "no primary cluster in $pdir (scripts/pg-cluster.sh start $pdir $pport)" >&2; exit 1; }
  as_pg "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$pport" || { echo "primary on port $pport is not running" >&2; exit 1; }
  psql_p() { as_pg psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pport" -U postgres -d postgres "$@"; }
  [ "$(psql_p -c "SHOW wal_level")" != minimal ] || { echo "primary has wal_level=minimal; streaming needs replica" >&2; exit 1; }
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    # A slot of the same name left by an earlier run that died before "stop": drop it if nobody streams from it.
    psql_p -c "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots
               WHERE slot_name = '$slot' AND NOT active" >/dev/null
    rm -rf "$dir/data"
    as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$pport" -U postgres -D "$dir/data" -R -X stream -C -S "$slot" \
      -c fast >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
    printf '%s %s\n' "$pdir" "$pport" >"$dir/primary"
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    # Same settings as scripts/pg-cluster.sh (a standby needs max_connections >= the primary's); cluster_name
    # becomes the walreceiver's application_name, which "lag" looks up in the primary's pg_stat_replication.
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c hot_standby=on -c cluster_name=$slot" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
  fi
  # Wait until it streams (pg_ctl -w returns once it accepts read-only connections).
  for _ in $(seq 100); do
    [ "$(psql_p -c "SELECT count(*) FROM pg_stat_replication WHERE application_name = '$slot' AND state = 'streaming'")" = 1 ] && break
    sleep 0.1
  done
  echo "postgresql://hotel@127.0.0.1:$port/hotel"
  ;;
stop)
  [ $# = 2 ] || usage
  dir=$2
  if [ -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    if [ -f "$dir/primary" ]; then
      read -r _ pport <"$dir/primary"
      slot=$(sed -n "s/.*primary_slot_name = '\([^']*\)'.*/\1/p" "$dir/data/postgresql.auto.conf" | tail -1)
      if [ -n "$slot" ] && as_pg "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$pport"; then
        as_pg psql -X -q -At -h 127.0.0.1 -p "$pport" -U postgres -d postgres \
          -c "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '$slot' AND NOT active" \
          >/dev/null 2>&1 || true
      fi
    fi
  fi
  rm -rf "$dir"
  ;;
lag)
  [ $# = 3 ] || usage
  purl=$2 rurl=$3
  [ "$(q "$rurl" -c "SELECT pg_is_in_recovery()")" = t ] || { echo "$rurl is not a replica (not in recovery)" >&2; exit 1; }
  name=$(q "$rurl" -c "SHOW cluster_name")
  target=$(q "$purl" -c "SELECT pg_current_wal_lsn()")
  replayed=$(q "$rurl" -c "SELECT pg_last_wal_replay_lsn()")
  bytes=$(q "$purl" -c "SELECT pg_wal_lsn_diff('$target', '$replayed')::bigint")
  # replay_lag: time between the primary flushing recent WAL and this standby reporting it applied, as last
  # reported by the standby (every wal_receiver_status_interval when idle); NULL once it has been idle and caught
  # up, shown as 0.
  ms=$(q "$purl" -c "SELECT COALESCE(round(extract(epoch FROM max(replay_lag)) * 1000, 1), 0)
                     FROM pg_stat_replication WHERE application_name = '$name'")
  streams=$(q "$purl" -c "SELECT count(*) FROM pg_stat_replication WHERE application_name = '$name'")
  [ "$streams" -ge 1 ] || echo "warning: the primary lists no walsender for \"$name\"" >&2
  # Time the replica takes to replay up to the position read above, measured inside one session on the replica
  # (no connection set-up in the figure); gives up after 60 s.
  took=$(psql -X -q -v ON_ERROR_STOP=1 "$rurl" 2>&1 <<SQL | sed -n 's/.*NOTICE: *caught_up_ms=//p'
DO \$\$
DECLARE t0 timestamptz;
BEGIN
  PERFORM pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '$target');
  t0 := clock_timestamp();
  WHILE pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '$target') < 0 AND clock_timestamp() - t0 < interval '60 s' LOOP
    PERFORM pg_sleep(0.002);
  END LOOP;
  RAISE NOTICE 'caught_up_ms=% %', round(extract(epoch FROM clock_timestamp() - t0)::numeric * 1000, 1),
    CASE WHEN pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '$target') >= 0 THEN 'yes' ELSE 'no' END;
END
\$\$;
SQL
)
  [ -n "$took" ] || { echo "could not measure the replay on $rurl" >&2; exit 1; }
  if [ "${took#* }" = yes ]; then
    echo "replica lag: $bytes bytes behind, replayed up to the primary's position after ${took% *} ms (pg_stat_replication.replay_lag last reported: $ms ms)"
  else
    echo "replica lag: $bytes bytes behind, NOT caught up after ${took% *} ms (pg_stat_replication.replay_lag last reported: $ms ms)"
    exit 1
  fi
  ;;
*)
  usage ;;
esac
