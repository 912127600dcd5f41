using Cake.Tollgate.Environments;

namespace Cake.Tollgate.Tests.Environments;

/// <summary>Rows of <c>status --json</c> when two models share the environment names: the configured model's row comes first.</summary>
public class TollgateStatusResultTests
{
    private static readonly TollgateStatusResult Status = new("local",
    [
        Row("staging", null, null),
        Row("staging", "beta", "2.0.0"),
        Row("production", "alpha", "1.0.0"),
        Row("production", "beta", "1.0.0"),
    ]);

    [Test]
    public void For_an_environment_is_the_configured_models_row_even_when_it_runs_nothing_there()
    {
        // Act
        var staging = Status.For("staging");

        // Assert
        Assert.That(staging.IsEmpty, Is.True);
        Assert.That(Status.For("production").Model, Is.EqualTo("alpha"));
    }

    [Test]
    public void For_a_model_is_that_models_row_and_names_the_models_there_when_it_runs_nothing()
    {
        // Act
        var beta = Status.For("production", "beta");
        var missing = Assert.Throws<KeyNotFoundException>(() => Status.For("staging", "alpha"));

        // Assert
        Assert.That(beta.Version, Is.EqualTo("1.0.0"));
        Assert.That(missing!.Message, Is.EqualTo("'alpha' runs nothing in 'staging' (models there: beta)."));
    }

    private static TollgateEnvironmentStatus Row(string environment, string? model, string? version) =>
        new(environment, model, version, version is null ? null : "sha256:" + new string('a', 64), version is null ? null : "1", null, null, null, null, null, null);
}
