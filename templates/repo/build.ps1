# Runs the Cake build: ./build.ps1 --target=PromoteStaging [--environment=…] [--current-data=FILE] [--verbosity=…]
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

# A warm build restores nothing: `dotnet tool restore` runs only when .config/dotnet-tools.json differs from the copy
# kept at the last successful restore, or a pinned tool is missing from the NuGet packages folder.
$stamp = 'tools/dotnet-tools.restored.json'
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
$manifest = [IO.File]::ReadAllText("$PSScriptRoot/.config/dotnet-tools.json")
$missing = (ConvertFrom-Json $manifest).tools.PSObject.Properties |
    Where-Object { -not (Test-Path (Join-Path $packages "$($_.Name)/$($_.Value.version)".ToLowerInvariant())) }
if (-not (Test-Path $stamp) -or [IO.File]::ReadAllText("$PSScriptRoot/$stamp") -cne $manifest -or $missing) {
    dotnet tool restore | Out-Null
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    New-Item -ItemType Directory -Force tools | Out-Null
    [IO.File]::WriteAllText("$PSScriptRoot/$stamp.tmp", $manifest)
    Move-Item -Force "$PSScriptRoot/$stamp.tmp" "$PSScriptRoot/$stamp"
}
dotnet cake build.cake @args
exit $LASTEXITCODE
