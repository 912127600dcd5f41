#!/usr/bin/env bash
# Issue 11, "one artifact load per command": prints how often promote/validate hash the artifact folder and how often
# a promotion lists the deployments (local ledger: backend calls; GitHub: emulator requests). Counts, not timings, so
# they do not depend on machine load. Run from the repository root:  tests/Tollgate.Benchmarks/identity-counts.sh
# To get the "before" figures, run it on a checkout of the base commit with ArtifactMetrics.cs, its one line in
# ContentDigest.ListFiles and the two test files copied over (PromotionSnapshotTests: call PromoteAsync(artifactDir, …)).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/Tollgate.Core.Tests/Tollgate.Core.Tests.csproj -c Release -v q -nologo >/dev/null
dotnet build tests/Tollgate.Cli.Tests/Tollgate.Cli.Tests.csproj -c Release -v q -nologo >/dev/null
uptime
for project in Tollgate.Core.Tests:PromotionSnapshotTests Tollgate.Cli.Tests:OneArtifactLoadTests; do
  dotnet test "tests/${project%%:*}/${project%%:*}.csproj" -c Release --no-build --filter "FullyQualifiedName~${project##*:}" \
    --logger "console;verbosity=detailed" 2>&1 | grep -E "FIGURE|Test Run|^ *(Passed|Failed):" | sed "s/^ *//" | sort -u
done
