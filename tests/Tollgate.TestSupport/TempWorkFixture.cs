namespace Tollgate.TestSupport;

/// <summary>
/// A fixture whose every test gets a fresh, empty <see cref="Work"/> folder under <see cref="TestTemp"/>, deleted after
/// the test: the set-up and tear-down that test classes otherwise each wrote again. A derived class's own [SetUp]
/// runs after this one (so it may use <see cref="Work"/>), its [TearDown] before the folder goes.
/// </summary>
public abstract class TempWorkFixture(string prefix = "tg-work")
{
    /// <summary>The current test's work folder.</summary>
    protected string Work { get; private set; } = null!;

    [SetUp]
    public void CreateWork() => Work = TestTemp.NewFolder(prefix);

    [TearDown]
    public void DeleteWork() => TestTemp.TryDelete(Work);
}
