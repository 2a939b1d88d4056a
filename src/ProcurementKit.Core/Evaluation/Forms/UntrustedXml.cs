using System.Text;
using System.Xml;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Forward-only XML reading of the parts of a returned workbook. The settings are those for untrusted
/// XML: no DTD (so no entity expansion), no resolver, and a cap on the characters a part may hold.
/// </summary>
internal static class UntrustedXml
{
    // Excel can also save "Strict Open XML"; the same elements then live in the purl.oclc.org namespaces.
    private const string Spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictSpreadsheet = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public static XmlReader Open(Stream part, long maxCharacters) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>Moves to the root element and checks it is the expected SpreadsheetML element.</summary>
    public static void ExpectRoot(XmlReader reader, string localName, string part)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || !IsElement(reader, localName))
        {
            throw new InvalidDataException($"{part} is no SpreadsheetML {localName} part (its root element is <{reader.Name}>)");
        }
    }

    /// <summary>True when the reader stands on the start of a SpreadsheetML element of that name.</summary>
    public static bool IsElement(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI is Spreadsheet or StrictSpreadsheet;

    /// <summary>The r:id attribute that ties an element to a relationship of its part.</summary>
    public static string? RelationshipId(XmlReader reader) =>
        reader.GetAttribute("id", Relationships) ?? reader.GetAttribute("id", StrictRelationships);

    /// <summary>True for the relationship type of that name, transitional or strict (e.g. "worksheet").</summary>
    public static bool IsRelationshipType(string type, string name) =>
        type == $"{Relationships}/{name}" || type == $"{StrictRelationships}/{name}";

    /// <summary>
    /// The text of a leaf element such as &lt;t&gt;, &lt;v&gt; or &lt;f&gt;; the reader ends after its end tag.
    /// Child elements a leaf should not have are skipped.
    /// </summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? more = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (single is null)
                {
                    single = reader.Value;
                }
                else
                {
                    (more ??= new StringBuilder(single)).Append(reader.Value);
                }
            }

            reader.Read();
        }

        reader.Read(); // the end tag
        return more?.ToString() ?? single ?? string.Empty;
    }
}
