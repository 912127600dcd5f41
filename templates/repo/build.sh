#!/usr/bin/env bash
# Runs the Cake build: ./build.sh [--target=PromoteStaging] [--environment=…] [--current-data=FILE] [--verbosity=…]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# A warm build restores nothing: `dotnet tool restore` runs only when .config/dotnet-tools.json differs from the copy
# kept at the last successful restore, or a pinned tool is missing from the NuGet packages folder.
stamp=tools/dotnet-tools.restored.json
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
restored() {
  cmp -s .config/dotnet-tools.json "$stamp" || return 1
  local tool
  for tool in $(awk -F'"' '/": *\{/ && $2 != "tools" { id = $2 } /"version": *"/ && id { print tolower(id "/" $4); id = "" }' .config/dotnet-tools.json); do
    [ -d "$packages/$tool" ] || return 1
  done
}
if ! restored; then
  dotnet tool restore > /dev/null
  mkdir -p tools && cp .config/dotnet-tools.json "$stamp.tmp" && mv -f "$stamp.tmp" "$stamp"
fi
exec dotnet cake build.cake "$@"
