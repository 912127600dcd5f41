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

// `gen PATH ROWS SHIFT [SEED]`: 20 columns of N(0,1) (every fourth shifted by SHIFT), for drift-scaling.sh.
if (args.Length > 0 && args[0] == "gen")
{
    var seed = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 7;
    BenchData.WriteCsv(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), 20, double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), seed);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StatisticsBenchmarks).Assembly).Run(args);
return 0;
