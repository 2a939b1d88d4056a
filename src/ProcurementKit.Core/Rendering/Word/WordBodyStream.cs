using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Body blocks written out as they are appended, so a large document never holds its whole element tree:
/// each block is serialised to XML at once and kept deflated (about a tenth of its size) until save, where
/// <see cref="WordBodySplice"/> puts them into document.xml in place of <see cref="Placeholder"/>. A
/// 5,000-requirement annex has 26 MB of body XML and an element tree of several hundred megabytes.
/// </summary>
internal sealed class WordBodyStream : IDisposable
{
    private const string MarkerName = "procurementkit-body-blocks";
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
        Placeholder = new BlocksElement();
    }

    /// <summary>How <see cref="Placeholder"/> appears in the saved document.xml (UTF-8).</summary>
    public static ReadOnlySpan<byte> Marker => "<?procurementkit-body-blocks?>"u8;

    /// <summary>The element to put into the body where the written blocks belong.</summary>
    public OpenXmlElement Placeholder { get; }

    /// <summary>Serialises a block; later changes to it are not seen.</summary>
    public void Write(OpenXmlElement block) => Write(block.WriteTo);

    /// <summary>Writes one or more complete blocks straight into the body's XML, without an element tree (<see cref="WordTextTable"/>).</summary>
    public void Write(Action<XmlWriter> write)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        write(_writer);
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

    /// <summary>Writes the blocks, in order, as UTF-8 XML; nothing can be written after.</summary>
    public void CopyTo(Stream output)
    {
        if (!_closed)
        {
            _closed = true;
            _deflate.Dispose();
        }

        using var inflate = new DeflateStream(new MemoryStream(_compressed.GetBuffer(), 0, (int)_compressed.Length, writable: false), CompressionMode.Decompress);
        inflate.CopyTo(output);
    }

    /// <summary>Stands in the body for the written blocks: saved as the <see cref="Marker"/> that <see cref="WordBodySplice"/> replaces.</summary>
    private sealed class BlocksElement() : OpenXmlUnknownElement("pk", "blocks", "urn:procurementkit:blocks")
    {
        public override void WriteTo(XmlWriter xmlWriter) => xmlWriter.WriteProcessingInstruction(MarkerName, string.Empty);

        public override OpenXmlElement CloneNode(bool deep) =>
            throw new NotSupportedException("the written body blocks cannot be copied");
    }
}
