using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary><c>tollgate train</c>: skipped by the CLI ("up to date, not retrained") when its inputs are unchanged.</summary>
public sealed class TrainModel : TollgateCliTask
{
    /// <summary>Artifact folder to write; empty: <c>model.output</c> from tollgate.yml.</summary>
    public string? Output { get; set; }

    /// <summary>Retrain even when the spec, data, hyperparameters and tool versions are unchanged.</summary>
    public bool Force { get; set; }

    /// <inheritdoc />
    protected override string CommandName => "train";

    /// <inheritdoc />
    protected override void AppendArguments(CommandLineBuilder builder)
    {
        builder.AppendSwitchIfNotNull("--output ", string.IsNullOrEmpty(Output) ? null : Output);
        if (Force)
        {
            builder.AppendSwitch("--force");
        }
    }
}
