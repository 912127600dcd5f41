using System.Text;
using Tollgate.Core.Util;

namespace Tollgate.Cli;

/// <summary>
/// Wraps stdout/stderr so every line the CLI prints passes through <see cref="SecretMasker"/>: one mechanism,
/// whatever command or library produced the text. Lines are buffered so a secret split across writes is still masked.
/// </summary>
internal sealed class MaskingTextWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder pending = new();

    public override Encoding Encoding => inner.Encoding;

    public TextWriter Inner => inner;

    public override void Write(char value)
    {
        lock (pending)
        {
            pending.Append(value);
            if (value == '\n')
            {
                FlushPending();
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (pending)
        {
            pending.Append(value);
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                FlushPending();
            }
        }
    }

    public override void WriteLine(string? value) => Write((value ?? "") + NewLine);

    public override void Flush()
    {
        lock (pending)
        {
            FlushPending();
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void FlushPending()
    {
        if (pending.Length == 0)
        {
            return;
        }

        inner.Write(SecretMasker.Mask(pending.ToString()));
        pending.Clear();
    }
}
