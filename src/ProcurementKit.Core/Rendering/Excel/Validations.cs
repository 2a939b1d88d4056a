using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProcurementKit.Rendering.Excel;

/// <summary>Data validations for input cells: a drop-down list, or a number range, each with a prompt and an error text.</summary>
public static class Validations
{
    /// <summary>A drop-down of fixed entries; only the listed texts are accepted when typed.</summary>
    public static DataValidation List(string range, IEnumerable<string> entries, string title, string prompt) =>
        With(new DataValidation(new Formula1($"\"{string.Join(",", entries)}\"")) { Type = DataValidationValues.List }, range, title, prompt);

    /// <summary>A decimal between <paramref name="min"/> and <paramref name="max"/>, or at least <paramref name="min"/>.</summary>
    public static DataValidation Decimal(string range, decimal min, decimal? max, string title, string prompt)
    {
        var validation = max is { } upper
            ? new DataValidation(new Formula1(Invariant(min)), new Formula2(Invariant(upper))) { Operator = DataValidationOperatorValues.Between }
            : new DataValidation(new Formula1(Invariant(min))) { Operator = DataValidationOperatorValues.GreaterThanOrEqual };
        validation.Type = DataValidationValues.Decimal;
        return With(validation, range, title, prompt);
    }

    private static DataValidation With(DataValidation validation, string range, string title, string prompt)
    {
        validation.AllowBlank = true;
        validation.ShowInputMessage = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = DataValidationErrorStyleValues.Stop;
        validation.PromptTitle = Cut(title, 32);
        validation.Prompt = Cut(prompt, 255);
        validation.ErrorTitle = Cut(title, 32);
        validation.Error = Cut(prompt, 225);
        validation.SequenceOfReferences = new ListValue<StringValue> { InnerText = range };
        return validation;
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // Excel rejects longer prompts and titles.
    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
