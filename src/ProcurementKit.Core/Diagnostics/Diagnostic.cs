namespace ProcurementKit.Diagnostics;

/// <summary>How bad a diagnostic is: errors stop a command, warnings are reported.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// Where a problem is: a file, and inside it a line and column (1-based; 0 means unknown), a JSON key path
/// such as <c>lots:0:categories:1</c>, or a worksheet cell such as <c>Angebot!B7</c>.
/// </summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>The JSON key path in a tender file, or null.</summary>
    public string? Key { get; init; }

    /// <summary>The cell of a workbook ("Angebot!B7"), or null.</summary>
    public string? Cell { get; init; }

    public static SourcePosition InFile(string file) => new(file, 0, 0);

    public static SourcePosition AtKey(string file, string key) => new(file, 0, 0) { Key = key.Length == 0 ? null : key };

    public static SourcePosition AtCell(string file, string cell) => new(file, 0, 0) { Cell = cell.Length == 0 ? null : cell };

    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}" : Cell is not null ? $"{File}:{Cell}" : File;
}

/// <summary>
/// A problem found in the user's input — a catalog, a tender, a template, a returned form, a command's
/// arguments — with a stable code, where it is, what is wrong and, where known, what would be right.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourcePosition Position)
{
    /// <summary>What the user can do about it, when one fix is known (printed after the message).</summary>
    public string? Fix { get; init; }

    public bool IsError => Severity == Severity.Error;

    public string File => Position.File;

    /// <summary>The workbook cell of a returned-form problem, empty when it concerns the whole file.</summary>
    public string Cell => Position.Cell ?? string.Empty;

    public static Diagnostic Error(string code, SourcePosition at, string message, string? fix = null) =>
        new(code, Severity.Error, message, at) { Fix = fix };

    public static Diagnostic Warning(string code, SourcePosition at, string message, string? fix = null) =>
        new(code, Severity.Warning, message, at) { Fix = fix };

    public override string ToString() =>
        $"{Position}: {(IsError ? "error" : "warning")} {Code}: {(Position.Key is { } key ? $"'{key}': " : string.Empty)}{Message}{(Fix is null ? string.Empty : $"; {Fix}")}";
}
