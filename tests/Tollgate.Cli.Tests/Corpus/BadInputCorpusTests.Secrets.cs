namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private const string Password = "s3cret-Passw0rd-4-corpus";
    private const string Token = "ghp_corpusToken1234567890abcdef";

    private static IEnumerable<CorpusCase> SecretCases()
    {
        var oci = new Dictionary<string, string> { ["TOLLGATE_OCI_USERNAME"] = "robot", ["TOLLGATE_OCI_PASSWORD"] = Password };
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("robot:" + Password));
        yield return new CorpusCase("secrets", "registry echoing the Basic credential on 401", null, "push --oci 127.0.0.1:{port401}/models/churn {cfg}", 2, ErrorCodes.OciUnauthorized)
        { Environment = oci, NeverPrinted = [Password, basic] };
        yield return new CorpusCase("secrets", "registry echoing the credential on 500", null, "fetch cli-model@{ver} --from oci://127.0.0.1:{port500}/models/churn --output {p}/fetched {cfg}", 2, ErrorCodes.OciRegistryFailed)
        { Environment = oci, NeverPrinted = [Password, basic] };
        yield return new CorpusCase("registry", "registry that refuses connections", null, "fetch cli-model@{ver} --from oci://127.0.0.1:{closed}/models/churn --output {p}/fetched {cfg}", 2, ErrorCodes.OciRegistryFailed);
        yield return new CorpusCase("registry", "registry reference with a bad name", null, "fetch cli-model@{ver} --from oci://127.0.0.1:5000/Models/UPPER --output {p}/fetched {cfg}", 2, ErrorCodes.OciReferenceInvalid);
        yield return new CorpusCase("registry", "push to a registry that refuses connections", null, "push --oci 127.0.0.1:{closed}/models/churn {cfg}", 2, ErrorCodes.OciRegistryFailed);
        yield return new CorpusCase("secrets", "NuGet source echoing the API key", null, "push --nuget-source http://127.0.0.1:{port401}/v3/index.json {cfg}", 2, ErrorCodes.NuGetSourceFailed)
        { Environment = new Dictionary<string, string> { ["NUGET_API_KEY"] = Password }, NeverPrinted = [Password] };
        yield return new CorpusCase("secrets", "NuGet source URL with a password", null, "push --nuget-source http://user:" + Password + "@127.0.0.1:{closed}/v3/index.json {cfg}", 2, ErrorCodes.NuGetSourceFailed)
        { NeverPrinted = [Password] };
        yield return new CorpusCase("secrets", "GitHub API echoing the token", p => p.Edit("tollgate.yml", s => s + $"backend:\n  kind: github\n  repository: octo/models\n  apiUrl: http://127.0.0.1:{unauthorized!.Port}/api/v3\n"), "status {cfg}", 2, ErrorCodes.GitHubUnauthorized)
        { Environment = new Dictionary<string, string> { ["GITHUB_TOKEN"] = Token }, NeverPrinted = [Token] };
    }
}
