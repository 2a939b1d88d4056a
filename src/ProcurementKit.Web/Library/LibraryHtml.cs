using Markdig;
using Microsoft.AspNetCore.Html;
using ProcurementKit.Review;

namespace ProcurementKit.Web.Library;

/// <summary>HTML the catalog browser builds from catalog text: every character is encoded, only Markdown's own structure becomes markup.</summary>
public static class LibraryHtml
{
    // Raw HTML in a clause file stays text: a catalog can come from an uploaded archive or an untrusted branch.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IHtmlContent Markdown(string text) => new HtmlString(Markdig.Markdown.ToHtml(text, s_pipeline));

    /// <summary>A word diff as text with &lt;ins&gt; and &lt;del&gt;, without whitespace of its own (the cell keeps the text's line breaks).</summary>
    public static IHtmlContent Words(IEnumerable<DiffSegment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            switch (segment.Operation)
            {
                case DiffOperation.Insert:
                    html.AppendHtml("<ins>").Append(segment.Text).AppendHtml("</ins>");
                    break;
                case DiffOperation.Delete:
                    html.AppendHtml("<del>").Append(segment.Text).AppendHtml("</del>");
                    break;
                default:
                    html.Append(segment.Text);
                    break;
            }
        }

        return html;
    }

    /// <summary>A clause file's path inside the catalog, never the server's folder.</summary>
    public static string CatalogPath(string file, string root) =>
        file.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal) ? file[(root.TrimEnd('/').Length + 1)..] : file;
}
