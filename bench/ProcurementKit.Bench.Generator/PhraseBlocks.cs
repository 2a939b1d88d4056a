namespace ProcurementKit.Bench.Generator;

/// <summary>A list item that opens a nested bullet list.</summary>
internal sealed record NestedList(Pair Lead, Pair[] Bullets);

/// <summary>A small pipe table: a header row and body rows, each cell in both languages.</summary>
internal sealed record Table(Pair[] Header, Pair[][] Rows);

/// <summary>The larger building blocks of synthetic clause bodies: nested lists and tables.</summary>
internal static class PhraseBlocks
{
    public static readonly NestedList[] NestedLists =
    [
        new(new("Die Protokolle müssen mindestens folgende Ereignisse erfassen:", "The logs must record at least the following events:"),
        [
            new("erfolgreiche und fehlgeschlagene Anmeldungen", "successful and failed logins"),
            new("Änderungen an Konten und Rechten", "changes to accounts and rights"),
            new("Konfigurationsänderungen", "configuration changes"),
            new("Installation von Updates", "installation of updates"),
            new("Start und Stopp von Diensten", "start and stop of services"),
        ]),
        new(new("Die Dokumentation muss enthalten:", "The documentation must contain:"),
        [
            new("Netzplan mit Segmenten und Übergängen", "network diagram with segments and transitions"),
            new("Liste der offenen Ports und Protokolle", "list of open ports and protocols"),
            new("Rollen- und Berechtigungskonzept", "role and permission concept"),
            new("Härtungsmaßnahmen je Komponente", "hardening measures per component"),
        ]),
        new(new("Die Meldung eines Vorfalls muss angeben:", "The incident report must state:"),
        [
            new("Zeitpunkt der Feststellung", "time of detection"),
            new("betroffene Systeme und Daten", "affected systems and data"),
            new("vermutete Ursache", "suspected cause"),
            new("ergriffene und geplante Maßnahmen", "measures taken and planned"),
        ]),
        new(new("Für den Datenexport gilt:", "For data export:"),
        [
            new("Formate: CSV, JSON oder GeoJSON (oder gleichwertig)", "formats: CSV, JSON or GeoJSON (or equivalent)"),
            new("vollständige Schemadokumentation", "complete schema documentation"),
            new("Export ohne zusätzliche Vergütung", "export without additional charge"),
        ]),
        new(new("Ein Sicherheitsupdate muss begleitet sein von:", "A security update must come with:"),
        [
            new("Versionshinweisen mit den behobenen Schwachstellen (CVE-Kennungen)", "release notes listing the fixed vulnerabilities (CVE identifiers)"),
            new("Angaben zu Neustart und Ausfallzeit", "information on restart and downtime"),
            new("einer Rückfallanleitung", "fallback instructions"),
        ]),
    ];

    public static readonly Table[] Tables =
    [
        new(
            [new("Schweregrad", "Severity"), new("Frist", "Deadline")],
            [
                [new("kritisch (CVSS ≥ 9,0)", "critical (CVSS ≥ 9.0)"), new("sofort, spätestens am nächsten Werktag", "immediately, at the latest on the next working day")],
                [new("hoch (CVSS 7,0–8,9)", "high (CVSS 7.0–8.9)"), new("innerhalb einer Woche", "within one week")],
                [new("mittel", "medium"), new("mit dem nächsten regulären Update", "with the next regular update")],
            ]),
        new(
            [new("Rolle", "Role"), new("Rechte", "Rights")],
            [
                [new("Administration", "Administration"), new("Konfiguration, Benutzerverwaltung", "configuration, user management")],
                [new("Betrieb", "Operation"), new("Überwachung, Neustart", "monitoring, restart")],
                [new("Fachanwender", "Departmental user"), new("Lesen der Fachdaten", "reading departmental data")],
            ]),
        new(
            [new("Nachweis", "Evidence"), new("Zeitpunkt", "When")],
            [
                [new("Konzept", "Concept"), new("mit dem Angebot", "with the offer")],
                [new("Prüfbericht", "Test report"), new("vor der Abnahme", "before acceptance")],
                [new("Jahresbericht", "Annual report"), new("jährlich zum 31. März", "yearly by 31 March")],
            ]),
    ];
}
