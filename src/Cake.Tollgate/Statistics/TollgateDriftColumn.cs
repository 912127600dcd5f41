namespace Cake.Tollgate.Statistics;

/// <summary>One column's drift test.</summary>
/// <param name="Column">Column name.</param>
/// <param name="Kind">numeric, categorical, boolean, timestamp or text.</param>
/// <param name="Status">drift, no-drift, insufficient-data or skipped.</param>
/// <param name="Drifted">Whether it counts as drifted.</param>
/// <param name="Test">ks or chi2.</param>
/// <param name="Statistic">The test statistic.</param>
/// <param name="PValue">Raw p-value.</param>
/// <param name="AdjustedPValue">p-value after the multiple-testing correction.</param>
/// <param name="EffectMetric">psi or jensen-shannon.</param>
/// <param name="EffectSize">The effect size.</param>
/// <param name="EffectThreshold">The effect size above which it counts.</param>
public sealed record TollgateDriftColumn(
    string Column, string Kind, string Status, bool Drifted, string? Test, double? Statistic, double? PValue, double? AdjustedPValue,
    string? EffectMetric, double? EffectSize, double? EffectThreshold);
