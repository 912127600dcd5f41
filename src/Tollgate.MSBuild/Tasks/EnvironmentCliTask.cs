using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tollgate.Core.Errors;

namespace Tollgate.MSBuild.Tasks;

/// <summary>A CLI command that acts on one environment (<c>-e ENV</c>), which must be given.</summary>
public abstract class EnvironmentCliTask : TollgateCliTask
{
    /// <summary>The environment, from <c>$(TollgateEnvironment)</c>.</summary>
    public string? Environment { get; set; }

    /// <summary>Whether the command refuses to run without an environment.</summary>
    protected virtual bool EnvironmentRequired => true;

    /// <inheritdoc />
    protected override bool ValidateParameters()
    {
        if (EnvironmentRequired && string.IsNullOrWhiteSpace(Environment))
        {
            Log.LogError(null, ErrorCodes.EnvironmentPropertyMissing, null, BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0,
                $"tollgate {CommandName} needs an environment: set TollgateEnvironment, e.g. dotnet build -t:Tollgate{char.ToUpperInvariant(CommandName[0])}{CommandName.Substring(1)} -p:TollgateEnvironment=staging.");
            return false;
        }

        return base.ValidateParameters();
    }

    /// <inheritdoc />
    protected override void AppendArguments(CommandLineBuilder builder)
    {
        builder.AppendSwitchIfNotNull("--environment ", string.IsNullOrWhiteSpace(Environment) ? null : Environment);
        AppendEnvironmentArguments(builder);
    }

    /// <summary>Arguments after <c>--environment</c>.</summary>
    protected virtual void AppendEnvironmentArguments(CommandLineBuilder builder)
    {
    }
}
