namespace Tollgate.Cli.Commands.Steps;

/// <summary>The one document <c>tollgate pipeline --json</c> writes: each step's own document, in order.</summary>
internal sealed class PipelineDocument
{
    public string Through { get; set; } = "";

    /// <summary>False when nothing was retrained, no gate ran and no environment changed.</summary>
    public bool Changed { get; set; }

    public object? Train { get; set; }

    public object? Validate { get; set; }

    public object? Pack { get; set; }

    public List<object> Promotions { get; } = [];

    /// <summary>Set when the validation failed: <c>fail</c>, as <c>validate --json</c> says it.</summary>
    public string? Verdict { get; set; }

    public string? Summary { get; set; }

    public string? Report { get; set; }
}
