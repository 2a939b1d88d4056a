using ProcurementKit.Diagnostics;

namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>One of the annex's styles and the template's style that stands for it, or null when the built-in one is used.</summary>
/// <param name="Name">Our style's name, e.g. "heading 1".</param>
public sealed record TemplateStyleUse(string Name, string Id, string? TemplateId, string? TemplateName)
{
    public bool FromTemplate => TemplateId is not null;
}

/// <summary>A header or footer of the template's last section: which pages it is for, its text, how many images it shows.</summary>
public sealed record TemplateFrame(string Pages, string Text, int Images);

/// <summary>
/// What of a Word template the annex will use, told before composing (<c>procurementkit template check</c>):
/// styles, header and footer, page, the annex marker and what stands before and after it, and every problem.
/// </summary>
public sealed record TemplateReport(
    string File,
    WordTemplateKind Kind,
    string Page,
    IReadOnlyList<TemplateStyleUse> Styles,
    IReadOnlyList<TemplateFrame> Headers,
    IReadOnlyList<TemplateFrame> Footers,
    AnnexMarkerKind Marker,
    IReadOnlyList<string> Before,
    IReadOnlyList<string> After,
    IReadOnlyList<Diagnostic> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
