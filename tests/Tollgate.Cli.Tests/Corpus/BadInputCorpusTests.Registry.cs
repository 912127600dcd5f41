namespace Tollgate.Cli.Tests.Corpus;

/// <summary>Registry faults: bad statuses, wrong digests, changed or truncated blobs, oversized answers, echoed credentials.</summary>
public partial class BadInputCorpusTests
{
    private static FaultRegistry? faults;

    [OneTimeSetUp]
    public static void StartFaultRegistry() => faults = new FaultRegistry(Path.Combine(Base, "out/oci"));

    [OneTimeTearDown]
    public static void StopFaultRegistry() => faults?.Dispose();

    private static CorpusCase Fault(string name, string mode, string code) =>
        new("registry", name, null, $"fetch cli-model@{{ver}} --from oci://127.0.0.1:{{fault}}/faults/{mode} --output {{p}}/fetched {{cfg}}", 2, code);

    private static IEnumerable<CorpusCase> RegistryCases()
    {
        yield return Fault("manifest under a wrong Docker-Content-Digest", "digest-header", ErrorCodes.DigestMismatch);
        yield return Fault("manifest that is not JSON", "manifest-not-json", ErrorCodes.OciManifestInvalid);
        yield return Fault("manifest answered 418", "manifest-418", ErrorCodes.OciRegistryFailed);
        yield return Fault("manifest unknown (404)", "manifest-404", ErrorCodes.OciNotFound);
        yield return Fault("manifest larger than 4 MiB", "manifest-huge", ErrorCodes.InputTooLarge);
        yield return Fault("blob with a changed byte", "blob-changed", ErrorCodes.DigestMismatch);
        yield return Fault("blob cut short", "blob-truncated", ErrorCodes.DigestMismatch);
        yield return Fault("blob longer than its descriptor", "blob-longer", ErrorCodes.DigestMismatch);
        yield return Fault("blob always rate-limited (429)", "blob-429", ErrorCodes.OciRegistryFailed);
        var oci = new Dictionary<string, string> { ["TOLLGATE_OCI_USERNAME"] = "robot", ["TOLLGATE_OCI_PASSWORD"] = Password };
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("robot:" + Password));
        yield return Fault("blob refused (403) echoing the Basic credential", "blob-403-echo", ErrorCodes.OciDenied) with
        {
            Area = "secrets", Environment = oci, NeverPrinted = [Password, basic],
        };
    }
}
