using Cake.Core.IO;

namespace Cake.Tollgate;

/// <summary>Drift and parity checks on data files.</summary>
public static partial class TollgateAliases
{
    /// <summary>Tests current data for drift against a reference, per column and for the dataset (<c>tollgate drift</c>); drift fails the task.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reference">Reference data (CSV, Parquet or JSON lines).</param>
    /// <param name="current">Current data, same columns.</param>
    /// <returns>Per-column tests and the dataset verdict.</returns>
    /// <example><code>
    /// Task("Drift").Does(() => TollgateDrift("data/train.csv", "data/recent.csv"));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Statistics")]
    public static TollgateDriftResult TollgateDrift(this ICakeContext context, FilePath reference, FilePath current) =>
        context.TollgateDrift(reference, current, new TollgateSettings());

    /// <summary>Tests current data for drift against a reference (<c>tollgate drift</c>); with <see cref="TollgateSettings.ThrowOnFailedCheck"/> false, drift is returned, not thrown.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="reference">Reference data (CSV, Parquet or JSON lines).</param>
    /// <param name="current">Current data, same columns.</param>
    /// <param name="settings">The settings (<see cref="TollgateSettings.ConfigFile"/> supplies the drift settings).</param>
    /// <returns>Per-column tests and the dataset verdict.</returns>
    /// <example><code>
    /// Task("Drift").Does(() =>
    /// {
    ///     var drift = TollgateDrift("data/train.csv", "data/recent.csv", new TollgateSettings { ThrowOnFailedCheck = false });
    ///     foreach (var column in drift.Columns.Where(c => c.Drifted)) Warning($"{column.Column} drifted");
    /// });
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Statistics")]
    public static TollgateDriftResult TollgateDrift(this ICakeContext context, FilePath reference, FilePath current, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(settings);
        var drift = Runner(context).Run<TollgateDriftResult>(["drift"], settings, args => args
            .Append("--reference").AppendQuoted(reference.MakeAbsolute(context.Environment).FullPath)
            .Append("--current").AppendQuoted(current.MakeAbsolute(context.Environment).FullPath));
        context.Log.Information("Drift: {0} of {1} columns drifted ({2}){3}", drift.DriftedColumns, drift.TestedColumns,
            string.Join(", ", drift.Columns.Where(c => c.Drifted).Select(c => c.Column)), drift.DatasetDrift ? "; the dataset drifted" : "");
        return drift;
    }

    /// <summary>Compares a candidate's predictions with a baseline's on the same rows (<c>tollgate parity</c>); no parity fails the task.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="baseline">Baseline predictions (columns <c>label</c> and <c>prediction</c>).</param>
    /// <param name="candidate">Candidate predictions over the same rows.</param>
    /// <returns>The verdict, its reason and the statistics.</returns>
    /// <example><code>
    /// Task("Parity").Does(() => Information(TollgateParity("out/baseline.csv", "out/candidate.csv").Reason));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Statistics")]
    public static TollgateParityResult TollgateParity(this ICakeContext context, FilePath baseline, FilePath candidate) =>
        context.TollgateParity(baseline, candidate, new TollgateSettings());

    /// <summary>Compares a candidate's predictions with a baseline's on the same rows (<c>tollgate parity</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="baseline">Baseline predictions (columns <c>label</c> and <c>prediction</c>).</param>
    /// <param name="candidate">Candidate predictions over the same rows.</param>
    /// <param name="settings">The settings (tollgate.yml is not read).</param>
    /// <returns>The verdict, its reason and the statistics.</returns>
    /// <example><code>
    /// Task("Parity").Does(() => TollgateParity("out/baseline.csv", "out/candidate.csv", new TollgateSettings { ThrowOnFailedCheck = false }));
    /// </code></example>
    [CakeMethodAlias]
    [CakeAliasCategory("Statistics")]
    public static TollgateParityResult TollgateParity(this ICakeContext context, FilePath baseline, FilePath candidate, TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(settings);
        var parity = Runner(context).Run<TollgateParityResult>(["parity"], settings, args => args
            .Append("--baseline").AppendQuoted(baseline.MakeAbsolute(context.Environment).FullPath)
            .Append("--candidate").AppendQuoted(candidate.MakeAbsolute(context.Environment).FullPath), readsConfig: false);
        context.Log.Information("Parity: {0} ({1})", parity.Passed ? "passed" : "failed", parity.Reason);
        return parity;
    }
}
