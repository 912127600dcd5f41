#!/usr/bin/env bash
# Runs the Cake build: ./build.sh [--target=PromoteStaging] [--environment=…] [--current-data=FILE] [--verbosity=…]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore > /dev/null
exec dotnet cake build.cake "$@"
