using ProcurementKit.Catalog;

namespace ProcurementKit.Web.Workbench;

/// <summary>The words of the context step: each catalog context key as a question, the phases and the award methods explained.</summary>
public sealed record ContextText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Questions { get; init; }
    public required string QuestionsHint { get; init; }
    public required string Yes { get; init; }

    /// <summary>Question and short explanation per context key of the shipped catalog; another catalog's keys show its own description.</summary>
    public required IReadOnlyDictionary<string, (string Question, string Explanation)> Context { get; init; }
    public required string PhasesTitle { get; init; }
    public required string PhasesHint { get; init; }
    public required IReadOnlyDictionary<Phase, (string Name, string Explanation)> Phases { get; init; }
    public required string AwardTitle { get; init; }
    public required string AwardHint { get; init; }
    public required IReadOnlyDictionary<string, (string Name, string Explanation)> Methods { get; init; }
    public required string MaxPoints { get; init; }
    public required string MaxPointsHint { get; init; }
    public required string Fluctuation { get; init; }
    public required string FluctuationHint { get; init; }
    public required string TieBreaker { get; init; }
    public required IReadOnlyDictionary<string, string> TieBreakers { get; init; }

    public static readonly ContextText De = new()
    {
        Title = "Einsatzumfeld und Vergabe",
        Intro = "Einige Anforderungen gelten nur in bestimmten Lagen, etwa wenn personenbezogene Daten verarbeitet werden. Beantworten Sie die Fragen, so gut es geht; ein Nein lässt die zugehörigen Anforderungen weg.",
        Questions = "Fragen zum Einsatz",
        QuestionsHint = "Kreuzen Sie an, was zutrifft.",
        Yes = "trifft zu",
        Context = new Dictionary<string, (string, string)>
        {
            ["personalData"] = ("Werden personenbezogene Daten verarbeitet?", "Zum Beispiel Namen, Kfz-Kennzeichen, Bilder von Personen, Standorte von Dienstfahrzeugen oder Verbrauchswerte einzelner Haushalte. Reine Messwerte wie Pegelstand oder Temperatur gehören nicht dazu."),
            ["criticalInfrastructure"] = ("Gehört die Leistung zu einer kritischen Infrastruktur?", "Etwa Wasserversorgung, Abwasser, Energie oder Verkehrssteuerung oberhalb der Schwellenwerte der BSI-Kritisverordnung, oder die Leistung dient einer wichtigen Einrichtung."),
            ["vendorRemoteAccess"] = ("Greift der Auftragnehmer aus der Ferne auf Ihre Systeme zu?", "Zum Beispiel für Wartung, Updates oder Störungsbehebung über VPN oder ein Fernwartungsportal."),
            ["internetExposed"] = ("Sind Teile der Lösung aus dem Internet erreichbar?", "Etwa ein Webportal, eine Schnittstelle (API), ein Server mit öffentlicher Adresse oder Gateways mit Mobilfunkanbindung."),
            ["cloudHosted"] = ("Wird die Leistung ganz oder teilweise aus einer Cloud erbracht?", "Der Dienst läuft in einem Rechenzentrum des Auftragnehmers oder eines Dritten, z. B. als Software as a Service."),
            ["nis2Entity"] = ("Ist Ihre Organisation eine (besonders) wichtige Einrichtung nach NIS2?", "Das gilt, wenn der Auftraggeber unter § 28 BSIG fällt oder eine kritische Anlage betreibt und die Leistung dafür genutzt wird. Im Zweifel fragen Sie Ihre Informationssicherheitsbeauftragte oder Ihren -beauftragten."),
            ["operatedByContractor"] = ("Betreibt der Auftragnehmer die Lösung für Sie?", "Der Auftragnehmer übernimmt den laufenden Betrieb, die Überwachung und Pflege, nicht nur die Lieferung."),
        },
        PhasesTitle = "Was umfasst der Auftrag?",
        PhasesHint = "Anforderungen gehören zu einer Phase des Lebenszyklus. Üblich sind alle Phasen außer dem Pilotbetrieb; kreuzen Sie die Experimentierphase nur an, wenn ein Pilot oder Testfeld beauftragt wird.",
        Phases = new Dictionary<Phase, (string, string)>
        {
            [Phase.Experiment] = ("Experimentierphase (Pilot, Testfeld)", "Ein zeitlich begrenzter Versuch, bevor über den Regelbetrieb entschieden wird."),
            [Phase.Planning] = ("Planungsphase", "Konzept, Feinplanung und Abstimmung mit dem Auftraggeber."),
            [Phase.Implementation] = ("Implementierungsphase", "Lieferung, Aufbau, Einrichtung und Inbetriebnahme."),
            [Phase.Operation] = ("Betriebsphase", "Laufender Betrieb, Wartung, Updates und Support."),
            [Phase.Decommissioning] = ("Aussonderungsphase", "Rückbau, Rückgabe und sicheres Löschen am Ende der Nutzung."),
        },
        AwardTitle = "Wertung der Angebote",
        AwardHint = "So werden die Angebote verglichen (UfAB). Die Voreinstellung passt für die meisten Ausschreibungen.",
        Methods = new Dictionary<string, (string, string)>
        {
            ["price-only"] = ("nur Preis", "Das günstigste zulässige Angebot gewinnt. Alle Sicherheitsanforderungen sind dann Muss-Kriterien; Wertungskriterien (B) entfallen."),
            ["simple-reference-value"] = ("einfache Richtwertmethode", "Leistungspunkte geteilt durch Preis; das beste Verhältnis gewinnt. Üblich und leicht nachzuvollziehen."),
            ["extended-reference-value"] = ("erweiterte Richtwertmethode", "Wie die einfache, aber Angebote dicht am besten Verhältnis (im Schwankungsbereich) gelten als gleichwertig; dann entscheidet die Leistung oder der Preis."),
        },
        MaxPoints = "Höchstpunkte je Kriterium",
        MaxPointsHint = "Die UfAB sieht 10 vor.",
        Fluctuation = "Schwankungsbereich (%)",
        FluctuationHint = "Nur für die erweiterte Richtwertmethode, dort über 0 (üblich 5 bis 10); sonst 0.",
        TieBreaker = "Bei Gleichstand entscheidet",
        TieBreakers = new Dictionary<string, string> { ["performance"] = "die höhere Leistung", ["price"] = "der niedrigere Preis" },
    };

    public static readonly ContextText En = new()
    {
        Title = "Operating context and award",
        Intro = "Some requirements apply only in certain situations, for example when personal data is processed. Answer the questions as well as you can; a no leaves the related requirements out.",
        Questions = "Questions about the use",
        QuestionsHint = "Tick what applies.",
        Yes = "applies",
        Context = new Dictionary<string, (string, string)>
        {
            ["personalData"] = ("Is personal data processed?", "For example names, number plates, images of people, locations of service vehicles or the consumption of single households. Plain readings such as water level or temperature are not."),
            ["criticalInfrastructure"] = ("Is the service part of critical infrastructure?", "Such as water supply, waste water, energy or traffic control above the thresholds of the German KRITIS regulation, or the service supports an important entity."),
            ["vendorRemoteAccess"] = ("Does the contractor access your systems remotely?", "For example for maintenance, updates or fault clearance over a VPN or a remote maintenance portal."),
            ["internetExposed"] = ("Can parts of the solution be reached from the internet?", "Such as a web portal, an interface (API), a server with a public address or gateways with a mobile backhaul."),
            ["cloudHosted"] = ("Is the service delivered wholly or partly from a cloud?", "The service runs in a data centre of the contractor or a third party, e.g. as software as a service."),
            ["nis2Entity"] = ("Is your organisation an essential or important entity under NIS2?", "This is the case when the buyer falls under section 28 BSIG or operates a critical facility and the service is used for it. If in doubt, ask your information security officer."),
            ["operatedByContractor"] = ("Does the contractor operate the solution for you?", "The contractor takes over running, monitoring and maintaining it, not only the delivery."),
        },
        PhasesTitle = "What does the contract cover?",
        PhasesHint = "Requirements belong to a phase of the lifecycle. Usually every phase but the pilot; tick the experiment phase only when a pilot or test field is commissioned.",
        Phases = new Dictionary<Phase, (string, string)>
        {
            [Phase.Experiment] = ("Experiment (pilot, test field)", "A limited trial before the regular operation is decided."),
            [Phase.Planning] = ("Planning", "Concept, detailed planning and coordination with the buyer."),
            [Phase.Implementation] = ("Implementation", "Delivery, installation, set-up and commissioning."),
            [Phase.Operation] = ("Operation", "Running, maintenance, updates and support."),
            [Phase.Decommissioning] = ("Decommissioning", "Removal, return and secure erasure at the end of use."),
        },
        AwardTitle = "Evaluation of offers",
        AwardHint = "How the offers are compared (UfAB). The default suits most tenders.",
        Methods = new Dictionary<string, (string, string)>
        {
            ["price-only"] = ("price only", "The cheapest admissible offer wins. Every security requirement is then a must; scored criteria (B) are dropped."),
            ["simple-reference-value"] = ("simple reference-value method", "Performance points divided by price; the best ratio wins. Common and easy to follow."),
            ["extended-reference-value"] = ("extended reference-value method", "Like the simple one, but offers close to the best ratio (within the fluctuation range) count as equal; then performance or price decides."),
        },
        MaxPoints = "Highest points per criterion",
        MaxPointsHint = "UfAB uses 10.",
        Fluctuation = "Fluctuation range (%)",
        FluctuationHint = "Only for the extended reference-value method, above 0 there (usually 5 to 10); otherwise 0.",
        TieBreaker = "A tie goes to",
        TieBreakers = new Dictionary<string, string> { ["performance"] = "the higher performance", ["price"] = "the lower price" },
    };

    public static ContextText For(Language language) => language == Language.English ? En : De;
}
