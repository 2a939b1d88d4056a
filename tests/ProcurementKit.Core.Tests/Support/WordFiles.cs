using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Rendering.Word;

namespace ProcurementKit.Tests.Support;

/// <summary>Saves, reopens and validates Word documents in tests, and reads back what a reader sees.</summary>
internal static class WordFiles
{
    public static byte[] Save(WordDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>Every Office 2019 schema and semantic error, one line each (empty when the file is valid).</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] bytes)
    {
        using var document = Open(bytes);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Id} at {e.Path?.XPath} in {e.Part?.Uri}: {e.Description}")];
    }

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    /// <summary>The text of every paragraph in the body, including those in tables, in reading order.</summary>
    public static IReadOnlyList<string> ParagraphTexts(WordprocessingDocument document) =>
        [.. Body(document).Descendants<Paragraph>().Select(p => p.InnerText)];

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>Headings (paragraphs whose style is Heading1-3) with their level and text, in order.</summary>
    public static IReadOnlyList<(int Level, string Text)> Headings(WordprocessingDocument document) =>
        [.. Body(document).Elements<Paragraph>()
            .Select(p => (Style: StyleOf(p) ?? string.Empty, p.InnerText))
            .Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (int.Parse(p.Style["Heading".Length..], System.Globalization.CultureInfo.InvariantCulture), p.InnerText))];

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    public static void ShouldBeValid(this byte[] bytes) => ValidationErrors(bytes).ShouldBeEmpty();
}
