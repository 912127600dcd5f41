using Cake.Tollgate.Pipeline;

namespace Cake.Tollgate.Tests.Pipeline;

/// <summary>The recipe runs Train … Promote&lt;Env&gt; in one process only when the build left those tasks as the recipe made them.</summary>
public class TollgateTaskChainTests
{
    // The recipe's shape: Train ← Validate ← Package ← PromoteSandbox, one action each.
    private static List<CakeTaskBuilder> Chain()
    {
        var names = new[] { "Train", "Validate", "Package", "PromoteSandbox" };
        var builders = new List<CakeTaskBuilder>();
        foreach (var name in names)
        {
            var builder = new CakeTaskBuilder(new CakeTask(name)).Does(() => { });
            if (builders.Count > 0)
            {
                builder.IsDependentOn(builders[^1]);
            }

            builders.Add(builder);
        }

        return builders;
    }

    private static bool IsStandard(List<CakeTaskBuilder> chain, params CakeTaskBuilder[] others) =>
        TollgateTaskChain.IsStandard([.. chain.Select(b => b.Task)], [.. chain.Select(b => b.Task), .. others.Select(b => b.Task)]);

    [Test]
    public void The_recipes_own_chain_is_standard()
    {
        // Arrange
        var chain = Chain();

        // Act
        var standard = IsStandard(chain, new CakeTaskBuilder(new CakeTask("Default")).IsDependentOn(chain[^1]));

        // Assert
        Assert.That(standard, Is.True, "a task depending on the target does not change the chain");
    }

    [Test]
    public void An_extra_action_dependency_criteria_or_handler_makes_it_custom()
    {
        // Arrange
        var withAction = Chain();
        withAction[2].Does(() => { });
        var withDependency = Chain();
        withDependency[2].IsDependentOn("Sign");
        var withCriteria = Chain();
        withCriteria[1].WithCriteria(() => true);
        var withFinally = Chain();
        withFinally[3].Finally(() => { });

        // Act, Assert
        Assert.That(IsStandard(withAction), Is.False, "extra action");
        Assert.That(IsStandard(withDependency), Is.False, "extra dependency");
        Assert.That(IsStandard(withCriteria), Is.False, "criteria");
        Assert.That(IsStandard(withFinally), Is.False, "finally handler");
    }

    [Test]
    public void A_task_that_declares_itself_a_dependee_of_a_chain_task_makes_it_custom()
    {
        // Arrange
        var chain = Chain();
        var sign = new CakeTaskBuilder(new CakeTask("Sign")).Does(() => { }).IsDependeeOf("Package");

        // Act
        var standard = IsStandard(chain, sign);

        // Assert
        Assert.That(standard, Is.False);
    }
}
