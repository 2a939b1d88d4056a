using System.Globalization;


namespace ProcurementKit.Diagnostics;

/// <summary>One factory per problem code of returned workbooks (PK06xx), so messages read the same everywhere.</summary>
public static class FormProblems
{
    public static Diagnostic TooLarge(string file, long bytes, long limit) => Problem(file, string.Empty, "PK0601",
        $"the file has {Megabytes(bytes)}; a response form is far smaller (limit {Megabytes(limit)}). Ask the bidder for the form as issued.");

    public static Diagnostic NotXlsx(string file, string detail) => Problem(file, string.Empty, "PK0602",
        $"not a valid .xlsx workbook ({detail}); the bidder must return the issued response form saved as .xlsx");

    public static Diagnostic Encrypted(string file) => Problem(file, string.Empty, "PK0603",
        "the workbook is password-protected (encrypted) and cannot be checked; ask the bidder to save it without a password");

    public static Diagnostic LegacyXls(string file) => Problem(file, string.Empty, "PK0604",
        "this is an old binary Excel file (.xls), not the issued .xlsx form; ask the bidder to save it as .xlsx");

    public static Diagnostic Macros(string file, string evidence) => Problem(file, string.Empty, "PK0605",
        $"the workbook is macro-enabled ({evidence}); macro workbooks are not accepted — ask the bidder to save it as a plain .xlsx");

    public static Diagnostic ZipBomb(string file, string detail) => Problem(file, string.Empty, "PK0606",
        $"the package is not plausible for a response form ({detail}); it was not opened");

    public static Diagnostic ExternalContent(string file, string evidence) => Problem(file, string.Empty, "PK0607",
        $"the workbook links to external content ({evidence}); remove the links and return the plain form");

    public static Diagnostic EmbeddedObjects(string file, string evidence) => Problem(file, string.Empty, "PK0608",
        $"the workbook contains embedded objects ({evidence}); return the form without them");

    public static Diagnostic NotOurForm(string file, string expectedKind, string? actualKind) => Problem(file, string.Empty, "PK0610",
        actualKind is null
            ? $"not {Describe(expectedKind)} of ProcurementKit: its record of tender and selection is missing; use the workbook ProcurementKit issued"
            : $"this is a ProcurementKit '{Clip(actualKind)}' workbook, not {Describe(expectedKind)}");

    public static Diagnostic WrongTender(string file, string found, string expected) => Problem(file, string.Empty, "PK0611",
        $"the form belongs to tender '{found}', but this evaluation is for '{expected}'");

    public static Diagnostic WrongSelection(string file, string found, string expected) => Problem(file, string.Empty, "PK0612",
        $"the form was issued for another set of requirements (selection hash {Short(found)}, current {Short(expected)}); the bidder must answer the current form");

    public static Diagnostic Layout(string file, string cell, string detail) => Problem(file, cell, "PK0613",
        $"the form's layout was changed: {detail}; use the issued form without moving cells");

    public static Diagnostic BidderMissing(string file, string cell) => Problem(file, cell, "PK0620",
        "the bidder's name is empty; the form must say who offers");

    public static Diagnostic PriceInvalid(string file, string cell, string? text) => Problem(file, cell, "PK0621", text is null
        ? "the total net price is empty; enter it as a number, e.g. 125000.00"
        : $"the total net price '{Clip(text)}' is not a number above 0; enter it as a number, e.g. 125000.00");

    public static Diagnostic Formula(string file, string cell, string formula) => Problem(file, cell, "PK0622",
        $"the cell contains a formula ({Clip(formula)}); formulas are never evaluated — enter the value itself");

    public static Diagnostic CellUnreadable(string file, string cell, string detail) => Problem(file, cell, "PK0623",
        $"the cell cannot be read ({detail})");

    public static Diagnostic DeclarantMissing(string file, string cell) => Problem(file, cell, "PK0624",
        "the name of the declaring person is empty; the declarations of the form are made in text form (§ 126b BGB), which names the person — enter it");

    public static Diagnostic NoLotChosen(string file, string cell) => Problem(file, cell, "PK0625",
        "the form bids for no lot; answer \"ja\" (yes) for each lot the offer is for");

    public static Diagnostic LotAnswerInvalid(string file, string cell, string text) => Problem(file, cell, "PK0626",
        $"'{Clip(text)}' is not ja/nein (yes/no); choose from the drop-down whether the offer is for this lot");

    public static Diagnostic RequirementMissing(string file, string id, string number) => Problem(file, string.Empty, "PK0630",
        $"requirement {number} {id} is missing from the form; every requirement of the tender must be answered");

    public static Diagnostic RequirementTwice(string file, string cell, string id) => Problem(file, cell, "PK0631",
        $"requirement {id} appears a second time; each requirement has exactly one row");

    public static Diagnostic RequirementUnknown(string file, string cell, string id) => Problem(file, cell, "PK0632",
        $"'{Clip(id)}' is not a requirement of this tender; the form's rows must not be changed");

    public static Diagnostic AnswerInvalid(string file, string cell, string text, IEnumerable<string> valid) => Problem(file, cell, "PK0633",
        $"the answer '{Clip(text)}' is not one of the list: {string.Join(", ", valid)}");

    public static Diagnostic ValueInvalid(string file, string cell, string text) => Problem(file, cell, "PK0634",
        $"the value '{Clip(text)}' is not a number of at least 0; state the offered value as a number in the requirement's unit");

    public static Diagnostic BidderTwice(string file, string bidder, string otherFile) => Problem(file, string.Empty, "PK0640",
        $"bidder '{Clip(bidder)}' also returned {otherFile}; neither form is evaluated until it is clear which one is the offer");

    public static Diagnostic ReasonMissing(string file, string cell) => Problem(file, cell, "PK0651",
        "points without a reason; the evaluation must be documented (§ 8 VgV) — write a short reason in the reason column beside the points");

    public static Diagnostic PointsNotOnScale(string file, string cell, string text, string steps) => Problem(file, cell, "PK0652",
        $"the evaluator's points '{Clip(text)}' are not a step of the announced scale ({steps}); qualitative criteria are scored on its steps only");

    public static Diagnostic PointsInvalid(string file, string cell, string text, int maxPoints) => Problem(file, cell, "PK0650",
        $"the evaluator's points '{Clip(text)}' are not a number from 0 to {maxPoints.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>A returned file's problem: the cell is empty when it concerns the whole file.</summary>
    private static Diagnostic Problem(string file, string cell, string code, string message) =>
        Diagnostic.Error(code, SourcePosition.AtCell(file, cell), message);

    private static string Describe(string kind) => kind switch
    {
        "response-form" => "a response form",
        "evaluation" => "an evaluation workbook (evaluation.xlsx)",
        _ => $"a {kind}",
    };

    private static string Megabytes(long bytes) => $"{(bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} MB";

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    // A hostile file can put anything into a cell; messages show only the start of it, and no control
    // characters (an escape sequence would otherwise reach the evaluator's terminal).
    private static string Clip(string text)
    {
        var line = new string([.. text.ReplaceLineEndings(" ").Select(c => char.IsControl(c) ? '?' : c)]);
        return line.Length > 60 ? line[..57] + "..." : line;
    }
}
