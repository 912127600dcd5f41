using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.PublicApi;

/// <summary>
/// The public API of Tollgate.Core changes only on purpose: it is listed in Tollgate.Core.PublicApi.approved.txt
/// and its types in build/tools/core-public-api.txt (the allow-list build/tools/internalize-core.sh applies).
/// </summary>
public class PublicApiApprovalTests
{
    private const string ApproveVariable = "TOLLGATE_APPROVE_PUBLIC_API";

    [Test]
    public void The_public_api_of_Core_is_the_approved_one()
    {
        // Arrange
        var approvedPath = RepositoryRoot.Combine("tests", "Tollgate.Core.Tests", "PublicApi", "Tollgate.Core.PublicApi.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        // Act
        var received = PublicApiText.Of(typeof(ConfigLoader).Assembly);

        // Assert
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(approvedPath, received);
            Assert.Inconclusive($"Approved the new public API of Tollgate.Core into {approvedPath}; review and commit it.");
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of Tollgate.Core changed ({Summary(approved, received)}).\n"
            + $"The current surface is in {receivedPath}; compare it with {approvedPath}.\n"
            + "If the change is on purpose, approve it: "
            + $"{ApproveVariable}=1 dotnet test tests/Tollgate.Core.Tests -c Release --filter FullyQualifiedName~PublicApi, then commit the .approved.txt.\n"
            + "If not, make the new type or member internal (build/tools/internalize-core.sh does it for types not in build/tools/core-public-api.txt).");
    }

    [Test]
    public void The_public_types_of_Core_are_exactly_the_allow_list()
    {
        // Arrange
        var allowPath = RepositoryRoot.Combine("build", "tools", "core-public-api.txt");
        var allowed = File.ReadAllLines(allowPath).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();

        // Act: top-level public types only (a public type's nested public types come with it)
        var exported = PublicApiText.TypeNames(typeof(ConfigLoader).Assembly).Where(n => !n.Contains('+', StringComparison.Ordinal)).ToList();

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(exported.Except(allowed), Is.Empty,
                "public in Tollgate.Core but not in build/tools/core-public-api.txt: run build/tools/internalize-core.sh (or add the type to the list if a front end needs it)");
            Assert.That(allowed.Except(exported), Is.Empty,
                "listed in build/tools/core-public-api.txt but not public in Tollgate.Core: run build/tools/internalize-core.sh, or remove the stale line");
        });
    }

    private static string Summary(string approved, string received)
    {
        var before = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = received.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = after.Except(before).Take(5).Select(l => "+ " + l.Trim());
        var removed = before.Except(after).Take(5).Select(l => "- " + l.Trim());
        return string.Join("; ", added.Concat(removed));
    }
}
