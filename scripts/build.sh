#!/usr/bin/env bash
# Installs what is missing, then configures and builds merrow (Release) in build/.
# Extra arguments go to cmake's configure step; MERROW_BUILD_TARGET builds one target.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j "$jobs" ${MERROW_BUILD_TARGET:+--target "$MERROW_BUILD_TARGET"}
