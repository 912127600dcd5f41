#!/usr/bin/env bash
# Peak memory of `tollgate drift` on wide CSVs (default 50,000 columns × 100 rows each), through the real CLI.
# Compares three memory budgets (TOLLGATE_DATA_BUDGET_MB) in the same run: the default 256 MiB, 32 MiB, and
# an unbounded budget (every column in one batch: the peer, i.e. what reading the whole file costs).
# Prints the load average before and after and, per budget, the median of RUNS runs of peak RSS and wall time.
#
#   dotnet build src/Tollgate.Cli/Tollgate.Cli.csproj -c Release
#   tests/Tollgate.Benchmarks/wide-drift.sh [folder]        # COLS=50000 ROWS=100 RUNS=3 by default; HEAP_LIMIT optional
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${CLI:-$root/src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll}
dir=${1:-${TMPDIR:-/tmp}/tollgate-wide-bench}
cols=${COLS:-50000}
rows=${ROWS:-100}
runs=${RUNS:-3}
mkdir -p "$dir"
# HEAP_LIMIT=0x30000000 caps the .NET heap (DOTNET_GCHeapHardLimit): then a budget either fits or fails with TOLLGATE1007.
if [ -n "${HEAP_LIMIT:-}" ]; then export DOTNET_GCHeapHardLimit=$HEAP_LIMIT; fi
if [ ! -f "$dir/ref-$cols-$rows.csv" ]; then
  python3 - "$dir" "$cols" "$rows" <<'PY'
import random, sys
folder, cols, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for name, shift, seed in (("ref", 0.0, 1), ("cur", 5.0, 2)):
    rnd = random.Random(seed)
    with open(f"{folder}/{name}-{cols}-{rows}.csv", "w") as f:
        f.write(",".join(f"c{i}" for i in range(cols)) + "\n")
        for _ in range(rows):
            f.write(",".join(f"{rnd.random() + (shift if c % 1000 == 0 else 0):.3f}" for c in range(cols)) + "\n")
PY
fi
ref="$dir/ref-$cols-$rows.csv"
cur="$dir/cur-$cols-$rows.csv"
echo "input: $cols columns x $rows rows, $(du -h "$ref" | cut -f1) per file; runs per budget: $runs"
echo "load before: $(uptime)"
for budget in 256 32 1048576; do
  rss=()
  wall=()
  for _ in $(seq "$runs"); do
    # exit 0/1 = report written (1: dataset drift); 2 with TOLLGATE1007 = the budget did not fit HEAP_LIMIT
    rc=0
    TOLLGATE_DATA_BUDGET_MB=$budget /usr/bin/time -f "%M %e" -o "$dir/time.txt" dotnet "$cli" drift --reference "$ref" --current "$cur" --json > "$dir/report.json" || rc=$?
    [ "$rc" -le 1 ] || echo "budget $budget: exit $rc ($(grep -o 'TOLLGATE[0-9]*' "$dir/report.json" | head -1))"
    read -r kb seconds < <(tail -1 "$dir/time.txt")
    rss+=("$kb")
    wall+=("$seconds")
  done
  median_rss=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  median_wall=$(printf '%s\n' "${wall[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  label=$([ "$budget" = 1048576 ] && echo "unbounded (peer)" || echo "$budget MiB")
  echo "budget $label: peak RSS median $((median_rss / 1024)) MiB (runs: ${rss[*]} KiB), wall median ${median_wall} s (runs: ${wall[*]})"
done
echo "columns in report: $(grep -o '"column"' "$dir/report.json" | wc -l)"
echo "load after: $(uptime)"
