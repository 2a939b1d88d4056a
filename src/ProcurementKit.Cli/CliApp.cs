using System.CommandLine;
using ProcurementKit.Cli.Commands;
using ProcurementKit.Cli.Infrastructure;

namespace ProcurementKit.Cli;

/// <summary>Wires the commands; known failures become exit code 1 with a message, never a stack trace.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TextReader.Null);

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var console = new CliConsole(output, error) { In = input };
        var root = new RootCommand(
            "ProcurementKit: IT-Sicherheitsanforderungen für kommunale IoT- und Smart-City-Ausschreibungen.\n" +
            "Selects requirements from the clause catalog by protection need, writes the tender annex,\n" +
            "response form and evaluation matrix, evaluates bidder responses and supports legal review.");
        foreach (var command in Commands(console))
        {
            root.Subcommands.Add(command);
        }

        // Known failures are ours to print; the parser's handler would add a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (CliFailureException failure)
        {
            foreach (var line in failure.Lines)
            {
                error.WriteLine(line);
            }

            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static IEnumerable<Command> Commands(CliConsole console) =>
    [
        LintCommand.Create(console),
        ExplainCommand.Create(console),
        AssessCommand.Create(console),
        ComposeCommand.Create(console),
        TemplateCommand.Create(console),
        EvaluateCommand.Create(console),
        CatalogCommand.Create(console),
        CoverageCommand.Create(console),
        ReviewCommand.Create(console),
        DiffCommand.Create(console),
        OscalCommand.Create(console),
    ];
}
