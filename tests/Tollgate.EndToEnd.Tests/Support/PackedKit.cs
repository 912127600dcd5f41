namespace Tollgate.EndToEnd.Tests.Support;

/// <summary>
/// The kit's packages, packed once per test run into a private local feed with a unique prerelease version,
/// so package-level tests (MSBuild, Cake recipe, templates) meet the kit exactly as a user installs it:
/// no project references into src/. Cake and NuGet never reinstall an existing version, hence the unique one.
/// </summary>
public static class PackedKit
{
    private static readonly Lazy<(string Feed, string Version)> Packed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Folder feed holding every package of the kit (Tollgate.Cli, Cake.Tollgate, Tollgate.Recipe, Tollgate.MSBuild, Tollgate.Templates).</summary>
    public static string Feed => Packed.Value.Feed;

    /// <summary>The one version every package of this run carries.</summary>
    public static string Version => Packed.Value.Version;

    public static string RepositoryRoot => Tollgate.TestSupport.RepositoryRoot.Path;

    /// <summary>A nuget.config for a temp directory: only the local feed (plus the machine's configured sources for third-party packages).</summary>
    public static string NuGetConfig(string packagesFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config><add key="globalPackagesFolder" value="{packagesFolder}" /></config>
          <packageSources>
            <add key="tollgate-local" value="{Feed}" />
          </packageSources>
        </configuration>
        """;

    private static (string, string) Pack()
    {
        var version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = TestTemp.NewFolder("e2e-feed"); // lives for one test run: TestTemp deletes it at exit

        // --no-build: this test project references every packable project (build order only; a new packable
        // project belongs in those references too), so their outputs in this configuration are fresh; packing
        // then only zips them with this run's version (a rebuild with a new version would recompile the whole
        // kit). Assemblies keep the build's version. Without those outputs (e.g. a project never restored
        // here), pack falls back to building.
        var pack = $"pack Kit.sln -c {Configuration} --nologo -o \"{feed}\" -p:Version={version} -p:MinVerVersionOverride={version}";
        var result = Shell.Run(RepositoryRoot, "dotnet", pack + " --no-build", TimeSpan.FromMinutes(10));
        if (result.ExitCode != 0)
        {
            TestContext.Progress.WriteLine("PackedKit: packing without a build failed; packing with a build.\n" + result);
            result = Shell.Run(RepositoryRoot, "dotnet", pack, TimeSpan.FromMinutes(15));
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing the kit failed:\n" + result);
        }

        return (feed, version);
    }

    /// <summary>Release or Debug: the configuration this test assembly (and so every packable project) was built in.</summary>
    private static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
}
