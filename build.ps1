#!/usr/bin/env pwsh
# Bootstraps and runs the kit's Cake build: ./build.ps1 --target=X [--configuration=Release] [--verbosity=normal]
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
dotnet tool restore | Out-Null
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
# build.cake loads the in-tree addin with #r, so it must exist before Cake compiles the script.
dotnet build src/Cake.Tollgate/Cake.Tollgate.csproj -c Release -o build/.addin --nologo -v quiet -clp:ErrorsOnly
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
dotnet cake build/build.cake @args
exit $LASTEXITCODE
