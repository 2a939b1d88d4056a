namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Where a command writes: standard output for results, standard error for problems and progress; and where it reads answers.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input, read line by line by the questionnaire of <c>assess</c>.</summary>
    public TextReader In { get; init; } = TextReader.Null;
}
