using System.Diagnostics;

namespace ProcurementKit.Tests.Support;

/// <summary>The text of each page of a PDF (pdftoppm's sibling pdftotext); null when poppler is not installed.</summary>
internal static class PdfText
{
    private static readonly Lazy<string?> s_path = new(() =>
        new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists));

    public static IReadOnlyList<string>? Pages(string pdf)
    {
        if (s_path.Value is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(s_path.Value) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-layout", pdf, "-" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // pdftotext ends every page with a form feed.
        return [.. text.Split('\f').SkipLast(1)];
    }
}
