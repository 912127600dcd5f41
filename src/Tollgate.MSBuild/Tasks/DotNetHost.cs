using System;
using System.IO;

namespace Tollgate.MSBuild.Tasks;

/// <summary>
/// Finds the dotnet host that runs the CLI: the SDK's own (<c>$(DOTNET_HOST_PATH)</c>, set by the .NET SDK and
/// by Visual Studio), else <c>dotnet</c> on PATH, so the CLI runs on the same runtime as the build.
/// </summary>
internal static class DotNetHost
{
    public static string ExecutableName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    public static string Resolve(string? hostPath)
    {
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath!;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, ExecutableName)))
            {
                return Path.Combine(dir, ExecutableName);
            }
        }

        return ExecutableName;
    }
}
