using Cake.Tollgate.Configuration;
using Cake.Tollgate.Tests.Support;

namespace Cake.Tollgate.Tests.Configuration;

/// <summary>The typed result reads what the real CLI prints for <c>tollgate environments --json</c>.</summary>
public class TollgateEnvironmentsResultTests
{
    [Test]
    public void Parses_the_environments_of_the_kits_tollgate_yml_in_promotion_order_from_the_real_cli()
    {
        // Arrange
        Assert.That(File.Exists(Repo.CliAssembly), Is.True, $"build the CLI first: {Repo.CliAssembly}");
        var (exit, output) = Repo.Run(Repo.Root, "dotnet", $"exec \"{Repo.CliAssembly}\" environments --json --config \"{Path.Combine(Repo.Root, "tollgate.yml")}\"", TimeSpan.FromMinutes(1));
        Assert.That(exit, Is.EqualTo(0), output);

        // Act
        var environments = TollgateOutput.Read<TollgateEnvironmentsResult>("environments", 0, [output]).Environments;

        // Assert
        Assert.That(environments.Select(e => e.Name), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
        Assert.That(environments[1].Gates, Is.GreaterThan(0));
        Assert.That(environments[2].Strategy, Is.EqualTo("canary"));
        Assert.That(environments[2].Promotion, Is.EqualTo("transit"));
    }

    [Test]
    public void A_document_without_environments_gives_an_empty_list()
    {
        // Act
        var environments = TollgateOutput.Read<TollgateEnvironmentsResult>("environments", 0, ["""{ "ok": true, "environments": [] }"""]).Environments;

        // Assert
        Assert.That(environments, Is.Empty);
    }
}
