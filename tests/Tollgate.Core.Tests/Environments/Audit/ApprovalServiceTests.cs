using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments.Audit;

public class ApprovalServiceTests
{
    private const string TwoOfAliceAndBob = "    approvals: { required: 2, approvers: [alice, bob] }";

    private static async Task<(string Artifact, PromotionService Promoter, ApprovalService Approvals, IEnvironmentBackend Backend, string Spec)> InStaging(TempDir dir)
    {
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6", production: TwoOfAliceAndBob);
        var artifact = Path.Combine(dir.Path, "out", "model");
        var manifest = new ModelTrainer(config).Train(artifact, _ => "1.4.0");
        var backend = BackendFactory.Create(config);
        var promoter = new PromotionService(config, backend);
        await promoter.PromoteAsync(artifact, "sandbox", new PromotionOptions { Actor = new Actor("ci") }, CancellationToken.None);
        await promoter.PromoteAsync(artifact, "staging", new PromotionOptions { Actor = new Actor("ci") }, CancellationToken.None);
        return (artifact, promoter, new ApprovalService(config, backend), backend, $"{manifest.Name}@{manifest.Version}");
    }

    [Test]
    public async Task Unapproved_promotion_fails_naming_who_may_approve_and_how_many_more_are_needed()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, promoter, approvals, backend, spec) = await InStaging(dir);
        await approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse(spec), "production", new Actor("alice"), "looks good", CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => promoter.PromoteAsync(artifact, "production", new PromotionOptions(), CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ApprovalRequired));
        Assert.That(ex.ExitCode, Is.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("needs 1 more approval").And.Contain("1 of 2").And.Contain("approved by: alice"));
        Assert.That(ex.Hint, Does.Contain("alice, bob").And.Contain($"tollgate approve {spec} --environment production"));
        Assert.That(await backend.ListDeploymentsAsync("production", CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Promotion_goes_through_once_enough_distinct_approvers_approved_and_the_deployment_names_them()
    {
        // Arrange
        using var dir = new TempDir();
        var (artifact, promoter, approvals, _, spec) = await InStaging(dir);
        await approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse(spec), "production", new Actor("alice"), null, CancellationToken.None);
        var twice = await approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse(spec), "production", new Actor("ALICE"), null, CancellationToken.None);
        var both = await approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse(spec), "production", new Actor("bob"), "ok", CancellationToken.None);

        // Act
        var result = await promoter.PromoteAsync(artifact, "production", new PromotionOptions(), CancellationToken.None);

        // Assert
        Assert.That(twice.Missing, Is.EqualTo(1), "the same approver counts once");
        Assert.That(both.Missing, Is.Zero);
        Assert.That(result.Deployment.State, Is.EqualTo(DeploymentState.Success));
        Assert.That(result.Deployment.Description, Does.Contain("approved by alice, bob"));
    }

    [Test]
    public async Task Someone_not_on_the_list_may_not_approve()
    {
        // Arrange
        using var dir = new TempDir();
        var (_, _, approvals, _, spec) = await InStaging(dir);

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse(spec), "production", new Actor("mallory"), null, CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ApproverNotAllowed));
        Assert.That(ex.Hint, Does.Contain("alice, bob"));
    }

    [Test]
    public async Task Approving_an_environment_without_a_checkpoint_or_an_unknown_version_is_an_input_error()
    {
        // Arrange
        using var dir = new TempDir();
        var (_, _, approvals, _, spec) = await InStaging(dir);

        // Act
        var none = await Assert.ThrowsAsync<TollgateException>(() => approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse(spec), "staging", new Actor("alice"), null, CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<TollgateException>(() => approvals.ApproveAsync(Tollgate.Core.Identity.ModelSpec.Parse("test-model@9.9.9"), "production", new Actor("alice"), null, CancellationToken.None));

        // Assert
        Assert.That(none!.Code, Is.EqualTo(ErrorCodes.ApprovalsNotConfigured));
        Assert.That(unknown!.Code, Is.EqualTo(ErrorCodes.ModelVersionUnknown));
        Assert.That(unknown.Hint, Does.Contain("1.4.0"));
    }
}
