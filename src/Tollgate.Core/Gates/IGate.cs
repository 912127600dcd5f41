namespace Tollgate.Core.Gates;

/// <summary>One kind of check a candidate must pass to enter an environment.</summary>
internal interface IGate
{
    string Kind { get; }

    Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken);
}
