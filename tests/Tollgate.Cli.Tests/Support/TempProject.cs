namespace Tollgate.Cli.Tests.Support;

/// <summary>A tiny seeded project (data, training spec, tollgate.yml) in a temp folder.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(string stagingGate = "auc >= 0.6") =>
        SampleProject.WriteSmall(Path, $"model:\n  name: cli-model\n  training: training.yml\n  output: out/model\npackage:\n  feed: out/feed\nenvironments:\n  - name: sandbox\n  - name: staging\n    gates:\n      - metric: {stagingGate}\n");

    public string Path { get; } = TestTemp.NewFolder("project");

    public string Config => Combine("tollgate.yml");

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose() => TestTemp.TryDelete(Path);
}
