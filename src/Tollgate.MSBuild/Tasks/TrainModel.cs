using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary>
/// <c>tollgate train</c>: skipped by the CLI ("up to date, not retrained") when its inputs are unchanged; with
/// <see cref="InputsFile"/> the targets skip even starting it while none of those files is newer than the list.
/// </summary>
public sealed class TrainModel : TollgateCliTask
{
    /// <summary>Artifact folder to write; empty: <c>model.output</c> from tollgate.yml.</summary>
    public string? Output { get; set; }

    /// <summary>Retrain even when the spec, data, hyperparameters and tool versions are unchanged.</summary>
    public bool Force { get; set; }

    /// <summary>File the CLI writes with the files training read, one a line (the targets' Inputs next time); empty: none.</summary>
    public string? InputsFile { get; set; }

    /// <inheritdoc />
    protected override string CommandName => "train";

    /// <inheritdoc />
    protected override void AppendArguments(CommandLineBuilder builder)
    {
        builder.AppendSwitchIfNotNull("--output ", string.IsNullOrEmpty(Output) ? null : Output);
        builder.AppendSwitchIfNotNull("--inputs-file ", string.IsNullOrEmpty(InputsFile) ? null : InputsFile);
        if (Force)
        {
            builder.AppendSwitch("--force");
        }
    }
}
