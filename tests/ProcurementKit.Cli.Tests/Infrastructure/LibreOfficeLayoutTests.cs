using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Infrastructure;

/// <summary>The layout pass's failures: each a clear message, never a hanging LibreOffice.</summary>
public sealed class LibreOfficeLayoutTests
{
    [Fact]
    public void Should_report_PK0511_When_the_python_for_LibreOffice_is_missing()
    {
        var layout = new LibreOfficeLayout("/usr/bin/soffice", "/nonexistent/python3", timeoutSeconds: 10);

        var failure = Should.Throw<CliFailureException>(() => layout.LayOut([1, 2, 3], "annex.docx"));

        failure.Message.ShouldContain("/nonexistent/python3: error PK0511: --pdf needs LibreOffice's Python bridge");
    }

    [Fact]
    public void Should_report_PK0513_with_the_reason_When_the_layout_pass_fails()
    {
        var layout = new LibreOfficeLayout("/usr/bin/soffice", "/bin/false", timeoutSeconds: 10);

        var failure = Should.Throw<CliFailureException>(() => layout.LayOut([1, 2, 3], "annex.docx"));

        failure.Message.ShouldContain("annex.docx: error PK0513: LibreOffice could not make the PDF: exit code 1");
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Should_stop_LibreOffice_and_report_PK0512_When_it_takes_longer_than_allowed()
    {
        LibreOffice.SkipUnlessLayoutAvailable();
        Skip.If(OperatingSystem.IsWindows(), "the stand-in for soffice is a shell script");
        var folder = Repo.TempDir();
        var marker = Path.Combine(folder, "started");
        var soffice = Path.Combine(folder, "soffice");

        // A LibreOffice that never answers: it records its process id and sleeps.
        File.WriteAllText(soffice, $"#!/bin/sh\necho $$ > '{marker}'\nexec sleep 120\n");
        File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var layout = new LibreOfficeLayout(soffice, "/usr/bin/python3", timeoutSeconds: 3);

        var failure = Should.Throw<CliFailureException>(() => layout.LayOut([1, 2, 3], "annex.docx"));

        failure.Message.ShouldContain("annex.docx: error PK0512: LibreOffice did not finish laying out the document within 3 s and was stopped");
        var pid = int.Parse(File.ReadAllText(marker).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Ended(pid).ShouldBeTrue("the sleeping stand-in for soffice was ended with the pass");
    }

    /// <summary>Gone, or a zombie waiting for whoever adopted it to collect its exit status.</summary>
    private static bool Ended(int pid)
    {
        for (var i = 0; i < 50; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(") ")[^1].StartsWith('Z'))
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }
}
