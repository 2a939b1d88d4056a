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

        // The header and footer references of a section are one repeated choice, which AddChild would collapse to one.
        var references = element is SectionProperties ? children.OfType<HeaderFooterReferenceType>().ToList<OpenXmlElement>() : [];
        element.RemoveAllChildren();
        var placed = new List<OpenXmlElement>();
        var trailing = new List<OpenXmlElement>();
        foreach (var child in children.Except(references))
        {
            if (child is OpenXmlUnknownElement or OpenXmlMiscNode or AlternateContent)
            {
                trailing.Add(child);
            }
            else if (element.AddChild(child, throwOnError: false))
            {
                placed.Add(child);
            }
            else if (!placed.Any(p => p.GetType() == child.GetType()))
            {
                // Not a duplicate (which Word ignores too): the schema has a shape this cannot sort; keep the order as it was.
                Restore(element, children);
                return;
            }
        }

        if (element.ChildElements.Count != placed.Count)
        {
            // AddChild replaced an element of a repeated choice: keep the order as it was.
            Restore(element, children);
            return;
        }

        for (var i = references.Count - 1; i >= 0; i--)
        {
            element.PrependChild(references[i]);
        }

        element.Append(trailing);
    }

    private static void Restore(OpenXmlCompositeElement element, List<OpenXmlElement> children)
    {
        element.RemoveAllChildren();
        element.Append(children);
    }
}
