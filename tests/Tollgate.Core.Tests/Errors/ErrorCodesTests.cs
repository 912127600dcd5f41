using System.Reflection;

namespace Tollgate.Core.Tests.Errors;

/// <summary>Convention: every diagnostic code is listed once and has a docs page.</summary>
public class ErrorCodesTests
{
    private static IEnumerable<string> Declared() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!);

    [Test]
    public void Every_declared_code_is_in_All_exactly_once() =>
        Assert.That(ErrorCodes.All, Is.EquivalentTo(Declared()).And.Unique);

    [Test]
    public void Every_code_has_a_docs_page()
    {
        var missing = ErrorCodes.All.Where(c => !File.Exists(RepositoryRoot.Combine("docs", "errors", $"{c}.md")));
        Assert.That(missing, Is.Empty);
    }
}
