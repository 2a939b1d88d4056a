using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Tracked changes (w:ins / w:del) that Word's and LibreOffice's accept/reject work on: runs, paragraph marks
/// and table rows, all with one author and one date, and ids unique within the document. The date comes from
/// the inputs (e.g. a catalog release), never the clock; without one the attribute is left out, as the format allows.
/// </summary>
public sealed class WordRevisions
{
    // Revision ids share the annotation id space with bookmarks and comments; starting high keeps them apart.
    private int _nextId = 100_000;

    public WordRevisions(string author, string? isoDate)
    {
        Author = author;
        Date = isoDate is null
            ? null
            : DateTime.SpecifyKind(DateTime.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    public string Author { get; }

    public DateTime? Date { get; }

    /// <summary>Text inserted by the revision; tabs become tab characters.</summary>
    public InsertedRun Inserted(string text, RunProperties? properties = null) =>
        Stamp(new InsertedRun(Run(text, properties, deleted: false)));

    /// <summary>Text deleted by the revision, kept as w:delText so rejecting brings it back.</summary>
    public DeletedRun Deleted(string text, RunProperties? properties = null) =>
        Stamp(new DeletedRun(Run(text, properties, deleted: true)));

    /// <summary>Marks the paragraph's end as inserted: rejecting joins it with the next paragraph (or removes it when empty).</summary>
    public Paragraph MarkInserted(Paragraph paragraph) => MarkParagraph(paragraph, Stamp(new Inserted()));

    /// <summary>Marks the paragraph's end as deleted: accepting joins it with the next paragraph (or removes it when empty).</summary>
    public Paragraph MarkDeleted(Paragraph paragraph) => MarkParagraph(paragraph, Stamp(new Deleted()));

    /// <summary>Marks a whole table row as inserted.</summary>
    public TableRow MarkInserted(TableRow row) => MarkRow(row, Stamp(new Inserted()));

    /// <summary>Marks a whole table row as deleted.</summary>
    public TableRow MarkDeleted(TableRow row) => MarkRow(row, Stamp(new Deleted()));

    /// <summary>A plain run in the same shape as the tracked ones, for the text both versions share.</summary>
    public static Run Kept(string text, RunProperties? properties = null) => Run(text, properties, deleted: false);

    private static Paragraph MarkParagraph(Paragraph paragraph, OpenXmlElement mark)
    {
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
        paragraph.ParagraphProperties.ParagraphMarkRunProperties.PrependChild(mark);
        return paragraph;
    }

    private static TableRow MarkRow(TableRow row, OpenXmlElement mark)
    {
        row.TableRowProperties ??= new TableRowProperties();
        row.TableRowProperties.Append(mark);
        return row;
    }

    private static Run Run(string text, RunProperties? properties, bool deleted)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.RunProperties = (RunProperties)properties.CloneNode(true);
        }

        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.AppendChild(new TabChar());
            }

            if (parts[i].Length > 0)
            {
                run.AppendChild<OpenXmlElement>(deleted
                    ? new DeletedText(parts[i]) { Space = SpaceProcessingModeValues.Preserve }
                    : new DocumentFormat.OpenXml.Wordprocessing.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    private T Stamp<T>(T element)
        where T : OpenXmlElement
    {
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
        switch (element)
        {
            case InsertedRun r:
                (r.Id, r.Author, r.Date) = (id, Author, Date);
                break;
            case DeletedRun r:
                (r.Id, r.Author, r.Date) = (id, Author, Date);
                break;
            case Inserted r:
                (r.Id, r.Author, r.Date) = (id, Author, Date);
                break;
            case Deleted r:
                (r.Id, r.Author, r.Date) = (id, Author, Date);
                break;
        }

        return element;
    }
}
