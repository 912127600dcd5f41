using System.IO.Compression;

namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private const string FetchFromBadFeed = "fetch cli-model@{ver} --from nuget:{p}/badfeed --output {p}/fetched {cfg}";

    private static CorpusCase Package(string name, Action<CorpusProject> spoil, string code, string command = FetchFromBadFeed) =>
        new("package", name, spoil, command, 2, code);

    /// <summary>Copies the healthy package into badfeed/ and lets <paramref name="edit"/> rewrite its entries.</summary>
    private static Action<CorpusProject> BadPackage(Action<ZipArchive> edit) => p =>
    {
        Directory.CreateDirectory(p.Combine("badfeed"));
        var target = p.Combine("badfeed/" + Path.GetFileName(p.Nupkg));
        File.Copy(p.Nupkg, target);
        using var zip = ZipFile.Open(target, ZipArchiveMode.Update);
        edit(zip);
    };

    private static void Replace(ZipArchive zip, string name, byte[] content)
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    private static IEnumerable<CorpusCase> PackageCases()
    {
        yield return Package("truncated package", p =>
        {
            Directory.CreateDirectory(p.Combine("badfeed"));
            var bytes = File.ReadAllBytes(p.Nupkg);
            p.WriteBytes("badfeed/" + Path.GetFileName(p.Nupkg), bytes[..(bytes.Length / 2)]);
        }, ErrorCodes.ArchiveCorrupt);
        yield return Package("text file named .nupkg", p => p.Write($"badfeed/cli-model.{version}.nupkg", "not a zip"), ErrorCodes.ArchiveCorrupt);
        yield return Package("entry escaping the folder", BadPackage(zip => Replace(zip, "tollgate/../../evil.txt", [1])), ErrorCodes.UnsafeArchiveEntry);
        yield return Package("absolute entry path", BadPackage(zip => Replace(zip, "/etc/evil", [1])), ErrorCodes.UnsafeArchiveEntry);
        yield return Package("edited metric inside", BadPackage(zip =>
        {
            string text;
            using (var reader = new StreamReader(zip.GetEntry("tollgate/tollgate.model.json")!.Open()))
            {
                text = reader.ReadToEnd();
            }

            Replace(zip, "tollgate/tollgate.model.json", CorpusProject.Utf8(System.Text.RegularExpressions.Regex.Replace(text, "\"auc\": [0-9.E-]+", "\"auc\": 0.999")));
        }), ErrorCodes.DigestMismatch);
        yield return Package("unlisted extra file inside", BadPackage(zip => Replace(zip, "tollgate/extra.bin", [1, 2, 3])), ErrorCodes.DigestMismatch);
        yield return Package("model file larger than declared", BadPackage(zip => Replace(zip, "tollgate/model.zip", new byte[4 << 20])), ErrorCodes.InputTooLarge);
        yield return Package("manifest missing inside", BadPackage(zip => zip.GetEntry("tollgate/tollgate.model.json")!.Delete()), ErrorCodes.ArtifactNotFound);
        yield return Package("manifest not JSON inside", BadPackage(zip => Replace(zip, "tollgate/tollgate.model.json", CorpusProject.Utf8("{oops"))), ErrorCodes.ManifestInvalid);
        yield return Package("fetch output not empty", p => p.Write("fetched/keep.txt", "mine"), ErrorCodes.OciOutputNotEmpty, "fetch cli-model@{ver} --from nuget:{p}/out/feed --output {p}/fetched {cfg}");
        yield return Package("fetch output is a file", _ => { }, ErrorCodes.OciOutputNotEmpty, "fetch cli-model@{ver} --from nuget:{p}/out/feed --output {p}/data.csv {cfg}");
        yield return Package("version not in the feed", _ => { }, ErrorCodes.NuGetPackageNotFound, "fetch cli-model@9.9.9 --from nuget:{p}/out/feed --output {p}/fetched {cfg}");
        yield return Package("malformed version range", _ => { }, ErrorCodes.ModelSpecInvalid, "fetch cli-model@[2.0 --from nuget:{p}/out/feed --output {p}/fetched {cfg}");
        yield return Package("feed folder missing", _ => { }, ErrorCodes.NuGetPackageNotFound, "fetch cli-model@{ver} --from nuget:{p}/nofeed --output {p}/fetched {cfg}");
    }
}
