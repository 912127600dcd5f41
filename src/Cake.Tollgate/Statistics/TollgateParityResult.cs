namespace Cake.Tollgate.Statistics;

/// <summary>Whether a candidate's predictions are at parity with a baseline's on the same rows (<c>tollgate parity --json</c>).</summary>
/// <param name="Baseline">Baseline predictions file.</param>
/// <param name="Candidate">Candidate predictions file.</param>
/// <param name="Task">binary, multiclass or regression.</param>
/// <param name="Rows">Rows compared.</param>
/// <param name="Passed">The verdict.</param>
/// <param name="Reason">Why it passed or failed.</param>
/// <param name="Metrics">Named results, e.g. agreement, mcnemar_exact_pvalue, tost_pvalue.</param>
public sealed record TollgateParityResult(string Baseline, string Candidate, string Task, int Rows, bool Passed, string Reason, IReadOnlyDictionary<string, double?> Metrics);
