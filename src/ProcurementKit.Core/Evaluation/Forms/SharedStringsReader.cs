using System.Text;
using System.Xml;
using static ProcurementKit.Evaluation.Forms.UntrustedXml;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Reads the shared-string table (sst/si) as plain strings in one forward pass: an item's own &lt;t&gt; when it
/// has one, otherwise its rich-text runs (&lt;r&gt;&lt;t&gt;) joined; phonetic hints (&lt;rPh&gt;) are not part of the text.
/// </summary>
internal static class SharedStringsReader
{
    public static List<string> Read(Stream part, string partName, long maxCharacters)
    {
        using var reader = Open(part, maxCharacters);
        ExpectRoot(reader, "sst", partName);
        var strings = new List<string>();
        while (reader.Read())
        {
            if (reader.Depth == 1 && IsElement(reader, "si"))
            {
                strings.Add(ReadItem(reader));
            }
        }

        return strings;
    }

    private static string ReadItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        string? text = null;
        StringBuilder? runs = null; // most items are plain text
        reader.Read();
        while (reader.Depth > 1)
        {
            if (reader.Depth == 2 && IsElement(reader, "t"))
            {
                var own = ReadText(reader);
                text ??= own;
            }
            else if (reader.Depth == 2 && IsElement(reader, "r"))
            {
                (runs ??= new StringBuilder()).Append(ReadRunText(reader));
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        // The reader stands on </si>; the caller's Read moves past it.
        return text ?? runs?.ToString() ?? string.Empty;
    }

    /// <summary>The first &lt;t&gt; of a run; the reader ends after the run.</summary>
    private static string? ReadRunText(XmlReader reader)
    {
        string? text = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return text;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.Depth == depth + 1 && IsElement(reader, "t"))
            {
                var own = ReadText(reader);
                text ??= own;
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return text;
    }
}
