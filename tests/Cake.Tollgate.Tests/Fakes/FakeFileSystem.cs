using System.Text;
using Cake.Core.IO;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>An in-memory file system: only existence, reading and directory deletion, which the addin uses.</summary>
internal sealed class FakeFileSystem : IFileSystem
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Directories { get; } = new(StringComparer.Ordinal);

    public FakeFileSystem WithFile(string path, string content = "")
    {
        Files[path] = content;
        return this;
    }

    public IFile GetFile(FilePath path) => new FakeFile(this, path);

    public IDirectory GetDirectory(DirectoryPath path) => new FakeDirectory(this, path);

    public IFileSystemInfo GetFileSystemInfo(Cake.Core.IO.Path path) => throw new NotSupportedException();

    public IFileSystemInfo GetFileSystemInfo(string path) => throw new NotSupportedException();

    private sealed class FakeFile(FakeFileSystem system, FilePath path) : IFile
    {
        public FilePath Path => path;

        Cake.Core.IO.Path IFileSystemInfo.Path => path;

        public long Length => system.Files[path.FullPath].Length;

        public FileAttributes Attributes { get; set; }

        public bool Exists => system.Files.ContainsKey(path.FullPath);

        public bool Hidden => false;

        public DateTime? CreationTimeUtc => null;

        public DateTime? LastAccessTimeUtc => null;

        public DateTime? LastWriteTimeUtc => null;

        public UnixFileMode UnixFileMode => UnixFileMode.None;

        public Stream Open(FileMode fileMode, FileAccess fileAccess, FileShare fileShare) =>
            new MemoryStream(Encoding.UTF8.GetBytes(system.Files[path.FullPath]), writable: false);

        public void Copy(FilePath destination, bool overwrite) => throw new NotSupportedException();

        public void Move(FilePath destination) => throw new NotSupportedException();

        public void Delete() => system.Files.Remove(path.FullPath);

        public IFile SetCreationTime(DateTime creationTime) => this;

        public IFile SetCreationTimeUtc(DateTime creationTimeUtc) => this;

        public IFile SetLastAccessTime(DateTime lastAccessTime) => this;

        public IFile SetLastAccessTimeUtc(DateTime lastAccessTimeUtc) => this;

        public IFile SetLastWriteTime(DateTime lastWriteTime) => this;

        public IFile SetLastWriteTimeUtc(DateTime lastWriteTimeUtc) => this;

        public IFile SetUnixFileMode(UnixFileMode unixFileMode) => this;
    }
}
