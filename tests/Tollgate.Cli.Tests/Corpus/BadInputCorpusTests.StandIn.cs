namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// Status faults (429, 403) must reach the user as the registry's refusal even when the stand-in cannot read the blob it
/// refuses (a stand-in failure used to go out as "200 OK, empty body", which a client rightly calls TOLLGATE0102).
/// The load-dependent 0102s themselves came from LoopbackHttpServer closing a response twice (FaultRegistryFailureTests).
/// </summary>
public partial class BadInputCorpusTests
{
    [TestCase("blob-429", ErrorCodes.OciRegistryFailed)]
    [TestCase("blob-403-echo", ErrorCodes.OciDenied)]
    public void A_status_fault_does_not_need_the_blob_it_refuses(string mode, string code)
    {
        // Arrange: a layout whose blobs are gone, manifests and index kept (the registry still answers the manifest)
        var work = TestTemp.NewFolder("fault-layout");
        FolderCopy.Copy(Path.Combine(Base, "out/oci"), Path.Combine(work, "oci"));
        var index = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(work, "oci/index.json")))!;
        var manifests = index["manifests"]!.AsArray().Select(m => m!["digest"]!.GetValue<string>()["sha256:".Length..]).ToHashSet();
        foreach (var blob in Directory.GetFiles(Path.Combine(work, "oci/blobs/sha256")).Where(f => !manifests.Contains(Path.GetFileName(f))))
        {
            File.Delete(blob);
        }

        using var registry = new FaultRegistry(Path.Combine(work, "oci"));
        var credentials = new Dictionary<string, string?> { ["TOLLGATE_OCI_USERNAME"] = "robot", ["TOLLGATE_OCI_PASSWORD"] = "s3cret-Passw0rd-4-test" };
        foreach (var (key, value) in credentials)
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        // Act
        (int Exit, string Out, string Err) result;
        try
        {
            result = CliHarness.Run("fetch", $"cli-model@{version}", "--from", $"oci://127.0.0.1:{registry.Port}/faults/{mode}", "--output", Path.Combine(work, "fetched"));
        }
        finally
        {
            foreach (var key in credentials.Keys)
            {
                Environment.SetEnvironmentVariable(key, null);
            }

            TestTemp.TryDelete(work);
        }

        // Assert: the registry's refusal, not a digest mismatch
        var log = string.Join("\n", registry.Log);
        Assert.That(result.Exit, Is.EqualTo(2), result.Err + log);
        Assert.That(result.Err, Does.Contain($"error {code}:"), log);
    }
}
