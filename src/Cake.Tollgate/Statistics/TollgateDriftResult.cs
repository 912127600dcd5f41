namespace Cake.Tollgate.Statistics;

/// <summary>Per-column and dataset drift of current data against a reference (<c>tollgate drift --json</c>).</summary>
/// <param name="Reference">Reference file.</param>
/// <param name="Current">Current file.</param>
/// <param name="TestedColumns">Columns tested.</param>
/// <param name="DriftedColumns">Columns flagged as drifted.</param>
/// <param name="DriftShare">Drifted / tested.</param>
/// <param name="DriftShareThreshold">Share at or above which the dataset has drifted.</param>
/// <param name="DatasetDrift">The verdict.</param>
/// <param name="Columns">One entry per column, in file order.</param>
public sealed record TollgateDriftResult(
    string Reference, string Current, int TestedColumns, int DriftedColumns, double DriftShare, double DriftShareThreshold, bool DatasetDrift,
    IReadOnlyList<TollgateDriftColumn> Columns);
