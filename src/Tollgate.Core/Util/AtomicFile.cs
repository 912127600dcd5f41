namespace Tollgate.Core.Util;

/// <summary>
/// Writes that are all-or-nothing: the bytes are staged in <see cref="ScratchFiles"/>, flushed to disk, then renamed over the
/// target, so a reader (or a run killed at any instant) sees the old file or the new one, never half of one.
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string contents) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(contents);
        });

    /// <summary>Copies <paramref name="source"/> over <paramref name="path"/> atomically (never a 0-byte or half copy).</summary>
    public static void Copy(string source, string path) =>
        Write(path, stream =>
        {
            using var input = File.OpenRead(source);
            input.CopyTo(stream);
        });

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = ScratchFiles.StagingPathFor(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            CrashPoint.Reached("staged:" + Path.GetFileName(full));
            File.Move(temp, full, overwrite: true);
            CrashPoint.Reached("write:" + Path.GetFileName(full));
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
