namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// An approval, retirement or forced promotion written as a deployment status on a Tollgate deployment of the same
/// digest. The status keeps its deployment's state, so it never changes which deployment is current; its description
/// is <c>tollgate:KIND env=ENV by=ACTOR | COMMENT</c> (values URL-escaped, comment cut to GitHub's 140 characters); the
/// model comes from the deployment's payload, the time from the status, the run link from its <c>log_url</c>.
/// </summary>
internal static class AuditStatus
{
    public const string Prefix = "tollgate:";

    public static string Describe(string kind, string? environment, string actor, string? comment)
    {
        var head = $"{Prefix}{kind} env={Uri.EscapeDataString(environment ?? "-")} by={Uri.EscapeDataString(actor)}";
        return string.IsNullOrEmpty(comment) ? head : $"{head} | {comment}";
    }

    public static bool IsAudit(string? description) => description?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>Parses a description written by <see cref="Describe"/>; false for anything else.</summary>
    public static bool TryParse(string? description, out (string Kind, string? Environment, string Actor, string? Comment) audit)
    {
        audit = default;
        if (!IsAudit(description))
        {
            return false;
        }

        var bar = description!.IndexOf(" | ", StringComparison.Ordinal);
        var head = (bar < 0 ? description : description[..bar])[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = head.Skip(1).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        if (head.Length == 0 || !values.TryGetValue("by", out var actor))
        {
            return false;
        }

        var environment = values.TryGetValue("env", out var env) && env != "-" ? env : null;
        audit = (head[0], environment, actor, bar < 0 ? null : description[(bar + 3)..]);
        return true;
    }
}
