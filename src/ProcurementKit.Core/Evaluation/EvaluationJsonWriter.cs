using ProcurementKit.Tenders;
using System.Text.Json;
using ProcurementKit.Text;
using ProcurementKit.Catalog;
using ProcurementKit.Evaluation.Forms;

namespace ProcurementKit.Evaluation;

/// <summary>
/// Writes evaluation.json: the method, whether the result is provisional, per bidder admissibility,
/// exclusion reasons, L, P, Z and rank, per criterion answer, points and their source, and the files
/// that could not be evaluated with their problems.
/// </summary>
public static class EvaluationJsonWriter
{
    public static void Write(Stream output, EvaluationResult result, Language language, CancellationToken cancellationToken = default)
    {
        var selection = result.Selection;
        var settings = selection.Tender.Evaluation;
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteStartObject("tender");
        json.WriteString("reference", selection.Tender.Reference);
        json.WriteString("title", selection.Tender.Title);
        json.WriteEndObject();
        json.WriteString("selectionHash", selection.Hash());
        json.WriteString("language", language.Code());
        json.WriteStartObject("method");
        json.WriteString("name", settings.Method.ToKey());
        json.WriteNumber("maxPoints", settings.MaxPoints);
        json.WriteNumber("fluctuationPercent", settings.FluctuationPercent);
        json.WriteString("tieBreaker", settings.TieBreaker.ToKey());
        json.WriteEndObject();
        json.WriteBoolean("provisional", result.IsProvisional);
        json.WriteNumber("pendingCriteria", result.PendingCount);
        json.WriteStartArray("lots");
        foreach (var lot in result.Lots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteLot(json, lot, language);
        }

        json.WriteEndArray();
        json.WriteStartArray("rejectedFiles");
        foreach (var rejected in result.Rejected)
        {
            WriteRejected(json, rejected);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One lot's ranking: lots are awarded separately, so each carries its own offers, best Z and ties.</summary>
    private static void WriteLot(Utf8JsonWriter json, LotEvaluation lot, Language language)
    {
        json.WriteStartObject();
        json.WriteString("id", lot.Lot.Id);
        json.WriteString("title", lot.Lot.Title);
        json.WriteBoolean("provisional", lot.IsProvisional);
        json.WriteBoolean("tieForFirst", lot.HasTieForFirst);
        Nullable(json, "bestRatio", lot.Ranking.BestRatio is { } best ? RoundRatio(best) : null);
        Nullable(json, "corridorFloor", lot.Ranking.CorridorFloor is { } floor ? RoundRatio(floor) : null);
        json.WriteStartArray("offers");
        foreach (var offer in lot.Offers)
        {
            WriteOffer(json, offer, language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOffer(Utf8JsonWriter json, OfferResult offer, Language language)
    {
        json.WriteStartObject();
        json.WriteString("bidder", offer.Bidder);
        json.WriteString("lot", offer.LotId);
        json.WriteString("file", Path.GetFileName(offer.Response.File));
        json.WriteString("declarant", offer.Response.Declarant);
        json.WriteBoolean("admissible", offer.IsAdmissible);
        json.WriteStartArray("exclusionReasons");
        foreach (var reason in offer.Exclusions)
        {
            json.WriteStringValue(reason[language]);
        }

        json.WriteEndArray();
        json.WriteNumber("L", Round(offer.Performance));
        json.WriteNumber("P", offer.Price);
        json.WriteNumber("Z", RoundRatio(offer.Ratio));
        json.WriteNumber("ZPer1000EUR", Round(offer.Ratio * 1000));
        Nullable(json, "rank", offer.Place?.Rank);
        json.WriteBoolean("tie", offer.Place?.Tied ?? false);
        if (offer.Place?.InCorridor is { } inCorridor)
        {
            json.WriteBoolean("inCorridor", inCorridor);
        }

        json.WriteNumber("pendingCriteria", offer.PendingCount);
        json.WriteStartArray("criteria");
        foreach (var score in offer.Criteria)
        {
            WriteCriterion(json, score);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCriterion(Utf8JsonWriter json, CriterionScore score)
    {
        json.WriteStartObject();
        json.WriteString("number", score.Requirement.Number);
        json.WriteString("id", score.Requirement.Id);
        json.WriteString("kind", score.Requirement.Obligation.Kind.ToString());
        Nullable(json, "weight", score.IsKnockOut ? null : score.Requirement.Obligation.Weight);
        if (score.Answer.Answer is { } answer)
        {
            json.WriteString("answer", answer.ToKey());
        }
        else
        {
            json.WriteNull("answer");
        }

        Nullable(json, "value", score.Answer.Value);
        if (score.IsKnockOut)
        {
            json.WriteBoolean("met", score.Exclusion is null);
        }
        else
        {
            Nullable(json, "points", score.Points is { } p ? Round(p) : null);
            Nullable(json, "weighted", score.Source == PointSource.Pending ? null : Round(score.Weighted));
        }

        json.WriteString("source", score.Source.ToString().ToLowerInvariant());
        if (score.Reason.Length > 0)
        {
            json.WriteString(score.IsKnockOut ? "evidenceChecked" : "reason", score.Reason);
        }
        json.WriteEndObject();
    }

    private static void WriteRejected(Utf8JsonWriter json, RejectedForm rejected)
    {
        json.WriteStartObject();
        json.WriteString("file", Path.GetFileName(rejected.File));
        json.WriteStartArray("problems");
        foreach (var problem in rejected.Problems)
        {
            json.WriteStartObject();
            json.WriteString("cell", problem.Position.Cell ?? string.Empty);
            json.WriteString("code", problem.Code);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Points from a linear scale can have many decimals; six are more than any evaluator reads.
    private static decimal Round(decimal value) => Math.Round(value, 6);

    // Z is about 0.001; fifteen decimals keep twelve significant digits without the noise of a 28-digit quotient.
    private static decimal RoundRatio(decimal value) => Math.Round(value, 15);

    private static void Nullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
