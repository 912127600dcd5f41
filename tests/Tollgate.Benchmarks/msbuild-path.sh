#!/usr/bin/env bash
# Cold and warm wall time of the MSBuild path: a plain SDK project with a PackageReference to the packed
# Tollgate.MSBuild runs `dotnet build -t:TollgatePromote` for sandbox, then staging, on a copy of the sample
# (templates/churn-model, 12,000 rows, the repository's tollgate.yml with its staging gates incl. drift).
# cold = empty NuGet packages folder, no artifact, no ledger (restore + train + pack + gates + promote);
# warm = the same two commands again with nothing changed, RUNS times (default 3; checked: no training, no gate runs,
# no new deployment), each paired with the floor: the same `dotnet build` with -p:TollgateSkip=true (MSBuild and
# restore, no CLI). Prints medians and the ratio.
# Usage: tests/Tollgate.Benchmarks/msbuild-path.sh [FEED]   (FEED default: artifacts/packages from ./build.sh --target=Pack)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
feed=$(cd "${1:-$root/artifacts/packages}" && pwd)
package=$(ls "$feed"/Tollgate.MSBuild.*.nupkg | sort -V | tail -1)
version=$(basename "$package" .nupkg); version=${version#Tollgate.MSBuild.}
work=$(mktemp -d /tmp/tollgate-msbuild-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/templates" "$work/app"
cp -r "$root/templates/churn-model" "$work/templates/"
cp "$root/tollgate.yml" "$root/global.json" "$work/"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="tollgate" value="$feed" /></packageSources>
</configuration>
XML
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="Tollgate.MSBuild" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
XML
printf 'bin/\nobj/\nartifacts/\n.tollgate/\npackages/\n' > "$work/.gitignore"
git -C "$work" init -q && git -C "$work" add -A && git -C "$work" -c user.name=bench -c user.email=bench@example.com commit -qm sample

run() { # label, environment [extra MSBuild arguments]
  local start end
  start=$(date +%s.%N)
  (cd "$work/app" && dotnet build -nologo -tl:off -v:n -t:TollgatePromote -p:TollgateEnvironment="$2" ${3:-} > "$work/$1-$2.log" 2>&1) \
    || { cat "$work/$1-$2.log"; exit 1; }
  end=$(date +%s.%N)
  awk "BEGIN { print $end - $start }"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cold_sandbox=$(run cold sandbox); cold_staging=$(run cold staging)
warms=""; floors=""
for i in $(seq 1 "${RUNS:-3}"); do
  warm_sandbox=$(run "warm$i" sandbox); warm_staging=$(run "warm$i" staging)
  floor_sandbox=$(run "floor$i" sandbox -p:TollgateSkip=true); floor_staging=$(run "floor$i" staging -p:TollgateSkip=true)
  warms="$warms $(awk "BEGIN { printf \"%.1f\", $warm_sandbox + $warm_staging }")"; floors="$floors $(awk "BEGIN { printf \"%.1f\", $floor_sandbox + $floor_staging }")"
  log="$work/warm$i-staging.log"
  grep -q "up to date, not retrained" "$log" || { cat "$log"; echo "warm run retrained"; exit 1; }
  grep -q "already live (deployment" "$log" || { cat "$log"; echo "warm run promoted again"; exit 1; }
  ! grep -qE "✓|Training " "$log" || { cat "$log"; echo "warm run re-ran the gates"; exit 1; }
done
warm=$(echo "$warms" | median); floor=$(echo "$floors" | median)
echo "Tollgate.MSBuild $version, $(nproc) cores, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CLI processes in a warm sandbox+staging run: $(cat "$work/warm1-sandbox.log" "$work/warm1-staging.log" | grep -c "Tollgate: backend")"
printf '| run | sandbox + staging |\n|---|---:|\n'
printf '| cold | %.1f s (%.1f + %.1f) |\n' "$(awk "BEGIN { print $cold_sandbox + $cold_staging }")" "$cold_sandbox" "$cold_staging"
printf '| warm, %s runs | %s s, median %.1f s |\n' "${RUNS:-3}" "$warms" "$warm"
printf '| floor (same builds, TollgateSkip=true) | %s s, median %.1f s |\n' "$floors" "$floor"
echo "warm = $(awk -v w="$warm" -v f="$floor" 'BEGIN { printf "%.1f", w / f }')x floor"
