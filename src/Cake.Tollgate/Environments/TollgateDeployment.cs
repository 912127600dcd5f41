namespace Cake.Tollgate.Environments;

/// <summary>A deployment of one model version into one environment, with its status history (oldest first).</summary>
/// <param name="Id">Deployment id.</param>
/// <param name="Environment">Environment name.</param>
/// <param name="Model">What was deployed.</param>
/// <param name="Commit">The training commit.</param>
/// <param name="Artifacts">Published references, canonical spelling: <c>nuget:SOURCE?package=ID&amp;version=V</c>, <c>oci-layout:DIR@sha256:…</c>, <c>oci://HOST/REPO@sha256:…</c> (deployments recorded by older versions may hold <c>oci:HOST/REPO@…</c>).</param>
/// <param name="Strategy">direct, canary, blue-green or shadow.</param>
/// <param name="TrafficShare">Share of traffic (1 when fully live).</param>
/// <param name="Actor">Who deployed it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="GateReportDigest">sha256 of the gate report it passed.</param>
/// <param name="GateSummary">The gates' one-line summary.</param>
/// <param name="Description">Why.</param>
/// <param name="State">The latest state: queued, in_progress, success, failure, error or inactive.</param>
/// <param name="Statuses">Every status change, oldest first.</param>
public sealed record TollgateDeployment(
    string Id, string Environment, TollgateModel Model, string Commit, IReadOnlyList<string> Artifacts, string Strategy, double TrafficShare,
    TollgateActor Actor, DateTimeOffset CreatedAt, string? GateReportDigest, string? GateSummary, string? Description, string State,
    IReadOnlyList<TollgateDeploymentStatus> Statuses);
