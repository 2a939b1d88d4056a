using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Annex;

/// <summary>
/// The short labels of the annex (table headers, field names) in one language. The prose lives in
/// tender-templates/; these are the words around the generated data.
/// </summary>
internal sealed class AnnexLabels
{
    public static readonly AnnexLabels German = new()
    {
        Contents = "Inhaltsverzeichnis",
        Authority = "Vergabestelle",
        Reference = "Aktenzeichen",
        Date = "Datum",
        Catalog = "Anforderungskatalog",
        CatalogLine = "{0}, Version {1} (Prüfsumme {2})",
        Requirements = "Anforderungen",
        RequirementsLine = "{0}: {1} Ausschlusskriterien (A), {2} Wertungskriterien (B)",
        Method = "Wertungsmethode",
        Lot = "Los",
        Lots = "Lose",
        LotTitle = "Bezeichnung",
        Categories = "Produktkategorien",
        Deployment = "Betriebsmodell",
        Goal = "Schutzziel",
        AppliesTo = "Gilt für",
        AllLots = "alle Lose",
        Level = "Schutzbedarf",
        Reason = "Begründung",
        Number = "Nr.",
        Id = "Kennung",
        Requirement = "Anforderung",
        Weight = "Gewicht",
        MaxPoints = "max. Punkte",
        Scoring = "Wertung",
        Qualitative = "qualitativ",
        Linear = "linear: {0} = 0 Punkte; {1} oder mehr = {2} Punkte",
        LinearLower = "linear: {0} = 0 Punkte; {1} oder weniger = {2} Punkte",
        Points = "Punkte",
        Meaning = "Bedeutung",
        PointsOfLot = "{0} (Los {1})",
        LotsEvaluatedSeparately = "Die Lose werden getrennt vergeben. Jedes Los wird gesondert gewertet: Leistungspunkte *L*, Preis *P* und Kennzahl werden je Los ermittelt, und jedes Los erhält eine eigene Rangfolge. Die Tabelle der Wertungskriterien nennt für jedes Kriterium die Lose, in denen es gewertet wird.",
        LotsEvaluatedSeparatelyPriceOnly = "Die Lose werden getrennt vergeben. Jedes Los wird gesondert gewertet und erhält eine eigene Rangfolge.",
        Sum = "Summe",
        Evidence = "Nachweis:",
        ValidOn = "Gültigkeit:",
        ValidOnDeadline = "Der Nachweis muss am Tag des Ablaufs der Angebotsfrist gültig sein.",
        NoSuitability = "Diese Anlage stellt keine Eignungskriterien auf.",
        StandardReferences = "Bezug",
        None = "–",
        AssessmentHeading = "Feststellung nach Schadensszenarien",
        AssessmentIntro = "Der Schutzbedarf wurde für jeden Grundwert anhand der sechs Schadensszenarien des BSI-Standards 200-2 festgestellt. Nach dem Maximumprinzip bestimmt die höchste Einstufung eines Szenarios den Schutzbedarf des Grundwerts; wo ein Kumulations- oder Verteilungseffekt davon abweicht, ist er gesondert begründet. Die erste Tabelle zeigt die Einstufungen im Überblick, die zweite ihre Begründungen.",
        Scenario = "Schadensszenario",
        Rating = "Einstufung",
        MaximumPrinciple = "Maximumprinzip",
        AdjustmentsIntro = "Vom Ergebnis des Maximumprinzips weicht die Feststellung bei folgenden Grundwerten ab:",
        Effect = "Effekt",
        Change = "Änderung",
        NoScored = "Diese Ausschreibung enthält keine Wertungskriterien (B).",
        NoKnockOut = "Diese Ausschreibung enthält keine Ausschlusskriterien (A).",
        TieBreakerPerformance = "die höhere Zahl der Leistungspunkte *L*",
        TieBreakerPrice = "der niedrigere Preis *P*",
        DateFormat = "d. MMMM yyyy",
        Keywords = ["IT-Sicherheitsanforderungen", "Vergabe", "BSI 200-2"],
    };

    public static readonly AnnexLabels English = new()
    {
        Contents = "Contents",
        Authority = "Contracting authority",
        Reference = "Reference",
        Date = "Date",
        Catalog = "Requirements catalog",
        CatalogLine = "{0}, version {1} (checksum {2})",
        Requirements = "Requirements",
        RequirementsLine = "{0}: {1} knock-out criteria (A), {2} scored criteria (B)",
        Method = "Evaluation method",
        Lot = "Lot",
        Lots = "Lots",
        LotTitle = "Title",
        Categories = "Product categories",
        Deployment = "Deployment",
        Goal = "Protection goal",
        AppliesTo = "Applies to",
        AllLots = "all lots",
        Level = "Protection need",
        Reason = "Reason",
        Number = "No.",
        Id = "ID",
        Requirement = "Requirement",
        Weight = "Weight",
        MaxPoints = "Max. points",
        Scoring = "Scoring",
        Qualitative = "qualitative",
        Linear = "linear: {0} = 0 points; {1} or more = {2} points",
        LinearLower = "linear: {0} = 0 points; {1} or less = {2} points",
        Points = "Points",
        Meaning = "Meaning",
        PointsOfLot = "{0} (lot {1})",
        LotsEvaluatedSeparately = "The lots are awarded separately. Each lot is evaluated on its own: performance points *L*, price *P* and ratio are determined per lot, and each lot has its own ranking. The table of scored criteria names for each criterion the lots in which it is scored.",
        LotsEvaluatedSeparatelyPriceOnly = "The lots are awarded separately. Each lot is evaluated on its own and has its own ranking.",
        Sum = "Total",
        Evidence = "Evidence:",
        ValidOn = "Validity:",
        ValidOnDeadline = "The evidence must be valid on the day the time limit for receipt of offers expires.",
        NoSuitability = "This annex sets no suitability criteria.",
        StandardReferences = "References",
        None = "–",
        AssessmentHeading = "Determination by damage scenario",
        AssessmentIntro = "The protection need of each basic value was determined from the six damage scenarios of BSI Standard 200-2. By the maximum principle, the highest rating of any scenario sets the protection need of the basic value; where a cumulation or distribution effect departs from it, the reason is given separately. The first table gives the ratings at a glance, the second their reasons.",
        Scenario = "Damage scenario",
        Rating = "Rating",
        MaximumPrinciple = "Maximum principle",
        AdjustmentsIntro = "For the following basic values the determination departs from the result of the maximum principle:",
        Effect = "Effect",
        Change = "Change",
        NoScored = "This tender has no scored criteria (B).",
        NoKnockOut = "This tender has no knock-out criteria (A).",
        TieBreakerPerformance = "the higher number of performance points *L*",
        TieBreakerPrice = "the lower price *P*",
        DateFormat = "MMMM d, yyyy",
        Keywords = ["IT security requirements", "procurement", "BSI 200-2"],
    };

    public required string Contents { get; init; }
    public required string Authority { get; init; }
    public required string Reference { get; init; }
    public required string Date { get; init; }
    public required string Catalog { get; init; }
    public required string CatalogLine { get; init; }
    public required string Requirements { get; init; }
    public required string RequirementsLine { get; init; }
    public required string Method { get; init; }
    public required string Lot { get; init; }
    public required string Lots { get; init; }
    public required string LotTitle { get; init; }
    public required string Categories { get; init; }
    public required string Deployment { get; init; }
    public required string Goal { get; init; }
    public required string AppliesTo { get; init; }
    public required string AllLots { get; init; }
    public required string Level { get; init; }
    public required string Reason { get; init; }
    public required string Number { get; init; }
    public required string Id { get; init; }
    public required string Requirement { get; init; }
    public required string Weight { get; init; }
    public required string MaxPoints { get; init; }
    public required string Scoring { get; init; }
    public required string Qualitative { get; init; }
    public required string Linear { get; init; }

    /// <summary>The linear scoring line when a lower value is better (hours, days).</summary>
    public required string LinearLower { get; init; }
    public required string Points { get; init; }
    public required string Meaning { get; init; }

    /// <summary>"120 (Los 1)": the highest performance points of one lot.</summary>
    public required string PointsOfLot { get; init; }

    /// <summary>Lots are awarded separately (§ 97 (4) GWB, § 30 VgV): said once in part D of a multi-lot tender.</summary>
    public required string LotsEvaluatedSeparately { get; init; }
    public required string LotsEvaluatedSeparatelyPriceOnly { get; init; }
    public required string Sum { get; init; }
    public required string Evidence { get; init; }

    /// <summary>Suitability is judged on the offer deadline, so its evidence must be valid then (§ 122 GWB, § 48 VgV).</summary>
    public required string ValidOn { get; init; }
    public required string ValidOnDeadline { get; init; }
    public required string NoSuitability { get; init; }
    public required string StandardReferences { get; init; }
    public required string None { get; init; }

    /// <summary>The protection-need assessment (BSI 200-2 damage scenarios), shown when the tender has one.</summary>
    public required string AssessmentHeading { get; init; }
    public required string AssessmentIntro { get; init; }
    public required string Scenario { get; init; }
    public required string Rating { get; init; }
    public required string MaximumPrinciple { get; init; }
    public required string AdjustmentsIntro { get; init; }
    public required string Effect { get; init; }
    public required string Change { get; init; }
    public required string NoScored { get; init; }
    public required string NoKnockOut { get; init; }
    public required string TieBreakerPerformance { get; init; }
    public required string TieBreakerPrice { get; init; }
    public required string DateFormat { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }

    public static AnnexLabels For(Language language) => language == Language.German ? German : English;

    /// <summary>"Los 1" or "Lose 1, 2" / "Lot 1" or "Lots 1, 2".</summary>
    public string LotList(IReadOnlyList<string> lots) => lots.Count == 1 ? $"{Lot} {lots[0]}" : $"{Lots} {string.Join(", ", lots)}";
}
