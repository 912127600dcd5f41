#!/usr/bin/env bash
# Warm bootstrap cost of the tollgate-repo template's build.sh: the shipped script (dotnet tool restore skipped while
# .config/dotnet-tools.json is unchanged since the last successful restore) against its peer, the same script that
# restores on every run. Both run `./build.sh --version` (Cake starts, compiles no script) in the same scratch
# repository holding the template's build.sh and a tool manifest pinning cake.tool; runs alternate, RUNS pairs
# (default 7), medians and the ratio are printed with the load average.
#   tests/Tollgate.Benchmarks/RepoTemplate/restore-bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
runs="${RUNS:-7}"
work="$(mktemp -d /tmp/tollgate-restore-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.config"
cp "$root/templates/repo/build.sh" "$work/build.sh"
# the peer: the template's script before the stamp, restoring on every run
sed -n '1,5p' "$root/templates/repo/build.sh" > "$work/always-restore.sh"
printf 'dotnet tool restore > /dev/null\nexec dotnet cake build.cake "$@"\n' >> "$work/always-restore.sh"
chmod +x "$work/build.sh" "$work/always-restore.sh"
printf '{\n  "version": 1,\n  "isRoot": true,\n  "tools": {\n    "cake.tool": {\n      "version": "7.0.0",\n      "commands": ["dotnet-cake"],\n      "rollForward": false\n    }\n  }\n}\n' > "$work/.config/dotnet-tools.json"
printf 'Task("Default");\nRunTarget("Default");\n' > "$work/build.cake"
timed() { # prints the wall seconds of a command run in the scratch repository; fails the bench when it fails
  local start end; start=$(date +%s.%N); (cd "$work" && "$@") > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
timed ./build.sh --version > /dev/null # the first run restores and writes the stamp
stamped=""; always=""
for _ in $(seq 1 "$runs"); do
  stamped="$stamped $(timed ./build.sh --version)"
  always="$always $(timed ./always-restore.sh --version)"
done
s=$(echo "$stamped" | median); a=$(echo "$always" | median)
echo "warm ./build.sh --version ($(nproc) cores, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  stamped (restore skipped):${stamped} s (median ${s}s)"
echo "  peer, restore every run:  ${always} s (median ${a}s)"
echo "  saved per warm run: $(awk -v s="$s" -v a="$a" 'BEGIN { printf "%.2f s; peer / stamped = %.2fx", a - s, a / s }')"
