namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private const string FetchFromLayout = "fetch cli-model@{over} --from oci-layout:{p}/out/oci --output {p}/fetched {cfg}";

    private static CorpusCase Oci(string name, Action<CorpusProject> spoil, string code, string command = FetchFromLayout) =>
        new("oci layout", name, spoil, command, 2, code);

    private static IEnumerable<string> Blobs(CorpusProject p) => Directory.GetFiles(p.Combine("out/oci/blobs/sha256"));

    private static IEnumerable<CorpusCase> OciCases()
    {
        yield return Oci("index.json not JSON", p => p.Write("out/oci/index.json", "{nope"), ErrorCodes.OciLayoutInvalid);
        yield return Oci("index.json missing", p => File.Delete(p.Combine("out/oci/index.json")), ErrorCodes.OciLayoutInvalid);
        yield return Oci("oci-layout marker missing", p => File.Delete(p.Combine("out/oci/oci-layout")), ErrorCodes.OciLayoutInvalid);
        yield return Oci("every blob missing", p => { foreach (var b in Blobs(p)) File.Delete(b); }, ErrorCodes.OciNotFound);
        yield return Oci("every blob changed", p => { foreach (var b in Blobs(p)) File.AppendAllText(b, "x"); }, ErrorCodes.DigestMismatch);
        yield return Oci("unknown tag", _ => { }, ErrorCodes.OciNotFound, "fetch cli-model@9.9.9 --from oci-layout:{p}/out/oci --output {p}/fetched {cfg}");
        yield return Oci("layout path is a file", _ => { }, ErrorCodes.OciLayoutInvalid, "fetch cli-model@{over} --from oci-layout:{p}/data.csv --output {p}/fetched {cfg}");
        yield return Oci("layout reference names no folder", _ => { }, ErrorCodes.OciReferenceInvalid, "fetch cli-model@{over} --from oci-layout: --output {p}/fetched {cfg}");
        yield return Oci("fetch into a non-empty folder", p => p.Write("fetched/keep.txt", "mine"), ErrorCodes.OciOutputNotEmpty);
    }
}
