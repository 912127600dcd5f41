using Cake.Core.IO;

namespace Cake.Tollgate.Tests.Runner;

public class TollgateToolResolverTests
{
    private const string Manifest = """{ "version": 1, "isRoot": true, "tools": { "tollgate.cli": { "version": "1.0.0", "commands": ["tollgate"] } } }""";

    [Test]
    public void Uses_the_tool_installed_by_the_tool_directive()
    {
        // Arrange
        var context = new FakeCakeContext();

        // Act
        var invocation = Resolver(context).Resolve(new TollgateSettings());

        // Assert
        Assert.That(invocation, Is.EqualTo(new TollgateInvocation(new FilePath("/cake/tools/tollgate"), null, false, "#tool")));
    }

    [Test]
    public void Runs_dotnet_tool_run_when_the_repository_manifest_declares_the_command()
    {
        // Arrange: no #tool, a manifest two levels up, and dotnet on PATH
        var context = WithoutToolDirective();
        context.FileSystem.WithFile("/work/.config/dotnet-tools.json", Manifest).WithFile("/usr/bin/dotnet");
        context.Environment.WorkingDirectory = new DirectoryPath("/work/repo/src");

        // Act
        var invocation = Resolver(context).Resolve(new TollgateSettings());

        // Assert
        Assert.That(invocation.Executable.FullPath, Is.EqualTo("/usr/bin/dotnet"));
        Assert.That(invocation.ViaToolManifest, Is.True);
        Assert.That(invocation.Source, Is.EqualTo("tool manifest /work/.config/dotnet-tools.json"));
    }

    [Test]
    public void Prefers_the_pinned_manifest_over_a_tollgate_on_path()
    {
        // Arrange
        var context = WithoutToolDirective();
        context.FileSystem.WithFile("/usr/local/bin/tollgate").WithFile("/work/repo/dotnet-tools.json", Manifest).WithFile("/usr/bin/dotnet");

        // Act
        var invocation = Resolver(context).Resolve(new TollgateSettings());

        // Assert
        Assert.That(invocation.ViaToolManifest, Is.True);
    }

    [Test]
    public void Falls_back_to_path_when_no_manifest_declares_the_command()
    {
        // Arrange: a manifest with other tools only
        var context = WithoutToolDirective();
        context.FileSystem.WithFile("/usr/local/bin/tollgate")
            .WithFile("/work/repo/.config/dotnet-tools.json", """{ "isRoot": true, "tools": { "cake.tool": { "commands": ["dotnet-cake"] } } }""");

        // Act
        var invocation = Resolver(context).Resolve(new TollgateSettings());

        // Assert
        Assert.That(invocation, Is.EqualTo(new TollgateInvocation(new FilePath("/usr/local/bin/tollgate"), null, false, "PATH")));
    }

    [Test]
    public void Fails_naming_the_three_ways_to_provide_the_cli()
    {
        // Arrange
        var context = WithoutToolDirective();

        // Act
        var ex = Assert.Throws<CakeException>(() => Resolver(context).Resolve(new TollgateSettings()));

        // Assert
        Assert.That(ex!.Message, Does.Contain("TOLLGATE1550").And.Contain("#tool dotnet:?package=Tollgate.Cli")
            .And.Contain("dotnet tool install Tollgate.Cli").And.Contain("dotnet tool install --global Tollgate.Cli"));
        Assert.That(ex.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Runs_an_in_tree_build_with_the_host_that_runs_cake()
    {
        // Arrange
        var context = new FakeCakeContext();
        context.Environment.Variables["DOTNET_HOST_PATH"] = "/opt/dotnet/dotnet";

        // Act
        var invocation = Resolver(context).Resolve(new TollgateSettings { CliAssemblyPath = "build/Tollgate.Cli.dll" });

        // Assert
        Assert.That(invocation, Is.EqualTo(new TollgateInvocation(new FilePath("/opt/dotnet/dotnet"), new FilePath("/work/repo/build/Tollgate.Cli.dll"), false, "CliAssemblyPath")));
    }

    private static FakeCakeContext WithoutToolDirective()
    {
        var context = new FakeCakeContext();
        context.FileSystem.Files.Clear();
        context.Tools.ForgetRegistrations();
        context.Environment.Variables["PATH"] = "/usr/local/bin:/usr/bin";
        return context;
    }

    private static TollgateToolResolver Resolver(FakeCakeContext context) => new(context.FileSystem, context.Environment, context.Tools);
}
