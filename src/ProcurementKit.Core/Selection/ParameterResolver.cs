using ProcurementKit.Diagnostics;
using System.Globalization;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;
using ProcurementKit.Text;

namespace ProcurementKit.Selection;

/// <summary>Resolves a clause's parameters for a tender: the tender's value wins over the level default, within min/max.</summary>
internal static class ParameterResolver
{
    public static IReadOnlyList<ResolvedParameter> Resolve(Clause clause, Level level, Tender tender, string file, List<Diagnostic> errors)
    {
        var result = new List<ResolvedParameter>();
        foreach (var parameter in clause.Parameters)
        {
            var fromTender = tender.Parameters.TryGetValue(parameter.Name, out var own);
            var value = fromTender ? own! : parameter.DefaultFor(level) ?? string.Empty;
            if (fromTender && parameter.IsNumeric)
            {
                var number = decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
                if (number < parameter.Min)
                {
                    errors.Add(TenderDiagnostics.OutOfRange(file, $"parameters:{parameter.Name}",
                        $"{value} is below the minimum {parameter.Min.Value.ToString(CultureInfo.InvariantCulture)} that clause {clause.Id} sets for '{parameter.Name}'"));
                }

                if (number > parameter.Max)
                {
                    errors.Add(TenderDiagnostics.OutOfRange(file, $"parameters:{parameter.Name}",
                        $"{value} is above the maximum {parameter.Max.Value.ToString(CultureInfo.InvariantCulture)} that clause {clause.Id} allows for '{parameter.Name}'"));
                }
            }

            var display = parameter.IsNumeric
                ? new LocalizedText(QuantityFormatter.Format(value, parameter.Unit, Language.German), QuantityFormatter.Format(value, parameter.Unit, Language.English))
                : LocalizedText.Same(value);
            result.Add(new ResolvedParameter(parameter.Name, value, parameter.Unit, fromTender ? ParameterSource.Tender : ParameterSource.Default, display));
        }

        return result;
    }
}
