using System.IO.Packaging;
using System.Xml;
using static ProcurementKit.Evaluation.Forms.UntrustedXml;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// The parts of a returned workbook, found the way the Open XML SDK finds them (package relationship to the
/// workbook, workbook relationships to sheets and shared strings), but opened read-only straight from the
/// bytes in memory: nothing is copied to a temporary file and no element tree is built.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    private const string ContentTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private static readonly string[] s_workbookContentTypes = [ContentTypes + "sheet.main+xml", ContentTypes + "template.main+xml"];

    private readonly Package _package;
    private readonly List<(string Name, string? Id)> _sheets;
    private readonly Dictionary<string, PackageRelationship> _relationships;

    private WorkbookPackage(Package package, PackagePart? workbook, long maxCharacters)
    {
        _package = package;
        MaxCharacters = maxCharacters;
        _relationships = workbook?.GetRelationships().ToDictionary(r => r.Id, StringComparer.Ordinal) ?? [];
        foreach (var relationship in _relationships.Values.Where(r => r.TargetMode == TargetMode.Internal))
        {
            Resolve(relationship); // a workbook pointing to parts that are not there is damaged, as the SDK said
        }

        _sheets = workbook is null ? [] : ReadSheetList(workbook, maxCharacters);
    }

    /// <summary>The most characters any part may hold before reading stops.</summary>
    public long MaxCharacters { get; }

    /// <summary>
    /// Opens the package; throws when it is damaged (the caller reports the message). A package without a
    /// workbook opens with no sheets, so it is refused as not being our form.
    /// </summary>
    public static WorkbookPackage Open(byte[] bytes, long maxCharacters)
    {
        var package = Package.Open(new MemoryStream(bytes, writable: false), FileMode.Open, FileAccess.Read);
        try
        {
            var main = package.GetRelationships().FirstOrDefault(r => IsRelationshipType(r.RelationshipType, "officeDocument"));
            var workbook = main is null ? null : Resolve(package, main);
            if (workbook is not null && !s_workbookContentTypes.Contains(workbook.ContentType, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"the main part {workbook.Uri} is of type {workbook.ContentType}, not a workbook");
            }

            return new WorkbookPackage(package, workbook, maxCharacters);
        }
        catch
        {
            package.Close();
            throw;
        }
    }

    /// <summary>The worksheet part of the first sheet with that name, or null when there is none.</summary>
    public PackagePart? Sheet(string name)
    {
        var id = _sheets.FirstOrDefault(s => s.Name == name).Id;
        return id is not null && _relationships.TryGetValue(id, out var relationship) && IsRelationshipType(relationship.RelationshipType, "worksheet")
            ? Expect(Resolve(relationship), "worksheet+xml")
            : null;
    }

    /// <summary>The shared-string table, or null when the workbook has none.</summary>
    public PackagePart? SharedStrings() =>
        _relationships.Values.FirstOrDefault(r => IsRelationshipType(r.RelationshipType, "sharedStrings")) is { } relationship
            ? Expect(Resolve(relationship), "sharedStrings+xml")
            : null;

    public void Dispose() => _package.Close();

    private PackagePart Resolve(PackageRelationship relationship) => Resolve(_package, relationship);

    private static PackagePart Resolve(Package package, PackageRelationship relationship)
    {
        if (relationship.TargetMode != TargetMode.Internal)
        {
            throw new InvalidDataException($"the relationship {relationship.Id} points outside the package");
        }

        var uri = PackUriHelper.ResolvePartUri(relationship.SourceUri, relationship.TargetUri);
        return package.PartExists(uri) ? package.GetPart(uri) : throw new InvalidDataException($"the part {uri} is missing");
    }

    private static PackagePart Expect(PackagePart part, string contentType) =>
        part.ContentType == ContentTypes + contentType
            ? part
            : throw new InvalidDataException($"the part {part.Uri} is of type {part.ContentType}, expected {ContentTypes + contentType}");

    private static List<(string Name, string? Id)> ReadSheetList(PackagePart workbook, long maxCharacters)
    {
        using var reader = UntrustedXml.Open(workbook.GetStream(FileMode.Open, FileAccess.Read), maxCharacters);
        ExpectRoot(reader, "workbook", workbook.Uri.ToString());
        List<(string, string?)>? sheets = null;
        while (reader.Read())
        {
            // The first <sheets> is the list, as the SDK's Workbook.Sheets had it; the rest is read to the end
            // so that a part which is not well-formed is refused.
            if (sheets is null && reader.Depth == 1 && IsElement(reader, "sheets"))
            {
                sheets = ReadSheets(reader);
            }
        }

        return sheets ?? [];
    }

    private static List<(string, string?)> ReadSheets(XmlReader reader)
    {
        var sheets = new List<(string, string?)>();
        if (reader.IsEmptyElement)
        {
            return sheets;
        }

        reader.Read();
        while (reader.Depth > 1)
        {
            if (reader.Depth == 2 && IsElement(reader, "sheet") && reader.GetAttribute("name") is { } name)
            {
                sheets.Add((name, RelationshipId(reader)));
            }

            reader.Read();
        }

        return sheets;
    }
}
