using System.Security.Cryptography;
using System.Text;

namespace ProcurementKit.Oscal;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same uuid, so documents are
/// byte-identical for the same input and a control keeps its uuid across exports.
/// </summary>
public static class Uuid5
{
    /// <summary>The RFC's URL namespace.</summary>
    private static readonly Guid s_url = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>ProcurementKit's own namespace: the v5 uuid of its OSCAL namespace URI.</summary>
    public static readonly Guid ProcurementKit = Create(s_url, OscalNames.Namespace);

    /// <summary>The uuid for a name within ProcurementKit's namespace, e.g. "control:upd-01".</summary>
    public static string For(string name) => Create(ProcurementKit, name).ToString();

    public static Guid Create(Guid space, string name)
    {
        Span<byte> input = stackalloc byte[16];
        space.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = Encoding.UTF8.GetBytes(name);
        var data = new byte[16 + bytes.Length];
        input.CopyTo(data);
        bytes.CopyTo(data, 16);

#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; it names, it does not protect.
        var hash = SHA1.HashData(data);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
