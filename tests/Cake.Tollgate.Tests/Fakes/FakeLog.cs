using Cake.Core.Diagnostics;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>Keeps every log line.</summary>
internal sealed class FakeLog : ICakeLog
{
    public List<string> Lines { get; } = [];

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args) =>
        Lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
