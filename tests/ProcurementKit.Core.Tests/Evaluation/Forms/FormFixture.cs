using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Evaluation.Forms;

/// <summary>Response forms of the small scoring tender (rows 5 UPD-01, 6 UPD-02, 7 CRY-01), blank or filled in.</summary>
internal static class FormFixture
{
    public static readonly Lazy<TenderSelection> Selection = new(() => EvaluationFixture.Build());

    public static byte[] Blank(Language language = Language.German) =>
        ExampleSelection.Render(s => ResponseFormWriter.Write(s, Selection.Value, language));

    /// <summary>A complete, valid form as Excel saves it: texts in the shared string table.</summary>
    public static FormFiller Filled(string bidder = "Alpha GmbH", decimal price = 125_000m) => new FormFiller()
        .SharedText("Angebot", "B9", bidder)
        .SharedText("Angebot", "B10", "Erika Muster")
        .SharedText("Angebot", "B11", "Musterstadt, 1. Dezember 2026")
        .Number("Angebot", "B13", price)
        .SharedText("Anforderungen", "F5", "erfüllt")
        .Number("Anforderungen", "G5", 10m)
        .SharedText("Anforderungen", "H5", "Support bis 2036")
        .SharedText("Anforderungen", "F6", "erfüllt")
        .SharedText("Anforderungen", "I6", "Anlage 3")
        .SharedText("Anforderungen", "F7", "teilweise erfüllt");

    public static FormReadResult Read(byte[] form, string file = "alpha.xlsx", PackageLimits? limits = null) =>
        ResponseFormReader.Read(new MemoryStream(form), file, Selection.Value, limits);

    public static FormReadResult Read(FormFiller filler) => Read(filler.Apply(Blank()));

    public static RequirementAnswer Answer(FormReadResult result, string id) => result.Response!.AnswerTo(id);
}
