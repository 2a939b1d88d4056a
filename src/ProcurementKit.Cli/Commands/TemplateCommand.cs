using System.CommandLine;
using ProcurementKit.Cli.Infrastructure;
using ProcurementKit.Rendering.Word.Templates;
using ProcurementKit.Workflow;

namespace ProcurementKit.Cli.Commands;

/// <summary>`template check`: what of a municipality's Word template compose will use, before composing.</summary>
public static class TemplateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The Word template (.docx, .dotx, .docm or .dotm) to pass to compose --template" };
        var check = new Command("check",
            "Tell what compose --template would use of a Word template: its styles (and which built-in ones stand in), " +
            "header, footer, page, the annex marker ({{annex}}, or a content control or bookmark named procurementkit-annex) " +
            "with what stands before and after it, and every problem. Exit 1 when the template cannot be used.")
        {
            file,
        };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliFailureException(Diagnostics.HostDiagnostics.TemplateNotFound(path));
            }

            var result = WordTemplateCheck.Run(File.ReadAllBytes(path), path);
            if (result.Value is not { } report)
            {
                throw new CliFailureException(result.Problems);
            }

            foreach (var line in TemplateReportText.Lines(report))
            {
                console.Out.WriteLine(line);
            }

            return report.HasErrors ? 1 : 0;
        });
        return new Command("template", "Word template commands.") { check };
    }
}
