namespace Tollgate.EndToEnd.Tests.Templates;

/// <summary>The README's Cake snippet is the generated build.cake (run end to end by RepoTemplateTests), not prose.</summary>
public class ReadmeTests
{
    [Test]
    public void The_readme_cake_snippet_is_the_build_cake_the_repository_template_generates()
    {
        // Arrange
        var readme = File.ReadAllText(Path.Combine(PackedKit.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var buildCake = File.ReadAllText(Path.Combine(PackedKit.RepositoryRoot, "templates", "repo", "build.cake")).ReplaceLineEndings("\n");

        // Act
        var section = readme[readme.IndexOf("\n## Cake\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var snippet = section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];

        // Assert
        Assert.That(snippet, Is.EqualTo(buildCake.Replace("TOLLGATE_KIT_VERSION", "VERSION", StringComparison.Ordinal)));
    }

    [Test]
    public void The_readme_starts_with_the_three_command_start()
    {
        // Arrange
        var lines = File.ReadAllLines(Path.Combine(PackedKit.RepositoryRoot, "README.md"));

        // Act
        var commands = lines.SkipWhile(l => l != "```bash").Skip(1).TakeWhile(l => l != "```").Select(l => l.Split('#')[0].Trim()).ToList();

        // Assert
        Assert.That(Array.IndexOf(lines, "```bash"), Is.LessThan(5), "the commands come first");
        Assert.That(commands, Has.Count.EqualTo(3));
        Assert.That(commands[0], Does.StartWith("dotnet new install Tollgate.Templates"));
        Assert.That(commands[1], Does.StartWith("dotnet new tollgate-repo -n "));
        Assert.That(commands[2], Is.EqualTo("./build.sh --target=PromoteStaging"));
    }
}
