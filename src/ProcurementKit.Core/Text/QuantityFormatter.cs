using System.Globalization;
using Humanizer;
using ProcurementKit.Catalog;

namespace ProcurementKit.Text;

/// <summary>
/// Prints a parameter value with its unit as a reader expects it: "8 Jahre", "72 Stunden", "8 years",
/// "3072 Bit", "99,5 %". Time units come from Humanizer's localised formatters, not hand-made plural rules.
/// </summary>
public static class QuantityFormatter
{
    public static string Format(string value, string unit, Language language)
    {
        var culture = language.Culture();
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        var digits = number.ToString("0.##", culture);
        return unit switch
        {
            "years" => Time(TimeUnit.Year, number, digits, culture),
            "months" => Time(TimeUnit.Month, number, digits, culture),
            "weeks" => Time(TimeUnit.Week, number, digits, culture),
            "days" => Time(TimeUnit.Day, number, digits, culture),
            "hours" => Time(TimeUnit.Hour, number, digits, culture),
            "minutes" => Time(TimeUnit.Minute, number, digits, culture),
            "percent" => $"{digits}\u00A0%",
            "bits" => language == Language.German ? $"{digits}\u00A0Bit" : $"{digits} {"bit".ToQuantity((long)number, ShowQuantityAs.None)}",
            _ => digits,
        };
    }

    private static string Time(TimeUnit unit, decimal number, string digits, CultureInfo culture)
    {
        var formatter = Configurator.Formatters.ResolveForCulture(culture);

        // Fractions take the plural form ("1,5 Jahre"); the digits always come from the culture.
        var text = formatter.TimeSpanHumanize(unit, number == 1 ? 1 : Math.Max(2, (int)Math.Ceiling(number)));
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? $"{digits}\u00A0{text[(space + 1)..]}" : $"{digits} {text}";
    }
}
