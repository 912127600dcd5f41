namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>
/// Set-up shared by the tests against the real registry: a fresh <see cref="RegistryProcess"/> and an empty work folder
/// per test, both removed after it; with <c>requireSkopeo</c>, skopeo must be installed first.
/// </summary>
/// <param name="requireSkopeo">Whether the tests need skopeo (checked before the registry starts).</param>
public abstract class RegistryTestBase(bool requireSkopeo) : TempWorkFixture("tg-oci")
{
    /// <summary>The registry started for the current test.</summary>
    private protected RegistryProcess Registry { get; private set; } = null!;

    [SetUp]
    public void StartRegistry()
    {
        if (requireSkopeo)
        {
            RealTools.Require("skopeo", "skopeo");
        }

        Registry = RegistryProcess.Start();
    }

    [TearDown]
    public void StopRegistry() => Registry.Dispose();
}
