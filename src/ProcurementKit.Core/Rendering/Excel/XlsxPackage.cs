using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using ProcurementKit.Rendering.Packaging;

namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// Writes the parts of a workbook straight into a zip, in a fixed order with fixed timestamps: content
/// types, relationships, workbook, styles, then each worksheet as it streams out of
/// <see cref="WorksheetWriter"/>. Our workbooks always have this one shape, so the package needs none of
/// the Open XML SDK's packaging, which buffers every part in memory, uncompressed, and twice
/// (an evaluation of 100 bidders: 18 MB of sheet XML; docs/performance.md).
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string SpreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>UTF-8 without a byte-order mark; output closes with the entry.</summary>
    internal static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly ZipArchive _zip;

    public XlsxPackage(Stream output, int sheets)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Write("[Content_Types].xml", ContentTypes(sheets));
        Write("_rels/.rels", Relations([("rId1", "officeDocument", "xl/workbook.xml")]));
        Write("xl/_rels/workbook.xml.rels", Relations(
            [("rIdStyles", "styles", "styles.xml"), .. Enumerable.Range(1, sheets).Select(i => (SheetId(i), "worksheet", $"worksheets/sheet{Invariant(i)}.xml"))]));
    }

    /// <summary>The relationship id of the <paramref name="number"/>th sheet (from 1), for the workbook's sheet list.</summary>
    public static string SheetId(int number) => "rIdSheet" + Invariant(number);

    /// <summary>Writes a part that is one SDK element (workbook, stylesheet).</summary>
    public void Part(string path, OpenXmlElement root)
    {
        using var xml = XmlWriter.Create(Entry(path), XmlSettings);
        xml.WriteStartDocument();
        root.WriteTo(xml);
    }

    /// <summary>The stream of worksheet <paramref name="number"/> (from 1); dispose it before the next part.</summary>
    public Stream Sheet(int number) => Entry($"xl/worksheets/sheet{Invariant(number)}.xml");

    public void Dispose() => _zip.Dispose();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ContentTypes(int sheets)
    {
        var types = new StringBuilder("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""")
            .Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""")
            .Append("""<Default Extension="xml" ContentType="application/xml"/>""")
            .Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/workbook.xml" ContentType="{SpreadsheetType}sheet.main+xml"/>""")
            .Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/styles.xml" ContentType="{SpreadsheetType}styles+xml"/>""");
        for (var i = 1; i <= sheets; i++)
        {
            types.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{Invariant(i)}.xml" ContentType="{SpreadsheetType}worksheet+xml"/>""");
        }

        return types.Append("</Types>").ToString();
    }

    private static string Relations(IEnumerable<(string Id, string Type, string Target)> relations)
    {
        var xml = new StringBuilder($"""<Relationships xmlns="{Relationships}">""");
        foreach (var (id, type, target) in relations)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="{id}" Type="{OfficeRelationship}{type}" Target="{target}"/>""");
        }

        return xml.Append("</Relationships>").ToString();
    }

    private void Write(string path, string xml)
    {
        using var entry = Entry(path);
        entry.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + xml));
    }

    private Stream Entry(string path)
    {
        var entry = _zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = DeterministicZip.FixedTime;
        return entry.Open();
    }
}
