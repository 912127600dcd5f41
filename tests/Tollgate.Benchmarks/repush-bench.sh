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
source "$ROOT/tests/Tollgate.Benchmarks/oci-bench-lib.sh"

# What users install: the packed tool, once with ReadyToRun (the default) and once IL only.
VERSION="0.0.0-bench.$(date +%s)"
dotnet build "$ROOT/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release -nologo -v q >/dev/null
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
FLOOR="$ROOT/tests/Tollgate.Benchmarks/StartupFloor/bin/Release/net10.0/Tollgate.Benchmarks.StartupFloor"

make_bench_project "$SIZE"
export TOLLGATE_CACHE_DIR="$WORK/cache" # the digest cache of this run only

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
