using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tollgate.Core.Config;
using Tollgate.Core.Tests.Support;

namespace Tollgate.Core.Tests.PublicApi;

/// <summary>
/// An embedder can do the job with the public API alone: PublicApi/Embedder/EmbedderProgram.cs is compiled against
/// Tollgate.Core.dll and the .NET framework only, under an assembly name Core grants no InternalsVisibleTo, then run
/// end to end (train, validate, promote, pack, roll back, retire, drift, parity) on a seeded sample project.
/// </summary>
public class EmbedderProgramTests
{
    private static readonly string ProgramPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", "Embedder", "EmbedderProgram.cs");

    [Test]
    public void The_embedder_program_compiles_against_the_public_API_only()
    {
        // Act
        var (compiled, errors) = Compile(File.ReadAllText(ProgramPath));

        // Assert
        Assert.That(errors, Is.Empty, "the public API cannot do what EmbedderProgram.cs does");
        Assert.That(compiled, Is.Not.Null);
    }

    [Test]
    public void A_program_that_touches_an_internal_type_does_not_compile()
    {
        // Arrange: the sections of tollgate.yml are internal; the compilation must see exactly what an embedder sees
        const string program = "public static class P { public static object M(Tollgate.Core.Config.TollgateConfig c) => new Tollgate.Core.Config.BackendSection(); }";

        // Act
        var (_, errors) = Compile(program);

        // Assert
        Assert.That(errors, Has.Some.Contains("CS0122").And.Some.Contains("BackendSection"));
    }

    [Test]
    [CancelAfter(300_000)]
    public async Task The_embedder_program_trains_validates_promotes_packs_retires_and_tests_data_end_to_end(CancellationToken ct)
    {
        // Arrange
        using var dir = new TempDir();
        SampleProject.WriteSmall(dir.Path, Yaml);
        WriteDriftData(dir.Path);
        WriteParityData(dir.Path);
        var (compiled, errors) = Compile(File.ReadAllText(ProgramPath));
        Assert.That(errors, Is.Empty);
        var context = new AssemblyLoadContext("embedder", isCollectible: true);

        // Act
        IReadOnlyList<string> facts;
        try
        {
            var program = context.LoadFromStream(new MemoryStream(compiled!)).GetType("Tollgate.Embedder.Sample.EmbedderProgram", throwOnError: true)!;
            var run = program.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!;
            facts = await (Task<IReadOnlyList<string>>)run.Invoke(null, [dir.Path, ct])!;
        }
        finally
        {
            context.Unload();
        }

        // Assert
        Assert.That(facts, Is.EqualTo(new[]
        {
            "model=embedded-model",
            "environments=sandbox,staging,production",
            "production=production:True",
            "trained=embedded-model@1.0.0",
            "digest-matches=True",
            "has-auc=True",
            "validate=pass:staging:1:True",
            "promote=promoted:sandbox:True",
            "promote=promoted:staging:True",
            "promote-again=already-current:True",
            "pack=Embedded.Model:True:True",
            $"rollback-refused={Core.Errors.ErrorCodes.RollbackImpossible}:2",
            "retire=Version:True:2:sandbox,staging",
            "drift=True:2:shifted",
            "parity=True:binary:400",
            $"missing-config={Core.Errors.ErrorCodes.ConfigNotFound}:2",
            "logged=True",
        }));
    }

    private const string Yaml = """
        model:
          name: embedded-model
          training: training.yml
          card:
            owners: [tests@example.com]
            license: MIT
        package:
          id: Embedded.Model
          authors: [tests]
          feed: out/feed
        backend:
          kind: local
        environments:
          - name: sandbox
          - name: staging
            gates:
              - metric: auc >= 0.5
          - name: production
        """;

    /// <summary>Compiles <paramref name="source"/> as an embedder would: Tollgate.Core.dll plus the .NET framework, nothing else.</summary>
    private static (byte[]? Assembly, IReadOnlyList<string> Errors) Compile(string source)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), framework, StringComparison.Ordinal))
            .Append(typeof(ConfigLoader).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Tollgate.Embedder.Sample", // not a friend of Tollgate.Core: internals stay invisible
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return (result.Success ? output.ToArray() : null, errors);
    }

    // Two numeric columns, 500 rows each side: "stable" from the same normal, "shifted" moved by 3 standard deviations.
    private static void WriteDriftData(string root)
    {
        var random = new Random(5);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        foreach (var (file, shift) in new[] { ("reference.csv", 0.0), ("current.csv", 3.0) })
        {
            var text = new StringBuilder("stable,shifted\n");
            for (var i = 0; i < 500; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Normal():F4},{Normal() + shift:F4}\n");
            }

            File.WriteAllText(Path.Combine(root, file), text.ToString());
        }
    }

    // The same 400 binary predictions from both models: at parity by construction.
    private static void WriteParityData(string root)
    {
        var random = new Random(9);
        var text = new StringBuilder("label,prediction\n");
        for (var i = 0; i < 400; i++)
        {
            var label = random.Next(2);
            var prediction = random.NextDouble() < 0.85 ? label : 1 - label;
            text.Append(CultureInfo.InvariantCulture, $"{label},{prediction}\n");
        }

        File.WriteAllText(Path.Combine(root, "baseline.csv"), text.ToString());
        File.WriteAllText(Path.Combine(root, "candidate.csv"), text.ToString());
    }
}
