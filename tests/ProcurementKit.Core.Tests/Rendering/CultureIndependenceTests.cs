using ProcurementKit.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Rendering.EvaluationReport;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering;

/// <summary>Changes the process-wide culture, so no other test may run beside it.</summary>
[CollectionDefinition(nameof(CultureChanging), DisableParallelization = true)]
public sealed class CultureChanging;

/// <summary>
/// Every document is the same byte for byte whatever culture the machine runs in: a Turkish, German or
/// invariant evaluator gets the same annex, forms, evaluation and review.
/// </summary>
[Collection(nameof(CultureChanging))]
public sealed class CultureIndependenceTests
{
    private static readonly string[] s_cultures = ["tr-TR", "de-DE", ""];

    [Theory]
    [InlineData(Language.German)]
    [InlineData(Language.English)]
    public void Should_WriteTheSameBytes_When_TheCurrentCultureChanges(Language language)
    {
        var selection = ExampleSelection.For("sensor-rollout.json");
        var templates = ExampleTenders.Templates(language);

        var hashes = s_cultures.ToDictionary(c => c.Length == 0 ? "invariant" : c, culture => InCulture(culture, () => Documents(selection, templates, language)));

        // Guards the guard: the culture really switched (no invariant-globalization mode hiding differences).
        InCulture("tr-TR", () => (1.5m.ToString(), "i".ToUpper())).ShouldBe(("1,5", "İ"));
        foreach (var document in hashes["invariant"].Keys)
        {
            hashes.Values.Select(h => h[document]).Distinct().ShouldHaveSingleItem($"{document} differs between cultures");
        }
    }

    private static Dictionary<string, string> Documents(TenderSelection selection, AnnexTemplates templates, Language language)
    {
        var annex = new AnnexDocument(selection, language, templates);
        var evaluation = Evaluation(selection);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["annex.docx"] = Hash(s => annex.GenerateWord(s, null)),
            ["annex.md"] = Hash(annex.GenerateMarkdown),
            ["response-form.xlsx"] = Hash(s => ResponseFormWriter.Write(s, selection, language)),
            ["evaluation-matrix.xlsx"] = Hash(s => EvaluationMatrixWriter.Write(s, selection, language)),
            ["selection.json"] = Hash(s => SelectionJsonWriter.Write(s, selection, language)),
            ["evaluation.xlsx"] = Hash(s => EvaluationWorkbookWriter.Write(s, evaluation, language)),
            ["evaluation.json"] = Hash(s => EvaluationJsonWriter.Write(s, evaluation, language)),
            ["evaluation-report.docx"] = Hash(s => EvaluationReportWriter.Write(s, evaluation, language)),
            ["review.docx"] = Hash(s => ReviewDocument.Create(s, ShippedCatalog.Catalog, language, bothLanguages: true)),
        };
    }

    // Two offers with fractional prices and values, and a rejected form, so numbers, ranks and messages are all written.
    private static EvaluationResult Evaluation(TenderSelection selection)
    {
        BidderResponse Offer(string bidder, decimal price, Answer answer, decimal value) => new(bidder, $"{bidder}.xlsx", [.. selection.Tender.Lots.Select(l => new LotOffer(l.Id, price))],
            [.. selection.Requirements.Select(r => new RequirementAnswer(r.Id, answer, value, "Erläuterung İi ı", "Anlage 1"))]);

        return OfferEvaluator.Evaluate(
            selection,
            [Offer("Alpha İnşaat", 125_000.55m, Answer.Met, 12.5m), Offer("Beta", 98_765.4m, Answer.PartiallyMet, 7.25m)],
            EvaluatorScores.None,
            [new RejectedForm("gamma.xlsx", [FormProblems.PriceInvalid("gamma.xlsx", "Angebot!B10", "1,5")])]);
    }

    private static string Hash(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }

    private static T InCulture<T>(string name, Func<T> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
