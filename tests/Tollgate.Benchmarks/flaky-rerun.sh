#!/usr/bin/env bash
# Re-runs tests that once failed only under load, N times each, optionally with BURN busy loops beside them, and prints
# one line per run (pass/fail counts and the load average). Evidence for "the flakiness is gone", not a timing bench.
#
#   dotnet build tests/Tollgate.Cli.Tests/Tollgate.Cli.Tests.csproj -c Release
#   dotnet build tests/Tollgate.Core.Tests/Tollgate.Core.Tests.csproj -c Release
#   tests/Tollgate.Benchmarks/flaky-rerun.sh            # RUNS=10 BURN=4 by default (BURN=0: no artificial load)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-10}
burn=${BURN:-4}
logs=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-flaky-rerun.XXXXXX")
burners=()
for _ in $(seq 1 "$burn"); do (while :; do :; done) & burners+=($!); done
trap 'for p in "${burners[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

rerun() { # name project filter
  local failed=0
  for i in $(seq 1 "$runs"); do
    local log=$logs/$1-$i.log
    dotnet test "$root/tests/$2/$2.csproj" -c Release --no-build --filter "$3" >"$log" 2>&1 || failed=$((failed + 1))
    echo "$1 run $i: $(tail -1 "$log" | cut -c1-70) | $(uptime | sed 's/.*load/load/')"
  done
  echo "$1: $failed of $runs runs failed (logs: $logs)"
}

rerun corpus Tollgate.Cli.Tests "FullyQualifiedName~BadInputCorpus|FullyQualifiedName~FaultRegistryFailure"
rerun chunk-resume Tollgate.Core.Tests "FullyQualifiedName~RegistryRetryTests"
