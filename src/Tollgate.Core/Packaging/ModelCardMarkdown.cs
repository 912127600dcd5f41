using System.Globalization;
using System.Text;
using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Packaging;

/// <summary>Renders the model card of a manifest as the package README.</summary>
internal static class ModelCardMarkdown
{
    public static string Render(ModelManifest m)
    {
        var s = new StringBuilder();
        s.Append("# ").Append(m.Name).Append(' ').Append(m.Version).Append("\n\n");
        s.Append(m.Card.Description ?? "No description.").Append("\n\n");
        Section(s, "Intended use", m.Card.IntendedUse);
        Section(s, "Limitations", m.Card.Limitations);
        Section(s, "Owners", m.Card.Owners.Count > 0 ? string.Join(", ", m.Card.Owners) : null);
        Section(s, "License", m.Card.License);
        s.Append("## Metrics (holdout)\n\n| metric | value |\n|---|---:|\n");
        foreach (var (name, value) in m.Metrics.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            s.Append("| ").Append(name).Append(" | ").Append(value.ToString("0.####", CultureInfo.InvariantCulture)).Append(" |\n");
        }

        s.Append("\n## Lineage\n\n");
        s.Append("- digest: `").Append(m.Digest).Append("`\n");
        s.Append("- commit: `").Append(m.Lineage.Commit).Append(m.Lineage.Dirty ? "` (uncommitted changes)\n" : "`\n");
        s.Append("- training data: `").Append(m.Lineage.DataDigest).Append("` (").Append(m.Lineage.DataRows.ToString(CultureInfo.InvariantCulture)).Append(" rows)\n");
        s.Append("- trainer: ").Append(m.Lineage.Trainer).Append(", seed ").Append(m.Lineage.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        s.Append("\n## Inputs\n\n| column | type | kind |\n|---|---|---|\n");
        foreach (var c in m.Schema.Inputs)
        {
            s.Append("| ").Append(c.Name).Append(" | ").Append(c.Type).Append(" | ").Append(c.Kind).Append(" |\n");
        }

        return s.ToString();
    }

    private static void Section(StringBuilder s, string title, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            s.Append("## ").Append(title).Append("\n\n").Append(text).Append("\n\n");
        }
    }
}
