using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// Digests Tollgate computed itself, keyed by the file's <see cref="FileIdentity"/> (device, inode, size, mtime, ctime),
/// so an unchanged artifact is not re-hashed on every push. A lookup returns a digest only when the file's identity is
/// exactly the one it had when Tollgate hashed it; any write, truncate, replacement or restored mtime changes the ctime
/// and forces a re-hash. Threat model and limits: docs/oci.md#re-push-and-the-digest-cache. One small JSON file per
/// artifact file under <see cref="DefaultDirectory"/>; a missing, unreadable or unwritable cache only costs a re-hash.
/// </summary>
internal sealed class FileDigestCache(string directory)
{
    /// <summary>Environment variable naming the cache folder (default: $XDG_CACHE_HOME/tollgate or ~/.cache/tollgate).</summary>
    public const string DirectoryVariable = "TOLLGATE_CACHE_DIR";

    private const int PruneAbove = 512;

    /// <summary>
    /// A file changed less than this before Tollgate started hashing it is not cached: a later write within the same
    /// timestamp tick could keep its ctime (the "racy clean" problem git has with mtimes).
    /// </summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(1);

    public string Directory { get; } = Path.Combine(directory, "file-digests");

    /// <summary>The cache folder; null when there is no home folder to put it in (then nothing is cached).</summary>
    public static string? DefaultDirectory =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } set ? Path.GetFullPath(set)
        : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? Path.Combine(xdg, "tollgate")
        : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache", "tollgate")
        : null;

    /// <summary>The cache in <see cref="DefaultDirectory"/>, or null (hash every time) when there is none.</summary>
    public static FileDigestCache? Default() => DefaultDirectory is { } directory ? new(directory) : null;

    /// <summary>What the file looked like before hashing started; pass it to <see cref="Record"/> afterwards.</summary>
    public readonly record struct Observation(string Path, FileIdentity Identity, DateTime AtUtc);

    /// <summary>The digest Tollgate recorded for <paramref name="path"/>, if the file is exactly as it was then.</summary>
    public string? TryGet(string path)
    {
        var full = Path.GetFullPath(path);
        if (FileIdentity.Of(full) is not { } now)
        {
            return null;
        }

        try
        {
            var entry = Entry.Parse(File.ReadAllBytes(EntryPath(full)));
            return entry is not null && entry.Path == full && entry.Identity == now && Hashing.IsDigest(entry.Digest) ? entry.Digest : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Call before reading the file to hash it; null where identities are unavailable (non-Linux).</summary>
    public static Observation? Observe(string path)
    {
        var full = Path.GetFullPath(path);
        var at = DateTime.UtcNow;
        return FileIdentity.Of(full) is { } identity ? new Observation(full, identity, at) : null;
    }

    /// <summary>
    /// Records <paramref name="digest"/>, computed by Tollgate from the bytes read after <paramref name="before"/>, if the
    /// file did not change while it was read and its last change is older than <see cref="RacyWindow"/>.
    /// </summary>
    public void Record(Observation? before, string digest)
    {
        if (before is not { } seen || FileIdentity.Of(seen.Path) != seen.Identity
            || seen.Identity.ChangedNs > (seen.AtUtc - RacyWindow - DateTime.UnixEpoch).Ticks * 100)
        {
            return;
        }

        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            // Renamed into place so a reader never sees half an entry; no fsync and no crash point: a lost entry is only a re-hash.
            var entry = EntryPath(seen.Path);
            var temp = $"{entry}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temp, new Entry(seen.Path, seen.Identity, digest).ToUtf8());
            File.Move(temp, entry, overwrite: true);
            Prune();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only means the next run hashes again.
        }
    }

    private string EntryPath(string full) => Path.Combine(Directory, Hashing.Sha256Hex(full) + ".json");

    /// <summary>Keeps the folder small: entries of files that no longer exist go once it holds more than a few hundred.</summary>
    private void Prune()
    {
        var entries = System.IO.Directory.GetFiles(Directory, "*.json");
        if (entries.Length <= PruneAbove)
        {
            return;
        }

        foreach (var leftover in System.IO.Directory.GetFiles(Directory, "*.tmp").Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddHours(-1)))
        {
            File.Delete(leftover); // a run killed between write and rename
        }

        foreach (var file in entries)
        {
            try
            {
                var entry = Entry.Parse(File.ReadAllBytes(file));
                if (entry is null || FileIdentity.Of(entry.Path) != entry.Identity)
                {
                    File.Delete(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// One cache file: <c>{"path":…,"identity":{"device":…,"inode":…,"size":…,"modifiedNs":…,"changedNs":…},"digest":…}</c>.
    /// Read and written by hand: every push reads these, and the reflection serializer would cost more start-up than the lookup saves.
    /// </summary>
    private sealed record Entry(string Path, FileIdentity Identity, string Digest)
    {
        /// <summary>The entry, or null when the bytes are not one (then the file is hashed again).</summary>
        public static Entry? Parse(byte[] utf8)
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            try
            {
                var id = root.GetProperty("identity");
                return new Entry(
                    root.GetProperty("path").GetString()!,
                    new FileIdentity(id.GetProperty("device").GetUInt64(), id.GetProperty("inode").GetUInt64(), id.GetProperty("size").GetInt64(),
                        id.GetProperty("modifiedNs").GetInt64(), id.GetProperty("changedNs").GetInt64()),
                    root.GetProperty("digest").GetString()!);
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                return null;
            }
        }

        public byte[] ToUtf8()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("path", Path);
                json.WriteStartObject("identity");
                json.WriteNumber("device", Identity.Device);
                json.WriteNumber("inode", Identity.Inode);
                json.WriteNumber("size", Identity.Size);
                json.WriteNumber("modifiedNs", Identity.ModifiedNs);
                json.WriteNumber("changedNs", Identity.ChangedNs);
                json.WriteEndObject();
                json.WriteString("digest", Digest);
                json.WriteEndObject();
            }

            return buffer.ToArray();
        }
    }
}
