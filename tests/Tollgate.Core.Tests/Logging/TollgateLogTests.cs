using Tollgate.Core.Logging;

namespace Tollgate.Core.Tests.Logging;

public class TollgateLogTests
{
    [Test]
    public void A_plain_progress_callback_receives_every_entry_as_a_line()
    {
        // Arrange
        var lines = new List<string>();
        var log = TollgateLog.From(new Progress(lines.Add));

        // Act
        log.Info("training");
        log.Warning("TOLLGATE0520", "package is large");
        log.Annotation("::warning::x");

        // Assert
        Assert.That(lines, Is.EqualTo(new[] { "training", "warning TOLLGATE0520: package is large", "::warning::x" }));
    }

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
