namespace Cake.Tollgate.Environments;

/// <summary>The local ledger's hash-chain check (<c>tollgate ledger verify --json</c>).</summary>
/// <param name="Ledger">The ledger file.</param>
/// <param name="Valid">True when every record's hash and the chain are intact.</param>
/// <param name="Records">Records checked.</param>
public sealed record TollgateLedgerResult(string Ledger, bool Valid, int Records);
