using ProcurementKit.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProcurementKit.Catalog.Yaml;

/// <summary>Parses YAML text into a node tree, turning syntax errors into positioned diagnostics (CatalogDiagnostics.YamlSyntax).</summary>
internal static class YamlText
{
    /// <param name="lineOffset">Lines before the YAML text in its file (1 for front matter after '---').</param>
    public static YamlNode? Parse(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var at = new SourcePosition(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
            var detail = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(CatalogDiagnostics.YamlSyntax(at, Clean(detail)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some unclosed flow collections without a position.
            var at = new SourcePosition(file, lineOffset + UnbalancedLine(text), 1);
            diagnostics.Add(CatalogDiagnostics.YamlSyntax(at, "unclosed [ ] or { } collection or stray quote; check brackets and quotes"));
            return null;
        }
    }

    /// <summary>YamlDotNet repeats the position in its message; the diagnostic already has it.</summary>
    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && index > 0 ? message[(index + 3)..] : message;
    }

    /// <summary>The first 1-based line whose brackets do not close on it (our flow collections are one-liners).</summary>
    private static int UnbalancedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var quote = '\0';
            foreach (var c in lines[i])
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else
                {
                    depth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
                }
            }

            if (depth != 0 || quote != '\0')
            {
                return i + 1;
            }
        }

        return 1;
    }
}
