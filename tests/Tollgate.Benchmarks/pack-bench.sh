#!/usr/bin/env bash
# Whole-process benchmark of what a user runs on a large model (see README-packaging.md):
#   tollgate pack (NuGet package + OCI layout) vs `openssl dgst -sha256` and `sha256sum` of the model file;
#   tollgate push --oci (first push, then re-push of the unchanged artifact) vs `skopeo copy` of the same.
# Usage: tests/Tollgate.Benchmarks/pack-bench.sh [sizeMiB=1024] [runs=3]
#   BASELINE_CLI=/path/to/Tollgate.Cli also times another build's pack in the same loop (before/after comparisons).
# Prints a Markdown table of medians and the ratios (goals: pack <= 1.3x openssl, re-push <= 2x skopeo re-copy).
# Needs: dotnet, openssl, sha256sum, docker-registry, skopeo (apt-get install -y docker-registry skopeo).
set -euo pipefail
SIZE=${1:-1024}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/tollgate-pack-bench.XXXXXX)
source "$ROOT/tests/Tollgate.Benchmarks/oci-bench-lib.sh"

dotnet build "$ROOT/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release -nologo -v q >/dev/null
# What users run: the packed tool (ReadyToRun, unlike bin/), installed with `dotnet tool install --tool-path`.
VERSION="0.0.0-bench.$(date +%s)"
dotnet pack "$ROOT/src/Tollgate.Cli/Tollgate.Cli.csproj" -c Release --no-build -nologo -v q -o "$WORK/tool-feed" -p:Version="$VERSION" -p:MinVerVersionOverride="$VERSION" >/dev/null
dotnet tool install Tollgate.Cli --tool-path "$WORK/tools" --version "$VERSION" --add-source "$WORK/tool-feed" >/dev/null
CLI="$WORK/tools/tollgate"
make_bench_project "$SIZE"
MODEL="$MODEL_DIR/model.zip"

echo "load average before: $(uptime)"
cd "$PROJ"
for run in $(seq 1 "$RUNS"); do
  sync
  add openssl "$(t openssl dgst -sha256 "$MODEL")"
  add sha256sum "$(t sha256sum "$MODEL")"
  # The write floor: the two copies pack must make durable (package + layout blob), written the way pack writes them
  # (both at once, O_DIRECT, each fsync'd) by two dd processes: no pack that makes both copies durable can beat it.
  add write-floor "$(t sh -c "dd if='$MODEL' of='$WORK/copy1' bs=4M oflag=direct conv=fsync status=none & dd if='$MODEL' of='$WORK/copy2' bs=4M oflag=direct conv=fsync status=none; wait")"
  rm -f "$WORK/copy1" "$WORK/copy2"
  rm -rf out .tollgate && sync
  add pack "$(t "$CLI" pack)"
  if [ -n "${BASELINE_CLI:-}" ]; then # another build of the CLI (e.g. main's), timed in the same loop
    rm -rf out .tollgate && sync
    add pack-baseline "$(t "$BASELINE_CLI" pack)"
  fi

  # skopeo: first copy into an empty registry, then the same copy again (nothing to upload).
  start_registry
  add skopeo-copy "$(t skopeo copy --quiet --preserve-digests --dest-tls-verify=false "oci:$PROJ/out/layout:1.0.0" "docker://127.0.0.1:$PORT/bench/model:1.0.0")"
  add skopeo-recopy "$(t skopeo copy --quiet --preserve-digests --dest-tls-verify=false "oci:$PROJ/out/layout:1.0.0" "docker://127.0.0.1:$PORT/bench/model:1.0.0")"
  start_registry
  add push "$(t "$CLI" push --oci "oci://127.0.0.1:$PORT/bench/model" --artifact "$MODEL_DIR")"
  add repush "$(t "$CLI" push --oci "oci://127.0.0.1:$PORT/bench/model" --artifact "$MODEL_DIR")"
  add cli-floor "$(t "$CLI" --version)" # the CLI's own start-up: no re-push can beat it
done
echo "load average after:  $(uptime)"

echo
echo "| case | median wall (s) | runs wall (s) | median CPU user+sys (s) |"
echo "|---|---:|---|---:|"
for k in openssl sha256sum write-floor pack pack-baseline skopeo-copy push skopeo-recopy repush cli-floor; do
  [ -n "${TIMES[$k]:-}" ] || continue
  echo "| $k | $(median "${TIMES[$k]}") | ${TIMES[$k]} | $(median "${CPU[$k]}") |"
done
ratio() { awk -v a="$(median "${TIMES[$1]}")" -v b="$(median "${TIMES[$2]}")" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "pack / openssl:         $(ratio pack openssl) (goal <= 1.3)"
[ -n "${BASELINE_CLI:-}" ] && echo "pack / baseline pack:   $(ratio pack pack-baseline) ($BASELINE_CLI)"
echo "pack / sha256sum:       $(ratio pack sha256sum)"
echo "pack / write floor:     $(ratio pack write-floor) (two durable 1x copies at once, dd oflag=direct conv=fsync)"
echo "push / skopeo copy:     $(ratio push skopeo-copy)"
echo "re-push / skopeo copy:  $(ratio repush skopeo-recopy) (goal <= 2)"
echo "re-push / CLI floor:    $(ratio repush cli-floor) (tollgate --version)"
