namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Parsed arguments of <c>tollgate stat</c>.</summary>
internal sealed record StatRequest(string Test, string? A, string? B, IReadOnlyList<string> Samples, string? Column, IReadOnlyList<string> Params, string? Labels = null);
