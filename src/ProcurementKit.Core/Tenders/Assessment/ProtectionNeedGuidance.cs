using ProcurementKit.Catalog;

namespace ProcurementKit.Tenders.Assessment;

/// <summary>
/// The texts of the protection-need questionnaire, German and English: what each category means, what each goal
/// means for IoT and smart-city systems, a question per damage scenario and, per scenario and category, what
/// damage of that size looks like. Written in our own words after the category definitions of BSI-Standard 200-2
/// (normal: limited and manageable; high: considerable; very high: existentially threatening or catastrophic).
/// </summary>
public static class ProtectionNeedGuidance
{
    /// <summary>The meaning of a category across all scenarios.</summary>
    public static LocalizedText Category(Level level) => level switch
    {
        Level.Normal => new(
            "Die Schadensauswirkungen sind begrenzt und überschaubar.",
            "The impact of damage is limited and manageable."),
        Level.High => new(
            "Die Schadensauswirkungen können beträchtlich sein.",
            "The impact of damage may be considerable."),
        _ => new(
            "Die Schadensauswirkungen können ein existenziell bedrohliches, katastrophales Ausmaß erreichen.",
            "The impact of damage may reach an existentially threatening, catastrophic level."),
    };

    /// <summary>What losing the goal means for sensors, networks, platforms and actuators of a smart city.</summary>
    public static LocalizedText Goal(ProtectionGoal goal) => goal switch
    {
        ProtectionGoal.Confidentiality => new(
            "Vertraulichkeit: Nur Berechtigte erfahren die Informationen. Gemeint sind Messwerte und Bilder mit Personenbezug "
            + "(Kameras, Zählungen, Standorte, Verbräuche einzelner Haushalte), Konfigurationen, Zugangsdaten und das "
            + "Schlüsselmaterial der Geräte und Netze. Frage: Was geschieht, wenn Unbefugte diese Daten lesen oder abhören?",
            "Confidentiality: only those entitled learn the information. This covers readings and images that relate to "
            + "people (cameras, counts, locations, consumption of single households), configurations, credentials and the "
            + "key material of devices and networks. Ask: what happens if unauthorised people read or intercept these data?"),
        ProtectionGoal.Integrity => new(
            "Integrität: Daten, Befehle und Software sind korrekt und unverfälscht. Gemeint sind Messwerte, auf deren "
            + "Grundlage entschieden wird, Schaltbefehle an Aktoren (Beleuchtung, Ampeln, Pumpen, Schranken), Firmware, "
            + "Konfiguration und Zeitstempel. Frage: Was geschieht, wenn Werte oder Befehle unbemerkt verändert oder gefälscht werden?",
            "Integrity: data, commands and software are correct and unaltered. This covers readings that decisions rest on, "
            + "switching commands to actuators (lighting, traffic lights, pumps, barriers), firmware, configuration and "
            + "timestamps. Ask: what happens if values or commands are changed or forged unnoticed?"),
        _ => new(
            "Verfügbarkeit: Geräte, Funknetz und Plattform liefern ihre Daten und Funktionen, wenn sie gebraucht werden. "
            + "Frage: Was geschieht, wenn Sensoren, Gateways, Server oder die Datenplattform ausfallen – wie lange ist ein "
            + "Ausfall hinnehmbar, auch in einer Einsatz- oder Unwetterlage?",
            "Availability: devices, radio network and platform deliver their data and functions when they are needed. "
            + "Ask: what happens if sensors, gateways, servers or the data platform fail – how long an outage can be "
            + "tolerated, also during an emergency or a storm?"),
    };

    /// <summary>The question the officer answers for a scenario, once for each goal.</summary>
    public static LocalizedText Question(DamageScenario scenario) => scenario switch
    {
        DamageScenario.LawsAndContracts => new(
            "Würde die Verwaltung gegen Gesetze, Vorschriften oder Verträge verstoßen – etwa gegen Datenschutz-, "
            + "Melde- oder Dokumentationspflichten, Auflagen von Fördermitteln oder Zusagen an Vertragspartner?",
            "Would the administration violate laws, regulations or contracts – such as data-protection, reporting or "
            + "record-keeping duties, conditions of a grant, or promises to contract partners?"),
        DamageScenario.InformationalSelfDetermination => new(
            "Würden personenbezogene Daten missbraucht oder unbefugt offengelegt, verfälscht oder unzugänglich – und "
            + "wie schwer träfe das die betroffenen Bürgerinnen und Bürger oder Beschäftigten?",
            "Would personal data be misused, disclosed, falsified or made inaccessible without authority – and how hard "
            + "would that hit the citizens or employees concerned?"),
        DamageScenario.PersonalIntegrity => new(
            "Könnten Menschen körperlich zu Schaden kommen – etwa weil eine Warnung ausbleibt, ein Aktor falsch schaltet "
            + "oder Einsatzkräfte falsche Lagedaten erhalten?",
            "Could people come to bodily harm – for example because a warning does not come, an actuator switches wrongly "
            + "or emergency services act on wrong information?"),
        DamageScenario.TaskPerformance => new(
            "Könnte die Verwaltung ihre Aufgaben nicht mehr, nur verspätet oder nur fehlerhaft erfüllen – und wie lange "
            + "wäre das für die Betroffenen hinnehmbar?",
            "Could the administration no longer perform its tasks, or only late or wrongly – and for how long would that "
            + "be acceptable to those who depend on them?"),
        DamageScenario.InternalExternalEffects => new(
            "Würde das Vertrauen in die Verwaltung oder ihr Ansehen leiden – innerhalb der Verwaltung, in der "
            + "Stadtgesellschaft, bei Partnern oder in der überregionalen Öffentlichkeit?",
            "Would trust in the administration or its reputation suffer – inside the administration, among citizens, with "
            + "partners or in the public beyond the region?"),
        _ => new(
            "Welche Kosten entstünden – für Wiederherstellung, Ersatz, Schadenersatz, Vertragsstrafen oder entgangene "
            + "Einnahmen – gemessen an dem, was der Haushalt der Kommune tragen kann?",
            "What would it cost – to restore, replace, compensate, pay contract penalties or make up lost income – measured "
            + "against what the municipality's budget can bear?"),
    };

    /// <summary>What damage of the given size looks like in the scenario (the examples BSI 200-2 gives, in our words).</summary>
    public static LocalizedText Guidance(DamageScenario scenario, Level level) => (scenario, level) switch
    {
        (DamageScenario.LawsAndContracts, Level.Normal) => new(
            "Verstöße mit geringfügigen Folgen; Vertragsverletzungen mit höchstens geringen Vertragsstrafen.",
            "Violations with minor consequences; breaches of contract with at most small penalties."),
        (DamageScenario.LawsAndContracts, Level.High) => new(
            "Verstöße mit erheblichen Folgen; Vertragsverletzungen mit hohen Vertragsstrafen oder Haftung.",
            "Violations with considerable consequences; breaches of contract with high penalties or liability."),
        (DamageScenario.LawsAndContracts, _) => new(
            "Grundlegende Verstöße gegen Gesetze und Vorschriften; Vertragsverletzungen, deren Haftungsschäden ruinös sind.",
            "Fundamental violations of laws and regulations; breaches of contract whose liability would be ruinous."),

        (DamageScenario.InformationalSelfDetermination, Level.Normal) => new(
            "Personenbezogene Daten werden verarbeitet, ein Missbrauch hätte für die Betroffenen aber nur geringe Folgen "
            + "für ihr Ansehen oder ihre wirtschaftlichen Verhältnisse – oder es werden keine personenbezogenen Daten verarbeitet.",
            "Personal data are processed, but misuse would have only minor effects on the persons' standing or economic "
            + "circumstances – or no personal data are processed at all."),
        (DamageScenario.InformationalSelfDetermination, Level.High) => new(
            "Ein Missbrauch würde die gesellschaftliche Stellung oder die wirtschaftlichen Verhältnisse der Betroffenen "
            + "erheblich beeinträchtigen (z. B. Bewegungsprofile, Verbrauchsdaten einzelner Haushalte).",
            "Misuse would considerably impair the persons' social standing or economic circumstances (e.g. movement "
            + "profiles, consumption data of single households)."),
        (DamageScenario.InformationalSelfDetermination, _) => new(
            "Ein Missbrauch könnte die Existenz der Betroffenen gefährden oder Leib und Leben bedrohen (z. B. Daten über "
            + "Gesundheit, Aufenthaltsorte gefährdeter Personen).",
            "Misuse could ruin the persons concerned or endanger life and limb (e.g. health data, whereabouts of people "
            + "at risk)."),

        (DamageScenario.PersonalIntegrity, Level.Normal) => new(
            "Eine Beeinträchtigung der persönlichen Unversehrtheit erscheint nicht möglich.",
            "Harm to personal integrity does not appear possible."),
        (DamageScenario.PersonalIntegrity, Level.High) => new(
            "Eine Beeinträchtigung der persönlichen Unversehrtheit kann nicht ausgeschlossen werden.",
            "Harm to personal integrity cannot be ruled out."),
        (DamageScenario.PersonalIntegrity, _) => new(
            "Schwere Verletzungen oder der Tod von Menschen sind möglich; Gefahr für Leib und Leben.",
            "Serious injury or death is possible; danger to life and limb."),

        (DamageScenario.TaskPerformance, Level.Normal) => new(
            "Die Beeinträchtigung wird von den Betroffenen als tolerabel eingeschätzt; ein Ausfall von mehr als 24 Stunden ist hinnehmbar.",
            "Those affected consider the impairment tolerable; an outage of more than 24 hours is acceptable."),
        (DamageScenario.TaskPerformance, Level.High) => new(
            "Die Beeinträchtigung wird von einzelnen Betroffenen als nicht tolerabel eingeschätzt; hinnehmbar ist ein Ausfall zwischen einer und 24 Stunden.",
            "Some of those affected consider the impairment intolerable; an outage of between one and 24 hours is acceptable."),
        (DamageScenario.TaskPerformance, _) => new(
            "Die Beeinträchtigung wird von allen Betroffenen als nicht tolerabel eingeschätzt; hinnehmbar ist höchstens ein Ausfall unter einer Stunde.",
            "All of those affected consider the impairment intolerable; an outage of less than one hour at most is acceptable."),

        (DamageScenario.InternalExternalEffects, Level.Normal) => new(
            "Eine geringe, nur interne Beeinträchtigung des Ansehens oder Vertrauens ist zu erwarten.",
            "A slight impairment of reputation or trust, noticed only internally, is to be expected."),
        (DamageScenario.InternalExternalEffects, Level.High) => new(
            "Eine breite Beeinträchtigung des Ansehens oder Vertrauens ist zu erwarten, etwa in der regionalen Öffentlichkeit und Presse.",
            "A broad impairment of reputation or trust is to be expected, e.g. in the regional public and press."),
        (DamageScenario.InternalExternalEffects, _) => new(
            "Eine landesweite oder bundesweite Beeinträchtigung des Ansehens oder Vertrauens ist möglich, bis hin zu existenzgefährdender Art.",
            "An impairment of reputation or trust across the state or country is possible, even of an existentially threatening kind."),

        (DamageScenario.FinancialConsequences, Level.Normal) => new(
            "Der finanzielle Schaden bleibt für die Kommune tolerabel; er lässt sich im laufenden Haushalt auffangen.",
            "The financial loss remains acceptable for the municipality; the running budget can absorb it."),
        (DamageScenario.FinancialConsequences, Level.High) => new(
            "Der finanzielle Schaden ist beachtlich, bedroht die Kommune aber nicht in ihrer Existenz (z. B. außerplanmäßige Mittel nötig).",
            "The financial loss is considerable but does not threaten the municipality's existence (e.g. unbudgeted funds are needed)."),
        _ => new(
            "Der finanzielle Schaden ist für die Kommune existenzbedrohend (z. B. Haushaltssicherung, Handlungsunfähigkeit).",
            "The financial loss threatens the municipality's existence (e.g. a budget-recovery regime, loss of the ability to act)."),
    };
}
