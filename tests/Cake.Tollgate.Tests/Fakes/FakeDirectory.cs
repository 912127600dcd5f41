using Cake.Core.IO;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>A directory of <see cref="FakeFileSystem"/>: exists, and can be deleted with what is below it.</summary>
internal sealed class FakeDirectory(FakeFileSystem system, DirectoryPath path) : IDirectory
{
    public DirectoryPath Path => path;

    Cake.Core.IO.Path IFileSystemInfo.Path => path;

    public bool Exists => system.Directories.Contains(path.FullPath);

    public bool Hidden => false;

    public DateTime? CreationTimeUtc => null;

    public DateTime? LastAccessTimeUtc => null;

    public DateTime? LastWriteTimeUtc => null;

    public UnixFileMode UnixFileMode => UnixFileMode.None;

    public void Create() => system.Directories.Add(path.FullPath);

    public void Move(DirectoryPath destination) => throw new NotSupportedException();

    public void Delete(bool recursive)
    {
        system.Directories.Remove(path.FullPath);
        foreach (var file in system.Files.Keys.Where(f => f.StartsWith(path.FullPath + "/", StringComparison.Ordinal)).ToList())
        {
            system.Files.Remove(file);
        }
    }

    public IEnumerable<IDirectory> GetDirectories(string filter, SearchScope scope) => throw new NotSupportedException();

    public IEnumerable<IFile> GetFiles(string filter, SearchScope scope) => throw new NotSupportedException();

    public IDirectory SetCreationTime(DateTime creationTime) => this;

    public IDirectory SetCreationTimeUtc(DateTime creationTimeUtc) => this;

    public IDirectory SetLastAccessTime(DateTime lastAccessTime) => this;

    public IDirectory SetLastAccessTimeUtc(DateTime lastAccessTimeUtc) => this;

    public IDirectory SetLastWriteTime(DateTime lastWriteTime) => this;

    public IDirectory SetLastWriteTimeUtc(DateTime lastWriteTimeUtc) => this;

    public IDirectory SetUnixFileMode(UnixFileMode unixFileMode) => this;
}
