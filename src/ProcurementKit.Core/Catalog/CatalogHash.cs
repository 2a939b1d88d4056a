using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ProcurementKit.Catalog;

/// <summary>
/// The content hash annexes and forms cite: SHA-256 over every file's relative path and text (line endings
/// normalised), in path order, each followed by a NUL byte. Files are added one at a time, so the loader can
/// hash and parse a file with one read.
/// </summary>
internal sealed class CatalogHash : IDisposable
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds the next file; files must come in ordinal path order.</summary>
    public void Add(string relativePath, string content)
    {
        AppendWithNul(relativePath);
        AppendWithNul(content.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public string Finish() => Convert.ToHexStringLower(_sha.GetHashAndReset());

    public void Dispose() => _sha.Dispose();

    /// <summary>Hashes UTF-8(text + "\0") without building that string: a large catalog would copy every file twice.</summary>
    private void AppendWithNul(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var length = Encoding.UTF8.GetBytes(text, buffer);
        buffer[length] = 0;
        _sha.AppendData(buffer, 0, length + 1);
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
