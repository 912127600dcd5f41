namespace Tollgate.Core.Environments;

/// <summary>The identity of one model version: promotion moves this, by digest.</summary>
/// <param name="Name">The model's name (<c>model.name</c>).</param>
/// <param name="Version">Its SemVer version.</param>
/// <param name="Digest">Its content digest, <c>sha256:…</c>.</param>
public sealed record ModelRef(string Name, string Version, string Digest)
{
    /// <summary><c>NAME@VERSION (DIGEST)</c>.</summary>
    public override string ToString() => $"{Name}@{Version} ({Digest})";
}
