using Cake.Core.IO;

namespace Cake.Tollgate;

/// <summary>
/// Aliases that train, gate, package and promote ML models with the <c>tollgate</c> CLI, returning typed results read
/// from its <c>--json</c> output. Prerequisites: load this addin (<c>#addin nuget:?package=Cake.Tollgate&amp;version=X</c>)
/// and make the CLI available one of three ways: <c>#tool dotnet:?package=Tollgate.Cli&amp;version=X</c>, the repository's
/// local tool manifest (<c>dotnet tool install Tollgate.Cli</c>, run as <c>dotnet tool run tollgate</c>), or <c>tollgate</c>
/// on PATH; or name a built <c>Tollgate.Cli.dll</c> with <see cref="TollgateSettings.CliAssemblyPath"/>.
/// Runs wherever Cake 7 and .NET 10 run (Windows, Linux, macOS).
/// </summary>
[CakeAliasCategory("Tollgate")]
[CakeNamespaceImport("Cake.Tollgate.Runner")]
[CakeNamespaceImport("Cake.Tollgate.Pipeline")]
[CakeNamespaceImport("Cake.Tollgate.Environments")]
[CakeNamespaceImport("Cake.Tollgate.Packaging")]
[CakeNamespaceImport("Cake.Tollgate.Statistics")]
public static partial class TollgateAliases
{
    private static TollgateRunner Runner(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TollgateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
    }

    private static void Artifact(ProcessArgumentBuilder args, TollgateSettings settings, ICakeContext context)
    {
        if (settings.Artifact is not null)
        {
            args.Append("--artifact").AppendQuoted(settings.Artifact.MakeAbsolute(context.Environment).FullPath);
        }
    }

    private static void CurrentData(ProcessArgumentBuilder args, TollgateSettings settings, ICakeContext context)
    {
        if (settings.CurrentData is not null)
        {
            args.Append("--current").AppendQuoted(settings.CurrentData.MakeAbsolute(context.Environment).FullPath);
        }
    }

    /// <summary>Runs a command that judges the artifact for an environment (<c>validate</c>, <c>promote</c>): <c>--environment</c>, the artifact and the current data.</summary>
    private static T RunForEnvironment<T>(ICakeContext context, string command, string environment, TollgateSettings settings)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environment);
        ArgumentNullException.ThrowIfNull(settings);
        return Runner(context).Run<T>([command], settings, args =>
        {
            args.Append("--environment").AppendQuoted(environment);
            Artifact(args, settings, context);
            CurrentData(args, settings, context);
        });
    }
}
