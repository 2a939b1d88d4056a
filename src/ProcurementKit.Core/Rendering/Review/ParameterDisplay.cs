using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// A clause parameter as the review document shows it where the value stands in the text: its label and the
/// default per protection-need level, "[Supportzeitraum: normal 5 / hoch 7 / sehr hoch 10 Jahre]" — never the
/// raw <c>{{support-period-years}}</c> a reviewer cannot read.
/// </summary>
public sealed class ParameterDisplay(Language language)
{
    /// <summary>The clause text (Markdown) with every placeholder of a declared parameter shown in place.</summary>
    public string FillMarkdown(Clause clause, string markdown) =>
        Placeholders.Fill(markdown, name => clause.FindParameter(name) is { } p ? EscapeBrackets(InPlace(p)) : null);

    /// <summary>A plain text (a heading, a title) with every placeholder of a declared parameter shown in place.</summary>
    public string FillPlain(Clause clause, string text) =>
        Placeholders.Fill(text, name => clause.FindParameter(name) is { } p ? InPlace(p) : null);

    /// <summary>"[Supportzeitraum: normal 5 / hoch 7 / sehr hoch 10 Jahre]"; one value when all levels agree.</summary>
    public string InPlace(Parameter parameter)
    {
        var values = Levels.All.Select(level => (Level: level, Value: parameter.DefaultFor(level))).Where(v => v.Value is not null).ToList();
        var label = parameter.Display(language);
        if (values.Count == 0)
        {
            return $"[{label}]";
        }

        if (values.All(v => v.Value == values[0].Value))
        {
            return $"[{label}: {Quantity(parameter, values[0].Value!)}]";
        }

        // The unit once, after the last value: "normal 5 / hoch 7 / sehr hoch 10 Jahre".
        var parts = values.Select((v, i) => $"{v.Level.Display(language)} {(i == values.Count - 1 ? Quantity(parameter, v.Value!) : Bare(parameter, v.Value!))}");
        return $"[{label}: {string.Join(" / ", parts)}]";
    }

    private string Quantity(Parameter parameter, string value) => QuantityFormatter.Format(value, parameter.Unit, language);

    private string Bare(Parameter parameter, string value) =>
        parameter.IsNumeric && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.##", language.Culture())
            : value;

    // Square brackets in Markdown can start a link; escaped, they stay text.
    private static string EscapeBrackets(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
