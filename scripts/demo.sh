#!/usr/bin/env bash
# Installs what is missing, builds an optimised portal and opens it in offline demo mode (a SQLite database in
# your data folder, created and filled with demo hotels on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target hotel-portal hotel-server
exec ./build/release/app/hotel-portal --demo "$@"
