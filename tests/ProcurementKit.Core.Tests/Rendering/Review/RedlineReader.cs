using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Review;

/// <summary>Reads a redline's clause sections the way a reviewer finds them: by the clause heading, then the section heading.</summary>
internal static class RedlineReader
{
    /// <summary>The paragraphs under "Anforderungstext (Deutsch|Englisch)" of a clause, joined by line breaks; null when absent.</summary>
    public static string? Text(Body body, string clauseId, string section)
    {
        var blocks = Clause(body, clauseId);
        var start = blocks.FindIndex(b => b is Paragraph p && Level(p) == 3 && TrackedChanges.Text(p) == section);
        if (start < 0)
        {
            return null;
        }

        var lines = blocks.Skip(start + 1).TakeWhile(b => b is Paragraph p && Level(p) == 0).Select(TrackedChanges.Text);
        return string.Join('\n', lines);
    }

    /// <summary>The value next to <paramref name="label"/> in the clause's table; null when the row is absent.</summary>
    public static string? Value(Body body, string clauseId, string label) =>
        Clause(body, clauseId).OfType<Table>().SelectMany(t => t.Elements<TableRow>())
            .Select(r => r.Elements<TableCell>().Select(c => string.Join('\n', c.Elements<Paragraph>().Select(TrackedChanges.Text))).ToList())
            .FirstOrDefault(cells => cells[0] == label)?[1];

    /// <summary>The blocks from a clause's heading up to the next clause or topic heading.</summary>
    public static List<DocumentFormat.OpenXml.OpenXmlElement> Clause(Body body, string clauseId)
    {
        var all = body.ChildElements.ToList();
        var start = all.FindIndex(b => b is Paragraph p && Level(p) == 2 && TrackedChanges.Text(p).StartsWith(clauseId + " ", StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, $"no heading for {clauseId}");
        return [.. all.Skip(start + 1).TakeWhile(b => b is not Paragraph p || Level(p) is 0 or 3)];
    }

    /// <summary>The topic (Heading 1) a clause is listed under.</summary>
    public static string TopicOf(Body body, string clauseId)
    {
        var all = body.ChildElements.ToList();
        var start = all.FindIndex(b => b is Paragraph p && Level(p) == 2 && TrackedChanges.Text(p).StartsWith(clauseId + " ", StringComparison.Ordinal));
        return TrackedChanges.Text(all.Take(start).OfType<Paragraph>().Last(p => Level(p) == 1));
    }

    public static int Level(Paragraph paragraph) =>
        WordFiles.StyleOf(paragraph) is { } style && style.StartsWith("Heading", StringComparison.Ordinal) ? style[^1] - '0' : 0;
}
