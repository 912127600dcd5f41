namespace Tollgate.TestSupport;

/// <summary>The checkout the tests were built from (the folder holding Kit.sln), for tests that read its files.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Folder = new(Find);

    /// <summary>The repository's root folder.</summary>
    public static string Path => Folder.Value;

    /// <summary>A path inside the repository, from its parts (<c>RepositoryRoot.Combine("docs", "errors")</c>).</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Kit.sln not found above {AppContext.BaseDirectory}: run the tests from a build inside the repository.");
    }
}
