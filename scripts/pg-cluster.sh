#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster of our own: its own data directory and port, nothing shared with a system
# cluster. Usage:
#   scripts/pg-cluster.sh start DIR PORT   # initdb if needed, start, create role "hotel" and database "hotel"
#   scripts/pg-cluster.sh stop DIR         # stop and remove DIR
# Prints the URL to use: postgresql://hotel@127.0.0.1:PORT/hotel
# PG_EXTRA_OPTS adds server options, e.g. PG_EXTRA_OPTS="-c shared_buffers=6GB -c fsync=on" for benchmarks.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?start|stop}
dir=${2:?data directory}

as_pg() {
  # initdb and postgres refuse to run as root; run them as the postgres system user when we are root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  port=${3:?port}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB ${PG_EXTRA_OPTS:-}" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
  fi
  psql_() { as_pg psql -X -q -h 127.0.0.1 -p "$port" -U postgres "$@"; }
  psql_ -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='hotel'" | grep -q 1 \
    || psql_ -d postgres -c "CREATE ROLE hotel LOGIN SUPERUSER"
  psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='hotel'" | grep -q 1 \
    || psql_ -d postgres -c "CREATE DATABASE hotel OWNER hotel"
  echo "postgresql://hotel@127.0.0.1:$port/hotel"
  ;;
stop)
  if [ -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
