using ProcurementKit.Catalog;
using ProcurementKit.Diagnostics;

namespace ProcurementKit.Workflow;

/// <summary>The language a host was asked to write documents in: the option if given and valid, else the fallback.</summary>
public static class DocumentLanguage
{
    /// <returns>The problem when <paramref name="code"/> names no document language, else null.</returns>
    public static Diagnostic? Resolve(string? code, Language fallback, out Language language)
    {
        language = fallback;
        return code is null || Languages.TryParse(code, out language) ? null : HostDiagnostics.UnknownLanguage(code);
    }
}
