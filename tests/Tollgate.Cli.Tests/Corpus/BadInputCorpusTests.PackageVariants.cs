using System.IO.Compression;
using Tollgate.Core.Errors;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>NuGet package corruption beyond the basic cases: entries, nuspec and zip structure.</summary>
public partial class BadInputCorpusTests
{
    private static IEnumerable<CorpusCase> PackageVariantCases()
    {
        yield return Package("model file smaller than declared", BadPackage(zip => Replace(zip, "tollgate/model.zip", [1, 2, 3])), ErrorCodes.DigestMismatch);
        yield return Package("model file missing inside", BadPackage(zip => zip.GetEntry("tollgate/model.zip")!.Delete()), ErrorCodes.DigestMismatch);
        yield return Package("nuspec missing", BadPackage(zip => zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Delete()), ErrorCodes.ArchiveCorrupt);
        yield return Package("empty .nupkg file", p => p.Write($"badfeed/cli-model.{version}.nupkg", ""), ErrorCodes.ArchiveCorrupt);
        yield return Package("folder named .nupkg", p => Directory.CreateDirectory(p.Combine($"badfeed/cli-model.{version}.nupkg")), ErrorCodes.NuGetPackageNotFound);
        yield return Package("compressed bytes corrupted", p =>
        {
            Directory.CreateDirectory(p.Combine("badfeed"));
            var bytes = File.ReadAllBytes(p.Nupkg);
            // Flip bytes in the middle of the archive (inside the model entry's compressed data); the central directory stays intact.
            for (var i = bytes.Length / 3; i < (bytes.Length / 3) + 64; i++)
            {
                bytes[i] ^= 0x5A;
            }

            p.WriteBytes("badfeed/" + Path.GetFileName(p.Nupkg), bytes);
        }, ErrorCodes.ArchiveCorrupt);
    }
}
