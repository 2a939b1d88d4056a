using ProcurementKit.Diagnostics;

namespace ProcurementKit.Cli.Infrastructure;

/// <summary>A known failure (bad input, missing file): its problems are printed as they are and turned into exit code 1.</summary>
public sealed class CliFailureException : Exception
{
    public CliFailureException(IEnumerable<Diagnostic> problems, string? summary = null)
        : this([.. problems.Select(p => p.ToString()), .. summary is null ? Array.Empty<string>() : [summary]])
    {
    }

    public CliFailureException(Diagnostic problem)
        : this([problem])
    {
    }

    public CliFailureException()
        : this(["error"])
    {
    }

    public CliFailureException(string message)
        : this([message])
    {
    }

    public CliFailureException(string message, Exception inner)
        : base(message, inner) => Lines = [message];

    private CliFailureException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public IReadOnlyList<string> Lines { get; }
}
