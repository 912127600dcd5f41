namespace Tollgate.Core.Tests.Data;

/// <summary>A fixture whose every test gets fresh <see cref="TempFiles"/>, deleted after the test.</summary>
public abstract class TempFilesFixture
{
    protected TempFiles Files { get; private set; } = null!;

    [SetUp]
    public void CreateTempFiles() => Files = new TempFiles();

    [TearDown]
    public void DeleteTempFiles() => Files.Dispose();
}
