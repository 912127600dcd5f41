namespace Tollgate.Core.Tests.Logging;

/// <summary>Core reports through ITollgateLog; only front ends decide what reaches stdout (where --json needs one document).</summary>
public class CoreOutputConventionTests
{
    [Test]
    public void Core_source_never_writes_to_the_console()
    {
        // Arrange
        var core = RepositoryRoot.Combine("src", "Tollgate.Core");

        // Act
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllLines(f).Any(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal) && l.Contains("Console.", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(core, f));

        // Assert
        Assert.That(offenders, Is.Empty, "use ITollgateLog (Info, Warning, Annotation) instead");
    }
}
