using System.Xml;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Reads one <c>.rels</c> part as XML to find a relationship that points outside the package. Read as XML,
/// not searched as text, because quoting, whitespace around <c>=</c> and namespace prefixes do not change
/// what Excel follows.
/// </summary>
internal static class RelationshipsPart
{
    // The package (OPC) namespace is the same in transitional and strict Open XML.
    private const string Package = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// True when a relationship other than a cell hyperlink points outside the package.
    /// Throws <see cref="XmlException"/> when the part is not well-formed.
    /// </summary>
    public static bool HasExternal(Stream part, long maxCharacters)
    {
        using var reader = UntrustedXml.Open(part, maxCharacters);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == Package
                && IsExternal(reader, out var type) && !UntrustedXml.IsRelationshipType(type, "hyperlink"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExternal(XmlReader reader, out string type)
    {
        type = string.Empty;
        var external = false;
        while (reader.MoveToNextAttribute())
        {
            // Any TargetMode counts, prefixed or not: refusing a strange but harmless part costs less than missing a link.
            if (reader.LocalName == "TargetMode" && reader.Value.Trim().Equals("External", StringComparison.OrdinalIgnoreCase))
            {
                external = true;
            }
            else if (reader.LocalName == "Type" && reader.NamespaceURI.Length == 0)
            {
                type = reader.Value;
            }
        }

        reader.MoveToElement();
        return external;
    }
}
