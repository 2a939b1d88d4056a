namespace ProcurementKit.Rendering.Word.Templates;

/// <summary>The report of <c>procurementkit template check</c> as lines of text.</summary>
public static class TemplateReportText
{
    public static IReadOnlyList<string> Lines(TemplateReport report)
    {
        var lines = new List<string>
        {
            $"{report.File}: {Kind(report.Kind)}",
            $"page: {report.Page}",
            string.Empty,
            "styles from the template (annex style <- template style):",
        };
        lines.AddRange(report.Styles.Where(s => s.FromTemplate).Select(s => $"  {s.Name} <- {s.TemplateName} (id {s.TemplateId})"));
        lines.Add("built-in styles standing in (the template has none of that name):");
        lines.Add($"  {string.Join(", ", report.Styles.Where(s => !s.FromTemplate).Select(s => s.Name))}");
        lines.Add(string.Empty);
        lines.Add($"header: {Frames(report.Headers, "the built-in one (authority, reference, title)")}");
        lines.Add($"footer: {Frames(report.Footers, "the built-in one (catalog version, page X of Y)")}");
        lines.Add(string.Empty);
        lines.Add($"annex marker: {Marker(report.Marker)}");
        lines.Add($"first pages (before the annex): {Blocks(report.Before, report.Marker)}");
        lines.AddRange(report.Before.Select(b => $"  {b}"));
        lines.Add($"after the annex: {Blocks(report.After, report.Marker)}");
        lines.AddRange(report.After.Select(b => $"  {b}"));
        lines.Add(string.Empty);
        lines.Add(report.Problems.Count == 0 ? "problems: none" : $"problems: {report.Problems.Count}");
        lines.AddRange(report.Problems.Select(p => $"  {p}"));
        return lines;
    }

    private static string Kind(WordTemplateKind kind) => kind switch
    {
        WordTemplateKind.Document => "Word document (.docx)",
        WordTemplateKind.Template => "Word template (.dotx)",
        WordTemplateKind.MacroEnabledDocument => "macro-enabled Word document (.docm); annex.docx is written without its macros",
        _ => "macro-enabled Word template (.dotm); annex.docx is written without its macros",
    };

    private static string Frames(IReadOnlyList<TemplateFrame> frames, string builtIn) =>
        frames.Count == 0
            ? builtIn
            : string.Join("; ", frames.Select(f => $"the template's for {f.Pages}: \"{f.Text}\"{(f.Images > 0 ? $" with {f.Images} image(s)" : string.Empty)}"));

    private static string Marker(AnnexMarkerKind kind) => kind switch
    {
        AnnexMarkerKind.Placeholder => "a paragraph holding {{annex}}",
        AnnexMarkerKind.ContentControl => $"the content control '{AnnexMarker.Name}'",
        AnnexMarkerKind.Bookmark => $"the bookmark '{AnnexMarker.Name}'",
        _ => "none: the template's body is not used, only its styles, page, header and footer",
    };

    private static string Blocks(IReadOnlyList<string> blocks, AnnexMarkerKind marker) =>
        marker == AnnexMarkerKind.None ? "none (no marker)" : blocks.Count == 0 ? "nothing" : $"{blocks.Count} block(s), kept as they are";
}
