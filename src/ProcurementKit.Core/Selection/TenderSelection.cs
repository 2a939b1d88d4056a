using ProcurementKit.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Selection;

/// <summary>The decision for a tender: the requirements in annex order, and every clause left out with its reason.</summary>
public sealed record TenderSelection(
    Tender Tender,
    RequirementsCatalog Catalog,
    IReadOnlyList<SelectedRequirement> Requirements,
    IReadOnlyList<ExcludedClause> Excluded)
{
    public IEnumerable<SelectedRequirement> KnockOut => Requirements.Where(r => r.Obligation.IsKnockOut);

    public IEnumerable<SelectedRequirement> Scored => Requirements.Where(r => !r.Obligation.IsKnockOut);

    /// <summary>Criteria on the bidder company (Eignung, § 122 GWB): checked before the offers are scored, never scored.</summary>
    public IEnumerable<SelectedRequirement> Suitability => Requirements.Where(r => r.Clause.Role == ClauseRole.Suitability);

    /// <summary>Everything the offered performance must meet or may score with: part C of the annex.</summary>
    public IEnumerable<SelectedRequirement> OfferRequirements => Requirements.Where(r => r.Clause.Role != ClauseRole.Suitability);

    public SelectedRequirement? Find(string id) => Requirements.FirstOrDefault(r => r.Id == id);

    /// <summary>The qualitative scale this tender announces: its own, else the catalog's.</summary>
    public ScoringScale Scale => Tender.Evaluation.Scale ?? Catalog.Scale;

    /// <summary>The requirements that apply to one lot, in annex order.</summary>
    public IEnumerable<SelectedRequirement> ForLot(string lotId) => Requirements.Where(r => r.Lots.Contains(lotId));

    /// <summary>
    /// A fingerprint of what bidders answer: ids, versions, obligations and parameter values in order.
    /// Response forms carry it, so a form for another selection is recognised.
    /// </summary>
    public string Hash()
    {
        var text = new StringBuilder();
        text.Append(Tender.Reference).Append('\n').Append(Catalog.Sha256).Append('\n');
        foreach (var r in Requirements)
        {
            text.Append(r.Number).Append('|').Append(r.Id).Append('|').Append(r.Clause.Version).Append('|')
                .Append(r.Obligation.ToString()).Append('|')
                .AppendJoin(',', r.Parameters.Select(p => $"{p.Name}={p.Value}")).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>The selection or the problems that prevented it (e.g. a parameter below its minimum).</summary>
public sealed record SelectionResult(TenderSelection? Selection, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>Warnings about the selection that do not stop it (e.g. B criteria dropped under the lowest-price method).</summary>
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];

    public bool Succeeded => Selection is not null && Errors.Count == 0;
}
