namespace Tollgate.EndToEnd.Tests.Support;

/// <summary>
/// A fresh clone of this repository's committed files plus working-tree changes, in a temp folder,
/// as a git repository of its own: what a user gets from `git clone`.
/// </summary>
public sealed class RepositoryCopy : IDisposable
{
    private RepositoryCopy(string path) => Path = path;

    public string Path { get; }

    public static string SourceRoot() => RepositoryRoot.Path;

    public static RepositoryCopy Create()
    {
        var source = SourceRoot();
        var target = TestTemp.NewFolder("e2e");
        var files = Shell.Run(source, "git", "ls-files -z --cached --others --exclude-standard");
        foreach (var relative in files.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var from = System.IO.Path.Combine(source, relative);
            if (!File.Exists(from))
            {
                continue; // deleted in the working tree
            }

            var to = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(to, File.GetUnixFileMode(from)); // keep build.sh executable
            }
        }

        Shell.Run(target, "git", "init -q -b main");
        Shell.Run(target, "git", "-c user.name=e2e -c user.email=e2e@example.com add -A");
        Shell.Run(target, "git", "-c user.name=e2e -c user.email=e2e@example.com commit -q -m snapshot");
        return new RepositoryCopy(target);
    }

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public void Write(string relative, string content) => File.WriteAllText(System.IO.Path.Combine(Path, relative), content);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
