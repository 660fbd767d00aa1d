#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test through ctest, with a throwaway PostgreSQL 15
# cluster of our own (own data directory and port, removed at the end whatever happens).
#   scripts/test.sh          the `ci` preset
#   scripts/test.sh --asan   the `asan` preset (AddressSanitizer + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=ci
[ "${1:-}" = "--asan" ] && preset=asan
start=$(date +%s)
./scripts/deps.sh

echo "== format (clang-format --dry-run -Werror, .clang-format)"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

cmake --preset "$preset" >/dev/null
echo "== build ($preset)"
cmake --build --preset "$preset" -j "$(nproc)"
built=$(date +%s)

pgdir=$(mktemp -d /tmp/hotel-pg-XXXXXX)
cleanup() { ./scripts/pg-cluster.sh stop "$pgdir" || true; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55999)
export HOTEL_TEST_PG_URL=$(./scripts/pg-cluster.sh start "$pgdir" "$port")
echo "== PostgreSQL test cluster at $HOTEL_TEST_PG_URL"
export CI=${CI:-true}  # the PostgreSQL tests fail instead of skipping
export QT_QPA_PLATFORM=offscreen
export HOTEL_PWHASH_FAST=1
export XDG_RUNTIME_DIR=$(mktemp -d /tmp/hotel-xdg-XXXXXX)
chmod 700 "$XDG_RUNTIME_DIR"
[ "$preset" = asan ] && export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
echo "== tests"
ctest --preset "$preset" -j 2 --timeout 900
end=$(date +%s)
echo "== timings: build $((built - start)) s, tests $((end - built)) s, total $((end - start)) s"
