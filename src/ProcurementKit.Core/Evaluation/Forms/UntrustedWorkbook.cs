using ProcurementKit.Diagnostics;
using System.Runtime.CompilerServices;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Selection;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// A workbook that came from outside, opened only after <see cref="PackageInspector"/> passed it and its
/// hidden record proved it is our workbook of the expected kind for this tender and selection.
/// </summary>
public sealed class UntrustedWorkbook : IDisposable
{
    // Every form of a run is checked against the same selection; its hash is computed once per selection.
    private static readonly ConditionalWeakTable<TenderSelection, string> s_selectionHashes = [];

    private readonly WorkbookPackage _package;
    private IReadOnlyList<string>? _sharedStrings;

    private UntrustedWorkbook(WorkbookPackage package, string file)
    {
        _package = package;
        File = file;
    }

    public string File { get; }

    /// <summary>The language the workbook was issued in; its sheet names and labels follow it.</summary>
    public Language Language { get; private set; }

    public static (UntrustedWorkbook? Workbook, IReadOnlyList<Diagnostic> Problems) Open(
        Stream stream, string file, string kind, TenderSelection selection, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        var bytes = ReadCapped(stream, limits.MaxFileBytes);
        if (bytes is null)
        {
            return (null, [FormProblems.TooLarge(file, stream.CanSeek ? stream.Length : limits.MaxFileBytes + 1, limits.MaxFileBytes)]);
        }

        var problems = PackageInspector.Inspect(bytes, file, limits);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        WorkbookPackage package;
        try
        {
            package = WorkbookPackage.Open(bytes, limits.MaxEntryBytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, [FormProblems.NotXlsx(file, FirstLine(e.Message))]);
        }

        var workbook = new UntrustedWorkbook(package, file);
        try
        {
            var (language, recordProblem) = workbook.CheckRecord(kind, selection);
            if (recordProblem is not null)
            {
                workbook.Dispose();
                return (null, [recordProblem]);
            }

            workbook.Language = language;
            return (workbook, []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A part that is not well-formed XML only fails when it is first read.
            workbook.Dispose();
            return (null, [FormProblems.NotXlsx(file, FirstLine(e.Message))]);
        }
    }

    /// <summary>A sheet by name, or null when the workbook has none of that name; its cells are read in one pass.</summary>
    public CellReader? Sheet(string name)
    {
        if (_package.Sheet(name) is not { } part)
        {
            return null;
        }

        var strings = _sharedStrings ??= ReadSharedStrings();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return new CellReader(name, SheetCellsReader.Read(stream, part.Uri.ToString(), _package.MaxCharacters), strings);
    }

    public void Dispose() => _package.Dispose();

    private List<string> ReadSharedStrings()
    {
        if (_package.SharedStrings() is not { } part)
        {
            return [];
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return SharedStringsReader.Read(stream, part.Uri.ToString(), _package.MaxCharacters);
    }

    private (Language Language, Diagnostic? Problem) CheckRecord(string kind, TenderSelection selection)
    {
        var record = Sheet(RecordSheet.Name);
        if (record is null)
        {
            return (Language.German, FormProblems.NotOurForm(File, kind, null));
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 1; row <= 20; row++)
        {
            var key = record.Read(1, row);
            if (key.Kind == CellKind.Text)
            {
                entries.TryAdd(key.Text, record.Read(2, row).Text);
            }
        }

        var found = entries.GetValueOrDefault(RecordSheet.Kind);
        if (found != kind)
        {
            return (Language.German, FormProblems.NotOurForm(File, kind, found));
        }

        var reference = entries.GetValueOrDefault(RecordSheet.TenderReference) ?? string.Empty;
        if (reference != selection.Tender.Reference)
        {
            return (Language.German, FormProblems.WrongTender(File, reference, selection.Tender.Reference));
        }

        var hash = entries.GetValueOrDefault(RecordSheet.SelectionHash) ?? string.Empty;
        var expected = s_selectionHashes.GetValue(selection, s => s.Hash());
        if (hash != expected)
        {
            return (Language.German, FormProblems.WrongSelection(File, hash, expected));
        }

        return Languages.TryParse(entries.GetValueOrDefault(RecordSheet.LanguageKey), out var language)
            ? (language, null)
            : (Language.German, FormProblems.NotOurForm(File, kind, null));
    }

    private static byte[]? ReadCapped(Stream stream, long limit)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
