using System.Diagnostics;
using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Util;

public class ScratchFilesTests
{
    /// <summary>The id of a process that has exited (so nothing owns files named with it, unless the id is recycled).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }

    [Test]
    public void Staged_files_live_in_the_project_tmp_folder()
    {
        // Arrange
        using var dir = new TempDir();
        dir.File("tollgate.yml", "model: {}\n");

        // Act
        var staged = ScratchFiles.StagingPathFor(Path.Combine(dir.Path, "artifacts", "feed", "m.1.0.0.nupkg"));

        // Assert
        Assert.That(Path.GetDirectoryName(staged), Is.EqualTo(Path.Combine(dir.Path, ".tollgate", "tmp")));
        Assert.That(Path.GetFileName(staged), Does.StartWith($"{Environment.ProcessId}-").And.EndWith(".m.1.0.0.nupkg.tmp"));
    }

    [Test]
    public void Leftovers_of_dead_runs_are_removed_and_those_of_live_runs_kept()
    {
        // Arrange
        using var dir = new TempDir();
        var tmp = Path.Combine(dir.Path, ".tollgate", "tmp");
        var dead = DeadProcessId();
        var deadFile = dir.File($".tollgate/tmp/{dead}-0123.ledger.jsonl.tmp", "half");
        Directory.CreateDirectory(Path.Combine(tmp, $"{dead}-4567.gate"));
        var mine = dir.File($".tollgate/tmp/{Environment.ProcessId}-89ab.index.json.tmp", "in use");

        // Act
        var removed = ScratchFiles.CleanDeadRuns(dir.Path);

        // Assert
        Assert.That(removed, Is.GreaterThanOrEqualTo(2));
        Assert.That(File.Exists(deadFile), Is.False);
        Assert.That(Directory.Exists(Path.Combine(tmp, $"{dead}-4567.gate")), Is.False);
        Assert.That(File.Exists(mine), Is.True);
    }

    [Test]
    public void Cleaning_leaves_no_empty_tmp_folder()
    {
        // Arrange
        using var dir = new TempDir();
        dir.File($".tollgate/tmp/{DeadProcessId()}-0123.x.tmp", "half");

        // Act
        ScratchFiles.CleanDeadRuns(dir.Path);

        // Assert
        Assert.That(Directory.Exists(Path.Combine(dir.Path, ".tollgate", "tmp")), Is.False);
    }

    [Test]
    public void Outside_a_project_a_file_is_staged_beside_its_target()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("tollgate-no-project").FullName;
        try
        {
            // Act
            var staged = ScratchFiles.StagingPathFor(Path.Combine(folder, "model.zip"));

            // Assert
            Assert.That(Path.GetDirectoryName(staged), Is.EqualTo(folder));
            Assert.That(Path.GetFileName(staged), Does.StartWith(".model.zip.tollgate-"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
