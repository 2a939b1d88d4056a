namespace ProcurementKit.Cli.Infrastructure;

/// <summary>A known failure (bad input, missing file): printed as it is and turned into exit code 1.</summary>
public sealed class CliFailureException : Exception
{
    public CliFailureException(IEnumerable<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = [.. lines];

    public CliFailureException(string line)
        : this([line])
    {
    }

    public CliFailureException()
        : this("error")
    {
    }

    public CliFailureException(string message, Exception inner)
        : base(message, inner) => Lines = [message];

    public IReadOnlyList<string> Lines { get; }
}
