using System.Text;

namespace Tollgate.Core.Config;

/// <summary>Reads a configuration file as strict UTF-8 within a size limit, so a Latin-1 or binary file is named, not mis-read.</summary>
internal static class ConfigText
{
    /// <summary>Configuration files are small; anything larger is not one.</summary>
    public const int MaxBytes = 1 << 20;

    public static string Read(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            throw new TollgateException(ErrorCodes.InputTooLarge, $"{path} is {info.Length:N0} bytes; configuration files may be at most {MaxBytes:N0}.", "Point at the right file; tollgate.yml and training specs are a few KB.") { File = path };
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? FirstInvalid(bytes) : 0;
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            var column = offset - (bytes.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1) + 1;
            throw new TollgateException(ErrorCodes.ConfigNotUtf8, $"{path}({line},{column}): byte 0x{bytes[offset]:X2} is not valid UTF-8.", "Save the file as UTF-8.")
            { File = path, Line = line, Column = column };
        }
    }

    private static int FirstInvalid(byte[] bytes)
    {
        var decoder = new UTF8Encoding(false, true);
        for (var i = 0; i < bytes.Length; i++)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC0 ? 2 : 0;
            try
            {
                if (length == 0 || i + length > bytes.Length)
                {
                    return i;
                }

                decoder.GetString(bytes, i, length);
                i += length - 1;
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return 0;
    }
}
