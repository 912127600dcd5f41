using System.Globalization;
using System.Text;

namespace Tollgate.Core.Trust;

/// <summary>
/// DSSE v1 (secure-systems-lab/dsse protocol.md): signatures are over the pre-authentication encoding
/// <c>"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body</c>, never over the raw payload, so a payload cannot be
/// reinterpreted as another type.
/// </summary>
internal static class Dsse
{
    /// <summary>The payload type of an in-toto Statement.</summary>
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    public static byte[] Pae(string payloadType, byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payloadType);
        ArgumentNullException.ThrowIfNull(payload);
        var type = Encoding.UTF8.GetBytes(payloadType);
        var header = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} {payloadType} {payload.Length} "));
        return [.. header, .. payload];
    }
}
