#!/usr/bin/env bash
# Compares the stage throughput of two builds on a shared machine: each round runs both builds' stage bench at the
# same time, each pinned to its own core, so that both see the same neighbours; then the cores are swapped. Wall-time
# runs one after the other differ by 15% or more here from one minute to the next; paired runs differ by a few.
#
#   bench/compare-stages.sh OLD_CHECKOUT NEW_CHECKOUT [ROUNDS] [DOCS]
#
# Each checkout must have bench/Sitrep.Bench built in Release. Prints one line per run and build:
# read+normalise | recognise | extract | recognise+extract, MB/s (three passes each). The read+normalise column is a
# control when a change touches only recognition or extraction: it should not move.
set -euo pipefail

old=${1:?old checkout}
new=${2:?new checkout}
rounds=${3:-2}
docs=${4:-10000}

if [ "$(nproc)" -lt 2 ]; then
  echo "compare-stages: needs two cores, one per build" >&2
  exit 2
fi
for d in "$old" "$new"; do
  if [ ! -f "$d/bench/Sitrep.Bench/bin/Release/net10.0/Sitrep.Bench.dll" ]; then
    echo "compare-stages: $d: build it first (dotnet build -c Release bench/Sitrep.Bench)" >&2
    exit 2
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # core checkout output
  taskset -c "$1" dotnet "$2/bench/Sitrep.Bench/bin/Release/net10.0/Sitrep.Bench.dll" stages --docs "$docs" --repeat 3 \
    | sed -nE 's/^run [0-9]+: read\+normalise +([0-9.]+) MB.*recognise +([0-9.]+) MB.*extract +([0-9.]+) MB.*recognise\+extract +([0-9.]+) MB.*/\1 | \2 | \3 | \4/p' \
    > "$3"
}

for r in $(seq 1 "$rounds"); do
  for cores in "0 1" "1 0"; do
    set -- $cores
    run "$1" "$old" "$tmp/old" & run "$2" "$new" "$tmp/new" & wait
    sed "s/^/old (core $1): /" "$tmp/old"
    sed "s/^/new (core $2): /" "$tmp/new"
  done
done
