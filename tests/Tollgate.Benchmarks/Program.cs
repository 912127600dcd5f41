using BenchmarkDotNet.Running;
using Tollgate.Benchmarks;

// `dotnet run -c Release -- drift-e2e [folder]` runs the end-to-end CSV drift bench; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "drift-e2e")
{
    return DriftEndToEnd.Run(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "tollgate-bench"));
}

// `dotnet run -c Release -- ledger [folder]` times promote/status through the CLI with 7 and 50,000 ledger events.
if (args.Length > 0 && args[0] == "ledger")
{
    return LedgerBench.Run(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "tollgate-ledger-bench"));
}

if (args.Length > 0 && args[0] == "gen")
{
    BenchData.WriteCsv(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), 20, double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), 7);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StatisticsBenchmarks).Assembly).Run(args);
return 0;
