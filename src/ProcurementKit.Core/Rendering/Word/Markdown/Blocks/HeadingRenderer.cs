using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>
/// A Markdown heading becomes a Word heading (shifted and numbered as the options say), so it shows in
/// the navigation pane and the table of contents. Below Heading 3, and inside tables, lists and quotes,
/// it is a bold paragraph.
/// </summary>
internal sealed class HeadingRenderer : WordObjectRenderer<HeadingBlock>
{
    protected override void Write(WordMarkdownRenderer renderer, HeadingBlock obj)
    {
        var options = renderer.Options;
        var level = obj.Level + options.HeadingShift;
        if (level > 3 || renderer.InTableCell || renderer.ListDepth > 0 || renderer.QuoteDepth > 0)
        {
            renderer.OpenParagraph();
            renderer.PushFormat(bold: true, italic: false);
            renderer.WriteInlines(obj);
            renderer.PopFormat(bold: true, italic: false);
            renderer.CloseParagraph();
            return;
        }

        renderer.AppendBlock(renderer.Document.CreateHeading(level, PlainText(obj.Inline), outline: options.Outline));
    }

    /// <summary>The visible text of a heading's inlines (emphasis and code lose their format in a heading).</summary>
    internal static string PlainText(ContainerInline? inline) => inline is null
        ? string.Empty
        : string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            HtmlInline html => html.Tag,
            AutolinkInline auto => auto.Url,
            LineBreakInline => " ",
            _ => string.Empty,
        }));
}
