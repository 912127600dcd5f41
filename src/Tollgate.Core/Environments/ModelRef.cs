namespace Tollgate.Core.Environments;

/// <summary>The identity of one model version: promotion moves this, by digest.</summary>
public sealed record ModelRef(string Name, string Version, string Digest)
{
    public override string ToString() => $"{Name}@{Version} ({Digest})";
}
