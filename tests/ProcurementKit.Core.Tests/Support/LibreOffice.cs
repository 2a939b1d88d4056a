using System.Diagnostics;

namespace ProcurementKit.Tests.Support;

/// <summary>
/// Headless LibreOffice for document checks. Tests that need it are <c>[SkippableFact]</c>s that report as
/// skipped when soffice is absent (never as passed); CI installs it (see .ci/run), so there they always run.
/// </summary>
internal static class LibreOffice
{
    /// <summary>Set to 1 to run as if soffice were missing, e.g. to check that the tests needing it are reported as skipped.</summary>
    public const string DisableVariable = "PROCUREMENTKIT_NO_LIBREOFFICE";

    private static readonly Lazy<string?> s_path = new(() =>
        Environment.GetEnvironmentVariable(DisableVariable) == "1"
            ? null
            : new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists));

    // One conversion at a time: parallel soffice instances on one profile fight over it.
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    // The layout pass of --pdf drives LibreOffice through its Python bridge (python3-uno).
    private static readonly Lazy<bool> s_pythonUno = new(() =>
    {
        if (!File.Exists("/usr/bin/python3"))
        {
            return false;
        }

        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", "import uno"]) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    });

    public static bool IsAvailable => s_path.Value is not null;

    /// <summary>The path of soffice; only call when <see cref="IsAvailable"/>.</summary>
    public static string Path => s_path.Value ?? throw new InvalidOperationException("soffice is not installed");

    /// <summary>Ends the running <c>[SkippableFact]</c> as skipped unless soffice and python3-uno (the --pdf layout pass) are installed.</summary>
    public static void SkipUnlessLayoutAvailable()
    {
        SkipUnlessAvailable();
        Skip.IfNot(s_pythonUno.Value, "LibreOffice's Python bridge (python3-uno) is not installed");
    }

    /// <summary>Ends the running <c>[SkippableFact]</c> as skipped when soffice is not installed.</summary>
    public static void SkipUnlessAvailable() =>
        Skip.IfNot(IsAvailable, "LibreOffice (soffice) is not installed");

    /// <summary>
    /// Our workbooks store each formula's result beside it; a test that types inputs into the XML must make LibreOffice
    /// compute the formulas again rather than trust those stored results (Calc's "recalculation on file load": always).
    /// </summary>
    private static void AlwaysRecalculate(string profile)
    {
        var user = Directory.CreateDirectory(System.IO.Path.Combine(profile, "user")).FullName;
        File.WriteAllText(System.IO.Path.Combine(user, "registrymodifications.xcu"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """);
    }

    /// <summary>Converts a file (e.g. to "pdf" or "xlsx") into a fresh folder and returns the new file's path.</summary>
    public static string Convert(string input, string format, TimeSpan? timeout = null)
    {
        var outDir = Directory.CreateTempSubdirectory("pk-soffice-").FullName;
        var profile = Directory.CreateTempSubdirectory("pk-soffice-profile-").FullName;
        AlwaysRecalculate(profile);
        s_gate.Wait();
        try
        {
            var start = new ProcessStartInfo(s_path.Value ?? throw new InvalidOperationException("soffice is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {input}");
            }

            var extension = format.Split(':')[0];
            var output = System.IO.Path.Combine(outDir, System.IO.Path.GetFileNameWithoutExtension(input) + "." + extension);
            if (!File.Exists(output))
            {
                throw new InvalidOperationException($"soffice wrote no {extension}: {stdout.Result} {stderr.Result}");
            }

            return output;
        }
        finally
        {
            s_gate.Release();
        }
    }
}
