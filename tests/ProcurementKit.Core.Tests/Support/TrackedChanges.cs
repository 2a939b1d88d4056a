using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ProcurementKit.Tests.Support;

/// <summary>
/// Accepts or rejects every tracked change of a document body the way Word does, so tests can compare the
/// result with the clause texts: accept drops w:del and unwraps w:ins; reject drops w:ins and turns w:delText
/// back into w:t. A paragraph whose mark was inserted (rejecting) or deleted (accepting) joins the next one;
/// such rows of tables disappear.
/// </summary>
internal static class TrackedChanges
{
    public static Body Accept(Body body) => Apply((Body)body.CloneNode(true), accept: true);

    public static Body Reject(Body body) => Apply((Body)body.CloneNode(true), accept: false);

    /// <summary>The text a reader sees in a paragraph: w:t, w:tab as a tab; deleted text is not visible text.</summary>
    public static string Text(OpenXmlElement paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        WText t => t.Text,
        TabChar => "\t",
        _ => string.Empty,
    }));

    private static Body Apply(Body body, bool accept)
    {
        foreach (var run in body.Descendants<InsertedRun>().ToList())
        {
            if (accept)
            {
                Unwrap(run);
            }
            else
            {
                run.Remove();
            }
        }

        foreach (var run in body.Descendants<DeletedRun>().ToList())
        {
            if (accept)
            {
                run.Remove();
                continue;
            }

            foreach (var deleted in run.Descendants<DeletedText>().ToList())
            {
                deleted.Parent!.ReplaceChild(new WText(deleted.Text) { Space = SpaceProcessingModeValues.Preserve }, deleted);
            }

            Unwrap(run);
        }

        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            var marks = row.TableRowProperties?.ChildElements.Where(e => e is Inserted or Deleted).ToList() ?? [];
            if (marks.Any(m => accept ? m is Deleted : m is Inserted))
            {
                row.Remove();
            }

            marks.ForEach(m => m.Remove());
        }

        foreach (var table in body.Descendants<Table>().Where(t => !t.Elements<TableRow>().Any()).ToList())
        {
            table.Remove();
        }

        JoinParagraphs(body, accept);
        return body;
    }

    private static void JoinParagraphs(Body body, bool accept)
    {
        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            var marks = paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.ChildElements
                .Where(e => e is Inserted or Deleted).ToList() ?? [];
            var joins = marks.Any(m => accept ? m is Deleted : m is Inserted);
            marks.ForEach(m => m.Remove());
            if (!joins)
            {
                continue;
            }

            var content = paragraph.ChildElements.Where(e => e is not ParagraphProperties).ToList();
            if (paragraph.NextSibling() is Paragraph next)
            {
                var anchor = next.ParagraphProperties as OpenXmlElement;
                foreach (var element in content)
                {
                    element.Remove();
                    anchor = anchor is null ? next.PrependChild(element) : next.InsertAfter(element, anchor);
                }

                paragraph.Remove();
            }
            else if (Text(paragraph).Length == 0)
            {
                paragraph.Remove();
            }
        }
    }

    private static void Unwrap(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements.ToList())
        {
            child.Remove();
            element.InsertBeforeSelf(child);
        }

        element.Remove();
    }
}
