namespace Cake.Tollgate.Tests;

public partial class TollgateAliasesTests
{
    public class TheTollgateDriftMethod
    {
        [Test]
        public void Returns_the_drifted_columns_when_asked_not_to_throw()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(1, CliDocuments.Drift);

            // Act
            var drift = context.TollgateDrift("train.csv", "recent.csv", new TollgateSettings().ReturningFailedChecks());

            // Assert
            Assert.That(drift.DatasetDrift, Is.True);
            Assert.That(drift.Columns.Select(c => c.Column), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(context.Log.Lines, Has.Some.EqualTo("Drift: 2 of 2 columns drifted (a, b); the dataset drifted"));
        }

        [Test]
        public void Fails_the_task_by_default()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(1, CliDocuments.Drift);

            // Act
            var ex = Assert.Throws<TollgateCommandException>(() => context.TollgateDrift("train.csv", "recent.csv"));

            // Assert
            Assert.That((ex!.ExitCode, ex.Command), Is.EqualTo((1, "drift")));
        }
    }
}
