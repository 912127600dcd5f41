using System.Text.Json;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Trust;

/// <summary>The line hashes of a verified ledger: attestations record the head, verification looks it up again.</summary>
internal static class LedgerHashes
{
    /// <summary>Verifies the whole chain first (an edited line fails here with TOLLGATE0201), then lists every line's hash.</summary>
    public static IReadOnlyList<string> Read(LedgerFile ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ledger.Verify();
        if (!File.Exists(ledger.Path))
        {
            return [];
        }

        return File.ReadLines(ledger.Path)
            .Where(l => l.Length > 0)
            .Select(l =>
            {
                using var line = JsonDocument.Parse(l);
                return line.RootElement.GetProperty("hash").GetString()!;
            })
            .ToList();
    }

    /// <summary>The head as commands read the ledger: from the checkpoint plus the verified lines after it (see README's ledger row).</summary>
    public static string? Head(LedgerFile ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.ReadHead();
    }
}
