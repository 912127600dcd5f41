using Cake.Core;
using Cake.Core.Annotations;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate;

/// <summary>
/// Aliases that train, gate, package and promote ML models with the <c>tollgate</c> CLI.
/// Prerequisites: the CLI as a tool (<c>#tool dotnet:?package=Tollgate.Cli</c>) or a built
/// <c>Tollgate.Cli.dll</c> named by <see cref="TollgateSettings.CliAssemblyPath"/>; load this addin with
/// <c>#addin nuget:?package=Cake.Tollgate</c>. Runs wherever .NET 10 runs.
/// </summary>
[CakeAliasCategory("Tollgate")]
[CakeNamespaceImport("Cake.Tollgate.Runner")]
public static partial class TollgateAliases
{
    private static TollgateRunner Runner(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TollgateRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
    }

    private static void Artifact(Cake.Core.IO.ProcessArgumentBuilder args, TollgateSettings settings, ICakeContext context)
    {
        if (settings.Artifact is not null)
        {
            args.Append("--artifact").AppendQuoted(settings.Artifact.MakeAbsolute(context.Environment).FullPath);
        }
    }

    private static void CurrentData(Cake.Core.IO.ProcessArgumentBuilder args, TollgateSettings settings, ICakeContext context)
    {
        if (settings.CurrentData is not null)
        {
            args.Append("--current").AppendQuoted(settings.CurrentData.MakeAbsolute(context.Environment).FullPath);
        }
    }
}
