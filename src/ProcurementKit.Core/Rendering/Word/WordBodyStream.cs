using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Body blocks written out as they are appended, so a large document never holds its whole element tree:
/// each block is serialised to XML at once and kept deflated (about a tenth of its size) until save, where
/// <see cref="Placeholder"/>, standing in the body, writes them into document.xml in place. A 5,000-requirement
/// annex has 26 MB of body XML and an element tree of several hundred megabytes.
/// </summary>
internal sealed class WordBodyStream : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly MemoryStream _compressed = new();
    private readonly DeflateStream _deflate;
    private readonly MemoryStream _block = new();
    private readonly XmlWriter _writer;
    private bool _closed;

    /// <param name="root">The document's root element: its namespace declarations are the ones in scope in the body.</param>
    public WordBodyStream(OpenXmlPartRootElement root)
    {
        _deflate = new DeflateStream(_compressed, CompressionLevel.Fastest, leaveOpen: true);
        // The same writer settings as the Open XML SDK's, so a block comes out byte for byte as it would in the tree.
        _writer = XmlWriter.Create(_block, new XmlWriterSettings { Encoding = s_utf8, OmitXmlDeclaration = true, CloseOutput = false });

        // Blocks are written inside a copy of the root's start tag: the writer then knows the prefixes the real
        // root declares and does not repeat them on every block. The copy itself is dropped.
        _writer.WriteStartElement(root.Prefix, root.LocalName, root.NamespaceUri);
        foreach (var (prefix, uri) in root.NamespaceDeclarations)
        {
            _writer.WriteAttributeString("xmlns", prefix, "http://www.w3.org/2000/xmlns/", uri);
        }

        _writer.WriteString(string.Empty);
        _writer.Flush();
        _block.SetLength(0);
        Placeholder = new BlocksElement(this);
    }

    /// <summary>The element to put into the body where the written blocks belong.</summary>
    public OpenXmlElement Placeholder { get; }

    /// <summary>Serialises a block; later changes to it are not seen.</summary>
    public void Write(OpenXmlElement block)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        block.WriteTo(_writer);
        _writer.Flush();
        _block.WriteTo(_deflate);
        _block.SetLength(0);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _deflate.Dispose();
        _compressed.Dispose();
        _block.Dispose();
    }

    /// <summary>Writes the blocks, in order, as raw XML into the document being saved.</summary>
    private void CopyTo(XmlWriter target)
    {
        if (!_closed)
        {
            _closed = true;
            _deflate.Dispose();
        }

        using var inflate = new DeflateStream(new MemoryStream(_compressed.GetBuffer(), 0, (int)_compressed.Length, writable: false), CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, s_utf8);
        var buffer = new char[16 * 1024];
        var kept = 0;
        int read;
        while ((read = reader.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var length = kept + read;
            // A surrogate pair must reach the writer whole: hold back a high surrogate that ends the chunk.
            kept = char.IsHighSurrogate(buffer[length - 1]) ? 1 : 0;
            target.WriteRaw(buffer, 0, length - kept);
            if (kept == 1)
            {
                buffer[0] = buffer[length - 1];
            }
        }
    }

    /// <summary>Stands in the body for the written blocks; the SDK calls <see cref="WriteTo"/> when it saves the part.</summary>
    private sealed class BlocksElement(WordBodyStream blocks) : OpenXmlUnknownElement("pk", "blocks", "urn:procurementkit:blocks")
    {
        public override void WriteTo(XmlWriter xmlWriter) => blocks.CopyTo(xmlWriter);

        public override OpenXmlElement CloneNode(bool deep) =>
            throw new NotSupportedException("the written body blocks cannot be copied");
    }
}
