namespace Tollgate.Core.Config;

/// <summary>Candidate input/output schema against the serving contract (the running model's schema).</summary>
internal sealed class SchemaGateSection
{
    /// <summary>Added input columns warn by default; set true to fail on them.</summary>
    public bool FailOnAddedInputs { get; set; }
}
