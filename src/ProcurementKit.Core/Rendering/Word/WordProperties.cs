using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Core, extended and custom document properties. Written as parts with fixed relationship ids and the
/// document's own date, so no clock and no random part name enters the package.
/// </summary>
internal static class WordProperties
{
    private const string CustomFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Write(WordprocessingDocument package, WordDocumentOptions options)
    {
        var core = package.CoreFilePropertiesPart ?? package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
        {
            stream.Write(CoreXml(options));
        }

        var extended = package.ExtendedFilePropertiesPart ?? package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp");
        extended.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(new Application("ProcurementKit"));

        var custom = package.CustomFilePropertiesPart ?? package.AddNewPart<CustomFilePropertiesPart>("rIdCustom");
        var properties = new DocumentFormat.OpenXml.CustomProperties.Properties();
        var id = 2;
        foreach (var (name, value) in options.CustomProperties)
        {
            properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = CustomFormatId, PropertyId = id++, Name = name });
        }

        custom.Properties = properties;
    }

    private static byte[] CoreXml(WordDocumentOptions options)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string terms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, terms);
            xml.WriteAttributeString("xmlns", "xsi", null, xsi);
            xml.WriteElementString("dc", "title", dc, options.Title);
            xml.WriteElementString("dc", "subject", dc, options.Subject);
            xml.WriteElementString("dc", "creator", dc, options.Creator);
            xml.WriteElementString("cp", "keywords", cp, string.Join("; ", options.Keywords));
            xml.WriteElementString("dc", "language", dc, WordStyles.LanguageTag(options.Language));
            xml.WriteElementString("cp", "lastModifiedBy", cp, options.Creator);
            if (options.Date is { Length: > 0 } date)
            {
                foreach (var name in new[] { "created", "modified" })
                {
                    xml.WriteStartElement("dcterms", name, terms);
                    xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                    xml.WriteString($"{date}T00:00:00Z");
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
