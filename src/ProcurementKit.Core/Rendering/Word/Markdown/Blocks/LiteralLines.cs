using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>The source lines of a leaf block (code, raw HTML), joined with line feeds.</summary>
internal static class LiteralLines
{
    public static string Of(LeafBlock block) =>
        string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString()));
}
