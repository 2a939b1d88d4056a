using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ProcurementKit.Diagnostics;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>
/// The layout engine behind <c>--pdf</c>: headless LibreOffice, an optional dependency. A small Python-UNO
/// script (Resources/layout.py) opens the .docx, reads the page of every bookmark after layout and exports
/// the PDF. Each run gets its own LibreOffice profile folder, so parallel runs never collide, and a time
/// limit after which the whole process tree is ended.
/// </summary>
public sealed class LibreOfficeLayout
{
    /// <summary>Names soffice when it is not on PATH (an option wins over it).</summary>
    public const string SofficeVariable = "PROCUREMENTKIT_SOFFICE";

    /// <summary>Names a Python that has LibreOffice's bridge (python3-uno), when the one found has none.</summary>
    public const string PythonVariable = "PROCUREMENTKIT_PYTHON";

    /// <summary>Seconds one layout pass may take (default 300).</summary>
    public const string TimeoutVariable = "PROCUREMENTKIT_SOFFICE_TIMEOUT";

    private const int DefaultTimeoutSeconds = 300;

    private readonly string _soffice;
    private readonly string _python;
    private readonly int _timeoutSeconds;

    internal LibreOfficeLayout(string soffice, string python, int timeoutSeconds)
    {
        _soffice = soffice;
        _python = python;
        _timeoutSeconds = timeoutSeconds;
    }

    /// <summary>Finds soffice (the option, else PROCUREMENTKIT_SOFFICE, else PATH) and a Python to drive it; a known failure naming the fix when there is none.</summary>
    public static LibreOfficeLayout Find(string? sofficeOption)
    {
        var named = sofficeOption ?? Environment.GetEnvironmentVariable(SofficeVariable);
        var soffice = string.IsNullOrEmpty(named)
            ? OnPath("soffice") ?? OnPath("libreoffice")
            : File.Exists(named) ? Path.GetFullPath(named) : null;
        if (soffice is null)
        {
            throw new CliFailureException(HostDiagnostics.LibreOfficeMissing(string.IsNullOrEmpty(named) ? "--pdf" : named));
        }

        var timeout = int.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : DefaultTimeoutSeconds;
        return new LibreOfficeLayout(soffice, FindPython(soffice), timeout);
    }

    /// <summary>Lays out <paramref name="docx"/>: its PDF and the page of every bookmark. <paramref name="label"/> names it in messages.</summary>
    public MeasuredLayout LayOut(byte[] docx, string label)
    {
        var work = Directory.CreateTempSubdirectory("procurementkit-layout-");
        try
        {
            var script = Path.Combine(work.FullName, "layout.py");
            var source = Path.Combine(work.FullName, "document.docx");
            var pdf = Path.Combine(work.FullName, "document.pdf");
            var pages = Path.Combine(work.FullName, "pages.tsv");
            WriteScript(script);
            File.WriteAllBytes(source, docx);
            var (exitCode, error) = Run(label, script, _soffice, Path.Combine(work.FullName, "profile"), source, pdf, pages);
            return exitCode switch
            {
                0 when File.Exists(pdf) && File.Exists(pages) => new MeasuredLayout(File.ReadAllBytes(pdf), ReadPages(pages)),
                3 => throw new CliFailureException(HostDiagnostics.LibreOfficePythonMissing(_python)),
                4 => throw new CliFailureException(HostDiagnostics.LibreOfficeFailed(label, $"{_soffice} did not start or did not answer")),
                5 => throw new CliFailureException(HostDiagnostics.LibreOfficeFailed(label, "it could not open the document")),
                _ => throw new CliFailureException(HostDiagnostics.LibreOfficeFailed(label, LastLine(error) ?? $"exit code {exitCode}")),
            };
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A LibreOffice that is still closing may hold its profile for a moment; the temp folder is the system's to clean.
            }
        }
    }

    private (int ExitCode, string Error) Run(string label, params string[] arguments)
    {
        var start = new ProcessStartInfo(_python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new CliFailureException(HostDiagnostics.LibreOfficePythonMissing(_python));
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(_timeoutSeconds)))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new CliFailureException(HostDiagnostics.LibreOfficeTimedOut(label, _timeoutSeconds));
            }

            process.WaitForExit();
            _ = output.Result;
            return (process.ExitCode, error.Result);
        }
    }

    private static Dictionary<string, int> ReadPages(string path)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var tab = line.LastIndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                pages[line[..tab]] = page;
            }
        }

        return pages;
    }

    private static void WriteScript(string path)
    {
        using var resource = typeof(LibreOfficeLayout).Assembly.GetManifestResourceStream("ProcurementKit.Cli.layout.py")
            ?? throw new InvalidOperationException("layout.py is not embedded");
        using var file = File.Create(path);
        resource.CopyTo(file);
    }

    /// <summary>
    /// PROCUREMENTKIT_PYTHON, else the Python LibreOffice ships (Windows, macOS), else the system's Python 3, which
    /// Debian's python3-uno extends (a python3 earlier on PATH, e.g. pyenv's, usually lacks the bridge).
    /// </summary>
    private static string FindPython(string soffice)
    {
        if (Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } named)
        {
            return named;
        }

        var program = Path.GetDirectoryName(ResolveLink(soffice)) ?? string.Empty;
        string[] candidates = [Path.Combine(program, "python"), Path.Combine(program, "python.exe"), "/usr/bin/python3"];
        return candidates.FirstOrDefault(File.Exists) ?? OnPath("python3") ?? "python3";
    }

    private static string ResolveLink(string path)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? path;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => OperatingSystem.IsWindows() ? [Path.Combine(dir, name + ".exe"), Path.Combine(dir, name + ".com")] : new[] { Path.Combine(dir, name) })
            .FirstOrDefault(File.Exists);

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
