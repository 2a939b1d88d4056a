using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown.Blocks;

/// <summary>Link reference definitions ("[x]: https://...") only feed links; they print nothing.</summary>
internal sealed class LinkReferenceDefinitionGroupRenderer : WordObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(WordMarkdownRenderer renderer, LinkReferenceDefinitionGroup obj)
    {
    }
}
