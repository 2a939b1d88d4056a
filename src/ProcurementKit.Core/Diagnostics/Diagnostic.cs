namespace ProcurementKit.Diagnostics;

/// <summary>How bad a diagnostic is: errors stop a command, warnings are reported.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>A place in a source file; line and column are 1-based, 0 means unknown.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition InFile(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>A problem found in the user's input, with a stable code and its position.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourcePosition Position)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Position}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
