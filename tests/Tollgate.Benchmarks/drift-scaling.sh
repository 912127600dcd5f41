#!/usr/bin/env bash
# Does `tollgate drift` stay linear? Times the whole CLI process on 20 numeric columns × ROWS rows, reference vs
# current (every fourth column shifted by 0.05 sd), for each ROWS, and prints time and peak memory per row.
#
#   tests/Tollgate.Benchmarks/drift-scaling.sh ["1e5 1e6 4e6"] [REPEATS=3] [DIR=/tmp/tollgate-drift-scaling]
#
# Data: `dotnet run -c Release -- gen PATH ROWS SHIFT SEED` of this project (6 decimals, ≈ 9.5 bytes per cell).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=${1:-"1e5 1e6 4e6"}
repeats=${2:-3}
dir=${3:-/tmp/tollgate-drift-scaling}
cli="$root/src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll"
bench="$here/bin/Release/net10.0/Tollgate.Benchmarks.dll"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build "$root/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release -v q -nologo >/dev/null
  dotnet build "$here/Tollgate.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
fi

mkdir -p "$dir"
results="$dir/results.tsv"
: > "$results"
echo "load before: $(uptime)"
for size in $sizes; do
  rows=$(awk "BEGIN { printf \"%d\", $size }")
  ref="$dir/ref-$size.csv"
  cur="$dir/cur-$size.csv"
  [[ -f "$ref" ]] || dotnet "$bench" gen "$ref" "$rows" 0 1
  [[ -f "$cur" ]] || dotnet "$bench" gen "$cur" "$rows" 0.05 2
  for ((i = 0; i < repeats; i++)); do
    # Exit 1 means "drift found", which these data are built to show; anything else is a failure.
    /usr/bin/time -f "%e %U %S %M %x" -o "$dir/time.txt" dotnet "$cli" drift --reference "$ref" --current "$cur" --format json > "$dir/report-$size.json" || true
    read -r wall user sys rss code < "$dir/time.txt"
    if [[ "$code" != 0 && "$code" != 1 ]]; then
      echo "drift-scaling: tollgate drift exited $code at $size rows" >&2
      exit 1
    fi

    echo -e "$rows\t$wall\t$(awk "BEGIN { print $user + $sys }")\t$rss" >> "$results"
  done
done
echo "load after: $(uptime)"

/usr/bin/python3 - "$results" "$repeats" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
print(f"\n20 numeric columns, reference vs current, {sys.argv[2]} runs each, medians")
print("| rows | wall | CPU | peak RSS | raw columns (2 × 20 × rows × 8 B) | RSS ÷ raw | wall per 1e6 rows | CPU per 1e6 rows | RSS per row |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for n in sorted({int(r[0]) for r in rows}):
    sel = [r for r in rows if int(r[0]) == n]
    wall = statistics.median(float(r[1]) for r in sel)
    cpu = statistics.median(float(r[2]) for r in sel)
    rss = statistics.median(float(r[3]) for r in sel) * 1024
    raw = 2 * 20 * n * 8
    print(f"| {n:,} | {wall:.2f} s | {cpu:.2f} s | {rss / 2**20:.0f} MiB | {raw / 2**20:.0f} MiB | {rss / raw:.2f}× "
          f"| {wall / n * 1e6:.2f} s | {cpu / n * 1e6:.2f} s | {rss / n:.0f} B |")
PY
