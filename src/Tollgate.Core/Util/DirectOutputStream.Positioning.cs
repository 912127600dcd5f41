namespace Tollgate.Core.Util;

/// <content>Position and length: the output is written front to back; a seek may go back (to patch) but never past the end.</content>
internal sealed partial class DirectOutputStream
{
    public override bool CanRead => false;
    public override bool CanSeek => buffered?.CanSeek ?? true;
    public override bool CanWrite => !completed;
    public override long Length => buffered?.Length ?? length;

    public override long Position
    {
        get => buffered?.Position ?? position;
        set
        {
            if (buffered is not null)
            {
                buffered.Position = value;
                return;
            }

            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, length); // sequential output: no holes
            position = value;
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => Length + offset,
        };
        return Position;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
