using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>
/// Puts the children of property elements (styles, settings, paragraph/run/table/section properties, numbering
/// levels) into the order the schema prescribes. Word reads them in any order; the schema, and so the validator and
/// some other readers, do not. A known child the schema does not allow there (a second <c>w:pStyle</c>) is dropped;
/// unknown and extension elements keep their place at the end.
/// </summary>
internal static class SchemaOrder
{
    public static void Normalize(OpenXmlElement root)
    {
        foreach (var element in root.Descendants<OpenXmlCompositeElement>().Prepend(root).OfType<OpenXmlCompositeElement>().Where(IsOrdered).ToList())
        {
            Reorder(element);
        }
    }

    private static bool IsOrdered(OpenXmlCompositeElement element) =>
        element is Settings or Styles or Style or DocDefaults or Numbering or AbstractNum or Level or SectionProperties or Compatibility
            or TableStyleProperties or PageBorders or ParagraphBorders or TableBorders or TableCellBorders or TableCellMarginDefault or TableCellMargin
        || (element.GetType().Name.EndsWith("Properties", StringComparison.Ordinal) && element is not TableRowProperties)
        || element.GetType().Name.EndsWith("BaseStyle", StringComparison.Ordinal);

    private static void Reorder(OpenXmlCompositeElement element)
    {
        var children = element.ChildElements.ToList();
        if (children.Count < 2)
        {
            return;
        }

        element.RemoveAllChildren();
        var kept = new List<OpenXmlElement>();
        foreach (var child in children)
        {
            if (child is OpenXmlUnknownElement or OpenXmlMiscNode or AlternateContent)
            {
                kept.Add(child);
            }
            else if (!element.AddChild(child, throwOnError: false))
            {
                // A duplicate or misplaced known element: Word ignores it too.
                continue;
            }
        }

        foreach (var child in kept)
        {
            element.AppendChild(child);
        }
    }
}
