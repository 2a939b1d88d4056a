using System.Globalization;
using System.Text;
using System.Xml;
using ProcurementKit.Rendering.Excel;
using static ProcurementKit.Evaluation.Forms.UntrustedXml;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>
/// Reads the cells of a worksheet part (worksheet/sheetData/row/c) in one forward pass, keyed by their upper-case
/// A1 reference; the first cell of a reference wins. A cell without a reference takes the position the format
/// implies (the column after the previous cell of its row), as Excel shows it.
/// </summary>
internal static class SheetCellsReader
{
    public static Dictionary<string, StoredCell> Read(Stream part, string partName, long maxCharacters)
    {
        using var reader = Open(part, maxCharacters);
        ExpectRoot(reader, "worksheet", partName);
        var cells = new Dictionary<string, StoredCell>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.Depth == 1 && IsElement(reader, "sheetData") && !reader.IsEmptyElement)
            {
                ReadRows(reader, cells);
            }
        }

        return cells;
    }

    private static void ReadRows(XmlReader reader, Dictionary<string, StoredCell> cells)
    {
        var row = 0;
        var column = 0;
        var inRow = false;
        reader.Read();
        while (reader.Depth > 1)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2)
            {
                inRow = IsElement(reader, "row");
                if (inRow)
                {
                    row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                    column = 0;
                }
            }
            else if (inRow && reader.Depth == 3 && IsElement(reader, "c"))
            {
                var reference = reader.GetAttribute("r")?.ToUpperInvariant() ?? CellRef.Of(column + 1, row);
                column = CellRef.TryParse(reference, out var explicitColumn, out _) ? explicitColumn : column + 1;
                cells.TryAdd(reference, ReadCell(reader));
                continue; // ReadCell stands on the node after the cell
            }

            reader.Read();
        }
    }

    // The first <v>, <f> and <is> of a cell count, as they did for the SDK's Cell.CellValue and friends.
    private static StoredCell ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        string? value = null;
        string? formula = null;
        string? inline = null;
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        reader.Read();
        while (!empty && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (IsElement(reader, "v"))
            {
                var text = ReadText(reader); // always read, so the reader moves on
                value ??= text;
            }
            else if (IsElement(reader, "f"))
            {
                var text = ReadText(reader);
                formula ??= text;
            }
            else if (IsElement(reader, "is"))
            {
                var text = ReadInlineText(reader);
                inline ??= text;
            }
            else
            {
                reader.Skip();
            }
        }

        if (!empty)
        {
            reader.Read(); // the cell's end tag
        }

        return new StoredCell(type, value ?? string.Empty, formula, inline);
    }

    // An inline string's text is every <t> in it, runs and (as the SDK's InnerText had it) phonetic runs alike.
    private static string ReadInlineText(XmlReader reader)
    {
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        string? single = null;
        StringBuilder? more = null;
        reader.Read();
        while (!empty && reader.Depth > depth)
        {
            if (!IsElement(reader, "t"))
            {
                reader.Read();
            }
            else if (single is null)
            {
                single = ReadText(reader);
            }
            else
            {
                (more ??= new StringBuilder(single)).Append(ReadText(reader));
            }
        }

        if (!empty)
        {
            reader.Read();
        }

        return more?.ToString() ?? single ?? string.Empty;
    }
}
