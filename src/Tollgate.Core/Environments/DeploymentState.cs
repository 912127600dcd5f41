namespace Tollgate.Core.Environments;

/// <summary>Deployment status values, named as GitHub's deployment statuses.</summary>
internal enum DeploymentState
{
    Queued,
    InProgress,
    Success,
    Failure,
    Error,
    Inactive,
}
