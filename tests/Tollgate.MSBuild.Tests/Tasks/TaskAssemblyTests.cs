namespace Tollgate.MSBuild.Tests.Tasks;

public class TaskAssemblyTests
{
    [Test]
    public void The_task_assembly_references_neither_ML_NET_nor_Tollgate_Core()
    {
        // Arrange
        var assembly = typeof(TollgateCliTask).Assembly;

        // Act
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // Assert: training and statistics run in the CLI's process, never in MSBuild's.
        Assert.That(references, Has.None.StartsWith("Microsoft.ML"));
        Assert.That(references, Has.None.EqualTo("Tollgate.Core"));
        Assert.That(references, Has.None.EqualTo("Tollgate.Cli"));
    }
}
