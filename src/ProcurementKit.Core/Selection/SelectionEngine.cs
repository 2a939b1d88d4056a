using ProcurementKit.Diagnostics;
using ProcurementKit.Catalog;
using ProcurementKit.Tenders;

namespace ProcurementKit.Selection;

/// <summary>
/// Turns a tender and a catalog into the requirements of the annex. Pure: the same inputs give the same
/// selection, and every clause ends up either selected or excluded with a reason.
/// </summary>
public static class SelectionEngine
{
    public static SelectionResult Select(RequirementsCatalog catalog, Tender tender, string tenderFile = "tender")
    {
        var errors = new List<Diagnostic>();
        var chosen = new List<Candidate>();
        var excluded = new List<ExcludedClause>();

        foreach (var clause in catalog.Clauses)
        {
            var decision = Decide(clause, tender, catalog, tenderFile, errors);
            if (decision.Candidate is { } candidate)
            {
                chosen.Add(candidate);
            }
            else
            {
                excluded.Add(new ExcludedClause(clause.Id, decision.Reason));
            }
        }

        DropReplaced(chosen, excluded);
        var notes = DropScoredUnderPriceOnly(chosen, excluded, tender, tenderFile);
        var requirements = Number(chosen, catalog, tender, tenderFile, errors);
        var ordered = excluded.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (errors.Count > 0)
        {
            return new SelectionResult(null, errors) { Notes = notes };
        }

        // Lint keeps approved clauses apart; drafts and forced includes can still give one event two deadlines.
        var selection = new TenderSelection(tender, catalog, requirements, ordered);
        var conflicts = DeadlineConflicts.In(selection).Select(c => TenderDiagnostics.TwoDeadlines(tenderFile, c.Event, c.RequirementIds));
        return new SelectionResult(selection, errors) { Notes = [.. notes, .. conflicts] };
    }

    private sealed record Candidate(Clause Clause, IReadOnlyList<string> Lots, ProtectionGoal Goal, Level Level, LocalizedText Reason);

    private sealed record Decision(Candidate? Candidate, LocalizedText Reason);

    private static Decision Decide(Clause clause, Tender tender, RequirementsCatalog catalog, string file, List<Diagnostic> errors)
    {
        var forcedIn = tender.Include.Contains(clause.Id);
        if (tender.Exclude.Contains(clause.Id))
        {
            return new Decision(null, ReasonText.ForcedOut());
        }

        if (clause.Status == ClauseStatus.Retired)
        {
            if (forcedIn)
            {
                errors.Add(TenderDiagnostics.NotIncludable(file, "include", clause.Id, "is retired and cannot be included", catalog.Clauses.FirstOrDefault(c => c.Replaces == clause.Id) is { } next ? $"include {next.Id} instead" : null));
            }

            return new Decision(null, ReasonText.Retired());
        }

        if (clause.Status == ClauseStatus.Draft && !tender.AllowDraft)
        {
            if (forcedIn)
            {
                errors.Add(TenderDiagnostics.NotIncludable(file, "include", clause.Id, "is a draft", "set \"allowDraft\": true to use drafts"));
            }

            return new Decision(null, ReasonText.Draft());
        }

        // The include list is the authority's deliberate choice and wins over the phase, as it wins over categories.
        if (!tender.Phases.Contains(clause.Phase) && !forcedIn)
        {
            return new Decision(null, ReasonText.PhaseNotProcured(clause.Phase));
        }

        var matches = tender.Lots.Select(lot => LotMatch.Evaluate(clause, lot, tender)).ToList();
        var applying = matches.Where(m => m.Applies).ToList();
        if (applying.Count > 0)
        {
            var top = applying.MaxBy(m => m.Level)!;
            return new Decision(
                new Candidate(clause, [.. applying.Select(m => m.Lot.Id)], top.Goal, top.Level, ReasonText.Included(clause, applying, catalog)),
                LocalizedText.Empty);
        }

        if (forcedIn && matches.Count > 0)
        {
            var top = matches.MaxBy(m => m.Level)!;
            var level = top.Level < clause.FromLevel ? clause.FromLevel : top.Level;
            return new Decision(new Candidate(clause, [.. matches.Select(m => m.Lot.Id)], top.Goal, level, ReasonText.ForcedIn()), LocalizedText.Empty);
        }

        return new Decision(null, matches.Count == 0 ? ReasonText.ForcedOut() : ReasonText.NotApplicable(clause, matches, tender, catalog));
    }

    /// <summary>A selected clause that another selected clause replaces is dropped (following chains).</summary>
    private static void DropReplaced(List<Candidate> chosen, List<ExcludedClause> excluded)
    {
        bool changed;
        do
        {
            changed = false;
            var ids = chosen.Select(c => c.Clause.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var replacer in chosen.Where(c => c.Clause.Replaces is { } r && ids.Contains(r)).ToList())
            {
                var replaced = chosen.FirstOrDefault(c => c.Clause.Id == replacer.Clause.Replaces);
                if (replaced is not null && replaced != replacer && chosen.Remove(replaced))
                {
                    excluded.Add(new ExcludedClause(replaced.Clause.Id, ReasonText.ReplacedBy(replacer.Clause.Id)));
                    changed = true;
                }
            }
        }
        while (changed);
    }

    /// <summary>
    /// Under the lowest-price method no criterion is scored, so a B criterion would be announced but never count:
    /// bidders could not tell what it is worth (transparency, § 127 (5) GWB). It is dropped with a reason and a warning.
    /// </summary>
    private static IReadOnlyList<Diagnostic> DropScoredUnderPriceOnly(List<Candidate> chosen, List<ExcludedClause> excluded, Tender tender, string file)
    {
        if (tender.Evaluation.Method != AwardMethod.PriceOnly)
        {
            return [];
        }

        var scored = chosen.Where(c => !c.Clause.ObligationAt(c.Level).IsKnockOut).ToList();
        foreach (var candidate in scored)
        {
            chosen.Remove(candidate);
            excluded.Add(new ExcludedClause(candidate.Clause.Id, ReasonText.NotScoredUnderPriceOnly()));
        }

        return scored.Count == 0 ? [] : [TenderDiagnostics.ScoredUnderPriceOnly(file, [.. scored.Select(c => c.Clause.Id)])];
    }

    private static List<SelectedRequirement> Number(
        List<Candidate> chosen, RequirementsCatalog catalog, Tender tender, string file, List<Diagnostic> errors)
    {
        // Suitability criteria sit in their own annex section, so part C shows only requirements and Word's
        // heading numbering must count exactly those: within a topic they come after its requirements, and
        // topics with nothing but suitability criteria come after all others. Every clause keeps one number.
        var result = new List<SelectedRequirement>();
        var suitabilityOnly = new List<List<Candidate>>();
        var topicNumber = 0;
        foreach (var topic in catalog.Topics)
        {
            var inTopic = chosen.Where(c => c.Clause.Topic == topic.Id)
                .OrderBy(c => c.Clause.Role == ClauseRole.Suitability)
                .ToList();
            if (inTopic.Count == 0)
            {
                continue;
            }

            if (inTopic.TrueForAll(c => c.Clause.Role == ClauseRole.Suitability))
            {
                suitabilityOnly.Add(inTopic);
                continue;
            }

            NumberTopic(++topicNumber, inTopic);
        }

        foreach (var inTopic in suitabilityOnly)
        {
            NumberTopic(++topicNumber, inTopic);
        }

        return result;

        void NumberTopic(int number, List<Candidate> inTopic)
        {
            for (var i = 0; i < inTopic.Count; i++)
            {
                var candidate = inTopic[i];
                var parameters = ParameterResolver.Resolve(candidate.Clause, candidate.Level, tender, file, errors);
                result.Add(Build($"{number}.{i + 1}", candidate, parameters));
            }
        }
    }

    private static SelectedRequirement Build(string number, Candidate candidate, IReadOnlyList<ResolvedParameter> parameters)
    {
        var clause = candidate.Clause;
        string Fill(string text, Language language) =>
            Placeholders.Fill(text, name => parameters.FirstOrDefault(p => p.Name == name)?.Display[language]);

        var title = new LocalizedText(Fill(clause.German.Title, Language.German), Fill(clause.Text(Language.English).Title, Language.English));
        var text = new LocalizedText(Fill(clause.German.Body, Language.German), Fill(clause.Text(Language.English).Body, Language.English));
        var evidence = new LocalizedText(Fill(clause.Evidence.De, Language.German), Fill(clause.Evidence[Language.English], Language.English));
        return new SelectedRequirement(
            number, clause, candidate.Lots, candidate.Goal, candidate.Level, clause.ObligationAt(candidate.Level),
            parameters, title, text, evidence, candidate.Reason);
    }
}
