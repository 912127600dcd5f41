#!/usr/bin/env bash
# Cold and warm wall time of the MSBuild path: a plain SDK project with a PackageReference to the packed
# Tollgate.MSBuild runs `dotnet build -t:TollgatePromote` for sandbox, then staging, on a copy of the sample
# (templates/churn-model, 12,000 rows, the repository's tollgate.yml with its staging gates incl. drift).
# cold = empty NuGet packages folder, no artifact, no ledger (restore + train + pack + gates + promote);
# warm = the same two commands again with nothing changed (checked: no training, no gate runs, no new deployment).
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

run() { # label, environment
  local start end
  start=$(date +%s.%N)
  (cd "$work/app" && dotnet build -nologo -tl:off -v:n -t:TollgatePromote -p:TollgateEnvironment="$2" > "$work/$1-$2.log" 2>&1) \
    || { cat "$work/$1-$2.log"; exit 1; }
  end=$(date +%s.%N)
  awk "BEGIN { print $end - $start }"
}

echo "Tollgate.MSBuild $version, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cold_sandbox=$(run cold sandbox); cold_staging=$(run cold staging)
warm_sandbox=$(run warm sandbox); warm_staging=$(run warm staging)
grep -q "up to date, not retrained" "$work/warm-staging.log" || { cat "$work/warm-staging.log"; echo "warm run retrained"; exit 1; }
grep -q "already live (deployment" "$work/warm-staging.log" || { cat "$work/warm-staging.log"; echo "warm run promoted again"; exit 1; }
! grep -qE "✓|Training " "$work/warm-staging.log" || { cat "$work/warm-staging.log"; echo "warm run re-ran the gates"; exit 1; }
printf '| run | sandbox | staging | total |\n|---|---:|---:|---:|\n'
printf '| cold | %.1f s | %.1f s | %.1f s |\n' "$cold_sandbox" "$cold_staging" "$(awk "BEGIN { print $cold_sandbox + $cold_staging }")"
printf '| warm | %.1f s | %.1f s | %.1f s |\n' "$warm_sandbox" "$warm_staging" "$(awk "BEGIN { print $warm_sandbox + $warm_staging }")"
