using System.Text.Json;
using Cake.Core.IO;

namespace Cake.Tollgate.Runner;

/// <summary>
/// Reads .NET local tool manifests the way <c>dotnet tool run</c> looks for them: <c>.config/dotnet-tools.json</c>
/// or <c>dotnet-tools.json</c> in the directory and each parent, stopping at a manifest marked <c>isRoot</c>.
/// </summary>
internal sealed class ToolManifestReader(IFileSystem fileSystem)
{
    /// <summary>The manifest that declares <paramref name="command"/>, or null.</summary>
    public FilePath? FindCommand(DirectoryPath start, string command)
    {
        for (var directory = start; directory is not null; directory = directory.GetParent())
        {
            foreach (var candidate in new[] { directory.Combine(".config").CombineWithFilePath("dotnet-tools.json"), directory.CombineWithFilePath("dotnet-tools.json") })
            {
                if (!fileSystem.Exist(candidate))
                {
                    continue;
                }

                var (declares, isRoot) = Read(candidate, command);
                if (declares)
                {
                    return candidate;
                }

                if (isRoot)
                {
                    return null;
                }
            }

            if (directory.Segments.Length <= 1)
            {
                break;
            }
        }

        return null;
    }

    private (bool Declares, bool IsRoot) Read(FilePath manifest, string command)
    {
        try
        {
            using var stream = fileSystem.GetFile(manifest).OpenRead();
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var isRoot = root.TryGetProperty("isRoot", out var r) && r.ValueKind == JsonValueKind.True;
            var declares = root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Object
                && tools.EnumerateObject().Any(t => t.Value.TryGetProperty("commands", out var commands)
                    && commands.ValueKind == JsonValueKind.Array && commands.EnumerateArray().Any(c => c.GetString() == command));
            return (declares, isRoot);
        }
        catch (JsonException)
        {
            return (false, false); // dotnet itself reports a broken manifest; here it just does not provide the CLI
        }
    }
}
