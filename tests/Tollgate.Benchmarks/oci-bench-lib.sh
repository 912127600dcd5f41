# Shared by pack-bench.sh and repush-bench.sh (sourced, not run): the work folder's clean-up, the timer, a loopback
# docker-registry and the 1 GiB bench project. Expects ROOT and WORK to be set.

REG_PID=""
cleanup() {
  if [ -n "$REG_PID" ]; then kill "$REG_PID" 2>/dev/null || true; wait "$REG_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Wall seconds of one command (its output discarded; a failing command shows its errors and aborts the bench); its CPU
# seconds (user + sys, children included) go to $WORK/last-cpu, since wall time on a shared machine mostly measures the others.
t() {
  /usr/bin/time -o "$WORK/last-time" -f '%e %U %S' "$@" >/dev/null 2>"$WORK/last-err" || { cat "$WORK/last-err" >&2; exit 1; }
  awk '{ printf "%.3f", $2 + $3 > "'"$WORK/last-cpu"'"; printf "%.3f", $1 }' "$WORK/last-time"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A fresh docker-registry on 127.0.0.1 (the previous one stopped) with its storage under $WORK; sets PORT and REG_PID.
start_registry() {
  if [ -n "$REG_PID" ]; then kill "$REG_PID"; wait "$REG_PID" 2>/dev/null || true; fi
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

# The bench project: a tollgate.yml and an artifact whose model.zip is SIZE MiB; sets PROJ, MODEL_DIR and HELPER.
make_bench_project() {
  dotnet build "$ROOT/tests/Tollgate.Benchmarks/PackDigest/Tollgate.Benchmarks.PackDigest.csproj" -c Release -nologo -v q >/dev/null
  HELPER="$ROOT/tests/Tollgate.Benchmarks/PackDigest/bin/Release/net10.0/Tollgate.Benchmarks.PackDigest.dll"
  PROJ="$WORK/proj"
  MODEL_DIR="$PROJ/artifacts/model"
  mkdir -p "$PROJ"
  printf 'model:\n  name: bench\n  output: artifacts/model\npackage:\n  id: Bench.Model\n  feed: out/feed\n  ociLayout: out/layout\n' > "$PROJ/tollgate.yml"
  dotnet "$HELPER" artifact "$MODEL_DIR" "$1"
}
