#!/usr/bin/env bash
# Whole-process timing of `tollgate stat ks|wasserstein|psi --a A --b B` against what a Python user runs for the
# same result (pandas.read_csv + scipy.stats.ks_2samp / wasserstein_distance; NumPy PSI), parse included.
#
#   tests/Tollgate.Benchmarks/stat-bench.sh [N=1e7] [REPEATS=3] [DIR=/tmp/tollgate-stat-bench] [FORMAT=repr|17g]
#
# Samples: N(0,1) vs N(0.01,1), one column 'x', written by NumPy as Python's repr (shortest round-trip, up to 17
# significant digits) or '%.17g'. Each command runs REPEATS times under /usr/bin/time, alternating Tollgate and
# the peer so both see the same load; the table shows medians, the ratio peer ÷ Tollgate, and peak RSS against the
# raw column bytes (2 × N × 8 B). Peers: apt-get install -y python3-scipy python3-pandas (system /usr/bin/python3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-1e7}
repeats=${2:-3}
dir=${3:-/tmp/tollgate-stat-bench}
format=${4:-repr}
py=/usr/bin/python3

if ! "$py" -c 'import scipy, pandas' 2>/dev/null; then
  echo "stat-bench: $py lacks SciPy/pandas; run: apt-get install -y python3-scipy python3-pandas" >&2
  exit 2
fi

cli="$root/src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build "$root/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release -v q -nologo >/dev/null
fi

mkdir -p "$dir"
a="$dir/a-$format-$n.csv"
b="$dir/b-$format-$n.csv"
[[ -f "$a" ]] || "$py" "$here/stat_peer.py" gen "$a" "$n" 0 1 "$format"
[[ -f "$b" ]] || "$py" "$here/stat_peer.py" gen "$b" "$n" 0.01 2 "$format"

results="$dir/results-$format-$n.tsv"
: > "$results"
run() { # run LABEL TEST CMD...: appends "test label wall cpu rss_kib" and keeps the command's output
  local label=$1 test=$2; shift 2
  local t="$dir/time.txt" out="$dir/out-$label-$test.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" > "$out"
  read -r wall user sys rss < "$t"
  echo -e "$test\t$label\t$wall\t$(awk "BEGIN { print $user + $sys }")\t$rss" >> "$results"
}

echo "load before: $(uptime)"
echo "nproc $(nproc); $(dotnet --version) SDK; $("$py" -c 'import scipy, pandas, numpy; print("SciPy", scipy.__version__, "pandas", pandas.__version__, "NumPy", numpy.__version__)')"
for test in ks wasserstein psi; do
  for ((i = 0; i < repeats; i++)); do
    run tollgate "$test" dotnet "$cli" stat "$test" --a "$a" --b "$b" --json
    run peer "$test" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" "$here/stat_peer.py" "$test" "$a" "$b"
  done
  echo "$test: tollgate $(head -c 120 "$dir/out-tollgate-$test.txt")"
  echo "$test: peer     $(cat "$dir/out-peer-$test.txt")"
done
echo "load after: $(uptime)"

"$py" - "$results" "$n" "$repeats" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
n = float(sys.argv[2]); raw_kib = 2 * n * 8 / 1024
print(f"\nN = {n:.0e} per sample, {sys.argv[3]} runs each, medians; raw columns {2 * n * 8 / 1e6:.0f} MB")
print("| test | tollgate wall | tollgate CPU | tollgate peak RSS (× raw) | peer wall | peer CPU | peer peak RSS (× raw) | wall ratio | CPU ratio |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for test in ("ks", "wasserstein", "psi"):
    def med(label, col):
        return statistics.median(float(r[col]) for r in rows if r[0] == test and r[1] == label)
    tw, tc, tr = med("tollgate", 2), med("tollgate", 3), med("tollgate", 4)
    pw, pc, pr = med("peer", 2), med("peer", 3), med("peer", 4)
    print(f"| {test} | {tw:.2f} s | {tc:.2f} s | {tr / 1024:.0f} MiB ({tr / raw_kib:.2f}×) | {pw:.2f} s | {pc:.2f} s "
          f"| {pr / 1024:.0f} MiB ({pr / raw_kib:.2f}×) | {pw / tw:.2f}× | {pc / tc:.2f}× |")
PY
