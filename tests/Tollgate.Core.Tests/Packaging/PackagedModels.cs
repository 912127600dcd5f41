using System.IO.Compression;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Packaging;

/// <summary>Packs small test artifacts as model packages and rewrites packages to simulate tampering.</summary>
internal static class PackagedModels
{
    public const string PackageId = "Contoso.Models.Churn";

    public static TollgateConfig Config(string work) => new()
    {
        Model = { Name = "churn" },
        Package = { Id = PackageId, Authors = ["tests"], Feed = "feed", RepositoryUrl = "https://example.com/contoso/churn.git" },
        BaseDirectory = work,
    };

    /// <summary>An artifact of <paramref name="version"/> packed into <c>work/feed</c>; returns the .nupkg path.</summary>
    public static string Pack(string work, string version = "1.4.0", int seed = 1)
    {
        var artifact = TestArtifacts.Create(Path.Combine(work, $"artifact-{version}-{seed}"), "churn", version, ("model.zip", 32 * 1024, seed));
        return new NuGetModelPackager(Config(work)).Pack(artifact, Path.Combine(work, $"pack-{version}-{seed}")).Path;
    }

    /// <summary>Rewrites one entry of a zip (a package) in place.</summary>
    public static void RewriteEntry(string zipPath, string entryName, Func<byte[], byte[]> change)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        byte[] bytes;
        using (var stream = entry.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        entry.Delete();
        using var target = zip.CreateEntry(entryName).Open();
        target.Write(change(bytes));
    }

    public static byte[] FlipFirstByte(byte[] bytes)
    {
        bytes[0] ^= 0xFF;
        return bytes;
    }
}
