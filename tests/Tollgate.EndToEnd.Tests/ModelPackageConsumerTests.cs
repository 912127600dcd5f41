using System.Globalization;
using Tollgate.Core.Packaging;
using Tollgate.Core.Training;

namespace Tollgate.EndToEnd.Tests;

/// <summary>
/// The issue's NuGet proof: a console app in a temp folder references the model package from a local feed,
/// builds with plain <c>dotnet build</c>, and at run time loads the model from its output with ML.NET and predicts.
/// </summary>
[NonParallelizable]
public class ModelPackageConsumerTests
{
    [Test]
    public async Task A_console_app_referencing_the_model_package_builds_loads_the_model_and_predicts()
    {
        // Arrange: train a tiny model, pack it, push it to a folder feed
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, rows: 300);
        var manifest = new ModelTrainer(config).Train(Path.Combine(dir.Path, "out", "model"), _ => "1.0.0");
        // StoreAboveBytes = 0: the model goes in a stored (uncompressed) entry, as large models do, so restore reads that path too.
        var packed = new NuGetModelPackager(config) { StoreAboveBytes = 0 }.Pack(Path.Combine(dir.Path, "out", "model"));
        var feed = Path.Combine(dir.Path, "feed");
        await new NuGetFeedClient(feed).PushAsync(packed.Path);
        var consumer = Path.Combine(dir.Path, "consumer");
        WriteConsumer(consumer, feed);
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "nuget-packages") };

        // Act
        var build = Shell.Run(consumer, "dotnet", "build -nologo -v:q", TimeSpan.FromMinutes(6), env);
        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        var run = Shell.Run(output, "dotnet", "Consumer.dll", TimeSpan.FromMinutes(2), env);

        // Assert
        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString());
        Assert.That(File.ReadAllBytes(Path.Combine(output, "models", "test-model", "model.zip")),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(dir.Path, "out", "model", "model.zip"))));
        Assert.That(File.Exists(Path.Combine(output, "models", "test-model", "tollgate.model.json")), Is.True);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var fields = run.Output.Trim().Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        Assert.That(fields["version"], Is.EqualTo("1.0.0"));
        Assert.That(fields["digest"], Is.EqualTo(manifest.Digest));
        Assert.That(fields["path"], Is.EqualTo("models/test-model/model.zip"));
        Assert.That(double.Parse(fields["probability"], CultureInfo.InvariantCulture), Is.InRange(0.0, 1.0));
    }

    /// <summary>A consumer project: the model package plus Microsoft.ML, the MSBuild properties baked into assembly metadata.</summary>
    private static void WriteConsumer(string dir, string feed)
    {
        Directory.CreateDirectory(dir);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        // No <clear/>: the machine's configured sources stay; the global packages folder serves Microsoft.ML offline.
        var sources = $"    <add key=\"models\" value=\"{feed}\" />\n" + (Directory.Exists(globalPackages) ? $"    <add key=\"machine-cache\" value=\"{globalPackages}\" />\n" : "");
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n{sources}  </packageSources>\n</configuration>\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />\n"); // shields the consumer from any props above the temp folder
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Test.Model" Version="1.0.0" />
                <PackageReference Include="Microsoft.ML" Version="5.0.1" />
              </ItemGroup>
              <ItemGroup>
                <AssemblyMetadata Include="ModelPath" Value="$(TollgateModel_Test_Model_Path)" />
                <AssemblyMetadata Include="ModelVersion" Value="$(TollgateModel_Test_Model_Version)" />
                <AssemblyMetadata Include="ModelDigest" Value="$(TollgateModel_Test_Model_Digest)" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System.Globalization;
            using System.Reflection;
            using Microsoft.ML;
            using Microsoft.ML.Data;

            string Meta(string key) => typeof(Row).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
            var path = Meta("ModelPath");
            var ml = new MLContext(seed: 1);
            var model = ml.Model.Load(Path.Combine(AppContext.BaseDirectory, path), out _);
            var rows = ml.Data.LoadFromEnumerable(new[] { new Row { tenure = 3, charges = 95, contract = "monthly" } });
            var probability = model.Transform(rows).GetColumn<float>("Probability").Single();
            Console.WriteLine(FormattableString.Invariant($"version={Meta("ModelVersion")} digest={Meta("ModelDigest")} path={path} probability={probability}"));

            public sealed class Row
            {
                public float tenure { get; set; }
                public float charges { get; set; }
                public string contract { get; set; } = "";
            }
            """);
    }
}
