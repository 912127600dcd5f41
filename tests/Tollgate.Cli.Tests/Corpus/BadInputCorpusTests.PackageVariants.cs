using System.IO.Compression;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>NuGet package corruption beyond the basic cases: entries, nuspec and zip structure.</summary>
public partial class BadInputCorpusTests
{
    private static IEnumerable<CorpusCase> PackageVariantCases()
    {
        yield return Package("model file smaller than declared", BadPackage(zip => Replace(zip, "tollgate/model.zip", [1, 2, 3])), ErrorCodes.DigestMismatch);
        yield return Package("model file missing inside", BadPackage(zip => zip.GetEntry("tollgate/model.zip")!.Delete()), ErrorCodes.DigestMismatch);
        yield return Package("nuspec missing", BadPackage(zip => zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Delete()), ErrorCodes.NuGetPackageInvalid);
        yield return Package("empty .nupkg file", p => p.Write($"badfeed/cli-model.{version}.nupkg", ""), ErrorCodes.ArchiveCorrupt);
        yield return Package("folder named .nupkg", p => Directory.CreateDirectory(p.Combine($"badfeed/cli-model.{version}.nupkg")), ErrorCodes.NuGetPackageNotFound);
        yield return Package("compressed bytes corrupted", p =>
        {
            Directory.CreateDirectory(p.Combine("badfeed"));
            var bytes = File.ReadAllBytes(p.Nupkg);
            // Flip bytes inside the model entry's compressed data (after its local header); the central directory stays intact.
            var at = bytes.AsSpan().IndexOf("tollgate/model.zip"u8) + 200;
            for (var i = at; i < at + 64; i++)
            {
                bytes[i] ^= 0x5A;
            }

            p.WriteBytes("badfeed/" + Path.GetFileName(p.Nupkg), bytes);
        }, ErrorCodes.NuGetPackageInvalid);
    }
}
