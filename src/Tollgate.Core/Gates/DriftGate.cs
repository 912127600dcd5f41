using Tollgate.Core.Config;
using Tollgate.Core.Errors;

namespace Tollgate.Core.Gates;

/// <summary>The <c>drift</c> gate: reference vs current data through the statistics engine.</summary>
internal sealed class DriftGate(GateSection section) : IGate
{
    public string Kind => "drift";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken) =>
        throw new TollgateException(ErrorCodes.GateInvalid, $"environments[{context.Environment.Name}].gates: drift gate '{section.Name}' needs the statistics engine.", "Remove the drift gate.");
}
