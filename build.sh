#!/usr/bin/env bash
# Bootstraps and runs the kit's Cake build: ./build.sh [--target=X] [--configuration=Release] [--verbosity=normal]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore > /dev/null
# build.cake loads the in-tree addin with #r, so it must exist before Cake compiles the script.
dotnet build src/Cake.Tollgate/Cake.Tollgate.csproj -c Release -o build/.addin --nologo -v quiet -clp:ErrorsOnly
exec dotnet cake build/build.cake "$@"
