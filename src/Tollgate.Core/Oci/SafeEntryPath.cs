namespace Tollgate.Core.Oci;

/// <summary>Layer titles become file paths on extraction: only plain relative paths inside the folder are allowed.</summary>
internal static class SafeEntryPath
{
    /// <param name="manifestLayer">True for the one ModelPack layer that carries <c>tollgate.model.json</c> itself.</param>
    public static string Check(string? title, string where, bool manifestLayer = false)
    {
        if (string.IsNullOrEmpty(title))
        {
            throw Unsafe(title ?? "", where, "a layer has no org.opencontainers.image.title");
        }

        var segments = title.Split('/');
        if (title.Contains('\\') || title.Contains('\0') || title.StartsWith('/') || Path.IsPathRooted(title) || (title.Length > 1 && title[1] == ':'))
        {
            throw Unsafe(title, where, "absolute paths, drive letters and backslashes are not allowed");
        }

        if (segments.Any(s => s is "" or "." or ".."))
        {
            throw Unsafe(title, where, "'..', '.' and empty path segments are not allowed");
        }

        if (title == Artifacts.ModelManifest.FileName && !manifestLayer)
        {
            throw Unsafe(title, where, "a layer may not overwrite the model manifest");
        }

        return title;
    }

    private static TollgateException Unsafe(string title, string where, string why) =>
        new(ErrorCodes.UnsafeArchiveEntry, $"Unsafe layer title '{title}' in {where}: {why}.", "Refusing to extract; the artifact was not produced by Tollgate or was tampered with.");
}
