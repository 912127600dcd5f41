#!/usr/bin/env bash
# Re-push of an unchanged artifact and CLI start-up, whole processes, as users run them (see README-packaging.md):
#   the tool packed from this checkout (`dotnet pack src/Tollgate.Cli`, ReadyToRun) and installed with
#   `dotnet tool install --tool-path`, vs `skopeo copy` of the same artifact with nothing to upload;
#   plus the start-up floors: `tollgate --version`, `tollgate status`, a hello-world .NET app and a .NET app sending one
#   HTTP HEAD (StartupFloor/), and, for comparison, the same tool packed without ReadyToRun (-p:TollgateReadyToRun=false).
# Usage: tests/Tollgate.Benchmarks/repush-bench.sh [sizeMiB=1024] [runs=5]
# Prints medians of wall and CPU time, the ratios and `uptime` before and after.
# Needs: dotnet, docker-registry, skopeo (apt-get install -y docker-registry skopeo).
set -euo pipefail
SIZE=${1:-1024}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/tollgate-repush-bench.XXXXXX)
REG_PID=""
cleanup() {
  if [ -n "$REG_PID" ]; then kill "$REG_PID" 2>/dev/null || true; wait "$REG_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# What users install: the packed tool, once with ReadyToRun (the default) and once IL only.
VERSION="0.0.0-bench.$(date +%s)"
dotnet build "$ROOT/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$ROOT/tests/Tollgate.Benchmarks/PackDigest/Tollgate.Benchmarks.PackDigest.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$ROOT/tests/Tollgate.Benchmarks/StartupFloor/Tollgate.Benchmarks.StartupFloor.csproj" -c Release -nologo -v q >/dev/null
for flavour in r2r il; do
  r2r=$([ "$flavour" = r2r ] && echo true || echo false)
  dotnet pack "$ROOT/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release --no-build -nologo -v q -o "$WORK/feed-$flavour" \
    -p:Version="$VERSION-$flavour" -p:MinVerVersionOverride="$VERSION-$flavour" -p:TollgateReadyToRun=$r2r \
    -p:PublishDir="$WORK/publish-$flavour/" >/dev/null # its own folder: publish copies only files newer than what is there
  dotnet tool install Tollgate.Cli --tool-path "$WORK/tools-$flavour" --version "$VERSION-$flavour" --add-source "$WORK/feed-$flavour" >/dev/null
done
CLI="$WORK/tools-r2r/tollgate"
CLI_IL="$WORK/tools-il/tollgate"
HELPER="$ROOT/tests/Tollgate.Benchmarks/PackDigest/bin/Release/net10.0/Tollgate.Benchmarks.PackDigest.dll"
FLOOR="$ROOT/tests/Tollgate.Benchmarks/StartupFloor/bin/Release/net10.0/Tollgate.Benchmarks.StartupFloor"

PROJ="$WORK/proj"
MODEL_DIR="$PROJ/artifacts/model"
mkdir -p "$PROJ"
printf 'model:\n  name: bench\n  output: artifacts/model\npackage:\n  id: Bench.Model\n  feed: out/feed\n  ociLayout: out/layout\n' > "$PROJ/tollgate.yml"
dotnet "$HELPER" artifact "$MODEL_DIR" "$SIZE"
export TOLLGATE_CACHE_DIR="$WORK/cache" # the digest cache of this run only

t() {
  /usr/bin/time -o "$WORK/last-time" -f '%e %U %S' "$@" >/dev/null 2>"$WORK/last-err" || { cat "$WORK/last-err" >&2; exit 1; }
  awk '{ printf "%.3f", $2 + $3 > "'"$WORK/last-cpu"'"; printf "%.3f", $1 }' "$WORK/last-time"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start_registry() {
  PORT=$(free_port)
  local dir="$WORK/registry-$PORT"
  mkdir -p "$dir"
  printf 'version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:%s\n' "$dir/storage" "$PORT" > "$dir/config.yml"
  docker-registry serve "$dir/config.yml" >/dev/null 2>&1 &
  REG_PID=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/v2/" >/dev/null && return 0; sleep 0.1; done
  echo "docker-registry did not start" >&2; exit 1
}

declare -A TIMES
declare -A CPU
add() { TIMES[$1]="${TIMES[$1]:-}${TIMES[$1]:+ }$2"; CPU[$1]="${CPU[$1]:-}${CPU[$1]:+ }$(cat "$WORK/last-cpu")"; }
median() { tr ' ' '\n' <<<"$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Once, untimed: the layout skopeo copies from, the first push of both (skopeo to one repository, Tollgate to another) and
# a first run of each tool, so every timed run below is a warm re-run with nothing to upload.
cd "$PROJ"
start_registry
"$CLI" push --oci "oci-layout:$WORK/layout" --artifact "$MODEL_DIR" >/dev/null
skopeo copy --quiet --preserve-digests --dest-tls-verify=false "oci:$WORK/layout:1.0.0" "docker://127.0.0.1:$PORT/bench/skopeo:1.0.0"
"$CLI" push --oci "oci://127.0.0.1:$PORT/bench/model" --artifact "$MODEL_DIR" >/dev/null
"$CLI_IL" push --oci "oci://127.0.0.1:$PORT/bench/model" --artifact "$MODEL_DIR" >/dev/null
HEAD_URL="http://127.0.0.1:$PORT/v2/bench/model/manifests/1.0.0"

echo "load average before: $(uptime)"
for run in $(seq 1 "$RUNS"); do
  add skopeo-recopy "$(t skopeo copy --quiet --preserve-digests --dest-tls-verify=false "oci:$WORK/layout:1.0.0" "docker://127.0.0.1:$PORT/bench/skopeo:1.0.0")"
  add repush "$(t "$CLI" push --oci "oci://127.0.0.1:$PORT/bench/model" --artifact "$MODEL_DIR")"
  add repush-il "$(t "$CLI_IL" push --oci "oci://127.0.0.1:$PORT/bench/model" --artifact "$MODEL_DIR")"
  add version "$(t "$CLI" --version)"
  add version-il "$(t "$CLI_IL" --version)"
  add status "$(t "$CLI" status)"
  add status-il "$(t "$CLI_IL" status)"
  add floor-hello "$(t "$FLOOR")"
  add floor-head "$(t "$FLOOR" head "$HEAD_URL")"
done
echo "load average after:  $(uptime)"

echo
echo "| case | median wall (s) | runs wall (s) | median CPU user+sys (s) |"
echo "|---|---:|---|---:|"
for k in skopeo-recopy repush repush-il version version-il status status-il floor-hello floor-head; do
  echo "| $k | $(median "${TIMES[$k]}") | ${TIMES[$k]} | $(median "${CPU[$k]}") |"
done
ratio() { awk -v a="$(median "${TIMES[$1]}")" -v b="$(median "${TIMES[$2]}")" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "re-push / skopeo re-copy:        $(ratio repush skopeo-recopy) (goal <= 2)"
echo "re-push / one HTTP HEAD in .NET: $(ratio repush floor-head) (the floor of any .NET re-push)"
echo "re-push IL only / ReadyToRun:    $(ratio repush-il repush)"
echo "status IL only / ReadyToRun:     $(ratio status-il status)"
echo "--version IL only / ReadyToRun:  $(ratio version-il version)"
echo "package size: $(stat -c %s "$WORK"/feed-r2r/*.nupkg) bytes ReadyToRun, $(stat -c %s "$WORK"/feed-il/*.nupkg) bytes IL only"
