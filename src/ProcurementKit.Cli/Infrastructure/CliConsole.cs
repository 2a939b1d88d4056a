namespace ProcurementKit.Cli.Infrastructure;

/// <summary>Where a command writes: standard output for results, standard error for problems and progress.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
