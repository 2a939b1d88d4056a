using Markdig.Renderers;
using Markdig.Syntax;

namespace ProcurementKit.Rendering.Word.Markdown;

/// <summary>Base of the renderers that turn one Markdown node type into Word content.</summary>
internal abstract class WordObjectRenderer<TObject> : MarkdownObjectRenderer<WordMarkdownRenderer, TObject>
    where TObject : MarkdownObject
{
}
