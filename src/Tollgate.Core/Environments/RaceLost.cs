namespace Tollgate.Core.Environments;

/// <summary>The error of a promotion that lost a race: another deployment became current after it read the environment.</summary>
internal static class RaceLost
{
    /// <summary>True when <paramref name="expected"/> is set and the environment's current deployment is no longer it.</summary>
    public static bool Moved(string? expected, DeploymentRecord? current, string selfId) =>
        expected is not null && current?.Id != selfId && (current?.Id ?? DeploymentRequest.NoCurrent) != expected;

    public static CheckFailedException Error(string environment, ModelRef model, string? expected, DeploymentRecord? current) => new(
        ErrorCodes.PromotionRaceLost,
        $"Another promotion won the race for '{environment}': {Describe(current)} became current after this promotion of {model.Name} {model.Version} read the environment"
        + $" (it expected {(expected == DeploymentRequest.NoCurrent ? "an empty environment" : "deployment " + expected)}). This promotion did not take effect.",
        $"Check 'tollgate status --environment {environment}', then promote again if {model.Name} {model.Version} should still replace it.");

    private static string Describe(DeploymentRecord? d) => d is null ? "nothing (the environment was emptied)" : $"deployment {d.Id} ({d.Model.Name} {d.Model.Version}, by {d.Actor.User})";
}
