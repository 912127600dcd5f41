using Tollgate.Core.Oci;

namespace Tollgate.Core.Tests.Oci;

/// <summary>index.json is a shared resource: concurrent writers, each with its own handle (as separate processes have), lose no tag.</summary>
public class OciLayoutConcurrencyTests
{
    [Test]
    public async Task Concurrent_taggers_keep_every_tag()
    {
        // Arrange: one artifact in a layout
        using var dir = new TempDir();
        var layout = Path.Combine(dir.Path, "oci");
        var pushed = await OciLayoutPublisher.PublishAsync(TestArtifacts.Create(Path.Combine(dir.Path, "model")), layout);
        var tags = Enumerable.Range(0, 16).Select(i => $"env{i}").ToList();

        // Act: every tagger opens the layout itself and writes at the same time
        await Task.WhenAll(tags.Select(tag => Task.Run(() => OciTagger.TagAsync(new OciLayout(layout), pushed.Digest, tag))));

        // Assert
        var index = File.ReadAllText(Path.Combine(layout, "index.json"));
        Assert.That(tags.Where(t => !index.Contains($"\"{t}\"", StringComparison.Ordinal)), Is.Empty, "tags lost to a concurrent writer");
        Assert.That(Directory.EnumerateFiles(dir.Path, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }
}
