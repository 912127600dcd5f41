using Cake.Core.IO;

namespace Cake.Tollgate.Runner;

/// <summary>Fluent helpers for <see cref="TollgateSettings"/>.</summary>
public static class TollgateSettingsExtensions
{
    /// <summary>Sets the path to tollgate.yml.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="configFile">Path to tollgate.yml.</param>
    /// <returns>The same settings.</returns>
    public static TollgateSettings WithConfigFile(this TollgateSettings settings, FilePath configFile)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ConfigFile = configFile;
        return settings;
    }

    /// <summary>Runs the CLI from a built <c>Tollgate.Cli.dll</c> with <c>dotnet exec</c>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="cliAssemblyPath">Path to Tollgate.Cli.dll.</param>
    /// <returns>The same settings.</returns>
    public static TollgateSettings WithCliAssembly(this TollgateSettings settings, FilePath cliAssemblyPath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.CliAssemblyPath = cliAssemblyPath;
        return settings;
    }

    /// <summary>Sets the artifact folder.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="artifact">Artifact folder.</param>
    /// <returns>The same settings.</returns>
    public static TollgateSettings WithArtifact(this TollgateSettings settings, DirectoryPath artifact)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Artifact = artifact;
        return settings;
    }

    /// <summary>Sets the current data for drift gates.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="currentData">Current data file.</param>
    /// <returns>The same settings.</returns>
    public static TollgateSettings WithCurrentData(this TollgateSettings settings, FilePath currentData)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.CurrentData = currentData;
        return settings;
    }

    /// <summary>Returns failed checks (gates, drift, parity) as results instead of failing the task.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static TollgateSettings ReturningFailedChecks(this TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ThrowOnFailedCheck = false;
        return settings;
    }
}
